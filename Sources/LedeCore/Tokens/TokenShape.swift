/// How a token looks: the case of a word, or which punctuation mark it is.
///
/// Public, with `@inlinable` tests, for the reason `TokenFlags` is.
public enum TokenShape: UInt8, Sendable, CaseIterable {
  case other, lower, capitalized, allCaps, initial, number
  case comma, colon, semicolon, period, question, ellipsis, openParen, closeParen, dash
  case openQuote, closeQuote, straightQuote, openSingle, closeSingle

  /// The shape whose raw value is `raw`, `.other` past the last case.
  ///
  /// The raw values are the cases' positions, which is also the byte Swift stores for such an
  /// enum (`TokenLayerTests` checks both), so this and `raw` are a byte each, inlined into
  /// other modules; the synthesized `init(rawValue:)` and `==` stayed calls there.
  @inlinable public static func of(raw: UInt8) -> TokenShape {
    raw < 20 ? unsafeBitCast(raw, to: TokenShape.self) : .other
  }
  /// The raw value, read as the enum's own byte (see `of(raw:)`).
  @inlinable public var raw: UInt8 { unsafeBitCast(self, to: UInt8.self) }

  /// A word in letters (of any case): `lower` (1) to `initial` (4).
  @inlinable public var isWord: Bool { raw &- 1 < 4 }
  /// A word that opens with a capital (or is in capitals, or an initial): `capitalized` (2) to
  /// `initial` (4).
  @inlinable public var isCapitalized: Bool { raw &- 2 < 3 }
  /// Any quotation mark, single or double: `openQuote` (15) and after.
  @inlinable public var isQuoteMark: Bool { raw >= 15 }
  /// `.`, `?`, `!` or an ellipsis: `period` (9) to `ellipsis` (11).
  @inlinable public var endsSentence: Bool { raw &- 9 < 3 }

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
