/// Up to 16 bytes packed into two integers, so short words can be looked up in a set without
/// making a `String` for each candidate.
struct ByteKey: Hashable, Sendable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  /// The longest word a key can hold.
  static let capacity = 16

  /// The key for the bytes `start..<end`, or nil when they are longer than `capacity`;
  /// `lowercased` folds ASCII capitals.
  init?(_ text: TextBytes, from start: Int, to end: Int, lowercased: Bool = false) {
    guard end - start <= ByteKey.capacity, end > start else { return nil }
    for position in start..<end {
      let byte = text[position]
      let folded = lowercased && CharacterClass.isASCIIUppercase(byte) ? byte | 0x20 : byte
      append(folded, at: position - start)
    }
  }

  /// The key for a word of the built-in lists (which are never longer than `capacity`).
  init(_ word: String) {
    precondition(word.utf8.count <= ByteKey.capacity, "word too long for a ByteKey: \(word)")
    for (index, byte) in word.utf8.enumerated() { append(byte, at: index) }
  }

  private mutating func append(_ byte: UInt8, at index: Int) {
    // Stored as byte + 1 so that a NUL byte differs from no byte; UTF-8 never has 0xFF, so
    // the sum still fits in 8 bits.
    let value = UInt64(byte) &+ 1
    if index < 8 {
      low |= value << UInt64(index * 8)
    } else {
      high |= value << UInt64((index - 8) * 8)
    }
  }
}
