/// What the token layer knows about one token, packed into 32 bits: its shape (5 bits), the
/// length of a possessive ending inside it (3 bits) and one bit per fact.
package struct TokenFlags: OptionSet, Hashable, Sendable {
  package let rawValue: UInt32

  package init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Flags with a shape and a possessive ending of `possessiveLength` bytes (0: none).
  package init(shape: TokenShape, possessiveLength: Int = 0) {
    rawValue = UInt32(shape.rawValue) | UInt32(possessiveLength & 7) << 5
  }

  /// The token's shape: a word's case, or which punctuation mark it is.
  package var shape: TokenShape { TokenShape(rawValue: UInt8(rawValue & 0x1F)) ?? .other }

  /// Bytes of a possessive ending inside the token (`’s` is 4, `'s` 2, `s'` 1); 0 when none.
  package var possessiveLength: Int { Int(rawValue >> 5 & 7) }

  /// Whether every flag of `member` is set. OptionSet's own `contains` reached other modules
  /// as an unspecialised call through the SetAlgebra witness table (98M of the 3.5G
  /// instructions of `a:places()` on PolNeAR train, 40M as a plain call).
  package func contains(_ member: TokenFlags) -> Bool {
    rawValue & member.rawValue == member.rawValue
  }

  /// A word with hyphen parts (`anti-Russia`, `Guinea-Bissau`): see `TokenLayer.parts(of:)`.
  package static let hyphenated = TokenFlags(rawValue: 1 << 8)
  /// The first token of a sentence.
  package static let sentenceStart = TokenFlags(rawValue: 1 << 9)
  /// The first token of a block.
  package static let blockStart = TokenFlags(rawValue: 1 << 10)
  /// The first word of its sentence, or the first after an opening quotation mark, a colon or
  /// a dash that open it: a capital here says nothing about a name.
  package static let initial = TokenFlags(rawValue: 1 << 11)
  /// A line break stands between the token before and this one.
  package static let lineBreakBefore = TokenFlags(rawValue: 1 << 12)
  /// White space stands between the token before and this one.
  package static let spaceBefore = TokenFlags(rawValue: 1 << 13)
  /// Inside a quotation (between paired marks, or after an opening mark to the end of its
  /// paragraph), as `QuoteMarks` pairs them.
  package static let insideQuote = TokenFlags(rawValue: 1 << 14)
  /// A capital after a lower-case letter (`McAllen`, `IgA`).
  package static let camelCase = TokenFlags(rawValue: 1 << 15)
  /// Periods inside the word (`U.S.`, `a.m.`).
  package static let dotted = TokenFlags(rawValue: 1 << 16)
  /// The word ends with a period it keeps (`Mr.`, `Jan.`, `W.`, `U.S.`).
  package static let finalPeriod = TokenFlags(rawValue: 1 << 17)
  /// A possessive word: an ending inside it (`Russia’s`), or a mark after it (`Wales'`).
  package static let possessive = TokenFlags(rawValue: 1 << 18)
  /// An apostrophe that is the possessive ending of the word before it (`Wales` `'`).
  package static let possessiveMark = TokenFlags(rawValue: 1 << 19)
}
