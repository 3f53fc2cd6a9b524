import Dispatch
import Foundation
import LedeAnalysis
import LedeCore

/// `lede-bench geo DIR`: geoparsing quality and speed on a human-annotated folder in the layout
/// of TR-News (`docs/NAME.txt` and `gold.jsonl` with code-point spans and coordinates).
///
/// The documents are split in sorted order: the first `tuneCount` are the part the geoparser
/// was tuned on, the rest the part held back; both are printed. A predicted place matches a gold
/// toponym when the spans are equal; the distance is then measured between the two points.
/// Every role counts (annotators mark demonyms and places inside names as references).
struct GeoEvaluation {
  /// Documents in the tuning part; TR-News has 118, so 80 tune and 38 report.
  static let tuneCount = 80

  struct Gold {
    var start: Int
    var end: Int
    var phrase: String
    var latitude: Double
    var longitude: Double
  }

  struct Document {
    var name: String
    var article: Article
    var gold: [Gold]
  }

  struct Tally {
    var found = 0
    var gold = 0
    var matched = 0
    var within = 0
    var byRole: [PlaceRole: (found: Int, matched: Int)] = [:]

    mutating func add(_ other: Tally) {
      found += other.found
      gold += other.gold
      matched += other.matched
      within += other.within
      for (role, v) in other.byRole {
        let old = byRole[role] ?? (0, 0)
        byRole[role] = (old.found + v.found, old.matched + v.matched)
      }
    }

    var line: String {
      let p = Double(matched) / Double(max(1, found))
      let r = Double(matched) / Double(max(1, gold))
      let f = p + r > 0 ? 2 * p * r / (p + r) : 0
      let roles = PlaceRole.allCases.compactMap { role -> String? in
        guard let v = byRole[role] else { return nil }
        return "\(role.description) \(v.matched)/\(v.found)"
      }.joined(separator: ", ")
      return String(
        format: "P %.3f  R %.3f  F1 %.3f  within 161 km %.3f  (%d found, %d gold, %d matched; %@)",
        p, r, f, Double(within) / Double(max(1, matched)), found, gold, matched, roles)
    }
  }

  /// Reads the folder; a missing or malformed file is reported and ends the run.
  static func load(_ folder: String) -> [Document]? {
    let goldPath = folder + "/gold.jsonl"
    guard let goldText = try? String(contentsOfFile: goldPath, encoding: .utf8) else {
      print("geo: cannot read \(goldPath)")
      return nil
    }
    var documents: [Document] = []
    for (lineNumber, line) in goldText.split(separator: "\n").enumerated() {
      guard let object = (try? JSONParser.parse(String(line)))?.objectValue,
        let name = object["doc"]?.stringValue,
        let toponyms = object["toponyms"]?.arrayValue
      else {
        print("geo: \(goldPath):\(lineNumber + 1): not a gold line {\"doc\", \"toponyms\"}")
        return nil
      }
      let path = folder + "/docs/" + name
      guard let bytes = FileManager.default.contents(atPath: path) else {
        print("geo: cannot read \(path)")
        return nil
      }
      guard let source = SourceDocument.decode(Array(bytes), path: path).0,
        let article = ArticleLoader().read(source).articles.first
      else {
        print("geo: \(path): no article")
        return nil
      }
      let gold = toponyms.compactMap { value -> Gold? in
        guard let t = value.objectValue, case .integer(let s)? = t["start"],
          case .integer(let e)? = t["end"]
        else { return nil }
        return Gold(
          start: s, end: e, phrase: t["phrase"]?.stringValue ?? "",
          latitude: decimal(t["lat"]), longitude: decimal(t["lon"]))
      }
      documents.append(Document(name: name, article: article, gold: gold))
    }
    return documents.sorted { $0.name < $1.name }
  }

  static func decimal(_ value: JSONValue?) -> Double {
    switch value {
    case .integer(let i)?: Double(i)
    case .number(let d)?: d
    case .string(let s)?: Double(s) ?? .nan
    default: .nan
    }
  }

  /// Scores one document; `errors` collects the misses and false places for `--verbose`.
  static func score(_ d: Document, errors: inout [String]) -> Tally {
    var mapper = CodePointMapper(d.article.text)
    var tally = Tally()
    tally.gold = d.gold.count
    var goldAt: [Int: [Int]] = [:]
    for (i, g) in d.gold.enumerated() { goldAt[g.start, default: []].append(i) }
    var hit = Set<Int>()
    for p in d.article.places {
      tally.found += 1
      let start = mapper.codePointOffset(p.span.start)
      let end = mapper.codePointOffset(p.span.end)
      var role = tally.byRole[p.role] ?? (0, 0)
      role.found += 1
      if let i = goldAt[start]?.first(where: { d.gold[$0].end == end && !hit.contains($0) }) {
        hit.insert(i)
        tally.matched += 1
        role.matched += 1
        let g = d.gold[i]
        let km = Geodesy.kilometres(p.latitude, p.longitude, g.latitude, g.longitude)
        if km <= 161 {
          tally.within += 1
        } else {
          errors.append(
            "\(d.name) FAR \(Int(km)) km  \(p.text) → \(p.name) \(p.country) (\(p.kind.description))"
          )
        }
      } else {
        errors.append("\(d.name) FP  \(p.text) → \(p.name) \(p.country) \(p.role.description)")
      }
      tally.byRole[p.role] = role
    }
    for (i, g) in d.gold.enumerated() where !hit.contains(i) {
      errors.append("\(d.name) FN  \(g.phrase)")
    }
    return tally
  }

  /// Prints the tuning and held-out figures, then geoparsing speed on the same text.
  static func run(_ folder: String, verbose: Bool) {
    guard let documents = load(folder) else { return }
    _ = Gazetteer.shared.count
    var parts = [("tune", Tally()), ("report", Tally()), ("all", Tally())]
    var errors: [String] = []
    for (i, d) in documents.enumerated() {
      let t = score(d, errors: &errors)
      parts[i < tuneCount ? 0 : 1].1.add(t)
      parts[2].1.add(t)
    }
    let split = "first \(min(tuneCount, documents.count)) of \(documents.count) sorted documents"
    print("geo quality on \(folder) (tune: \(split); report: the rest)")
    for (name, t) in parts {
      print("  \(name.padding(toLength: 7, withPad: " ", startingAt: 0))\(t.line)")
    }
    if verbose { for e in errors { print("  " + e) } }
    focus(documents)
    speed(documents.map(\.article))
  }

  /// How often the focus country is the country the annotations name most, for a few role
  /// weightings (the gold country of a toponym: the gazetteer candidate of its phrase nearest
  /// the gold point, within 161 km, else the country of the place matched to it).
  static func focus(_ documents: [Document]) {
    var goldTop: [String?] = []
    for d in documents {
      var mapper = CodePointMapper(d.article.text)
      var matched: [Int: String] = [:]
      for p in d.article.places {
        matched[mapper.codePointOffset(p.span.start)] = p.country
      }
      var counts: [String: Int] = [:]
      for g in d.gold {
        let nearest = Gazetteer.shared.lookup(g.phrase).map {
          ($0.country, Geodesy.kilometres($0.latitude, $0.longitude, g.latitude, g.longitude))
        }.min { $0.1 < $1.1 }
        let country = nearest.flatMap { $0.1 <= 161 ? $0.0 : nil } ?? matched[g.start]
        if let country, !country.isEmpty { counts[country, default: 0] += 1 }
      }
      let top = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
      goldTop.append(top?.key)
    }
    print("geo focus: share of articles whose focus country is the one the annotations name most")
    let settings: [(String, GeoFocus.Weights)] = [
      ("location 1, actor 1, modifier 1", .init(location: 1, actor: 1, modifier: 1)),
      ("location 1, actor 0.5, modifier 1", .init(location: 1, actor: 0.5, modifier: 1)),
      ("location 1, actor 0.5, modifier 0.5", .init(location: 1, actor: 0.5, modifier: 0.5)),
      ("location 1, actor 0.5, modifier 0.25", .init(location: 1, actor: 0.5, modifier: 0.25)),
      ("location 1, actor 0.5, modifier 0", .init(location: 1, actor: 0.5, modifier: 0)),
      ("location 1, actor 0, modifier 0", .init(location: 1, actor: 0, modifier: 0)),
    ]
    for (name, weights) in settings {
      var right = [0, 0]
      var total = [0, 0]
      for (i, d) in documents.enumerated() {
        guard let gold = goldTop[i] else { continue }
        let part = i < tuneCount ? 0 : 1
        total[part] += 1
        if GeoFocus(places: d.article.places, weights: weights).country == gold { right[part] += 1 }
      }
      print(
        String(
          format: "  %@: tune %.3f (%d), report %.3f (%d)", name,
          Double(right[0]) / Double(max(1, total[0])), total[0],
          Double(right[1]) / Double(max(1, total[1])), total[1]))
    }
  }

  /// Geoparsing alone on fresh copies of the articles (nothing cached), one core.
  static func speed(_ articles: [Article]) {
    let texts = articles.map { ($0.text, $0.blocks) }
    let bytes = texts.reduce(0) { $0 + $1.0.utf8.count }
    var places = 0
    let rounds = 5
    let start = DispatchTime.now()
    for _ in 0..<rounds {
      for (text, blocks) in texts { places += Geoparser.places(in: text, blocks: blocks).count }
    }
    let seconds = Bench.elapsed(since: start)
    print(
      String(
        format: "geo speed (geoparser alone, one core, %d rounds): %.1f MB/s, %d places a round",
        rounds, Double(bytes * rounds) / 1e6 / seconds, places / rounds))
  }
}
