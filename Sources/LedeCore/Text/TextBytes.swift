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
  /// `limit` (malformed bytes read as U+FFFD of length 1: see `UTF8Decoder`).
  @inline(__always)
  func scalar(at position: Int, limit: Int) -> (value: UInt32, length: Int) {
    UTF8Decoder.decode(base, at: position, end: limit)
  }

  /// The scalar that ends just before `position`, reading no byte before `lowerBound`.
  func scalar(before position: Int, lowerBound: Int) -> UInt32? {
    guard position > lowerBound else { return nil }
    var start = position - 1
    while start > lowerBound, start > position - 4, base[start] & 0xC0 == 0x80 { start -= 1 }
    return scalar(at: start, limit: position).value
  }
}
