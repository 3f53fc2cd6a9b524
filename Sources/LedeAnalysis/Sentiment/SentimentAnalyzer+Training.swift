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
