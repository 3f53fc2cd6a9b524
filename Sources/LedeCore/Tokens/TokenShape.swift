/// How a token looks: the case of a word, or which punctuation mark it is.
package enum TokenShape: UInt8, Sendable, CaseIterable {
  case other, lower, capitalized, allCaps, initial, number
  case comma, colon, semicolon, period, question, ellipsis, openParen, closeParen, dash
  case openQuote, closeQuote, straightQuote, openSingle, closeSingle

  /// A word in letters (of any case).
  package var isWord: Bool {
    self == .lower || self == .capitalized || self == .allCaps || self == .initial
  }
  /// A word that opens with a capital (or is in capitals, or an initial).
  package var isCapitalized: Bool { self == .capitalized || self == .allCaps || self == .initial }
  /// Any quotation mark, single or double.
  package var isQuoteMark: Bool { rawValue >= TokenShape.openQuote.rawValue }
  /// `.`, `?`, `!` or an ellipsis.
  package var endsSentence: Bool { self == .period || self == .question || self == .ellipsis }

  /// The shape of the punctuation or symbol token `b[start..<end]`.
  static func punctuation(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> TokenShape
  {
    guard start < end else { return .other }
    let c = b[start]
    if c < 0x80 {
      switch c {
      case 0x2C: return .comma
      case 0x3A: return .colon
      case 0x3B: return .semicolon
      case 0x2E: return end - start > 1 ? .ellipsis : .period
      case 0x21, 0x3F: return .question
      case 0x28, 0x5B: return .openParen
      case 0x29, 0x5D: return .closeParen
      case 0x2D: return .dash
      case 0x22: return .straightQuote
      // `''` and ``` `` ```, one token each (TokenScanner): the marks of the NYT's style.
      case 0x27 where end - start == 2: return .straightQuote
      case 0x60 where end - start == 2: return .openQuote
      default: return .other
      }
    }
    if c == 0xE2, end - start >= 3, b[start + 1] == 0x80 {
      switch b[start + 2] {
      case 0x9C, 0x9E: return .openQuote  // “ „
      case 0x9D: return .closeQuote  // ”
      case 0x98: return .openSingle  // ‘
      case 0x99: return .closeSingle  // ’
      case 0x93, 0x94, 0x95: return .dash
      case 0xA6: return .ellipsis
      default: return .other
      }
    }
    if c == 0xC2, end - start >= 2 {
      if b[start + 1] == 0xAB { return .openQuote }  // «
      if b[start + 1] == 0xBB { return .closeQuote }  // »
    }
    return .other
  }
}
