import Foundation
import Testing

@testable import LedeCore

/// Loaders that terminate and say what they skipped (issue 19).
@Suite struct LoaderSafetyTests {
  let article =
    "Council approves budget\nThe vote was close.\nThe council approved the plan on Monday.\n"

  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lede-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func symbolicLinkLoopsEndAndAreNamed() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let inner = root.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
    try Data(article.utf8).write(to: inner.appendingPathComponent("a.txt"))
    let fm = FileManager.default
    try fm.createSymbolicLink(
      atPath: inner.appendingPathComponent("a").path, withDestinationPath: ".")
    try fm.createSymbolicLink(
      atPath: inner.appendingPathComponent("b").path, withDestinationPath: ".")
    try fm.createSymbolicLink(
      atPath: inner.appendingPathComponent("up").path, withDestinationPath: "..")
    let outcome = ArticleLoader().load([inner.path])
    #expect(outcome.files == [inner.appendingPathComponent("a.txt").path])
    #expect(outcome.articles.count == 1)
    let loops = outcome.issues.filter { $0.message.contains("already read") }
    #expect(loops.count == 3)
    #expect(loops.allSatisfy { $0.severity == .note })
  }

  @Test func symbolicLinksToFilesAreFollowed() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let elsewhere = try folder()
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    try Data(article.utf8).write(to: elsewhere.appendingPathComponent("real.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("linked.txt").path,
      withDestinationPath: elsewhere.appendingPathComponent("real.txt").path)
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("broken.txt").path, withDestinationPath: "nowhere.txt")
    let outcome = ArticleLoader().load([root.path])
    #expect(outcome.articles.count == 1)
    #expect(outcome.issues.contains { $0.message == "broken symbolic link; not loaded" })
  }

  @Test func skippedEntriesAreCounted() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data(article.utf8).write(to: root.appendingPathComponent("a.txt"))
    try Data(article.utf8).write(to: root.appendingPathComponent(".hidden.txt"))
    try Data("x".utf8).write(to: root.appendingPathComponent("photo.jpg"))
    try Data("x".utf8).write(to: root.appendingPathComponent("paper.pdf"))
    let outcome = ArticleLoader().load([root.path])
    #expect(outcome.articles.count == 1)
    #expect(
      outcome.issues.map(\.message)
        == ["skipped 1 hidden entry and 2 files with other extensions (.jpg, .pdf)"])
  }

  @Test func readsOfStreamsAreCapped() throws {
    var loader = ArticleLoader()
    loader.maximumFileSize = 1 << 20
    let outcome = loader.load(["/dev/zero"])
    #expect(outcome.articles.isEmpty)
    #expect(outcome.issues.map(\.message) == ["input is over the 1 MiB limit; not loaded"])
  }

  @Test func nulBytesPastTheProbeAreFoundAndReplaced() throws {
    var bytes = Array(article.utf8)
    bytes += Array(repeating: UInt8(ascii: "a"), count: 70_000)
    bytes += [0x20, 0x00, 0x20]
    let (document, issues) = SourceDocument.decode(bytes, path: "x.txt")
    #expect(document?.text.contains("\u{FFFD}") == true)
    #expect(document?.text.utf8.contains(0) == false)
    #expect(
      issues.map(\.message) == [
        "NUL byte at byte \(bytes.count - 2); NUL bytes replaced with U+FFFD"
      ])
    #expect(issues.first?.severity == .repaired)
  }

  @Test(arguments: [300, 2_000, 100_000])
  func deeplyNestedHTMLIsKeptWithAWarning(depth: Int) throws {
    let html =
      "<html><head><title>Council approves budget</title></head><body>"
      + String(repeating: "<div>", count: depth)
      + "<p>The council approved the plan on Monday after a long debate.</p>"
      + String(repeating: "</div>", count: depth) + "</body></html>"
    let result = ArticleLoader().read(SourceDocument(path: "deep.html", text: html))
    let article = try #require(result.articles.first)
    #expect(article.metadata.title == "Council approves budget")
    #expect(article.text.contains("The council approved the plan on Monday"))
    #expect(result.issues.count == 1)
    #expect(result.issues.first?.message.contains("past libxml2's limit of 256") == true)
  }

  @Test func unclosedNestingKeepsEveryParagraph() throws {
    let paragraphs = (0..<1000).map {
      "<div><p>Paragraph \($0) says the council met again today.</p>"
    }
    let html =
      "<html><head><title>Unclosed</title></head><body>" + paragraphs.joined() + "</body></html>"
    let result = ArticleLoader().read(SourceDocument(path: "open.html", text: html))
    let article = try #require(result.articles.first)
    #expect(article.paragraphs.count == 1000)
    #expect(article.text(of: article.paragraphs[999].span).hasPrefix("Paragraph 999 "))
    #expect(result.issues.first?.message.contains("unclosed tags?") == true)
  }
}
