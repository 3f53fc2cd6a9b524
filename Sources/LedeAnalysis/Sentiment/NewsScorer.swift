import LedeCore

/// News mode: VADER's rules over the words of Core's token layer.
///
/// On top of the reference method: names are masked (`NameMasker`), multi-word news terms are
/// matched (`NewsRules`), the news lexicon overrides VADER's valences, words in quotation
/// marks and after hedges weigh less, and the "but" rule scales by position without the
/// reference's lookup-by-value quirk.
struct NewsScorer {
  let resources: SentimentResources
  var parameters = NewsParameters.standard

  init(resources: SentimentResources, parameters: NewsParameters = .standard) {
    self.resources = resources
    self.parameters = parameters
  }

  /// The scores of `source`, with the bytes at `masks` (offsets into `source.text`) scored as
  /// neutral words.
  func score(_ source: LayerText, masks: [Range<Int>]) -> SentimentScores {
    analyze(source, masks: masks) { tokens, valences, amplifier in
      scores(tokens, UnsafeBufferPointer(valences), amplifier: amplifier)
    }
  }

  /// Reads the tokens and applies the news rules, then hands the tokens, their valences (before
  /// quotation and hedge weights, which are in `SentimentToken.weight`, and before the "but"
  /// rule) and the punctuation amplifier to `body`; `toward` reads them too.
  func analyze<R>(
    _ source: LayerText, masks: [Range<Int>],
    _ body: (UnsafeBufferPointer<SentimentToken>, UnsafeMutableBufferPointer<Double>, Double) -> R
  ) -> R {
    let reader = NewsTokenReader(resources: resources, newsLexicon: parameters.newsLexicon)
    return TokenBuffer.with(capacity: reader.capacity(for: source)) { buffer in
      let marks = withUnsafeTemporaryAllocation(
        of: UInt8.self, capacity: WordClassifier.scratchSize
      ) { scratch in
        reader.read(source, scratch: scratch, into: &buffer)
      }
      let tokens = buffer.tokens
      if parameters.maskNames {
        NameMasker(resources: resources).mask(tokens, masks: masks, headline: source.headline)
      }
      let rules = NewsRules(resources: resources, parameters: parameters)
      rules.apply(tokens)
      return withUnsafeTemporaryAllocation(of: Double.self, capacity: max(tokens.count, 1)) {
        storage in
        let valences = UnsafeMutableBufferPointer(rebasing: storage[0..<tokens.count])
        ValenceRules(resources: resources).valences(UnsafeBufferPointer(tokens), into: valences)
        if parameters.contextRules { rules.adjust(UnsafeBufferPointer(tokens), valences) }
        let amplifier = ScoreAggregator(resources: resources).amplifier(
          exclamations: marks.exclamations, questions: marks.questions)
        return body(UnsafeBufferPointer(tokens), valences, amplifier)
      }
    }
  }

  /// The four scores of what `analyze` hands its body: the weights and the "but" rule applied
  /// to a copy of the valences (so `toward` can read both).
  func scores(
    _ tokens: UnsafeBufferPointer<SentimentToken>, _ valences: UnsafeBufferPointer<Double>,
    amplifier: Double
  ) -> SentimentScores {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: max(valences.count, 1)) { storage in
      let weighted = UnsafeMutableBufferPointer(rebasing: storage[0..<valences.count])
      for i in valences.indices { weighted[i] = valences[i] * tokens[i].weight }
      NewsRules(resources: resources, parameters: parameters).applyBut(tokens, weighted)
      return aggregate(weighted, amplifier: amplifier)
    }
  }

  /// The four scores, as VADER aggregates them but with news mode's normalisation constant.
  func aggregate(_ valences: UnsafeMutableBufferPointer<Double>, amplifier: Double)
    -> SentimentScores
  {
    guard !valences.isEmpty else { return .empty }
    let aggregator = ScoreAggregator(resources: resources)
    var scores = aggregator.scores(UnsafeBufferPointer(valences), amplifier: amplifier)
    if parameters.alpha != resources.rules.alpha {
      var sum = 0.0
      for value in valences { sum += value }
      sum += sum > 0 ? amplifier : sum < 0 ? -amplifier : 0
      let compound = sum / (sum * sum + parameters.alpha).squareRoot()
      scores.compound = Rounding.halfEven(min(1, max(-1, compound)), digits: 4)
    }
    return scores
  }
}
