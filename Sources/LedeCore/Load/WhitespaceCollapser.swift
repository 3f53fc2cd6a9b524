/// Writes text with each run of whitespace (Unicode White_Space, newlines and no-break spaces
/// included) as one space and the ends trimmed: the rule of every block Lede composes itself.
///
/// It works on UTF-8 bytes and copies the text between collapses as whole runs (a single space
/// between two words is part of a run), so a paragraph of prose is usually one copy.
struct WhitespaceCollapser {
  /// Whitespace was seen after something was written: a space goes before the next content.
  private var pendingSpace = false
  /// Something was written.
  private(set) var wrote = false

  /// Feeds `bytes` through the rule, appending the result to `out`.
  mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    let n = bytes.count
    var i = 0
    while i < n {
      let space = Self.whitespaceLength(bytes, at: i)
      if space > 0 {
        if wrote { pendingSpace = true }
        i += space
        continue
      }
      let start = i
      i += 1
      while i < n {
        i = Self.skipPlainWords(bytes, from: i)
        guard i < n else { break }
        let b = bytes[i]
        if Self.cannotStartWhitespace(b) {
          i += 1
        } else if b == 0x20, i + 1 < n, Self.cannotStartWhitespace(bytes[i + 1]) {
          i += 2  // one space between words stays as it is
        } else if Self.whitespaceLength(bytes, at: i) == 0 {
          i += 1
        } else {
          break
        }
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
      wrote = true
    }
  }

  /// The first index from `i` (where the byte before is not whitespace) at which eight bytes are
  /// not all printable ASCII words with single spaces between them and no space at the end:
  /// prose goes by eight bytes at a time.
  @inline(__always)
  static func skipPlainWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    var i = start
    while i + 8 <= bytes.count {
      let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      // A byte below 0x20 or from 0x80 on.
      if ((x &- 0x2020_2020_2020_2020) | x) & 0x8080_8080_8080_8080 != 0 { break }
      // 0x80 in each byte that is a space (the exact zero-byte test on x ^ 0x20…).
      let t = x ^ 0x2020_2020_2020_2020
      let spaces =
        ~(((t & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | t | 0x7F7F_7F7F_7F7F_7F7F)
      // Two spaces in a row, or a space last (what follows it decides): byte by byte.
      if spaces & (spaces << 8) != 0 || spaces & 0x8000_0000_0000_0000 != 0 { break }
      i += 8
    }
    return i
  }

  /// Feeds one space: what joining two lines with a space and then collapsing would give.
  mutating func separate() {
    if wrote { pendingSpace = true }
  }

  /// Whether `b` is a byte no whitespace character starts with: ASCII above the space, a
  /// continuation byte, or a lead byte other than C2 and E1–E3.
  @inline(__always)
  static func cannotStartWhitespace(_ b: UInt8) -> Bool {
    b > 0x20 && b != 0xC2 && b &- 0xE1 >= 3
  }

  /// The length of the whitespace character at `i`, or 0: U+0009–000D, U+0020, U+0085, U+00A0,
  /// U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F and U+3000.
  @inline(__always)
  static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let b = bytes[i]
    if b < 0x80 { return b == 0x20 || b &- 0x09 < 5 ? 1 : 0 }
    guard b == 0xC2 || b &- 0xE1 < 3, i + 1 < bytes.count else { return 0 }
    let second = bytes[i + 1]
    if b == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
    guard i + 2 < bytes.count else { return 0 }
    let third = bytes[i + 2]
    switch (b, second) {
    case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
    case (0xE2, 0x80):
      return third &- 0x80 <= 0x0A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
    case (0xE2, 0x81): return third == 0x9F ? 3 : 0
    case (0xE3, 0x80): return third == 0x80 ? 3 : 0
    default: return 0
    }
  }
}
