/// What a Unicode scalar is, as far as tokens and sentences are concerned.
///
/// ASCII is classified with a few comparisons; the scripts news text mostly uses (Latin with
/// accents, Greek, Cyrillic, CJK, Hangul) by range; everything else through the standard
/// library's Unicode properties, which is slower but rare.
enum CharacterClass: UInt8 {
  /// Whitespace and control characters: they separate tokens.
  case space
  /// A letter from any script.
  case letter
  /// A decimal digit, or another number such as `½` or `Ⅻ`.
  case digit
  /// A combining mark: part of the token it follows.
  case mark
  /// A zero-width or format character (joiners, soft hyphen, variation selectors): part of a
  /// word it sits in, skipped between tokens.
  case ignorable
  case punct
  case symbol
  case emoji

  @inline(__always) static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26
  }

  @inline(__always) static func isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  @inline(__always) static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || isASCIIDigit(byte)
  }

  @inline(__always) static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

  @inline(__always) static func isASCIILowercase(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

  /// Space, tab, and the line breaks LF, VT, FF, CR.
  @inline(__always) static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte &- 0x09 < 5
  }

  /// The class of an ASCII byte.
  static func ascii(_ byte: UInt8) -> CharacterClass {
    switch byte {
    case 0x41...0x5A, 0x61...0x7A: .letter
    case 0x30...0x39: .digit
    case 0x00...0x20, 0x7F: .space
    // Unicode files # % & * @ under punctuation, but readers of news call them symbols.
    case UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
      UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="),
      UInt8(ascii: ">"), UInt8(ascii: "@"), UInt8(ascii: "^"), UInt8(ascii: "`"),
      UInt8(ascii: "|"), UInt8(ascii: "~"):
      .symbol
    default: .punct
    }
  }

  /// The class of any scalar.
  static func of(_ value: UInt32) -> CharacterClass {
    switch value {
    case 0..<0x80: return ascii(UInt8(truncatingIfNeeded: value))
    case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return .space
    case 0xAD, 0x200C, 0x200D, 0x2060, 0xFE00...0xFE0F, 0xFEFF, 0xE0020...0xE007F:
      return .ignorable
    case 0xD7, 0xF7: return .symbol
    case 0xC0...0x24F: return .letter
    case 0x300...0x36F: return .mark
    case 0x3F6: return .symbol
    case 0x386, 0x388...0x3FF: return .letter
    case 0x400...0x481, 0x48A...0x52F: return .letter
    case 0x483...0x489: return .mark
    case 0x3041...0x3096, 0x30A1...0x30FA, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
      return .letter
    default: return byProperties(value)
    }
  }

  private static func byProperties(_ value: UInt32) -> CharacterClass {
    guard let scalar = Unicode.Scalar(value) else { return .symbol }
    let properties = scalar.properties
    if properties.isEmojiPresentation { return .emoji }
    switch properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return .letter
    case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
    case .decimalNumber, .letterNumber, .otherNumber: return .digit
    case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control: return .space
    case .format: return .ignorable
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return .punct
    default: return .symbol
    }
  }

  /// Whether a scalar may be drawn as an emoji when a variation selector or joiner asks for it
  /// (`❤` + U+FE0F, `♀` after a zero-width joiner).
  static func isEmoji(_ value: UInt32) -> Bool {
    value >= 0x80 && (Unicode.Scalar(value)?.properties.isEmoji ?? false)
  }

  /// Skin tones, the keycap, variation selectors and tag characters: they extend the emoji
  /// before them.
  static func isEmojiModifier(_ value: UInt32) -> Bool {
    switch value {
    case 0x1F3FB...0x1F3FF, 0x20E3, 0xFE0E, 0xFE0F, 0xE0020...0xE007F: true
    default: false
    }
  }

  /// Whether a scalar is a lowercase letter (for uncased scripts such as CJK: no).
  static func isLowercase(_ value: UInt32) -> Bool {
    if value < 0x80 { return isASCIILowercase(UInt8(truncatingIfNeeded: value)) }
    return Unicode.Scalar(value)?.properties.isLowercase ?? false
  }

  /// Whether a scalar is an uppercase or titlecase letter.
  static func isUppercase(_ value: UInt32) -> Bool {
    if value < 0x80 { return isASCIIUppercase(UInt8(truncatingIfNeeded: value)) }
    guard let properties = Unicode.Scalar(value)?.properties else { return false }
    return properties.isUppercase || properties.generalCategory == .titlecaseLetter
  }
}
