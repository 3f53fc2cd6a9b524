import Foundation
import LedeAnalysis
import LedeCore
import Testing

/// One configuration and one decision per fact (issue 12): what the tests compute in process is
/// what the binary exports, and the exported layers agree with each other.
@Suite struct OneDecisionTests {
  static let seed = "seeds/lavrov-visits-north-korea.txt"

  /// The seed's export record, as `lede export` writes it.
  static func exported() throws -> [String: Any] {
    let result = try LedeCLI.run(["export", "--format", "json", seed])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    let records = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    return try #require(records.first)
  }

  /// The seed as this process loads it.
  static func loaded() throws -> Article {
    let outcome = ArticleLoader().load([LedeCLI.root.appendingPathComponent(seed).path])
    return try #require(outcome.articles.first)
  }

  @Test func entitiesInProcessAreTheExportedOnes() throws {
    let record = try Self.exported()
    let exported = try #require(record["entities"] as? [[String: Any]]).map {
      "\($0["kind"] ?? "")|\($0["text"] ?? "")|\($0["canonical"] ?? "")"
    }
    let article = try Self.loaded()
    let inProcess = article.entities.map { "\($0.kind.rawValue)|\($0.text)|\($0.canonical)" }
    #expect(!inProcess.isEmpty)
    #expect(inProcess == exported)
  }
}
