extension TokenLayer {
  /// The stretches of `span` inside a quotation (`insideQuote`), as byte ranges relative to
  /// `span.start`, in order: what a reader of one sentence (news-mode sentiment) weighs as
  /// quoted, decided by the one quote-region finder (`QuoteMarks`) over the whole paragraph.
  package func quotedRanges(in span: Span) -> [Range<Int>] {
    var low = 0
    var high = tokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[mid].end <= span.start { low = mid + 1 } else { high = mid }
    }
    var ranges: [Range<Int>] = []
    var t = low
    while t < tokens.count, tokens[t].start < span.end {
      guard flags[t].contains(.insideQuote) else {
        t += 1
        continue
      }
      let start = tokens[t].start
      var end = tokens[t].end
      t += 1
      while t < tokens.count, tokens[t].start < span.end, flags[t].contains(.insideQuote) {
        end = tokens[t].end
        t += 1
      }
      ranges.append((max(start, span.start) - span.start)..<(min(end, span.end) - span.start))
    }
    return ranges
  }

  /// The quoted stretches of free text (a sentence given on its own), read as one paragraph by
  /// the same rules as an article's (`QuoteMarks`). Only the tokens and the shapes of their
  /// marks are computed, not a whole layer, and nothing when the text has no mark that can
  /// open a quotation (`"`, ``` `` ```, `''`, `“`, `„`, `‘`, `«`), as most sentences have not:
  /// news-mode sentiment asks this of every sentence it is given.
  package static func quotedRanges(ofText text: String) -> [Range<Int>] {
    guard mayOpenQuotation(text) else { return [] }
    let tokens = Tokenizer.tokens(in: text)
    var text = text
    return text.withUTF8 { bytes in
      var flags = tokens.map { token in
        switch token.kind {
        case .word: TokenFlags(shape: .lower)  // any word: the marks read only `isWord`
        case .punct, .symbol:
          TokenFlags(shape: TokenShape.punctuation(bytes, token.start, min(token.end, bytes.count)))
        default: TokenFlags(shape: .other)
        }
      }
      let span = Span(start: 0, end: bytes.count)
      let sentence = Sentence(span: span, block: 0, tokens: 0..<tokens.count)
      markQuotations(bytes, tokens, [sentence], [Block(role: .paragraph, span: span)], &flags)
      var ranges: [Range<Int>] = []
      var t = 0
      while t < tokens.count {
        guard flags[t].contains(.insideQuote) else {
          t += 1
          continue
        }
        let start = tokens[t].start
        while t + 1 < tokens.count, flags[t + 1].contains(.insideQuote) { t += 1 }
        ranges.append(start..<tokens[t].end)
        t += 1
      }
      return ranges
    }
  }

  /// Whether `text` holds a mark that can open a quotation.
  private static func mayOpenQuotation(_ text: String) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if byte == 0x22 || (byte == 0x27 && previous == 0x27) || (byte == 0x60 && previous == 0x60)
        || (byte == 0xAB && previous == 0xC2)
        || ((byte == 0x9C || byte == 0x9E || byte == 0x98) && previous == 0x80
          && beforePrevious == 0xE2)
      {
        return true
      }
      beforePrevious = previous
      previous = byte
    }
    return false
  }
}
