/// Byte-level character classes for UTF-8 text.
enum ASCII {
  /// Python's `string.punctuation`: the ASCII bytes VADER strips from token ends.
  @inline(__always)
  static func isPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40)
      || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
  }

  @inline(__always)
  static func lowercase(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  @inline(__always)
  static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

  @inline(__always)
  static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

/// Python's idea of white space, which VADER's tokenizer follows (scalars are decoded by
/// `UTF8Decoder`).
enum UTF8Scalar {
  /// Python's `str.isspace()` for a non-ASCII scalar (the ASCII ones are tested on bytes).
  @inline(__always)
  static func isPythonSpace(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// Python's whitespace among ASCII bytes: TAB…CR, FS…US and SPACE.
  @inline(__always)
  static func isPythonSpace(byte: UInt8) -> Bool {
    (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x20)
  }
}
