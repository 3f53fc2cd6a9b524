import Foundation
import LedeCore

/// `lede-bench quotes DIR [--verbose | --context] [--spans]`: quote attribution against a corpus laid out like
/// PolNeAR (`DIR/docs/NAME.txt` and `DIR/gold.jsonl`, code-point offsets, end exclusive).
/// Prints figures; asserts nothing. `--spans` also prints each indirect quote as a tab-separated
/// line (`span`, document, start, end in code points, cue) for scripts that study the errors.
///
/// What is counted, since PolNeAR's attributions and Lede's quotes are cut differently:
/// - A gold attribution is *direct* when its content holds a quotation mark (PolNeAR's own
///   `direct`, which also counts the NYT's `''` marks that its own check missed); Lede's
///   direct and partial quotes are the quoted words inside such a content.
///   Direct precision: the share of Lede's direct quotes that lie (half or more of their
///   span) inside some gold attribution's content; partial precision likewise for partial
///   quotes. Direct recall: the share of gold direct attributions that hold a Lede direct or
///   partial quote.
/// - The source of a matched direct attribution is right when Lede's source span overlaps the
///   gold source span, or when both name the same person: the last word of a capitalised gold
///   source (before its first comma, where an apposition starts) equals the last word of
///   Lede's speaker. A gold attribution with no source is right
///   when Lede has none either.
/// - Indirect: a Lede indirect quote is right when it overlaps a gold attribution's content by
///   at least half of the longer span (a reported clause holding a quoted phrase is direct in
///   PolNeAR's sense, so any gold attribution counts); a gold attribution that is not direct is
///   found when a Lede indirect quote overlaps it so. Precision, recall and F1 over those.
enum QuoteBench {
  struct Gold {
    var content: Range<Int>
    var direct: Bool
    var source: Range<Int>?
    var sourceText: String
    /// The gold cue as written (`said`, `according to`), for the verbose listing.
    var cueText: String
    /// Where the gold cue stands, when it has one (code points).
    var cue: Range<Int>? = nil
  }

  struct Document {
    var name: String
    var quotes: [Gold]
  }

  struct Tally {
    var goldDirect = 0
    var goldDirectFound = 0
    var sourceRight = 0
    var predictedDirect = 0
    var predictedDirectInGold = 0
    var predictedPartial = 0
    var predictedPartialInGold = 0
    var goldIndirect = 0
    var goldIndirectFound = 0
    var predictedIndirect = 0
    var predictedIndirectRight = 0
    /// Matched gold direct attributions by the confidence of Lede's first quote in them:
    /// (found, source right).
    var byConfidence: [Double: (Int, Int)] = [:]
  }

  static func run(_ arguments: [String]) {
    guard let dir = arguments.first(where: { !$0.hasPrefix("-") }) else {
      print("usage: lede-bench quotes DIR [--verbose | --context] [--spans]")
      return
    }
    // `--context`: each wrong source also prints the text around the quote and its gold source.
    let context = arguments.contains("--context")
    let verbose = arguments.contains("--verbose") || context
    let documents: [Document]
    do {
      documents = try readGold(URL(fileURLWithPath: dir).appendingPathComponent("gold.jsonl"))
    } catch {
      print("lede-bench quotes: \(error)")
      return
    }
    var tally = Tally()
    var skipped = 0
    let start = Date()
    for document in documents {
      let path = URL(fileURLWithPath: dir).appendingPathComponent("docs")
        .appendingPathComponent(document.name).path
      guard let article = ArticleLoader().load([path]).articles.first else {
        skipped += 1
        continue
      }
      score(
        document, article, into: &tally, verbose: verbose, context: context,
        spans: arguments.contains("--spans"))
    }
    let seconds = Date().timeIntervalSince(start)
    print(
      "quotes on \(dir): \(documents.count - skipped) articles (\(skipped) unreadable), "
        + "\(String(format: "%.1f", seconds)) s")
    func ratio(_ a: Int, _ b: Int) -> String {
      b == 0 ? "-" : String(format: "%.3f", Double(a) / Double(b))
    }
    print(
      "direct:   precision \(ratio(tally.predictedDirectInGold, tally.predictedDirect)) "
        + "(\(tally.predictedDirectInGold)/\(tally.predictedDirect)), recall "
        + "\(ratio(tally.goldDirectFound, tally.goldDirect)) (\(tally.goldDirectFound)/\(tally.goldDirect)), "
        + "source right \(ratio(tally.sourceRight, tally.goldDirectFound)) of found, "
        + "\(ratio(tally.sourceRight, tally.goldDirect)) of all (\(tally.sourceRight))")
    print(
      "partial:  precision \(ratio(tally.predictedPartialInGold, tally.predictedPartial)) "
        + "(\(tally.predictedPartialInGold)/\(tally.predictedPartial))")
    if verbose {
      for (confidence, counts) in tally.byConfidence.sorted(by: { $0.key > $1.key }) {
        print("  confidence \(confidence): \(counts.1)/\(counts.0) sources right")
      }
    }
    let p = Double(tally.predictedIndirectRight) / Double(max(1, tally.predictedIndirect))
    let r = Double(tally.goldIndirectFound) / Double(max(1, tally.goldIndirect))
    print(
      "indirect: precision \(ratio(tally.predictedIndirectRight, tally.predictedIndirect)) "
        + "(\(tally.predictedIndirectRight)/\(tally.predictedIndirect)), recall "
        + "\(ratio(tally.goldIndirectFound, tally.goldIndirect)) (\(tally.goldIndirectFound)/\(tally.goldIndirect)), "
        + "F1 \(p + r == 0 ? "-" : String(format: "%.3f", 2 * p * r / (p + r)))")
  }

  static func score(
    _ document: Document, _ article: Article, into tally: inout Tally, verbose: Bool,
    context dumpContext: Bool = false, spans: Bool = false
  ) {
    let byteOf = byteOffsets(article)
    func bytes(_ r: Range<Int>) -> Span {
      Span(
        start: byteOf[min(r.lowerBound, byteOf.count - 1)],
        end: byteOf[min(r.upperBound, byteOf.count - 1)])
    }
    let gold = document.quotes.map { g in
      var g = g
      // PolNeAR's `direct` means the content holds a quotation mark, but its check missed the
      // New York Times' marks (`''…''`): 1,192 train and 85 dev attributions. They count as
      // direct here, as the corpus defines it.
      let content = bytes(g.content)
      if !g.direct {
        let text = article.text(of: content)
        g.direct = text.contains("''") || text.contains("``")
      }
      return (gold: g, content: content, source: g.source.map(bytes))
    }
    let quotes = article.quotes
    if spans {
      // Lede's indirect quotes in the gold's code-point offsets, for scripts that study errors.
      var pointOf: [Int: Int] = [:]
      for (point, byte) in byteOf.enumerated() { pointOf[byte] = point }
      for q in quotes where q.kind == .indirect {
        print(
          "span\t\(document.name)\t\(pointOf[q.span.start] ?? -1)\t\(pointOf[q.span.end] ?? -1)"
            + "\t\(q.cue ?? "")")
      }
    }
    func inside(_ q: Quote, _ content: Span) -> Bool {
      let common = max(0, min(q.span.end, content.end) - max(q.span.start, content.start))
      return common > 0 && common * 2 >= q.span.count
    }
    for q in quotes {
      switch q.kind {
      case .direct, .partial:
        let hit = gold.contains { inside(q, $0.content) }
        if q.kind == .direct {
          tally.predictedDirect += 1
          if hit { tally.predictedDirectInGold += 1 }
        } else {
          tally.predictedPartial += 1
          if hit { tally.predictedPartialInGold += 1 }
        }
        if verbose && !hit {
          print("extra \(q.kind) \(document.name): \(q.text.prefix(80))")
        }
      case .indirect:
        tally.predictedIndirect += 1
        // A reported clause that holds a quoted phrase is direct in PolNeAR's sense.
        let hit = gold.contains { overlaps($0.content, q.span) }
        if hit { tally.predictedIndirectRight += 1 }
        if verbose {
          print(
            "\(hit ? "right" : "extra") indirect \(document.name) [\(q.cue ?? "")]: "
              + "\(q.text.prefix(80))")
        }
      }
    }
    for g in gold {
      if g.gold.direct {
        tally.goldDirect += 1
        let found = quotes.filter { $0.kind != .indirect && inside($0, g.content) }
        guard let first = found.first else {
          if verbose {
            print("missed direct \(document.name): \(article.text(of: g.content).prefix(80))")
          }
          continue
        }
        tally.goldDirectFound += 1
        let right = sourceRight(first, g.source, g.gold.sourceText)
        var counts = tally.byConfidence[first.confidence] ?? (0, 0)
        counts.0 += 1
        if right { counts.1 += 1 }
        tally.byConfidence[first.confidence] = counts
        if right {
          tally.sourceRight += 1
        } else if verbose {
          print(
            "source \(first.confidence) \(document.name): gold “\(g.gold.sourceText)” got “\(first.source ?? "-")” → "
              + "\(first.speaker ?? "-") [\(first.text.prefix(50))]"
              + (first.speakerKind.map { " (\($0))" } ?? ""))
          if dumpContext {
            // The words around the quote and its gold source, to group errors by cause.
            let from = max(0, min(first.span.start, g.source?.start ?? first.span.start) - 120)
            let to = min(article.text.utf8.count, max(first.span.end, g.source?.end ?? 0) + 80)
            let context = article.text(of: Span(start: from, end: to))
            print("    | " + context.replacingOccurrences(of: "\n", with: " ¶ "))
          }
        }
      } else {
        tally.goldIndirect += 1
        if quotes.contains(where: { $0.kind == .indirect && overlaps(g.content, $0.span) }) {
          tally.goldIndirectFound += 1
        } else if verbose {
          // The Lede indirect quote that shares most with it, to tell a cut from a miss.
          let near = quotes.filter { $0.kind == .indirect }.max {
            min($0.span.end, g.content.end) - max($0.span.start, g.content.start)
              < min($1.span.end, g.content.end) - max($1.span.start, g.content.start)
          }
          let cut = near.flatMap {
            min($0.span.end, g.content.end) > max($0.span.start, g.content.start) ? $0 : nil
          }
          print(
            "missed indirect \(document.name) [\(g.gold.cueText)]: "
              + "\(article.text(of: g.content).prefix(80))"
              + (cut.map { " ‖ near: \($0.text.prefix(100))" } ?? ""))
        }
      }
    }
  }

  /// The UTF-8 offset of each code point of an article's text, and of its end: gold offsets
  /// are code points; Lede's spans are UTF-8 bytes.
  static func byteOffsets(_ article: Article) -> [Int] {
    var byteOf: [Int] = []
    byteOf.reserveCapacity(article.text.unicodeScalars.count + 1)
    var offset = 0
    for scalar in article.text.unicodeScalars {
      byteOf.append(offset)
      offset += String(scalar).utf8.count
    }
    byteOf.append(offset)
    return byteOf
  }

  /// A document's gold contents in the article's UTF-8 offsets, each with whether it is direct
  /// (as `score` counts it).
  static func goldSpans(_ document: Document, _ article: Article) -> [(content: Span, direct: Bool)]
  {
    let byteOf = byteOffsets(article)
    return document.quotes.map { g in
      let content = Span(
        start: byteOf[min(g.content.lowerBound, byteOf.count - 1)],
        end: byteOf[min(g.content.upperBound, byteOf.count - 1)])
      let text = article.text(of: content)
      return (content, g.direct || text.contains("''") || text.contains("``"))
    }
  }

  /// Spans overlap by at least half of the longer one.
  static func overlaps(_ a: Span, _ b: Span) -> Bool {
    let common = max(0, min(a.end, b.end) - max(a.start, b.start))
    return common > 0 && common * 2 >= max(a.count, b.count)
  }

  static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]

  static func sourceRight(_ q: Quote, _ gold: Span?, _ goldText: String) -> Bool {
    guard let gold else { return q.speakerSpan == nil && q.speaker == nil }
    if let s = q.speakerSpan, min(s.end, gold.end) > max(s.start, gold.start) { return true }
    // "Ben Jealous, the former president of the NAACP,": an apposition after the name is
    // part of PolNeAR's source span; the name is the part before its first comma.
    let head = goldText.split(separator: ",", maxSplits: 1).first ?? Substring(goldText)
    let words = head.split(separator: " ")
    guard let last = words.last, let first = last.first, first.isUppercase,
      !pronouns.contains(last.lowercased()), let speaker = q.speaker
    else { return false }
    let name = String(last).replacingOccurrences(of: "’s", with: "")
      .replacingOccurrences(of: "'s", with: "")
    return speaker.split(separator: " ").last.map(String.init) == name
  }

  static func readGold(_ url: URL) throws -> [Document] {
    let text = try String(contentsOf: url, encoding: .utf8)
    var documents: [Document] = []
    for (number, line) in text.split(separator: "\n").enumerated() {
      let value: JSONValue
      do { value = try JSONParser.parse(String(line)) } catch {
        throw BenchError("\(url.path):\(number + 1): \(error)")
      }
      guard let object = value.objectValue, let name = object["doc"]?.stringValue,
        let quotes = object["quotes"]?.arrayValue
      else { throw BenchError("\(url.path):\(number + 1): expected {doc, quotes}") }
      documents.append(
        Document(
          name: name,
          quotes: quotes.compactMap { q in
            guard let o = q.objectValue, let content = range(o["content"]) else { return nil }
            let direct: Bool
            if case .bool(let d)? = o["direct"] { direct = d } else { direct = false }
            return Gold(
              content: content, direct: direct, source: range(o["source"]),
              sourceText: o["source_text"]?.stringValue ?? "",
              cueText: o["cue_text"]?.stringValue ?? "", cue: range(o["cue"]))
          }))
    }
    return documents
  }

  static func range(_ value: JSONValue?) -> Range<Int>? {
    guard let pair = value?.arrayValue, pair.count == 2,
      case .integer(let a) = pair[0], case .integer(let b) = pair[1], a <= b
    else { return nil }
    return a..<b
  }

  struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}
