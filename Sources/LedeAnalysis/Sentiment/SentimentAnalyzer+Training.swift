import Foundation
import LedeCore

/// What `lede-bench tone` needs to train and measure `toward`: the features of a target and the
/// tone under a given model (or the rules alone).
extension SentimentAnalyzer {
  /// The rules' tone toward `target` (a byte range of `text.utf8`) and the features the model
  /// reads, with their names.
  package func towardFeatures(_ text: String, target: Range<Int>) -> (
    rules: TowardResult, features: TowardFeatures
  ) {
    guard case .success(let resources) = SentimentResources.shared else {
      return (.neutral, TowardFeatures(keepNames: true))
    }
    return SentimentAnalyzer.withBytes(text) { bytes in
      LayerText.reading(bytes) { source in
        var features: TowardFeatures? = TowardFeatures(keepNames: true)
        let rules = TowardScorer(resources: resources, model: nil).toward(
          source, span: target, features: &features)
        return (rules, features ?? TowardFeatures(keepNames: true))
      }
    }
  }

  /// The tone toward `target` under `model` (nil: the rules alone), with the rules' say where
  /// the structure is sure and the score from which they win over a neutral from the model.
  package func toward(
    _ text: String, target: Range<Int>, model: TowardModel?,
    rulesWhereSure: UInt8 = TowardParameters.standard.rulesWhereSure.rawValue,
    ruleOverride: Double = TowardParameters.standard.ruleOverride
  ) -> TowardResult {
    guard case .success(let resources) = SentimentResources.shared else { return .neutral }
    var parameters = TowardParameters.standard
    parameters.rulesWhereSure = TargetRoles.Sure(rawValue: rulesWhereSure)
    parameters.ruleOverride = ruleOverride
    return SentimentAnalyzer.withBytes(text) { bytes in
      LayerText.reading(bytes) {
        TowardScorer(resources: resources, parameters: parameters, model: model).toward(
          $0, span: target)
      }
    }
  }

  /// Throws when the learned `toward` model cannot be loaded (`AnalysisData.require(.toward)`).
  public func validateToward() throws(DataFileError) {
    try validate()
    if case .failure(let error) = TowardModel.shared { throw error }
  }
}

extension SentimentAnalyzer {
  /// What `lede-bench tone` fits a sentence-level correction on, from the tokens and valences
  /// news mode scores (after its weights and the "but" rule): the compound, the positive and
  /// negative sums (on VADER's −4…4 scale, divided by 4), the counts of positive and negative
  /// words, the log of the token count, whether a word negates, and the quoted share.
  package func sentenceFeatures(_ text: String) -> [Double] {
    guard case .success(let resources) = SentimentResources.shared else { return [] }
    return SentimentAnalyzer.withBytes(text) { bytes in
      LayerText.reading(bytes) { source in
        let news = NewsScorer(resources: resources)
        return news.analyze(source, masks: []) { tokens, valences, amplifier in
          let compound = news.scores(tokens, UnsafeBufferPointer(valences), amplifier: amplifier)
            .compound
          var weighted = (0..<valences.count).map { valences[$0] * tokens[$0].weight }
          weighted.withUnsafeMutableBufferPointer {
            NewsRules(resources: resources, parameters: news.parameters).applyBut(tokens, $0)
          }
          var (positive, negative, positives, negatives) = (0.0, 0.0, 0.0, 0.0)
          for v in weighted where v != 0 {
            if v > 0 { (positive, positives) = (positive + v, positives + 1) }
            if v < 0 { (negative, negatives) = (negative + v, negatives + 1) }
          }
          let negated = tokens.contains { $0.negates } ? 1.0 : 0.0
          let quoted = Double(tokens.filter { $0.traits.contains(.quoted) }.count)
          let count = Double(max(tokens.count, 1))
          return [
            compound, positive / 4, negative / 4, positives, negatives, log(count), negated,
            quoted / count,
          ]
        }
      }
    }
  }
}
