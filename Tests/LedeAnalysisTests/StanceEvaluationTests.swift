import Foundation
import LedeCore
import Testing

@testable import LedeAnalysis

/// Actor → target stance measured on the dev set (`Tests/DevSets`): prints precision and
/// recall with lenient matching, asserts only that the set loaded. `STANCE_VERBOSE=1` lists
/// every miss and every unmatched record.
///
/// Lenient matching: same evidence sentence; sources that name the same actor (one name in the
/// other, a shared content word, or the record's speaker); targets that share a content word
/// (five-letter prefixes) with the gold target; and, for the strict figures, the same stance.
@Suite struct StanceEvaluationTests {
  @Test func actorTargetStanceOnTheDevSet() {
    let documents = StanceDevSet.documents()
    let verbose = ProcessInfo.processInfo.environment["STANCE_VERBOSE"] == "1"
    var predicted = 0
    var matchedRecords = 0
    var gold = 0
    var found = 0
    var foundAnyLabel = 0
    var byVoice: [StanceVoice: (Int, Int)] = [:]
    for doc in documents {
      let records = doc.article.stances
      predicted += records.count
      gold += doc.gold.count
      for r in records {
        let ok = doc.gold.contains { StanceDevSet.matches(r, $0, in: doc.article, label: true) }
        if ok { matchedRecords += 1 }
        byVoice[r.voice, default: (0, 0)].0 += 1
        if ok { byVoice[r.voice, default: (0, 0)].1 += 1 }
        if verbose && !ok { print("  unmatched \(doc.file): \(StanceTestSupport.describe(r))") }
      }
      for g in doc.gold {
        if records.contains(where: { StanceDevSet.matches($0, g, in: doc.article, label: true) }) {
          found += 1
        } else if verbose {
          print("  missed \(doc.file): \(g.source) → \(g.target) [\(g.stance)] “\(g.cue)”")
        }
        if records.contains(where: { StanceDevSet.matches($0, g, in: doc.article, label: false) }) {
          foundAnyLabel += 1
        }
      }
    }
    let precision = Double(matchedRecords) / Double(max(1, predicted))
    let recall = Double(found) / Double(max(1, gold))
    let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    print(
      String(
        format:
          "stance dev: %d articles, %d gold triples, %d records; precision %.3f, recall %.3f, F1 %.3f; recall ignoring the label %.3f",
        documents.count, gold, predicted, precision, recall, f1,
        Double(foundAnyLabel) / Double(max(1, gold))))
    for voice in StanceVoice.allCases {
      let (n, ok) = byVoice[voice] ?? (0, 0)
      print(
        String(
          format: "  voice %@: %d records, precision %.3f", voice.rawValue, n,
          Double(ok) / Double(max(1, n))))
    }
    #expect(documents.count >= 20)
    #expect(gold > 0)
  }
}
