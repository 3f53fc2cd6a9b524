import Testing

@testable import LedeCore

/// A source's file extension, read from the last component of its path.
@Suite struct SourceDocumentTests {
  func fileExtension(_ path: String) -> String {
    SourceDocument(path: path, text: "").fileExtension
  }

  @Test func extensionOfTheLastComponent() {
    #expect(fileExtension("news/2024.01/Story.TXT") == "txt")
    #expect(fileExtension("notes.md") == "md")
    #expect(fileExtension("archive.tar.gz") == "gz")
  }

  @Test func noExtensionWithoutADotInTheName() {
    #expect(fileExtension("news.d/README") == "")
    #expect(fileExtension(".profile") == "")
    #expect(fileExtension("-") == "")
  }

  @Test func trailingSlashesAreNoComponent() {
    #expect(fileExtension("story.txt/") == "txt")
    #expect(fileExtension("/") == "")
  }
}
