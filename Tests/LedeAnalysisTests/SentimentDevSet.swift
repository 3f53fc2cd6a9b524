import Foundation

@testable import LedeAnalysis

/// The development set: news sentences rated by people (`Tests/DevSets/annotations/*.json`),
/// each with a sentiment in −1…1 and per-target labels.
struct SentimentDevSet {
  struct Target {
    var name: String
    var label: TowardResult.Label
  }

  struct Sentence {
    var file: String
    var text: String
    var rating: Double
    var targets: [Target]
  }

  var sentences: [Sentence] = []

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("DevSets/annotations")

  /// Every annotation file that parses; files still being written are skipped.
  static func load() -> SentimentDevSet {
    var set = SentimentDevSet()
    let files =
      (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.filter {
        $0.hasSuffix(".json")
      }.sorted() ?? []
    for file in files {
      guard let data = try? Data(contentsOf: directory.appendingPathComponent(file)),
        let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let sentences = root["sentences"] as? [[String: Any]]
      else { continue }
      for sentence in sentences {
        guard let text = sentence["text"] as? String,
          let rating = (sentence["sentiment"] as? NSNumber)?.doubleValue
        else { continue }
        var targets: [Target] = []
        for target in sentence["targets"] as? [[String: Any]] ?? [] {
          if let name = target["target"] as? String, let raw = target["label"] as? String,
            let label = TowardResult.Label(rawValue: raw)
          {
            targets.append(Target(name: name, label: label))
          }
        }
        set.sentences.append(Sentence(file: file, text: text, rating: rating, targets: targets))
      }
    }
    return set
  }
}

/// Figures the evaluation prints.
enum SentimentMetrics {
  /// Pearson's correlation coefficient.
  static func pearson(_ x: [Double], _ y: [Double]) -> Double {
    let n = Double(x.count)
    let mx = x.reduce(0, +) / n
    let my = y.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    var syy = 0.0
    for (a, b) in zip(x, y) {
      sxy += (a - mx) * (b - my)
      sxx += (a - mx) * (a - mx)
      syy += (b - my) * (b - my)
    }
    return sxy / (sxx * syy).squareRoot()
  }

  /// The mean of the per-class F1 over positive, neutral and negative.
  static func macroF1(gold: [TowardResult.Label], predicted: [TowardResult.Label]) -> Double {
    var total = 0.0
    for label in TowardResult.Label.allCases {
      var tp = 0.0
      var fp = 0.0
      var fn = 0.0
      for (g, p) in zip(gold, predicted) {
        if g == label && p == label { tp += 1 }
        if g != label && p == label { fp += 1 }
        if g == label && p != label { fn += 1 }
      }
      let precision = tp + fp > 0 ? tp / (tp + fp) : 0
      let recall = tp + fn > 0 ? tp / (tp + fn) : 0
      total += precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
    return total / 3
  }

  /// VADER's usual three-way reading of a compound score (±0.05).
  static func label(_ compound: Double) -> TowardResult.Label {
    compound >= 0.05 ? .positive : compound <= -0.05 ? .negative : .neutral
  }

  static func format(_ x: Double) -> String { String(format: "%.3f", x) }
}
