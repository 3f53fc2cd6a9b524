import LedeCore

/// A word or punctuation mark as the geoparser sees it: 24 bytes, no `String`.
struct GeoToken: Sendable {
  /// Byte offsets of the word in the article text (a possessive `’s` is left out of `end`).
  var start: Int32
  var end: Int32
  /// `WordHash` of the word; 0 for punctuation.
  var hash: UInt64
  var flags: UInt16
  /// For punctuation, one of the `Punct` codes.
  var punct: UInt8
  /// Index of the article block holding the token.
  var block: Int32

  @inline(__always) func has(_ flag: UInt16) -> Bool { flags & flag != 0 }
  var isWord: Bool { has(Self.word) }
  var isCapitalised: Bool { has(Self.capitalised) }
  var range: Range<Int> { Int(start)..<Int(end) }

  static let word: UInt16 = 1 << 0
  /// Starts with a capital letter (or is `d'Ivoire`-like).
  static let capitalised: UInt16 = 1 << 1
  /// Two or more letters, all capitals.
  static let allCaps: UInt16 = 1 << 2
  /// Followed by `’s`, `'s` or a bare apostrophe after `s`.
  static let possessive: UInt16 = 1 << 3
  /// Joined to the previous word by a hyphen.
  static let hyphenBefore: UInt16 = 1 << 4
  /// Separated from the previous word by spaces only, on the same line: part of the same name.
  static let joined: UInt16 = 1 << 5
  /// The token layer's `initial`: first word of a sentence, or after a colon or an opening
  /// quotation mark that opens it.
  static let sentenceStart: UInt16 = 1 << 6
  /// A period follows immediately (`Va.`, `St.`, `Mr.`).
  static let dotAfter: UInt16 = 1 << 7
  static let number: UInt16 = 1 << 8
  /// Contains periods itself (`U.S.`, `D.C.`).
  static let dotted: UInt16 = 1 << 9
  /// A capital letter after a lower-case one (`IgA`, `McAllen`).
  static let camelCase: UInt16 = 1 << 10
}

/// Punctuation codes.
enum Punct {
  static let comma = UInt8(ascii: ",")
  static let period = UInt8(ascii: ".")
  static let colon = UInt8(ascii: ":")
  static let openParen = UInt8(ascii: "(")
  static let closeParen = UInt8(ascii: ")")
  static let quote = UInt8(ascii: "\"")
  static let dash = UInt8(ascii: "-")
  /// The period of an abbreviation that does not end the sentence (`Mr.`, `Gen.`).
  static let abbreviation = UInt8(ascii: "a")
  static let other = UInt8(ascii: "x")
}
