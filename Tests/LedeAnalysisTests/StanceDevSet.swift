import Foundation
import LedeCore

@testable import LedeAnalysis

/// The stance part of the development set (`Tests/DevSets`): annotated actor → target stances
/// and claim–article pairs, with the lenient matching the evaluation prints figures with.
enum StanceDevSet {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("DevSets")

  struct Gold {
    var file: String
    var source: String
    var target: String
    var stance: StanceLabel
    var cue: String
    var evidence: String
  }

  struct Document {
    var file: String
    var article: Article
    var gold: [Gold]
  }

  struct Claim {
    var claim: String
    var file: String
    var label: ClaimLabel
    /// `tune` or `report` in `claims-refute.jsonl`; empty in `claims.jsonl`.
    var split = ""
  }

  /// Every annotated article with its stance triples; files that do not parse are skipped.
  static func documents() -> [Document] {
    let annotations = folder.appendingPathComponent("annotations")
    let files =
      (try? FileManager.default.contentsOfDirectory(atPath: annotations.path))?
      .filter { $0.hasSuffix(".json") }.sorted() ?? []
    return files.compactMap { file -> Document? in
      guard let data = try? Data(contentsOf: annotations.appendingPathComponent(file)),
        let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let articleFile = json["file"] as? String,
        let article = articles[articleFile]
      else { return nil }
      let gold = (json["stance"] as? [[String: Any]] ?? []).compactMap { s -> Gold? in
        guard let source = s["source"] as? String, let target = s["target"] as? String,
          let raw = s["stance"] as? String, let stance = StanceLabel(rawValue: raw),
          let evidence = s["evidence"] as? String
        else { return nil }
        return Gold(
          file: articleFile, source: source, target: target, stance: stance,
          cue: s["cue"] as? String ?? "", evidence: evidence)
      }
      return Document(file: articleFile, article: article, gold: gold)
    }
  }

  /// The claim–article pairs of `claims.jsonl`, or of another pair file in the same layout.
  static func claims(_ name: String = "claims.jsonl") -> [Claim] {
    guard
      let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    else { return [] }
    return text.split(separator: "\n").compactMap { line -> Claim? in
      guard let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let claim = json["claim"] as? String, let file = json["article"] as? String,
        let raw = json["label"] as? String, let label = ClaimLabel(rawValue: raw)
      else { return nil }
      return Claim(claim: claim, file: file, label: label, split: json["split"] as? String ?? "")
    }
  }

  /// The dev articles by file name, loaded once.
  static let articles: [String: Article] = load("articles")
  /// The articles of the refutation claim set (`claims-refute.jsonl`), loaded once.
  static let claimArticles: [String: Article] = load("claim-articles")

  private static func load(_ name: String) -> [String: Article] {
    let dir = folder.appendingPathComponent(name)
    var out: [String: Article] = [:]
    for file in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    where file.hasSuffix(".txt") {
      if let a = ArticleLoader().load([dir.appendingPathComponent(file).path]).articles.first {
        out[file] = a
      }
    }
    return out
  }

  // MARK: Lenient matching

  private static let generic: Set<String> = [
    "ministry", "government", "department", "foreign", "affairs", "office", "united", "national",
    "force", "forces", "police", "council", "state", "states", "prime", "minister", "mission",
    "armed", "support", "the", "of", "and", "for", "in", "on", "to", "a", "an", "its", "with",
    "by", "new", "that", "this", "from", "at", "as", "is",
  ]

  /// Lowercased content words cut to five letters (a crude stem); generic words are kept only
  /// when a name has nothing else ("Foreign Ministry").
  static func stems(_ text: String, keepGeneric: Bool = false) -> Set<String> {
    var out: Set<String> = []
    for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      let w = String(word)
      guard w.count >= 3, keepGeneric || !generic.contains(w) else { continue }
      out.insert(String(w.prefix(5)))
    }
    return out
  }

  /// Whether two actor names plausibly name the same actor.
  static func sameActor(_ a: String, _ b: String) -> Bool {
    let x = a.lowercased()
    let y = b.lowercased()
    if x.contains(y) || y.contains(x) { return true }
    let (sx, sy) = (stems(x), stems(y))
    if sx.isEmpty || sy.isEmpty {
      let gx = stems(x, keepGeneric: true)
      let gy = stems(y, keepGeneric: true)
      return gx.count >= 2 && gy.count >= 2 && gx.intersection(gy).count >= 2
    }
    return !sx.isDisjoint(with: sy)
  }

  /// Whether a record matches a gold triple: same sentence, same source, overlapping target;
  /// and, when `label` is set, the same stance.
  static func matches(_ r: StanceRecord, _ g: Gold, in article: Article, label: Bool) -> Bool {
    guard let range = article.text.range(of: g.evidence) else { return false }
    let start = article.text.utf8.distance(from: article.text.startIndex, to: range.lowerBound)
    let end = start + g.evidence.utf8.count
    guard r.cueSpan.start >= start - 2, r.cueSpan.end <= end + 2 else { return false }
    guard sameActor(r.source, g.source) || r.speaker.map({ sameActor($0, g.source) }) == true else {
      return false
    }
    guard sameActor(r.target, g.target) || !stems(r.object).isDisjoint(with: stems(g.target)) else {
      return false
    }
    return !label || r.stance == g.stance
  }
}
