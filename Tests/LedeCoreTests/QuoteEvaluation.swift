import Foundation
import LedeAnalysis
import Testing

@testable import LedeCore

/// Measures quote extraction on the annotated development set (`Tests/DevSets`) and prints
/// recall, precision and speaker accuracy per kind. It asserts only that the set loaded:
/// figures are for reading, not thresholds.
///
/// A predicted quote matches a gold one when their spans overlap by at least half of the
/// longer of the two. A speaker is right when the names are equal ignoring case and a
/// leading `the`, when one contains the other, or when their last words agree.
@Suite struct QuoteEvaluation {
  struct Tally {
    var gold = 0
    var predicted = 0
    var matchedGold = 0
    var matchedPredicted = 0
    var speakerRight = 0

    var line: String {
      func ratio(_ a: Int, _ b: Int) -> String {
        b == 0 ? "-" : String(format: "%.3f", Double(a) / Double(b))
      }
      return "gold \(gold) predicted \(predicted) recall \(ratio(matchedGold, gold))"
        + " precision \(ratio(matchedPredicted, predicted))"
        + " speaker \(ratio(speakerRight, matchedGold))"
    }
  }

  static let devSet = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("DevSets")

  static func normalised(_ s: String) -> String {
    var t = s.lowercased().replacingOccurrences(of: "’", with: "'")
    if t.hasPrefix("the ") { t.removeFirst(4) }
    return t.trimmingCharacters(in: .whitespaces)
  }

  static func sameSpeaker(_ gold: String?, _ predicted: String?) -> Bool {
    guard let g = gold.map(normalised), let p = predicted.map(normalised) else {
      return gold == nil && predicted == nil
    }
    if g == p || g.contains(p) || p.contains(g) { return true }
    let last = g.split(separator: " ").last
    return last != nil && last == p.split(separator: " ").last
  }

  static func overlaps(_ a: Span, _ b: Span) -> Bool {
    let common = max(0, min(a.end, b.end) - max(a.start, b.start))
    return common * 2 >= max(a.count, b.count) && common > 0
  }

  /// The span of the first unused occurrence of `needle` in `text`.
  static func locate(_ needle: String, in text: [UInt8], used: inout Set<Int>) -> Span? {
    let n = Array(needle.utf8)
    guard let first = n.first, n.count <= text.count else { return nil }
    for i in 0...(text.count - n.count) where text[i] == first && !used.contains(i) {
      if text[i..<(i + n.count)].elementsEqual(n) {
        used.insert(i)
        return Span(start: i, end: i + n.count)
      }
    }
    return nil
  }

  @Test func devSetFigures() throws {
    let fm = FileManager.default
    let annotations = Self.devSet.appendingPathComponent("annotations")
    let files = try fm.contentsOfDirectory(atPath: annotations.path).filter {
      $0.hasSuffix(".json")
    }
    .sorted()
    var tallies: [QuoteKind: Tally] = [:]
    var articles = 0
    let verbose = ProcessInfo.processInfo.environment["QUOTE_EVAL_VERBOSE"] != nil
    for file in files {
      let data = try Data(contentsOf: annotations.appendingPathComponent(file))
      guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
        let name = json["file"] as? String, let gold = json["quotes"] as? [[String: Any]]
      else { continue }
      let path = Self.devSet.appendingPathComponent("articles").appendingPathComponent(name).path
      guard let article = ArticleLoader().load([path]).articles.first else { continue }
      articles += 1
      let predicted = QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames()))
        .quotes(in: article)
      let text = Array(article.text.utf8)
      var used = Set<Int>()
      let located: [(span: Span, kind: String, speaker: String?, text: String)] = gold.compactMap {
        g in
        guard let t = g["text"] as? String, let span = Self.locate(t, in: text, used: &used) else {
          return nil
        }
        return (span, g["kind"] as? String ?? "", g["speaker"] as? String, t)
      }
      for kind in QuoteKind.allCases {
        var tally = tallies[kind] ?? Tally()
        let g = located.filter { $0.kind == kind.rawValue }
        let p = predicted.filter { $0.kind == kind }
        tally.gold += g.count
        tally.predicted += p.count
        for item in g {
          if let match = p.first(where: { Self.overlaps($0.span, item.span) }) {
            tally.matchedGold += 1
            if Self.sameSpeaker(item.speaker, match.speaker) {
              tally.speakerRight += 1
            } else if verbose {
              print(
                "speaker \(kind) \(file): gold \(item.speaker ?? "nil") got \(match.speaker ?? "nil")"
              )
            }
          } else if verbose {
            print("missed \(kind) \(file): \(item.text.prefix(70))")
          }
        }
        for q in p {
          if g.contains(where: { Self.overlaps(q.span, $0.span) }) {
            tally.matchedPredicted += 1
          } else if verbose {
            print("extra \(kind) \(file): \(q.text.prefix(70))")
          }
        }
        tallies[kind] = tally
      }
    }
    print("Quote evaluation on \(articles) development articles:")
    for kind in QuoteKind.allCases {
      print(
        "  \(kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(tallies[kind]?.line ?? "")"
      )
    }
    #expect(articles > 0)
    #expect((tallies[.direct]?.gold ?? 0) > 0)
  }
}
