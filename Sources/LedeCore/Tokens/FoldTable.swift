import Foundation

/// Folding of non-ASCII scalars for `WordHash`: compatibility decomposition, combining marks
/// dropped, lower case.
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

  /// General punctuation (curly quotes, dashes, the ellipsis), which news text puts inside word
  /// tokens often: folded on demand, its 9,212 scalars in PolNeAR train cost 69M instructions
  /// (7,500 each, through `String` decomposition), a tenth of the token layer.
  static let generalPunctuation: [UInt64] = (0x2000..<0x2070).map { compute(UInt32($0)) }

  @inline(__always) static func fold(_ scalar: UInt32) -> UInt64 {
    if scalar < 0x250 { return latin[Int(scalar)] }
    if scalar >= 0x1E00 && scalar < 0x1F00 { return latinAdditional[Int(scalar - 0x1E00)] }
    if scalar >= 0x2000 && scalar < 0x2070 { return generalPunctuation[Int(scalar - 0x2000)] }
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
