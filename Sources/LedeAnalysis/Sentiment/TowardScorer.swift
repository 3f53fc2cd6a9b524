/// The tone of a sentence toward one of the things it names.
///
/// "Tone toward" is how the sentence portrays the target, not whether bad things happen near
/// it: a city hit by a storm is not portrayed badly, a company whose shares fell or an official
/// sentenced for fraud is. So words count by the target's position (`TargetRoles`):
/// - as a subject, its predicate counts in full, the words before it less;
/// - as an object, a judgement ("sentenced X", "criticised X") or help ("helping X") counts in
///   full, a harmful act ("the storm lashed X") counts little: being hit is not being judged;
/// - after a preposition ("in Kyiv", "parts of Kharkiv") everything counts little;
/// - as a speaker ("X said …", "…, said X", "according to X"), what it says is mostly not
///   about it (good news a little more: it is mostly the speaker's own side's);
/// - as the agent of a speech act ("X condemned Y"), the act counts little toward X:
///   condemning is a position X holds, aimed at Y; "Y condemned X" counts in full toward X.
/// Closer words count more, words across clause breaks less, quoted words less when the
/// target is outside the quotation; an apposition or relative clause about the target
/// ("the Kremlin, which fought a war…") counts as its predicate.
///
/// Those rules give a score; `TowardModel`, a logistic regression trained on NewsMTSC, reads it
/// with the target's role, the sentence's tone, the valences by region and the nearby words,
/// and gives the label (`score` is then P(positive) − P(negative)).
struct TowardScorer {
  let resources: SentimentResources
  var parameters = TowardParameters.standard
  /// The learned model; nil scores by the rules alone.
  var model: TowardModel?

  init(
    resources: SentimentResources, parameters: TowardParameters = .standard,
    model: TowardModel? = TowardScorer.bundledModel
  ) {
    self.resources = resources
    self.parameters = parameters
    self.model = model
  }

  /// The bundled model, or nil when its file cannot be read (`SentimentAnalyzer.validate`
  /// reports that).
  static var bundledModel: TowardModel? {
    if case .success(let model) = TowardModel.shared { return model }
    return nil
  }

  /// The tone of free text toward the first mention of `target` (`TargetLocator.find`).
  func toward(_ text: UnsafeBufferPointer<UInt8>, target: [UInt8]) -> TowardResult {
    guard let span = TargetLocator.find(target, in: text) else { return .neutral }
    return LayerText.reading(text) { toward($0, span: span) }
  }

  /// The tone of `source` toward the mention at `span` (offsets into `source.text`).
  func toward(_ source: LayerText, span: Range<Int>) -> TowardResult {
    var features: TowardFeatures?
    return toward(source, span: span, features: &features)
  }

  /// The tone toward `span`; with `features` non-nil on entry (`TowardFeatures(keepNames:)`),
  /// also the features the model read, for training.
  func toward(_ source: LayerText, span: Range<Int>, features: inout TowardFeatures?)
    -> TowardResult
  {
    guard span.lowerBound >= 0, span.upperBound <= source.text.count, !span.isEmpty else {
      return .neutral
    }
    let news = NewsScorer(resources: resources)
    let learned = model != nil || features != nil
    return news.analyze(source, masks: [span]) { tokens, valences, amplifier in
      guard let first = tokens.firstIndex(where: { Int($0.end) > span.lowerBound }),
        Int(tokens[first].start) < span.upperBound
      else { return .neutral }
      var last = first
      while last + 1 < tokens.count && Int(tokens[last + 1].start) < span.upperBound { last += 1 }
      let roles = TargetRoles(tokens, target: first...last)
      let score = self.score(tokens, UnsafeBufferPointer(valences), target: first...last, roles)
      let compound = score / (score * score + parameters.alpha).squareRoot()
      guard learned else { return rules(compound) }
      // The sentence's own tone, with the target masked, from the same tokens.
      let sentence = news.scores(tokens, UnsafeBufferPointer(valences), amplifier: amplifier)
        .compound
      var f = features ?? TowardFeatures()
      TowardFeatures.extract(
        tokens, UnsafeBufferPointer(valences), text: source.text, target: first...last,
        roles: roles, rule: compound, sentence: sentence, into: &f)
      if features != nil { features = f }
      guard let model else { return rules(compound) }
      if roles.isSure(tokens, parameters.rulesWhereSure) { return rules(compound) }
      let p = model.probabilities(f)
      // The class of highest probability; ties go to neutral, then negative (as trained).
      var label = TowardResult.Label.neutral
      var top = p.y
      if p.x > top { (label, top) = (.negative, p.x) }
      if p.z > top { label = .positive }
      if label == .neutral && abs(compound) >= parameters.ruleOverride { return rules(compound) }
      return TowardResult(label: label, score: Rounding.halfEven(Double(p.z - p.x), digits: 4))
    }
  }

  /// The label the rules alone give a compound.
  private func rules(_ compound: Double) -> TowardResult {
    let label: TowardResult.Label =
      compound >= parameters.threshold
      ? .positive : compound <= -parameters.threshold ? .negative : .neutral
    return TowardResult(label: label, score: Rounding.halfEven(compound, digits: 4))
  }

  /// The weighted sum of the sentence's valences toward the target tokens.
  private func score(
    _ tokens: UnsafeBufferPointer<SentimentToken>, _ valences: UnsafeBufferPointer<Double>,
    target: ClosedRange<Int>, _ roles: TargetRoles
  ) -> Double {
    var sum = 0.0
    for i in tokens.indices where valences[i] != 0 && !target.contains(i) {
      let value = valences[i]
      var weight = 1.0
      let distance = i < target.lowerBound ? target.lowerBound - i : i - target.upperBound
      weight /= 1 + parameters.distanceDecay * Double(distance - 1)
      weight *= barriers(tokens, between: i, and: target, apposition: roles.apposition)
      weight *= positionFactor(roles.position, i, value, tokens, target: target, roles: roles)
      if let verb = roles.speakerVerb, roles.isSpeech(i, tokens: tokens, verb: verb) {
        weight *= value > 0 ? parameters.speakerPositive : parameters.speakerNegative
      } else if tokens[i].traits.contains(.quoted) && !roles.targetQuoted {
        weight *= parameters.quoteFactor
      }
      if i == roles.speakerVerb && !roles.speakerBefore {
        weight *= parameters.agentFactor
      }
      sum += value * weight
    }
    return sum
  }

  private func positionFactor(
    _ position: TargetRoles.Position, _ i: Int, _ value: Double,
    _ tokens: UnsafeBufferPointer<SentimentToken>, target: ClosedRange<Int>, roles: TargetRoles
  ) -> Double {
    if roles.apposition.contains(i) { return 1 }
    switch position {
    case .subject:
      return i > target.upperBound ? 1 : parameters.beforeFactor
    case .object(let verb), .against(let verb):
      if i == verb {
        let role = tokens[verb].role
        let judged = role == .speechAct || role == .judgement
        if case .against = position { return 1 }
        return judged || value > 0 ? 1 : parameters.patientFactor
      }
      return i > target.upperBound ? 1 : parameters.beforeFactor
    case .agent(let verb):
      return i == verb ? 1 : parameters.beforeFactor
    case .complement:
      return parameters.settingFactor
    }
  }

  /// The product of the factors for the breaks between token `i` and the target.
  private func barriers(
    _ tokens: UnsafeBufferPointer<SentimentToken>, between i: Int, and target: ClosedRange<Int>,
    apposition: Range<Int>
  ) -> Double {
    let (low, high) = i < target.lowerBound ? (i, target.lowerBound) : (target.upperBound, i)
    var factor = 1.0
    for j in low..<high {
      let edges = tokens[j].edges
      if !edges.isDisjoint(with: [.sentenceEnd, .semicolon, .colon]) {
        factor *= parameters.breakFactor
      } else if edges.contains(.clauseEnd) && j != target.upperBound
        && j != target.lowerBound - 1 && !(apposition.contains(j) && j == apposition.upperBound - 1)
      {
        // The commas right around the target, and the one closing its apposition, set off
        // words about it ("Ukrenergo, the grid operator, said…").
        factor *= parameters.commaFactor
      }
      let next = tokens[j + 1].role
      if next == .but || next == .contrast { factor *= parameters.breakFactor }
    }
    return factor
  }
}
