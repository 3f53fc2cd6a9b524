/// The one UTF-8 decoder of Lede's byte scanners: the tokenizer, the sentence splitter, the
/// entity scan, sentiment, geography and the loader's validity check all read scalars through it.
///
/// It is strict, as the Unicode standard's "maximal subpart" practice asks: an overlong form, a
/// surrogate, a value past U+10FFFF, a missing continuation byte, a stray continuation byte or a
/// sequence cut by `end` reads as U+FFFD of length 1, so a scanner always moves forward and never
/// reads past `end`. (Of the four decoders it replaces, `GeoUTF8` was the strictest; the others
/// read malformed bytes as whatever scalar the bits made, which only article text, always valid,
/// kept harmless.)
package enum UTF8Decoder {
  /// A malformed sequence.
  package static let replacement: UInt32 = 0xFFFD

  /// The scalar that starts at `i` and its length in bytes, reading no byte at or past `end`.
  @inlinable @inline(__always)
  package static func decode(_ bytes: UnsafePointer<UInt8>, at i: Int, end: Int) -> (
    value: UInt32, length: Int
  ) {
    let lead = UInt32(bytes[i])
    if lead < 0x80 { return (lead, 1) }
    return decodeMultibyte(bytes, lead: lead, at: i, end: end)
  }

  /// The scalar that starts at `i` of a buffer, reading no byte at or past `end`.
  @inlinable @inline(__always)
  package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (
    value: UInt32, length: Int
  ) {
    guard let base = bytes.baseAddress, i < min(end, bytes.count) else { return (replacement, 1) }
    return decode(base, at: i, end: min(end, bytes.count))
  }

  /// Whether a decoded pair stands for a malformed sequence (a U+FFFD written in the text is
  /// three bytes long, a malformed byte one).
  @inline(__always)
  package static func isMalformed(_ decoded: (value: UInt32, length: Int)) -> Bool {
    decoded.value == replacement && decoded.length == 1
  }

  @usableFromInline
  package static func decodeMultibyte(
    _ bytes: UnsafePointer<UInt8>, lead: UInt32, at i: Int, end: Int
  )
    -> (value: UInt32, length: Int)
  {
    let length: Int
    var value: UInt32
    let minimum: UInt32
    switch lead {
    case 0xC2...0xDF: (length, value, minimum) = (2, lead & 0x1F, 0x80)
    case 0xE0...0xEF: (length, value, minimum) = (3, lead & 0x0F, 0x800)
    case 0xF0...0xF4: (length, value, minimum) = (4, lead & 0x07, 0x1_0000)
    default: return (replacement, 1)
    }
    guard i + length <= end else { return (replacement, 1) }
    for offset in 1..<length {
      let byte = UInt32(bytes[i + offset])
      guard byte & 0xC0 == 0x80 else { return (replacement, 1) }
      value = value << 6 | (byte & 0x3F)
    }
    guard value >= minimum, value <= 0x10_FFFF, !(0xD800...0xDFFF).contains(value) else {
      return (replacement, 1)
    }
    return (value, length)
  }

  /// The offset of the first byte that does not begin a valid UTF-8 sequence, or nil when all
  /// of `bytes` is valid (and so reads the same as a `String` decoded from it).
  package static func firstMalformed(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = nextNonASCII(bytes, from: 0)
    while i < bytes.count {
      let decoded = decode(bytes, at: i, end: bytes.count)
      if isMalformed(decoded) { return i }
      i = nextNonASCII(bytes, from: i + decoded.length)
    }
    return nil
  }

  /// The offset of the first byte at or after `start` that is not ASCII, or `bytes.count`;
  /// reads eight bytes at a time, since most text is mostly ASCII.
  @inline(__always)
  package static func nextNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return bytes.count }
    var i = start
    while i &+ 8 <= bytes.count {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0 { break }
      i &+= 8
    }
    while i < bytes.count && base[i] < 0x80 { i &+= 1 }
    return i
  }
}
