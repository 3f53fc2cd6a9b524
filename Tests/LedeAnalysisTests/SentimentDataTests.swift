import Foundation
import Testing

@testable import LedeAnalysis

/// The data layer: loading, lookups, number parsing, rounding.
@Suite struct SentimentDataTests {
  @Test func roundingMatchesPython() {
    // Values from CPython 3.11: round(0.12345, 4), round(-0.44045, 4), round(0.0625, 3)…
    #expect(Rounding.halfEven(0.12345, digits: 4) == 0.1235)
    #expect(Rounding.halfEven(-0.44045, digits: 4) == -0.4405)
    #expect(Rounding.halfEven(0.0625, digits: 3) == 0.062)
    #expect(Rounding.halfEven(0.5, digits: 0) == 0)
    #expect(Rounding.halfEven(1.5, digits: 0) == 2)
  }

  @Test func wordTableFindsWhatItInterned() {
    var table = WordTable()
    let a = table.intern("ceasefire")
    let b = table.intern("truce")
    #expect(table.intern("ceasefire") == a)
    #expect(table.find("truce") == b)
    #expect(table.find("war") == -1)
    for i in 0..<20_000 { table.intern("w\(i)") }
    #expect(table.find("w19999") >= 0)
    #expect(table.find("ceasefire") == a)
  }

  @Test func lexiconLaterDuplicatesWin() throws {
    guard case .success(let resources) = SentimentResources.shared else {
      Issue.record("sentiment data did not load")
      return
    }
    #expect(resources.table[resources.table.find("lol")].vader == 1.8)
    #expect(resources.table[resources.table.find("ok")].vader == 1.2)
    // Keys keep their case, so `:D` is stored but a lowercased token never matches it.
    #expect(resources.table.find(":D") >= 0)
  }

  @Test func loadsAgainFromTheDataFiles() throws {
    // Speed is measured by lede-bench, never asserted: the load must simply succeed.
    let resources = try SentimentResources.load()
    #expect(resources.table.count > 7_500)
  }

  @Test func newsLexiconHasProvenance() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/LedeAnalysis/Data/sentiment/README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    #expect(text.contains("Provenance"))
  }

  @Test func vaderEdgeCases() {
    let analyzer = SentimentAnalyzer.shared
    #expect(analyzer.score("", mode: .vader) == .empty)
    #expect(analyzer.score(" \t ", mode: .vader) == .empty)
    // An emoji description is glued to the next word, as in the reference.
    #expect(
      analyzer.score("😀good", mode: .vader).compound
        == analyzer.score("grinning facegood", mode: .vader).compound)
    #expect(analyzer.score("I ❤ it", mode: .vader).compound > 0)
  }
}
