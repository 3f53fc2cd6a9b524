/// A pair of quotation marks in one paragraph.
struct QuoteMarkPair: Sendable {
  /// The opening mark's token.
  var open: Int
  /// The closing mark's token; nil when the quotation runs to the end of the paragraph (and
  /// on into the next one).
  var close: Int?
  /// The content, in bytes, without the marks and surrounding spaces.
  var content: Span
  /// The next paragraph continues this quotation.
  var runsOn: Bool { close == nil }
}

/// Pairs the quotation marks of a paragraph: curly double marks by nesting, straight double
/// marks by parity, single marks only where no double quotation is open (British style).
enum QuoteMarks {
  static func pairs(_ scan: ArticleScan, in tokens: Range<Int>, blockEnd: Int) -> [QuoteMarkPair] {
    let facts = scan.facts
    var pairs: [QuoteMarkPair] = []
    var open: Int?
    var openShape = TokenShape.other
    for t in tokens {
      let shape = facts[t].shape
      guard shape.isQuoteMark else { continue }
      if let o = open {
        let closes: Bool
        switch openShape {
        case .openQuote: closes = shape == .closeQuote || shape == .straightQuote
        case .straightQuote: closes = shape == .straightQuote || shape == .closeQuote
        case .openSingle: closes = shape == .closeSingle && closesSingle(scan, t)
        default: closes = false
        }
        if closes {
          pairs.append(
            QuoteMarkPair(
              open: o, close: t, content: trimmed(scan, Int(facts[o].end), Int(facts[t].start))))
          open = nil
        } else if shape == .openQuote, openShape == .openSingle {
          open = t  // a stray apostrophe-like mark opened nothing
          openShape = shape
        }
      } else if shape == .openQuote || shape == .straightQuote
        || (shape == .openSingle && opensSingle(scan, t))
      {
        open = t
        openShape = shape
      }
    }
    if let o = open, openShape != .openSingle {
      pairs.append(
        QuoteMarkPair(open: o, close: nil, content: trimmed(scan, Int(facts[o].end), blockEnd)))
    }
    return pairs.filter { !$0.content.isEmpty }
  }

  /// `‘` opens a quotation when a word follows it.
  static func opensSingle(_ scan: ArticleScan, _ t: Int) -> Bool {
    t + 1 < scan.facts.count && scan.facts[t + 1].start == scan.facts[t].end
      && scan.facts[t + 1].shape.isWord
  }

  /// `’` closes a single quotation when it is not an apostrophe inside a word.
  static func closesSingle(_ scan: ArticleScan, _ t: Int) -> Bool {
    guard t + 1 < scan.facts.count else { return true }
    let next = scan.facts[t + 1]
    return next.start > scan.facts[t].end || !next.shape.isWord
  }

  static func trimmed(_ scan: ArticleScan, _ start: Int, _ end: Int) -> Span {
    var s = start
    var e = min(end, scan.bytes.count)
    while s < e, scan.bytes[s] == 0x20 || scan.bytes[s] == 0x0A { s += 1 }
    while e > s, scan.bytes[e - 1] == 0x20 || scan.bytes[e - 1] == 0x0A { e -= 1 }
    return Span(start: s, end: e)
  }
}
