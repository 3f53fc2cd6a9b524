import Foundation
import Testing

@testable import LedeCore

/// The client's sample article, read by the real loader from disk.
@Suite struct SeedArticleTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  func seed() throws -> Article {
    let outcome = ArticleLoader().load([
      Self.root.appendingPathComponent("seeds/lavrov-north-korea.txt").path
    ])
    #expect(outcome.issues.isEmpty)
    return try #require(outcome.articles.first)
  }

  @Test func titleAndStandfirst() throws {
    let a = try seed()
    #expect(a.metadata.format == "text")
    #expect(
      a.metadata.title == "Russia’s Lavrov visits North Korea amid claims of military cooperation")
    let lines = a.text.split(separator: "\n")
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
    let underHeading = paragraphs.filter { $0.section == heading.offset }
    #expect(underHeading.count == 6)
    #expect(paragraphs.filter { $0.section == nil }.count == 8)
  }

  @Test func textIsTheFileExactly() throws {
    let a = try seed()
    let file = try String(
      contentsOf: Self.root.appendingPathComponent("seeds/lavrov-north-korea.txt"), encoding: .utf8)
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
