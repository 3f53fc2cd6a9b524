import Foundation
import LedeCore
import Testing

@testable import LedeAnalysis

/// Recognition and resolution measured on the dev set (`Tests/DevSets`): prints the figures,
/// asserts only that the set loaded. `GEO_VERBOSE=1` lists every error.
@Suite struct GeoEvaluationTests {
  struct Score {
    var predicted = 0
    var gold = 0
    var matched = 0
    var within161 = 0
    var roleAgrees = 0
    /// Matched gold places that are cities or divisions, and how many of those are placed within
    /// 161 km: countries, regions and continents depend on which point stands for an area.
    var localMatched = 0
    var localWithin = 0
    var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var placed: Double { matched == 0 ? 0 : Double(within161) / Double(matched) }
    var roles: Double { matched == 0 ? 0 : Double(roleAgrees) / Double(matched) }
    var localPlaced: Double { localMatched == 0 ? 0 : Double(localWithin) / Double(localMatched) }
  }

  /// Matches predictions to gold one to one: overlapping spans, or the same surface text when a
  /// gold mention has no offset.
  static func evaluate(
    _ set: [GeoTestSupport.DevArticle], options: Geoparser.Options, verbose: Bool
  ) -> Score {
    var score = Score()
    for item in set {
      let predicted = Geoparser.places(in: item.article, options: options)
      score.predicted += predicted.count
      score.gold += item.places.count
      var used = [Bool](repeating: false, count: predicted.count)
      var log: [String] = []
      for g in item.places {
        let match = predicted.indices.first { i in
          guard !used[i] else { return false }
          if let span = g.span {
            return predicted[i].span.start < span.end && span.start < predicted[i].span.end
          }
          return predicted[i].text == g.text
        }
        guard let i = match else {
          log.append("  missed  \(g.text) [\(g.name), \(g.country) \(g.kind)]")
          continue
        }
        used[i] = true
        score.matched += 1
        let p = predicted[i]
        let km = Geodesy.kilometres(p.latitude, p.longitude, g.latitude, g.longitude)
        let local = g.kind == "city" || g.kind == "admin"
        if local { score.localMatched += 1 }
        if km <= 161 && local { score.localWithin += 1 }
        if km <= 161 {
          score.within161 += 1
        } else {
          log.append(
            "  far     \(g.text) → \(p.name), \(p.country) \(p.kind) (\(Int(km)) km; gold \(g.name), \(g.country))"
          )
        }
        if p.role.description == g.role {
          score.roleAgrees += 1
        } else {
          log.append("  role    \(g.text) → \(p.role) (gold \(g.role))")
        }
      }
      for (i, p) in predicted.enumerated() where !used[i] {
        log.append("  extra   \(p.text) → \(p.name), \(p.country) \(p.kind) \(p.role)")
      }
      if verbose && !log.isEmpty { print("\(item.file)\n" + log.joined(separator: "\n")) }
    }
    return score
  }

  static func line(_ label: String, _ s: Score) -> String {
    func pct(_ x: Double) -> String { String(format: "%.3f", x) }
    return
      "\(label): P \(pct(s.precision)) R \(pct(s.recall)) F1 \(pct(s.f1)); within 161 km \(pct(s.placed)) "
      + "(\(s.within161)/\(s.matched)), cities and divisions \(pct(s.localPlaced)) (\(s.localWithin)/\(s.localMatched)); "
      + "roles \(pct(s.roles)); \(s.predicted) predicted, \(s.gold) gold"
  }

  @Test func devSetFigures() throws {
    let set = GeoTestSupport.devSet()
    #expect(!set.isEmpty, "the dev set did not load")
    let verbose = ProcessInfo.processInfo.environment["GEO_VERBOSE"] == "1"
    let all = Self.evaluate(set, options: Geoparser.Options(), verbose: verbose)
    let literal = Self.evaluate(
      set, options: Geoparser.Options(includeSeatMetonyms: false), verbose: false)
    let listed = Self.evaluate(
      set, options: Geoparser.Options(includeSeatMetonyms: false, includeUnlistedFeatures: false),
      verbose: false)
    print("geo dev set, \(set.count) articles")
    print(Self.line("geo (defaults)", all))
    print(Self.line("geo (no seat metonyms)", literal))
    print(Self.line("geo (no seat metonyms, gazetteer places only)", listed))
  }
}
