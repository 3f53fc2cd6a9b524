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

/// A token: a span of an article's text and its kind, packed into 8 bytes.
///
/// 100,000 articles carry tens of millions of tokens, so a token stores a 32-bit offset and a
/// 16-bit length rather than two `Int`s; the tokenizer splits anything longer than 65,535 bytes.
public struct Token: Hashable, Sendable {
  @usableFromInline let offset: UInt32
  @usableFromInline let length: UInt16
  public let kind: TokenKind

  /// The longest token the packed layout can hold.
  public static let maximumLength = Int(UInt16.max)

  public init(start: Int, end: Int, kind: TokenKind) {
    precondition(start >= 0 && end >= start && end - start <= Token.maximumLength)
    self.offset = UInt32(truncatingIfNeeded: start)
    self.length = UInt16(truncatingIfNeeded: end - start)
    self.kind = kind
  }

  @inlinable public var start: Int { Int(offset) }
  @inlinable public var end: Int { Int(offset) + Int(length) }
  @inlinable public var span: Span { Span(start: start, end: end) }
}
