import Foundation
import LedeCore

/// The matching key of a place name, as a 64-bit hash computed straight from UTF-8 bytes.
///
/// The key follows the gazetteer README: diacritics removed, case folded, `’`/`‘` as `'`,
/// hyphens as spaces, runs of spaces as one, no leading or trailing space. Names are never
/// materialised as `String`s to be compared: the gazetteer and the scanner feed bytes to the
/// same hasher, so equal keys give equal hashes (FNV-1a; 0 is never produced, it marks an empty
/// slot in `NameIndex`).
struct NameKey: Hashable, Sendable {
  var hash: UInt64
  /// Whether nothing but separators was fed.
  var isEmpty: Bool
  /// Whether a space is owed before the next byte (separators are written lazily to collapse runs).
  var pendingSpace: Bool

  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  init() {
    hash = Self.offsetBasis
    isEmpty = true
    pendingSpace = false
  }

  /// The finished hash value (never 0).
  var value: UInt64 { hash == 0 ? 1 : hash }

  @inline(__always) mutating func mix(_ byte: UInt8) {
    hash = (hash ^ UInt64(byte)) &* Self.prime
  }

  @inline(__always) mutating func emit(_ byte: UInt8) {
    if pendingSpace {
      if !isEmpty { mix(0x20) }
      pendingSpace = false
    }
    mix(byte)
    isEmpty = false
  }

  /// A word separator: written once before the next byte, never at either end.
  @inline(__always) mutating func separator() { pendingSpace = true }

  /// Feeds folded bytes of `bytes[range]`.
  mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let b = bytes[i]
      if b < 0x80 {
        switch b {
        case 0x41...0x5A: emit(b | 0x20)
        case 0x2D, 0x20, 0x09, 0x0A, 0x0D: separator()
        default: emit(b)
        }
        i += 1
        continue
      }
      let (scalar, length) = UTF8Decoder.decode(bytes, at: i, end: end)
      i += length
      feedScalar(scalar)
    }
  }

  /// Feeds one non-ASCII scalar, folded through `FoldTable`.
  mutating func feedScalar(_ scalar: UInt32) {
    switch scalar {
    case 0x2018, 0x2019, 0x02BC: emit(0x27)  // curly apostrophes and the modifier letter
    case 0x2010, 0x2011, 0x00A0, 0x2009, 0x202F: separator()  // hyphens and odd spaces
    default:
      var packed = FoldTable.fold(scalar)
      let count = Int(packed & 0xFF)
      packed >>= 8
      for _ in 0..<count {
        emit(UInt8(truncatingIfNeeded: packed))
        packed >>= 8
      }
    }
  }

  /// The key of a Swift string.
  static func of(_ text: String) -> NameKey {
    var key = NameKey()
    Array(text.utf8).withUnsafeBufferPointer { key.feed($0, 0..<$0.count) }
    return key
  }
}

/// Letter and case tests on scalars decoded by `UTF8Decoder`.
enum GeoUTF8 {
  /// Whether the scalar is an upper-case letter (ASCII fast path, Unicode properties otherwise).
  static func isUppercase(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A }
    guard let s = Unicode.Scalar(scalar) else { return false }
    return s.properties.isUppercase
  }

  /// Whether the scalar is a letter (or a combining mark that continues one).
  static func isLetter(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 {
      return (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x61 && scalar <= 0x7A)
    }
    if scalar < 0x250 { return scalar >= 0xC0 && scalar != 0xD7 && scalar != 0xF7 }
    guard let s = Unicode.Scalar(scalar) else { return false }
    return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
  }
}

/// Folding of non-ASCII scalars: compatibility decomposition, combining marks dropped, lower case.
///
/// The Latin blocks (where every gazetteer name lives) are folded once into a table; other
/// scalars are folded on demand. Each result packs a byte count in the low byte and up to seven
/// UTF-8 bytes above it.
enum FoldTable {
  static let latin: [UInt64] = {
    var table = [UInt64](repeating: 0, count: 0x250)
    for scalar in 0x80..<0x250 { table[scalar] = compute(UInt32(scalar)) }
    return table
  }()

  static let latinAdditional: [UInt64] = (0x1E00..<0x1F00).map { compute(UInt32($0)) }

  @inline(__always) static func fold(_ scalar: UInt32) -> UInt64 {
    if scalar < 0x250 { return latin[Int(scalar)] }
    if scalar >= 0x1E00 && scalar < 0x1F00 { return latinAdditional[Int(scalar - 0x1E00)] }
    if scalar >= 0x300 && scalar < 0x370 { return 0 }  // combining marks of decomposed text
    return compute(scalar)
  }

  static func compute(_ value: UInt32) -> UInt64 {
    guard let scalar = Unicode.Scalar(value) else { return 0 }
    if scalar.properties.generalCategory == .nonspacingMark { return 0 }
    let decomposed = String(Character(scalar)).decomposedStringWithCompatibilityMapping
    var kept = String.UnicodeScalarView()
    for s in decomposed.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
      kept.append(s)
    }
    let folded = String(kept).lowercased()
    var packed: UInt64 = 0
    var count: UInt64 = 0
    for byte in folded.utf8.prefix(7) {
      packed |= UInt64(byte) << (8 * (count + 1))
      count += 1
    }
    return packed | count
  }
}
