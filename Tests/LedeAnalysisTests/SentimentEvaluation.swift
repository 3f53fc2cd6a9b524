import Foundation
import Testing

@testable import LedeAnalysis

/// Measures the modes on the development set and prints the figures. It asserts only that the
/// set loaded and the figures are numbers: a threshold would make the dev set a target to
/// overfit. `SENTIMENT_EVAL_VERBOSE=1` also prints every sentence with its scores.
@Suite struct SentimentEvaluation {
  let dev = SentimentDevSet.load()
  let analyzer = SentimentAnalyzer.shared

  @Test func sentenceCorrelation() throws {
    try #require(
      !dev.sentences.isEmpty, "no dev-set sentences in \(SentimentDevSet.directory.path)")
    let ratings = dev.sentences.map(\.rating)
    let news = dev.sentences.map { analyzer.score($0.text, mode: .news).compound }
    let vader = dev.sentences.map { analyzer.score($0.text, mode: .vader).compound }
    let rNews = SentimentMetrics.pearson(news, ratings)
    let rVader = SentimentMetrics.pearson(vader, ratings)
    print(
      "sentiment dev set: \(dev.sentences.count) sentences; Pearson r news \(SentimentMetrics.format(rNews)), "
        + "vader \(SentimentMetrics.format(rVader))")
    if ProcessInfo.processInfo.environment["SENTIMENT_EVAL_VERBOSE"] != nil {
      let rows = dev.sentences.indices.sorted {
        abs(news[$0] - ratings[$0]) > abs(news[$1] - ratings[$1])
      }
      for i in rows {
        print(
          "  rated \(SentimentMetrics.format(ratings[i])) news \(SentimentMetrics.format(news[i])) "
            + "vader \(SentimentMetrics.format(vader[i]))  \(dev.sentences[i].text)")
      }
    }
    #expect(rNews.isFinite && rVader.isFinite)
  }

  @Test func towardMacroF1() throws {
    var gold: [TowardResult.Label] = []
    var toward: [TowardResult.Label] = []
    var baseline: [TowardResult.Label] = []
    var rows: [String] = []
    for sentence in dev.sentences where !sentence.targets.isEmpty {
      let whole = SentimentMetrics.label(analyzer.score(sentence.text, mode: .vader).compound)
      for target in sentence.targets {
        let result = analyzer.toward(sentence.text, target: target.name)
        gold.append(target.label)
        toward.append(result.label)
        baseline.append(whole)
        if result.label != target.label {
          rows.append(
            "  \(target.label.rawValue) got \(result.label.rawValue) (\(SentimentMetrics.format(result.score))) "
              + "[\(target.name)] \(sentence.text)")
        }
      }
    }
    try #require(!gold.isEmpty, "no dev-set targets")
    let f1 = SentimentMetrics.macroF1(gold: gold, predicted: toward)
    let f1Baseline = SentimentMetrics.macroF1(gold: gold, predicted: baseline)
    print(
      "sentiment toward: \(gold.count) targets; macro-F1 \(SentimentMetrics.format(f1)), "
        + "whole-sentence VADER baseline \(SentimentMetrics.format(f1Baseline))")
    if ProcessInfo.processInfo.environment["SENTIMENT_EVAL_VERBOSE"] != nil {
      print(rows.joined(separator: "\n"))
    }
    var confusion = "  gold\\predicted (positive neutral negative):"
    for g in TowardResult.Label.allCases {
      let counts = TowardResult.Label.allCases.map { p in
        zip(gold, toward).filter { $0.0 == g && $0.1 == p }.count
      }
      confusion += " \(g.rawValue) \(counts);"
    }
    print(confusion)
    #expect(f1.isFinite && f1Baseline.isFinite)
  }

  /// The `toward` weights, one at a time.
  @Test func towardParameterSweep() throws {
    guard case .success(let resources) = SentimentResources.shared, !dev.sentences.isEmpty else {
      return
    }
    func f1(_ parameters: TowardParameters) -> Double {
      let scorer = TowardScorer(resources: resources, parameters: parameters)
      var gold: [TowardResult.Label] = []
      var predicted: [TowardResult.Label] = []
      for sentence in dev.sentences {
        for target in sentence.targets {
          gold.append(target.label)
          predicted.append(
            SentimentAnalyzer.withBytes(sentence.text) {
              scorer.toward($0, target: Array(target.name.utf8)).label
            })
        }
      }
      return SentimentMetrics.macroF1(gold: gold, predicted: predicted)
    }
    let sweeps: [(String, WritableKeyPath<TowardParameters, Double>, [Double])] = [
      ("threshold", \.threshold, [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]),
      ("distanceDecay", \.distanceDecay, [0, 0.05, 0.1, 0.2, 0.4]),
      ("commaFactor", \.commaFactor, [0.3, 0.45, 0.6, 0.8, 1.0]),
      ("breakFactor", \.breakFactor, [0.1, 0.25, 0.5, 1.0]),
      ("quoteFactor", \.quoteFactor, [0.25, 0.5, 0.75, 1.0]),
      ("speakerPositive", \.speakerPositive, [0.2, 0.4, 0.6, 0.8, 1.0]),
      ("speakerNegative", \.speakerNegative, [0, 0.15, 0.3, 0.6, 1.0]),
      ("agentFactor", \.agentFactor, [0, 0.2, 0.4, 0.7, 1.0]),
      ("settingFactor", \.settingFactor, [0, 0.1, 0.2, 0.4, 0.7, 1.0]),
      ("beforeFactor", \.beforeFactor, [0.1, 0.2, 0.4, 0.7, 1.0]),
      ("patientFactor", \.patientFactor, [0, 0.15, 0.3, 0.6, 1.0]),
    ]
    var lines: [String] = []
    for (name, path, values) in sweeps {
      let figures = values.map { value -> String in
        var parameters = TowardParameters.standard
        parameters[keyPath: path] = value
        return "\(value): \(SentimentMetrics.format(f1(parameters)))"
      }
      lines.append("  \(name) " + figures.joined(separator: ", "))
    }
    print("sentiment toward sweep (macro-F1 on the dev set):\n" + lines.joined(separator: "\n"))
  }

  /// The news-mode weights, one at a time, so the chosen values can be justified.
  @Test func newsParameterSweep() throws {
    guard case .success(let resources) = SentimentResources.shared, !dev.sentences.isEmpty else {
      return
    }
    let ratings = dev.sentences.map(\.rating)
    func r(_ parameters: NewsParameters) -> Double {
      let scorer = NewsScorer(resources: resources, parameters: parameters)
      let scores = dev.sentences.map { sentence in
        SentimentAnalyzer.withBytes(sentence.text) {
          LayerText.reading($0) { scorer.score($0, masks: []).compound }
        }
      }
      return SentimentMetrics.pearson(scores, ratings)
    }
    var lines: [String] = []
    let sweeps: [(String, WritableKeyPath<NewsParameters, Double>, [Double])] = [
      ("quoteWeight", \.quoteWeight, [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0]),
      ("reportedWeight", \.reportedWeight, [0.4, 0.6, 0.8, 1.0]),
      ("hedgeWeight", \.hedgeWeight, [0.4, 0.5, 0.6, 0.7, 0.8, 1.0]),
      ("butBefore", \.butBefore, [0.5, 0.75, 1.0]),
      ("butAfter", \.butAfter, [1.0, 1.25, 1.5]),
      ("negatedNegative", \.negatedNegative, [0, 0.5, 1.0]),
      ("alpha", \.alpha, [5, 10, 15, 25]),
    ]
    for (name, path, values) in sweeps {
      let figures = values.map { value -> String in
        var parameters = NewsParameters.standard
        parameters[keyPath: path] = value
        return "\(value): \(SentimentMetrics.format(r(parameters)))"
      }
      lines.append("  \(name) " + figures.joined(separator: ", "))
    }
    let switches: [(String, WritableKeyPath<NewsParameters, Bool>)] = [
      ("news lexicon", \.newsLexicon), ("name masking", \.maskNames), ("phrases", \.phrases),
      ("context rules", \.contextRules),
    ]
    var ablation = "  without: "
    for (name, path) in switches {
      var parameters = NewsParameters.standard
      parameters[keyPath: path] = false
      ablation += "\(name) \(SentimentMetrics.format(r(parameters))); "
    }
    lines.append(ablation)
    print("sentiment news-mode sweep (Pearson r on the dev set):\n" + lines.joined(separator: "\n"))
  }
}
