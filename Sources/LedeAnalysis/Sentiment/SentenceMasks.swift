import LedeCore

/// The entity spans inside each sentence of an article, asked for sentence by sentence in text
/// order: the spans masked as neutral words when the sentence is scored.
///
/// Testing every entity against every sentence cost an article's sentences times its entities
/// (a long article has hundreds of each); entities and sentences come in text order, so a
/// cursor that only moves forward finds the same spans. Spans out of order (none today) are
/// tested one by one, as before.
struct SentenceMasks {
  private let spans: [Span]
  private let ordered: Bool
  private var first = 0
  private var lastStart = Int.min

  init(_ spans: [Span]) {
    self.spans = spans
    ordered = zip(spans, spans.dropFirst()).allSatisfy { $0.start <= $1.start }
  }

  /// The spans inside `sentence`, in order, as byte ranges.
  mutating func within(_ sentence: Span) -> [Range<Int>] {
    guard ordered, sentence.start >= lastStart else {
      return spans.filter { sentence.contains($0) }.map { $0.start..<$0.end }
    }
    lastStart = sentence.start
    // A span starting before this sentence is inside no later one either.
    while first < spans.count && spans[first].start < sentence.start { first += 1 }
    var masks: [Range<Int>] = []
    var next = first
    while next < spans.count && spans[next].start <= sentence.end {
      if spans[next].end <= sentence.end { masks.append(spans[next].start..<spans[next].end) }
      next += 1
    }
    return masks
  }
}
