import LedeCore

/// News mode: VADER's rules over news-aware tokens.
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

  /// The scores of `text`; `headline` says whether it is set in headline case (nil: decide
  /// from its words), `quoted` which bytes are inside a quotation and `initials` where the
  /// words start whose capital says nothing (nil: the token layer of the text alone decides,
  /// `NewsScorer.quoted(_:)`, `NewsScorer.initials(_:)`).
  func score(
    _ text: UnsafeBufferPointer<UInt8>, masks: [Range<Int>], headline: Bool? = nil,
    quoted: [Range<Int>]? = nil, initials: Set<Int>? = nil
  ) -> SentimentScores {
    analyze(text, masks: masks, headline: headline, quoted: quoted, initials: initials) {
      tokens, valences, amplifier in
      for i in tokens.indices { valences[i] *= tokens[i].weight }
      NewsRules(resources: resources, parameters: parameters).applyBut(tokens, valences)
      return aggregate(valences, amplifier: amplifier)
    }
  }

  /// Tokenizes and applies the news rules, then hands the tokens, their valences (before
  /// quotation and hedge weights, which are in `SentimentToken.weight`, and before the "but"
  /// rule) and the punctuation amplifier to `body`; `toward` reads them too.
  func analyze<R>(
    _ text: UnsafeBufferPointer<UInt8>, masks: [Range<Int>], headline: Bool? = nil,
    quoted: [Range<Int>]? = nil, initials: Set<Int>? = nil,
    _ body: (UnsafeBufferPointer<SentimentToken>, UnsafeMutableBufferPointer<Double>, Double) -> R
  ) -> R {
    let tokenizer = NewsTokenizer(resources: resources, newsLexicon: parameters.newsLexicon)
    return TokenBuffer.with(capacity: tokenizer.capacity(for: text)) { buffer in
      let marks = withUnsafeTemporaryAllocation(
        of: UInt8.self, capacity: WordClassifier.scratchSize
      ) { scratch in
        tokenizer.split(text, scratch: scratch, into: &buffer)
      }
      let tokens = buffer.tokens
      if parameters.maskNames {
        NameMasker(resources: resources).mask(
          tokens, masks: masks, headline: headline,
          initials: initials ?? NewsScorer.initials(text))
      }
      let rules = NewsRules(resources: resources, parameters: parameters)
      rules.apply(tokens, quoted: quoted ?? NewsScorer.quoted(text))
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

  /// The starts of the `initial` words of free text, as Core's token layer finds them.
  static func initials(_ text: UnsafeBufferPointer<UInt8>) -> Set<Int> {
    TokenLayer.initialStarts(ofText: String(decoding: text, as: UTF8.self))
  }

  /// The quoted stretches of free text, as Core's token layer finds them.
  static func quoted(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    TokenLayer.quotedRanges(ofText: String(decoding: text, as: UTF8.self))
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
