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

/// Decoding of one scalar from valid UTF-8.
enum UTF8Scalar {
  /// The scalar starting at `position` and its length in bytes. Malformed input yields U+FFFD
  /// over one byte (Swift strings are always valid, so this only guards data files).
  @inline(__always)
  static func decode(_ buffer: UnsafeBufferPointer<UInt8>, at position: Int, end: Int)
    -> (UInt32, Int)
  {
    let lead = buffer[position]
    if lead < 0x80 { return (UInt32(lead), 1) }
    var length = 0
    var scalar: UInt32 = 0
    if lead & 0xE0 == 0xC0 {
      length = 2
      scalar = UInt32(lead & 0x1F)
    } else if lead & 0xF0 == 0xE0 {
      length = 3
      scalar = UInt32(lead & 0x0F)
    } else if lead & 0xF8 == 0xF0 {
      length = 4
      scalar = UInt32(lead & 0x07)
    } else {
      return (0xFFFD, 1)
    }
    guard position + length <= end else { return (0xFFFD, 1) }
    for offset in 1..<length {
      let byte = buffer[position + offset]
      guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      scalar = scalar << 6 | UInt32(byte & 0x3F)
    }
    return (scalar, length)
  }

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
