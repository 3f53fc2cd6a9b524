import Foundation
import Testing

@testable import LedeAnalysis

/// The `vader` mode against the reference implementation's output on the fixture sentences.
@Suite struct VaderCompatibilityTests {
  /// One fixture row: the reference's scores for a sentence.
  struct Row {
    var compound: Double
    var pos: Double
    var neu: Double
    var neg: Double
    var sentence: String
  }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// Lines are split on "\n" only and fields on the first four tabs: sentences keep their
  /// leading and trailing spaces, and some are whitespace only.
  static func rows() throws -> [Row] {
    let text = try String(
      contentsOf: fixtures.appendingPathComponent("vader_reference.tsv"), encoding: .utf8)
    var rows: [Row] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
      let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
      guard fields.count == 5, let compound = Double(fields[0]), let pos = Double(fields[1]),
        let neu = Double(fields[2]), let neg = Double(fields[3])
      else {
        Issue.record("bad fixture line: \(line)")
        continue
      }
      rows.append(
        Row(compound: compound, pos: pos, neu: neu, neg: neg, sentence: String(fields[4])))
    }
    return rows
  }

  @Test func dataLoads() throws {
    try SentimentAnalyzer.shared.validate()
  }

  @Test func matchesReferenceOnEveryFixtureSentence() throws {
    let rows = try Self.rows()
    #expect(rows.count >= 500)
    var mismatches: [String] = []
    for row in rows {
      let s = SentimentAnalyzer.shared.score(row.sentence, mode: .vader)
      if abs(s.compound - row.compound) > 0.001 || abs(s.pos - row.pos) > 0.001
        || abs(s.neu - row.neu) > 0.001 || abs(s.neg - row.neg) > 0.001
      {
        mismatches.append(
          "\(row.sentence.debugDescription): got \(s), want \(row.compound) \(row.pos) \(row.neu) \(row.neg)"
        )
      }
    }
    #expect(
      mismatches.isEmpty,
      "\(mismatches.count) of \(rows.count) differ:\n\(mismatches.prefix(20).joined(separator: "\n"))"
    )
  }

  @Test func sentencesFileMatchesReferenceColumn() throws {
    let text = try String(
      contentsOf: Self.fixtures.appendingPathComponent("vader_sentences.txt"), encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    let rows = try Self.rows()
    #expect(lines == rows.map(\.sentence))
  }
}
