extension TokenLayer {
  /// The stretches of `span` inside a quotation (`insideQuote`), as byte ranges relative to
  /// `span.start`, in order: what a reader of one sentence sees as quoted (news-mode sentiment
  /// reads the same flag word by word), decided by the one quote-region finder (`QuoteMarks`)
  /// over the whole paragraph.
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
}
