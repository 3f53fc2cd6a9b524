/// A 64-bit hash of a word or phrase that ignores ASCII case and reads `’` as `'`, so that
/// tokens are looked up in the name lists without making a `String` for each.
enum WordHash {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  /// Folds one more byte into `hash` (FNV-1a).
  @inline(__always)
  static func add(_ byte: UInt8, to hash: inout UInt64) {
    let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    hash = (hash ^ UInt64(folded)) &* prime
  }

  /// The hash of bytes `start..<end` of `bytes`.
  @inline(__always)
  static func of(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
    var hash = seed
    var i = start
    while i < end {
      let byte = bytes[i]
      if byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
        add(0x27, to: &hash)
        i += 3
        continue
      }
      add(byte, to: &hash)
      i += 1
    }
    return hash
  }

  /// The hash of a word, or of a phrase whose words are separated by single spaces.
  static func of(_ text: some StringProtocol) -> UInt64 {
    var copy = String(text)
    return copy.withUTF8 { of($0, from: 0, to: $0.count) }
  }

  /// The hash of a phrase made of several word hashes.
  static func combine(_ words: [UInt64]) -> UInt64 {
    var hash = seed
    for word in words {
      for shift in stride(from: 0, to: 64, by: 8) {
        hash = (hash ^ ((word >> UInt64(shift)) & 0xFF)) &* prime
      }
    }
    return hash
  }
}
