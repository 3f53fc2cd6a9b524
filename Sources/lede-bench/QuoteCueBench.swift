import Foundation
import LedeAnalysis
import LedeCore

/// `lede-bench quote-cues DIR [--train OUT.tsv] [--l2 X] [--epochs N] [--min-count N] [--gate N]
/// [--share X] [--early X] [--min-weight X]`:
/// trains `CueModel`, which takes words the cue list lacks for cues, on a corpus laid out like
/// PolNeAR (see `QuoteBench`).
///
/// Every word the list lacks that would report an indirect quote as a cue is an example
/// (`QuoteExtractor.cueCandidates`); it is a report when a quote it makes overlaps a gold
/// attribution's content as `lede-bench quotes` counts it. A logistic regression is fitted on
/// two halves of the articles (even and odd) and scores the other half; the threshold is the one
/// that gives the best indirect F1 of the list's quotes and the candidates above it, over both
/// halves, among the words that were reports often enough in training (the gate, chosen so too).
/// `--train` then fits all articles and writes the weights with that threshold and gate.
enum QuoteCueBench {
  struct Example {
    var features: [Int]
    /// The index of the word's own feature (`w=`), when it has a usable one.
    var word: Int?
    /// The features scored before the report is read (`CueModel.early`).
    var early: [Int]
    var label: Bool
    var document: Int
    /// Quotes the word reports, and how many of them overlap a gold attribution.
    var reports: Int
    var right: Int
    /// Gold attributions (numbered over the corpus) it finds that the list's quotes missed.
    var finds: [Int]
  }

  static func run(_ arguments: [String]) {
    guard let dir = arguments.first(where: { !$0.hasPrefix("-") }) else {
      print(
        "usage: lede-bench quote-cues DIR [--train OUT.tsv] [--l2 X] [--epochs N] [--gate N] [--early X]"
      )
      return
    }
    func option(_ name: String) -> String? {
      arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    var trainer = CueTrainer()
    if let v = option("--l2").flatMap(Double.init) { trainer.l2 = v }
    if let v = option("--epochs").flatMap(Int.init) { trainer.epochs = v }
    let minCount = option("--min-count").flatMap(Int.init) ?? 3
    // Weights smaller than this are not written: they move no score much, and every row costs
    // the first article's load.
    let minWeight = option("--min-weight").flatMap(Double.init) ?? 0.05
    // `cue` (the default): a report is a word inside a gold indirect attribution's cue whose
    // quote overlaps any gold attribution; `right`: any word whose quote overlaps one; `finds`:
    // one whose quote finds a gold attribution the list's quotes missed. Cross-validated F1 on
    // PolNeAR train (scripts in the notes of issue 13): `cue` 0.5671, `right` 0.5650, `finds`
    // lower.
    let label = option("--label") ?? "cue"
    let documents: [QuoteBench.Document]
    do {
      documents = try QuoteBench.readGold(
        URL(fileURLWithPath: dir).appendingPathComponent("gold.jsonl"))
    } catch {
      print("lede-bench quote-cues: \(error)")
      return
    }
    if let error = CueModel.loadError { print("(bundled cue model not read: \(error))") }
    let extractor = QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames()))
    var names: [String: Int] = [:]
    var featureNames: [String] = []
    var counts: [Int] = []
    var examples: [Example] = []
    var base = (predicted: 0, right: 0, found: 0, gold: 0)
    var goldNumber = 0
    // `--dump FILE`: every candidate as `doc, cue start, cue end, spans, right, finds,
    // features` (code points, spans as `start-end,…`), for scripts that study them.
    var dump: [String] = []
    for (d, document) in documents.enumerated() {
      let path = URL(fileURLWithPath: dir).appendingPathComponent("docs")
        .appendingPathComponent(document.name).path
      guard let article = ArticleLoader().load([path]).articles.first else { continue }
      let (quotes, candidates) = extractor.cueCandidates(in: article)
      let gold = QuoteBench.goldSpans(document, article)
      let byteOf = QuoteBench.byteOffsets(article)
      let cues = document.quotes.compactMap { g -> Span? in
        guard let c = g.cue, !g.direct else { return nil }
        return Span(
          start: byteOf[min(c.lowerBound, byteOf.count - 1)],
          end: byteOf[min(c.upperBound, byteOf.count - 1)])
      }
      // The base is the list's own quotes; the candidates add to it.
      let indirect = quotes.filter { $0.kind == .indirect }
      base.predicted += indirect.count
      base.right +=
        indirect.filter { q in gold.contains { QuoteBench.overlaps($0.content, q.span) } }
        .count
      var missed: [Int: Int] = [:]
      for (g, gold) in gold.enumerated() where !gold.direct {
        base.gold += 1
        if indirect.contains(where: { QuoteBench.overlaps(gold.content, $0.span) }) {
          base.found += 1
        } else {
          missed[g] = goldNumber
          goldNumber += 1
        }
      }
      for candidate in candidates {
        var indices: [Int] = []
        var word: Int?
        var early: [Int] = []
        for (n, (key, name)) in zip(candidate.keys, candidate.names).enumerated() {
          if let i = names[name] {
            counts[i] += 1
            indices.append(i)
          } else {
            names[name] = featureNames.count
            indices.append(featureNames.count)
            featureNames.append(name)
            // A name that does not hash back to the key the article gave (a word whose
            // lowercase folds otherwise) could not be looked up: it is never kept.
            counts.append(CueModel.key(named: name) == key ? 1 : Int.min / 2)
          }
          if name.hasPrefix("w=") { word = indices.last }
          if n + 1 == candidate.early { early = indices }
        }
        let right = candidate.spans.filter { s in
          gold.contains { QuoteBench.overlaps($0.content, s) }
        }
        .count
        let finds = missed.compactMap { g, number in
          candidate.spans.contains { QuoteBench.overlaps(gold[g].content, $0) } ? number : nil
        }
        if option("--dump") != nil {
          var pointOf: [Int: Int] = [:]
          for (point, byte) in QuoteBench.byteOffsets(article).enumerated() {
            pointOf[byte] = point
          }
          func points(_ s: Span) -> String { "\(pointOf[s.start] ?? -1)-\(pointOf[s.end] ?? -1)" }
          dump.append(
            [
              document.name, points(candidate.cue),
              candidate.spans.map(points).joined(separator: ","), String(right),
              String(finds.count), candidate.names.joined(separator: " "),
            ].joined(separator: "\t"))
        }
        examples.append(
          Example(
            features: indices, word: word, early: early,
            label: label == "finds"
              ? !finds.isEmpty
              : right > 0
                && (label == "right"
                  || cues.contains {
                    $0.start <= candidate.cue.start && candidate.cue.end <= $0.end
                  }),
            document: d,
            reports: candidate.spans.count,
            right: right, finds: finds))
      }
    }
    if let path = option("--dump") {
      try? (dump.joined(separator: "\n") + "\n").write(
        toFile: path, atomically: true, encoding: .utf8)
    }
    // Features seen fewer than `minCount` times are left out: their weights would fit noise.
    for e in examples.indices {
      examples[e].features.removeAll { counts[$0] < minCount }
      examples[e].early.removeAll { counts[$0] < minCount }
    }
    let positives = examples.filter(\.label).count
    print(
      "quote-cues on \(dir): \(examples.count) candidates, \(positives) reports; the list's quotes: "
        + "P \(ratio(base.right, base.predicted)) R \(ratio(base.found, base.gold)) "
        + "F1 \(f1(base.right, base.predicted, base.found, base.gold))")
    // Scores of each candidate by the model of the other half, and how many times its word was
    // a report in that half.
    var scored: [(score: Double, early: Double, positives: Int, share: Double, example: Int)] = []
    for fold in 0..<2 {
      let training = examples.filter { $0.document % 2 != fold }
      var model = trainer
      model.train(training, featureCount: featureNames.count)
      let positives = positivesByWord(training)
      let candidates = candidatesByWord(training)
      for (i, e) in examples.enumerated() where e.document % 2 == fold {
        guard let w = e.word, counts[w] >= minCount else { continue }
        let p = positives[w, default: 0]
        scored.append(
          (
            model.score(e.features), model.score(e.early), p,
            Double(p) / Double(max(1, candidates[w, default: 0])), i
          ))
      }
    }
    scored.sort { $0.score > $1.score }
    // The gate: only words that were a report at least this many times in training are read at
    // all (`CueModel.words`), which is what keeps the model cheap. Each gate gets the threshold
    // with the best F1 under it; `--gate N` fixes it, else the highest gate within 0.001 of the
    // best F1 is taken.
    let gates: [Int] = option("--gate").flatMap(Int.init).map { [$0] } ?? [0, 1, 2, 3, 4, 6, 8]
    var results: [(gate: Int, f1: Double, threshold: Double, read: Int)] = []
    for gate in gates {
      let read = scored.filter { $0.positives >= gate }
      let (f1, threshold) = bestThreshold(
        read.map { ($0.score, examples[$0.example]) }, base: base, verbose: gates.count == 1)
      results.append((gate, f1, threshold, read.count))
      print(
        String(
          format: "  gate %2d: %6d candidates read, best F1 %.4f at threshold %.3f", gate,
          read.count, f1, threshold))
    }
    let top = results.map(\.f1).max() ?? 0
    let best = results.last { $0.f1 >= top - 0.001 } ?? results[0]
    print(
      String(
        format: "cross-validated: F1 %.4f at gate %d, threshold %.3f", best.f1, best.gate,
        best.threshold))
    // The early threshold: a word whose own features score below it is not read at all. The
    // highest that keeps F1 within 0.001 of the gate's is taken (`--early X` fixes it).
    // The share gate: a word is read only when that share of its candidates were reports (a
    // word inside a few gold cues, `more`, `time`, is rarely one itself). `--share X` fixes it;
    // else the highest within 0.001 of the gate's F1.
    let shares: [Double] =
      option("--share").flatMap(Double.init).map { [$0] } ?? [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3]
    var share = 0.0
    for x in shares {
      let read = scored.filter { $0.positives >= best.gate && $0.share >= x }
      let (f1, threshold) = bestThreshold(
        read.map { ($0.score, examples[$0.example]) }, base: base, verbose: false)
      print(
        String(
          format: "  share %4.2f: %6d candidates read, best F1 %.4f at threshold %.3f", x,
          read.count, f1, threshold))
      if f1 >= best.f1 - 0.001 || shares.count == 1 { share = x }
    }
    let gated = scored.filter { $0.positives >= best.gate && $0.share >= share }
    let earlies: [Double] =
      option("--early").flatMap(Double.init).map { [$0] }
      ?? stride(from: -6.0, through: 0.0, by: 0.25).map { $0 }
    var early = (value: -Double.infinity, f1: best.f1, threshold: best.threshold)
    for e in earlies {
      let read = gated.filter { $0.early >= e }
      let (f1, threshold) = bestThreshold(
        read.map { ($0.score, examples[$0.example]) }, base: base, verbose: false)
      print(
        String(
          format: "  early %5.2f: %6d candidates read, best F1 %.4f at threshold %.3f", e,
          read.count, f1, threshold))
      if f1 >= best.f1 - 0.001 || earlies.count == 1 { early = (e, f1, threshold) }
    }
    print(
      String(
        format: "cross-validated: F1 %.4f at gate %d, share %.2f, early %.2f, threshold %.3f",
        early.f1, best.gate, share, early.value, early.threshold))
    guard let out = option("--train") else { return }
    var model = trainer
    model.train(examples, featureCount: featureNames.count)
    var lines = [
      "# cue_model.tsv: weights of the logistic regression behind `CueModel` (Lede): whether a",
      "# word the cue list lacks reports speech. Made by `Scripts/train-cue-model.sh` (`lede-bench",
      "# quote-cues DIR --train THIS_FILE`) on PolNeAR train (Newell, Margolin and Ruths, LREC 2018;",
      "# \(documents.count) articles): \(examples.count) candidates, \(positives) reports; l2 \(trainer.l2),",
      "# epochs \(trainer.epochs), label \(label), features seen \(minCount)+ times. The threshold gave the best indirect",
      String(
        format: "# F1 (%.4f) scored by two-fold cross-validation over the articles, under the",
        early.f1),
      "# gates (a word is read as a cue at all, it has a w= row, when it was a report \(best.gate)+ times",
      "# in training and in \(share) of its candidates) and the early threshold (the least score of the",
      "# word's own features from which its report is read), chosen the same way or given as options.",
      "# Only weights: no text of the corpus. Columns: feature, weight.",
      "\(CueModel.thresholdRow)\t\(String(format: "%.3f", early.threshold))",
      "\(CueModel.earlyRow)\t\(String(format: "%.3f", early.value))",
    ]
    let reportsByWord = positivesByWord(examples)
    let candidatesOfWord = candidatesByWord(examples)
    // A word none of whose candidates reaches the early threshold would never be read: it gets
    // no row, and is not scored at all.
    var earlyByWord: [Int: Double] = [:]
    for e in examples {
      guard let w = e.word else { continue }
      earlyByWord[w] = max(earlyByWord[w] ?? -.infinity, model.score(e.early))
    }
    // Whether the word of feature `w` is read at all (has a `w=` row).
    func reads(_ w: Int) -> Bool {
      let reports = reportsByWord[w, default: 0]
      return reports >= best.gate
        && Double(reports) / Double(max(1, candidatesOfWord[w, default: 0])) >= share
        && earlyByWord[w, default: -.infinity] >= early.value
    }
    for (i, name) in featureNames.enumerated().sorted(by: { $0.1 < $1.1 })
    where counts[i] >= minCount && abs(model.weights[i]) >= minWeight
      && (!name.hasPrefix("w=") || reads(i))
    {
      // A word-and-next pair of a word that is not read is never looked up.
      if name.hasPrefix("wn="), let word = name.dropFirst(3).split(separator: " ").first,
        let w = names["w=" + word], !reads(w)
      {
        continue
      }
      lines.append("\(name)\t\(String(format: "%.3f", model.weights[i]))")
    }
    do {
      try (lines.joined(separator: "\n") + "\n").write(
        toFile: out, atomically: true, encoding: .utf8)
      print("wrote \(lines.count - 11) weights to \(out)")
    } catch {
      print("lede-bench quote-cues: \(error)")
    }
  }

  /// How many of `examples` were reports, by the index of their word's feature.
  static func positivesByWord(_ examples: [Example]) -> [Int: Int] {
    var positives: [Int: Int] = [:]
    for e in examples where e.label { if let w = e.word { positives[w, default: 0] += 1 } }
    return positives
  }

  /// How many of `examples` each word has.
  static func candidatesByWord(_ examples: [Example]) -> [Int: Int] {
    var candidates: [Int: Int] = [:]
    for e in examples { if let w = e.word { candidates[w, default: 0] += 1 } }
    return candidates
  }

  /// The threshold with the best indirect F1 of the list's quotes (`base`) and the candidates
  /// scored above it, and that F1; `verbose` prints the curve.
  static func bestThreshold(
    _ scored: [(score: Double, example: Example)],
    base: (predicted: Int, right: Int, found: Int, gold: Int), verbose: Bool
  ) -> (f1: Double, threshold: Double) {
    var best = (f1: -1.0, threshold: Double.infinity)
    var added = (predicted: 0, right: 0)
    var found = Set<Int>()
    for (n, s) in scored.enumerated() {
      let e = s.example
      added.predicted += e.reports
      added.right += e.right
      found.formUnion(e.finds)
      // A threshold falls between two scores: the candidates taken are those above it.
      if n + 1 < scored.count && scored[n + 1].score == s.score { continue }
      let p = Double(base.right + added.right) / Double(base.predicted + added.predicted)
      let r = Double(base.found + found.count) / Double(base.gold)
      let f = 2 * p * r / (p + r)
      if f > best.f1 {
        let below = n + 1 < scored.count ? scored[n + 1].score : s.score - 1
        best = (f, (s.score + below) / 2)
      }
      if verbose && (n % 500 == 499 || n + 1 == scored.count) {
        print(
          String(
            format: "  top %5d: score ≥ %6.2f  P %.4f R %.4f F1 %.4f", n + 1, s.score, p, r, f))
      }
    }
    return best
  }

  static func ratio(_ a: Int, _ b: Int) -> String {
    b == 0 ? "-" : String(format: "%.4f", Double(a) / Double(b))
  }

  static func f1(_ right: Int, _ predicted: Int, _ found: Int, _ gold: Int) -> String {
    let p = Double(right) / Double(max(1, predicted))
    let r = Double(found) / Double(max(1, gold))
    return p + r == 0 ? "-" : String(format: "%.4f", 2 * p * r / (p + r))
  }
}
