/// The one 64-bit FNV-1a hash, stable across runs and platforms (Swift's `Hasher` is seeded
/// per run): article ids, partial-report sources, the word table, the `toward` model's
/// feature names and, under folding, `WordHash`. Fed byte by byte, so a key need not be a
/// `String`.
public struct StableHash: Hashable, Sendable {
  /// FNV-1a's 64-bit offset basis.
  public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  /// FNV-1a's 64-bit prime.
  public static let prime: UInt64 = 0x100_0000_01b3

  /// The hash so far.
  public private(set) var value: UInt64

  /// An empty hash.
  public init() { value = Self.seed }

  /// A hash that continues from `value`.
  public init(continuing value: UInt64) { self.value = value }

  /// Mixes in one byte.
  @inline(__always) public mutating func mix(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* Self.prime
  }

  /// Mixes in bytes.
  @inline(__always) public mutating func mix(_ bytes: UnsafeBufferPointer<UInt8>) {
    for byte in bytes { mix(byte) }
  }

  /// Mixes in a string's UTF-8 bytes (in place when they are contiguous, as a native string's
  /// are: iterating `utf8` cost about 30 instructions a byte, and article ids hash whole texts).
  public mutating func mix(_ text: some StringProtocol) {
    if text.utf8.withContiguousStorageIfAvailable({ mix($0) }) != nil { return }
    for byte in text.utf8 { mix(byte) }
  }

  /// The hash of bytes.
  @inline(__always) public static func value(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = StableHash()
    hash.mix(bytes)
    return hash.value
  }

  /// The hash of a string's UTF-8 bytes.
  public static func value(of text: some StringProtocol) -> UInt64 {
    var hash = StableHash()
    hash.mix(text)
    return hash.value
  }

  /// The hash as 16 lowercase hex digits.
  public static func hex(of text: String) -> String {
    let s = String(value(of: text), radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
