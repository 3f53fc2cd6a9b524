import Foundation
import LedeAnalysis
import LedeCore

/// `lede-bench quote-cues DIR [--train OUT.tsv] [--l2 X] [--epochs N] [--min-count N]`: trains
/// `CueModel`, which takes words the cue list lacks for cues, on a corpus laid out like PolNeAR
/// (see `QuoteBench`).
///
/// Every word the list lacks that would report an indirect quote as a cue is an example
/// (`QuoteExtractor.cueCandidates`); it is a report when a quote it makes overlaps a gold
/// attribution's content as `lede-bench quotes` counts it. A logistic regression is fitted on
/// two halves of the articles (even and odd) and scores the other half; the threshold is the one
/// that gives the best indirect F1 of the list's quotes and the candidates above it, over both
/// halves. `--train` then fits all articles and writes the weights with that threshold.
enum QuoteCueBench {
  struct Example {
    var features: [Int]
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
      print("usage: lede-bench quote-cues DIR [--train OUT.tsv] [--l2 X] [--epochs N]")
      return
    }
    func option(_ name: String) -> String? {
      arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    var trainer = CueTrainer()
    if let v = option("--l2").flatMap(Double.init) { trainer.l2 = v }
    if let v = option("--epochs").flatMap(Int.init) { trainer.epochs = v }
    let minCount = option("--min-count").flatMap(Int.init) ?? 3
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
        for name in candidate.features {
          if let i = names[name] {
            counts[i] += 1
            indices.append(i)
          } else {
            names[name] = featureNames.count
            indices.append(featureNames.count)
            featureNames.append(name)
            counts.append(1)
          }
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
              String(finds.count), candidate.features.joined(separator: " "),
            ].joined(separator: "\t"))
        }
        examples.append(
          Example(
            features: indices,
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
    for e in examples.indices { examples[e].features.removeAll { counts[$0] < minCount } }
    let positives = examples.filter(\.label).count
    print(
      "quote-cues on \(dir): \(examples.count) candidates, \(positives) reports; the list's quotes: "
        + "P \(ratio(base.right, base.predicted)) R \(ratio(base.found, base.gold)) "
        + "F1 \(f1(base.right, base.predicted, base.found, base.gold))")
    var scored: [(score: Double, example: Int)] = []
    for fold in 0..<2 {
      var model = trainer
      model.train(examples.filter { $0.document % 2 != fold }, featureCount: featureNames.count)
      for (i, e) in examples.enumerated() where e.document % 2 == fold {
        scored.append((model.score(e.features), i))
      }
    }
    scored.sort { $0.score > $1.score }
    var best = (f1: -1.0, threshold: Double.infinity)
    var added = (predicted: 0, right: 0)
    var found = Set<Int>()
    for (n, s) in scored.enumerated() {
      let e = examples[s.example]
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
      if n % 500 == 499 || n + 1 == scored.count {
        print(
          String(
            format: "  top %5d: score ≥ %6.2f  P %.4f R %.4f F1 %.4f", n + 1, s.score, p, r, f))
      }
    }
    print(
      String(format: "cross-validated: best F1 %.4f at threshold %.3f", best.f1, best.threshold))
    guard let out = option("--train") else { return }
    var model = trainer
    model.train(examples, featureCount: featureNames.count)
    var lines = [
      "# cue_model.tsv: weights of the logistic regression behind `CueModel` (Lede): whether a",
      "# word the cue list lacks reports speech. Made by `Scripts/train-cue-model.sh` (`lede-bench",
      "# quote-cues DIR --train THIS_FILE`) on PolNeAR train (Newell, Margolin and Ruths, LREC 2018;",
      "# \(documents.count) articles): \(examples.count) candidates, \(positives) reports; l2 \(trainer.l2),",
      "# epochs \(trainer.epochs), label \(label), features seen \(minCount)+ times. The threshold gave the best indirect",
      String(format: "# F1 (%.4f) scored by two-fold cross-validation over the articles.", best.f1),
      "# Only weights: no text of the corpus. Columns: feature, weight.",
      "\(CueModel.thresholdRow)\t\(String(format: "%.3f", best.threshold))",
    ]
    for (i, name) in featureNames.enumerated().sorted(by: { $0.1 < $1.1 })
    where counts[i] >= minCount && abs(model.weights[i]) >= 0.005 {
      lines.append("\(name)\t\(String(format: "%.3f", model.weights[i]))")
    }
    do {
      try (lines.joined(separator: "\n") + "\n").write(
        toFile: out, atomically: true, encoding: .utf8)
      print("wrote \(lines.count - 8) weights to \(out)")
    } catch {
      print("lede-bench quote-cues: \(error)")
    }
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

/// A binary logistic regression over binary features, trained by averaged stochastic gradient
/// descent in a fixed order (as `ToneTrainer`): the same examples give the same weights on every
/// machine.
struct CueTrainer {
  /// Learning rate of the first epoch, its decay per epoch, epochs and the L2 penalty; chosen by
  /// the cross-validated F1 on PolNeAR train (`lede-bench quote-cues` prints it).
  var rate = 0.1
  var decay = 0.8
  var epochs = 10
  var l2 = 1e-4
  private(set) var weights: [Double] = []

  mutating func train(_ examples: [QuoteCueBench.Example], featureCount: Int) {
    weights = Array(repeating: 0, count: featureCount)
    var stepped = Array(repeating: 0.0, count: featureCount)
    var step = 1.0
    var order = Array(examples.indices)
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    var rate = self.rate
    for _ in 0..<epochs {
      for i in stride(from: order.count - 1, to: 0, by: -1) {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        order.swapAt(i, Int((seed >> 33) % UInt64(i + 1)))
      }
      for index in order {
        let example = examples[index]
        let p = 1 / (1 + exp(-score(example.features)))
        let gradient = p - (example.label ? 1 : 0)
        for f in example.features {
          let delta = -rate * (gradient + l2 * weights[f])
          weights[f] += delta
          stepped[f] += step * delta
        }
        step += 1
      }
      rate *= decay
    }
    for w in weights.indices { weights[w] -= stepped[w] / step }
  }

  func score(_ features: [Int]) -> Double {
    features.reduce(0) { $0 + weights[$1] }
  }
}
