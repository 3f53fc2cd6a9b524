extension TokenLayer {
  /// The starts of the words of `span` flagged `initial` (a capital there says nothing about a
  /// name), as byte offsets relative to `span.start`: what a reader of one sentence (news-mode
  /// sentiment's name masking) takes from the layer instead of finding sentence starts itself.
  package func initialStarts(in span: Span) -> Set<Int> {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].end <= span.start { low = mid + 1 } else { high = mid }
    }
    var starts = Set<Int>()
    var t = low
    while t < tokens.count, tokens[t].start < span.end {
      if flags[t].contains(.initial), tokens[t].start >= span.start {
        starts.insert(tokens[t].start - span.start)
      }
      t += 1
    }
    return starts
  }

  /// The starts of the `initial` words of free text (a sentence given on its own), read as one
  /// paragraph by Core's tokenizer and sentence splitter, as an article's are. Only the tokens,
  /// sentences and the shapes `markStarts` reads are computed, not a whole layer: news-mode
  /// sentiment asks this of every sentence it is given.
  package static func initialStarts(ofText text: String) -> Set<Int> {
    var text = text
    let blocks = [Block(role: .paragraph, span: Span(start: 0, end: text.utf8.count))]
    let layers = TextAnalyzer.analyze(text: text, blocks: blocks)
    return text.withUTF8 { bytes in
      var flags = layers.tokens.map { token in
        switch token.kind {
        // A word's case does not matter to the starts, only whether it opens with a letter
        // (`WordReader.shape` gives `other` to one that does not).
        case .word:
          TokenFlags(
            shape: bytes[token.start] &- 0x41 < 26 || bytes[token.start] &- 0x61 < 26
              || bytes[token.start] >= 0xC0 ? .lower : .other)
        case .number: TokenFlags(shape: .number)
        case .punct, .symbol:
          TokenFlags(shape: TokenShape.punctuation(bytes, token.start, min(token.end, bytes.count)))
        default: TokenFlags(shape: .other)
        }
      }
      markStarts(layers.sentences, &flags)
      var starts = Set<Int>()
      for (t, token) in layers.tokens.enumerated() where flags[t].contains(.initial) {
        starts.insert(token.start)
      }
      return starts
    }
  }
}
