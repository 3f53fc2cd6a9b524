import Foundation
import Testing

@testable import LedeCore

/// The client's sample article, read by the real loader from disk.
@Suite struct SeedArticleTests {
  /// The SHA-256 of the client's file as the client gave it (`seeds/README.md`).
  static let clientSHA256 = "b94ccc0609b559e66ced0607e36c53f41eb7d2304f46c11ac2c6ac40577ffb4a"

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  func seed() throws -> Article {
    let outcome = ArticleLoader().load([
      Self.root.appendingPathComponent("seeds/lavrov-visits-north-korea.txt").path
    ])
    #expect(outcome.issues.isEmpty)
    return try #require(outcome.articles.first)
  }

  @Test func sha256OfAKnownInput() {
    #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(Array("abc".utf8))
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    // Two blocks of padding: 56 bytes of input.
    #expect(
      SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func theFileIsTheClientsByteForByte() throws {
    let bytes = try Data(
      contentsOf: Self.root.appendingPathComponent("seeds/lavrov-visits-north-korea.txt"))
    #expect(SHA256.hex([UInt8](bytes)) == Self.clientSHA256)
    #expect(bytes.last != 0x0A, "the client's file has no final newline")
  }

  @Test func titleAndStandfirst() throws {
    let a = try seed()
    #expect(a.metadata.format == "text")
    #expect(
      a.metadata.title == "Russia’s Lavrov visits North Korea amid claims of military cooperation")
    let lines = a.text.split(separator: "\n")
    #expect(lines.count == 17)
    #expect(a.metadata.standfirst == String(lines[1]))
    #expect(a.blocks[0].role == .title)
    #expect(a.blocks[1].role == .standfirst)
    #expect(a.text(of: a.blocks[1].span) == String(lines[1]))
  }

  @Test func bodyStructure() throws {
    let a = try seed()
    let paragraphs = a.blocks.filter { $0.role == .paragraph }
    #expect(paragraphs.count == 14)
    let headings = a.blocks.enumerated().filter { $0.element.role == .heading }
    #expect(headings.count == 1)
    let heading = try #require(headings.first)
    #expect(a.text(of: heading.element.span) == "Deepening ties")
    let underHeading = paragraphs.filter { $0.heading == heading.offset }
    #expect(underHeading.count == 6)
    #expect(paragraphs.filter { $0.heading == nil }.count == 8)
  }

  @Test func textIsTheFileExactly() throws {
    let a = try seed()
    let file = try String(
      contentsOf: Self.root.appendingPathComponent("seeds/lavrov-visits-north-korea.txt"),
      encoding: .utf8)
    #expect(a.text == file)
    for block in a.blocks {
      let s = a.text(of: block.span)
      #expect(!s.isEmpty && !s.hasPrefix(" ") && !s.hasSuffix("\n"))
    }
  }

  @Test func sentenceBoundariesSentenceBySentence() throws {
    let a = try seed()
    let fixture = try String(
      contentsOf: Self.root.appendingPathComponent(
        "Tests/LedeCoreTests/Fixtures/seed-sentences.txt"),
      encoding: .utf8)
    let groups = fixture.split(separator: "\n").split(separator: "--").map { $0.map(String.init) }
    let blocks = a.blocks.enumerated().filter {
      $0.element.role == .standfirst || $0.element.role == .paragraph
    }
    #expect(groups.count == blocks.count)
    for (group, (index, block)) in zip(groups, blocks) {
      let actual = a.sentences.filter { $0.block == index }.map { a.text(of: $0.span) }
      #expect(
        actual == group,
        "paragraph starting '\(a.text(of: block.span).prefix(40))…' split as \(actual)")
    }
  }
}
