/// A 64-bit FNV-1a hash, stable across runs and platforms (Swift's `Hasher` is seeded per run).
public enum StableHash {
  /// The hash of a string's UTF-8 bytes.
  public static func value(of text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return h
  }

  /// The hash as 16 lowercase hex digits.
  public static func hex(of text: String) -> String {
    let s = String(value(of: text), radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
