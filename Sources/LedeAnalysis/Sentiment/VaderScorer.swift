/// The reference VADER method over UTF-8 bytes.
struct VaderScorer {
  let resources: SentimentResources

  func score(_ text: UnsafeBufferPointer<UInt8>) -> SentimentScores {
    let tokenizer = VaderTokenizer(resources: resources)
    return tokenizer.withSwappedText(text) { text in
      TokenBuffer.with(bytes: text.count) { buffer in
        let marks = withUnsafeTemporaryAllocation(
          of: UInt8.self, capacity: WordClassifier.scratchSize
        ) { scratch in
          tokenizer.split(text, scratch: scratch, into: &buffer)
        }
        return score(UnsafeBufferPointer(buffer.tokens), marks: marks)
      }
    }
  }

  private func score(_ tokens: UnsafeBufferPointer<SentimentToken>, marks: VaderTokenizer.Marks)
    -> SentimentScores
  {
    guard !tokens.isEmpty else { return .empty }
    let aggregator = ScoreAggregator(resources: resources)
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: tokens.count) { valences in
      ValenceRules(resources: resources).valences(tokens, into: valences)
      if let but = tokens.firstIndex(where: { $0.role == .but }) {
        aggregator.applyBut(valences, butIndex: but)
      }
      let amplifier = aggregator.amplifier(
        exclamations: marks.exclamations, questions: marks.questions)
      return aggregator.scores(UnsafeBufferPointer(valences), amplifier: amplifier)
    }
  }
}
