/// What the token layer knows about one token, packed into 32 bits: its shape (5 bits), the
/// length of a possessive ending inside it (3 bits) and one bit per fact.
///
/// Public, with `@inlinable` members: analyses in other modules test a token's flags for every
/// token, and as calls (with the flags' `static let`s behind a once-guarded accessor each) they
/// were about 20M instructions of 1,245M for every analysis of 200 PolNeAR train texts. A
/// `package` function stays a call in other modules even when `@inlinable` (its body is not
/// serialised without library evolution), so these are public, like `Token`'s offsets.
public struct TokenFlags: OptionSet, Hashable, Sendable {
  public let rawValue: UInt32

  @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Flags with a shape and a possessive ending of `possessiveLength` bytes (0: none).
  @inlinable public init(shape: TokenShape, possessiveLength: Int = 0) {
    rawValue = UInt32(shape.raw) | UInt32(possessiveLength & 7) << 5
  }

  /// The token's shape: a word's case, or which punctuation mark it is.
  @inlinable public var shape: TokenShape { TokenShape.of(raw: UInt8(rawValue & 0x1F)) }

  /// Bytes of a possessive ending inside the token (`’s` is 4, `'s` 2, `s'` 1); 0 when none.
  @inlinable public var possessiveLength: Int { Int(rawValue >> 5 & 7) }

  /// Whether every flag of `member` is set. OptionSet's own `contains` reached other modules
  /// as an unspecialised call through the SetAlgebra witness table (98M of the 3.5G
  /// instructions of `a:places()` on PolNeAR train, 40M as a plain call).
  @inlinable public func contains(_ member: TokenFlags) -> Bool {
    rawValue & member.rawValue == member.rawValue
  }

  /// A word with hyphen parts (`anti-Russia`, `Guinea-Bissau`): see `TokenLayer.parts(of:)`.
  @inlinable public static var hyphenated: TokenFlags { TokenFlags(rawValue: 1 << 8) }
  /// The first token of a sentence.
  @inlinable public static var sentenceStart: TokenFlags { TokenFlags(rawValue: 1 << 9) }
  /// The first token of a block.
  @inlinable public static var blockStart: TokenFlags { TokenFlags(rawValue: 1 << 10) }
  /// The first word of its sentence, or the first after an opening quotation mark, a colon or
  /// a dash that open it: a capital here says nothing about a name.
  @inlinable public static var initial: TokenFlags { TokenFlags(rawValue: 1 << 11) }
  /// A line break stands between the token before and this one.
  @inlinable public static var lineBreakBefore: TokenFlags { TokenFlags(rawValue: 1 << 12) }
  /// White space stands between the token before and this one.
  @inlinable public static var spaceBefore: TokenFlags { TokenFlags(rawValue: 1 << 13) }
  /// Inside a quotation (between paired marks, or after an opening mark to the end of its
  /// paragraph), as `QuoteMarks` pairs them.
  @inlinable public static var insideQuote: TokenFlags { TokenFlags(rawValue: 1 << 14) }
  /// A capital after a lower-case letter (`McAllen`, `IgA`).
  @inlinable public static var camelCase: TokenFlags { TokenFlags(rawValue: 1 << 15) }
  /// Periods inside the word (`U.S.`, `a.m.`).
  @inlinable public static var dotted: TokenFlags { TokenFlags(rawValue: 1 << 16) }
  /// The word ends with a period it keeps (`Mr.`, `Jan.`, `W.`, `U.S.`).
  @inlinable public static var finalPeriod: TokenFlags { TokenFlags(rawValue: 1 << 17) }
  /// A possessive word: an ending inside it (`Russia’s`), or a mark after it (`Wales'`).
  @inlinable public static var possessive: TokenFlags { TokenFlags(rawValue: 1 << 18) }
  /// An apostrophe that is the possessive ending of the word before it (`Wales` `'`).
  @inlinable public static var possessiveMark: TokenFlags { TokenFlags(rawValue: 1 << 19) }

  // The letter case of a plain word, read with its bytes once here: news-mode sentiment asks
  // it of every word, and reading the bytes again for it (`WordClassifier.plainTraits`) cost
  // 14.4M instructions of 1,115M for every analysis of 200 PolNeAR train texts (callgrind).

  /// A word whose bytes, possessive ending included, are all ASCII with no hyphen or white
  /// space; the four flags below are set for such a word only.
  @inlinable public static var plain: TokenFlags { TokenFlags(rawValue: 1 << 20) }
  /// A plain word with a capital and no lower-case letter (`NATO`, `I`).
  @inlinable public static var upperOnly: TokenFlags { TokenFlags(rawValue: 1 << 21) }
  /// A plain word whose first letter is a capital and that has a lower-case letter.
  @inlinable public static var capitalFirst: TokenFlags { TokenFlags(rawValue: 1 << 22) }
  /// A plain word with at least one letter.
  @inlinable public static var cased: TokenFlags { TokenFlags(rawValue: 1 << 23) }
  /// A plain word with a negative contraction inside (`don't`, `DIDN'T`).
  @inlinable public static var negativeContraction: TokenFlags {
    TokenFlags(rawValue: 1 << 24)
  }
}
