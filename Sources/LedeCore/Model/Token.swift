/// What kind of text a token is.
public enum TokenKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
  case word, number, punct, symbol, url, email, emoji

  public var description: String {
    switch self {
    case .word: "word"
    case .number: "number"
    case .punct: "punct"
    case .symbol: "symbol"
    case .url: "url"
    case .email: "email"
    case .emoji: "emoji"
    }
  }
}

/// A token: a span of an article's text and its kind, packed into 6 bytes.
///
/// 100,000 articles carry tens of millions of tokens, so a token is three 16-bit words: a
/// 32-bit offset, then a 12-bit length and a 4-bit kind. The tokenizer splits anything longer
/// than 4,095 bytes (no word is; a base64 blob or a long URL might be).
public struct Token: Hashable, Sendable {
  @usableFromInline let offsetLow: UInt16
  @usableFromInline let offsetHigh: UInt16
  @usableFromInline let lengthAndKind: UInt16

  /// The longest token the packed layout can hold.
  public static let maximumLength = 4095

  public init(start: Int, end: Int, kind: TokenKind) {
    precondition(start >= 0 && end >= start && end - start <= Token.maximumLength)
    offsetLow = UInt16(truncatingIfNeeded: start)
    offsetHigh = UInt16(truncatingIfNeeded: start >> 16)
    lengthAndKind = UInt16(truncatingIfNeeded: end - start) << 4 | UInt16(kind.rawValue)
  }

  @inlinable public var start: Int { Int(offsetHigh) << 16 | Int(offsetLow) }
  @inlinable public var end: Int { start + Int(lengthAndKind >> 4) }
  @inlinable public var span: Span { Span(start: start, end: end) }
  /// The token's kind; inlinable like the offsets, as analyses in other modules read it for every
  /// token (a call each cost 5.5M instructions of 1,331M for every analysis of 200 PolNeAR
  /// train texts).
  ///
  /// Read as the enum's byte, which for `TokenKind` is its raw value (`TokenLayerTests`): the
  /// synthesized `init(rawValue:)` kept the getter a call in other modules (3.5M instructions).
  @inlinable public var kind: TokenKind {
    let raw = UInt8(lengthAndKind & 0xF)
    return raw < 7 ? unsafeBitCast(raw, to: TokenKind.self) : .symbol
  }
}
