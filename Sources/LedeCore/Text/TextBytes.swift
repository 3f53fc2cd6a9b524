/// A read-only view of UTF-8 text for the scanners that work on bytes.
///
/// The tokenizer and the sentence splitter never build `Character`s or `String`s on their hot
/// paths: they read bytes and decode a scalar only where a byte is not ASCII.
struct TextBytes {
  let base: UnsafePointer<UInt8>
  let count: Int

  init(base: UnsafePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
  }

  @inline(__always) subscript(position: Int) -> UInt8 { base[position] }

  /// The scalar that starts at `position` and its length in bytes, reading no byte at or past
  /// `limit`. A continuation byte or a sequence cut by `limit` reads as U+FFFD of length 1.
  @inline(__always)
  func scalar(at position: Int, limit: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(base[position])
    if lead < 0x80 { return (lead, 1) }
    let length: Int
    let initial: UInt32
    switch lead {
    case 0xC0...0xDF:
      length = 2
      initial = lead & 0x1F
    case 0xE0...0xEF:
      length = 3
      initial = lead & 0x0F
    case 0xF0...0xF7:
      length = 4
      initial = lead & 0x07
    default:
      return (0xFFFD, 1)
    }
    guard position + length <= limit else { return (0xFFFD, 1) }
    var value = initial
    for offset in 1..<length {
      value = (value << 6) | (UInt32(base[position + offset]) & 0x3F)
    }
    return (value, length)
  }

  /// The scalar that ends just before `position`, reading no byte before `lowerBound`.
  func scalar(before position: Int, lowerBound: Int) -> UInt32? {
    guard position > lowerBound else { return nil }
    var start = position - 1
    while start > lowerBound, start > position - 4, base[start] & 0xC0 == 0x80 { start -= 1 }
    return scalar(at: start, limit: position).value
  }
}
