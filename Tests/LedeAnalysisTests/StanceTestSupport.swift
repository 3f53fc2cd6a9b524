import Foundation
import LedeCore

@testable import LedeAnalysis

/// Shared helpers of the stance tests: articles from the repository and the dev set.
enum StanceTestSupport {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// An article read by the real loader.
  static func article(path: String) -> Article? {
    ArticleLoader().load([root.appendingPathComponent(path).path]).articles.first
  }

  /// An article made from text with the plain-text layout rules (first line the headline).
  static func article(_ text: String) -> Article? {
    PlainTextReader().read(SourceDocument(path: "test.txt", text: text)).articles.first
  }

  /// The stances of an article whose body is `body`, under a headline and a standfirst.
  static func stances(body: String) -> [StanceRecord] {
    article("Headline\nStandfirst.\n" + body)?.stances ?? []
  }

  /// The records one a line, for failure messages.
  static func listing(_ records: [StanceRecord]) -> String {
    records.map(describe).joined(separator: "\n")
  }

  /// One line per record, for failure messages and verbose runs.
  static func describe(_ r: StanceRecord) -> String {
    "\(r.source) → \(r.target) [\(r.stance) \(r.intensity)] cue “\(r.cue)” \(r.voice)"
      + (r.speaker.map { " via \($0)" } ?? "") + " | \(r.object)"
  }
}
