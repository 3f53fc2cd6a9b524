import LedeCore

/// A gazetteer record as the resolver reads it: decoded from `places.bin` by `PlaceTable`, names
/// left as offsets into the file's names.
struct PlaceRecord: Sendable {
  var geonameid: Int32 = 0
  var kind: PlaceKind = .city
  /// Two ASCII letters packed (`"RU"` → 0x5255), 0 for none.
  var country: UInt16 = 0
  /// `(country, admin1)` packed by `AdminKey`, 0 when the line has no admin1 code.
  var admin: UInt64 = 0
  /// `(country, admin1, admin2)` packed for a second-level division and the cities in it (a
  /// US county), 0 when the line has no admin2 number.
  var admin2: UInt64 = 0
  var nameStart: UInt32 = 0
  var nameLength: UInt16 = 0
  var adminStart: UInt32 = 0
  var adminLength: UInt8 = 0
  var latitude: Float = 0
  var longitude: Float = 0
  /// GeoNames population (Asia's 3.8 billion fits in 32 bits unsigned).
  var population: UInt32 = 0
  /// Population used to rank candidates: GeoNames' for cities and countries, the sum of the
  /// listed cities for first-level divisions (GeoNames gives them none).
  var weight: UInt32 = 0
  var flags: UInt8 = 0

  static let capital: UInt8 = 1
  /// A capital whose name is also a common word or name (`Male`, `Victoria`): no capital bonus.
  static let ambiguousCapital: UInt8 = 2
  /// The seat of a government metonym (`Kremlin` → Moscow).
  static let seat: UInt8 = 4

  var isCapital: Bool { flags & Self.capital != 0 }
  /// A second-level division (`Laurel County`) rather than a state or province.
  var isSecondLevel: Bool { kind == .admin && admin2 != 0 }
}

/// Packs a country code and an admin1 code into one integer key.
enum AdminKey {
  static func country(_ a: UInt8, _ b: UInt8) -> UInt16 { UInt16(a) << 8 | UInt16(b) }

  static func make(country: UInt16, admin1: UnsafeRawBufferPointer) -> UInt64 {
    guard country != 0, !admin1.isEmpty else { return 0 }
    var key = WordHash()
    key.mix(UInt8(truncatingIfNeeded: country >> 8))
    key.mix(UInt8(truncatingIfNeeded: country))
    for b in admin1 { key.mix(b) }
    return key.value
  }

  /// The key of a second-level division within a first-level one (its admin2 number).
  static func make(division: UInt64, admin2: UInt16) -> UInt64 {
    var key = WordHash(continuing: division)
    key.mix(0x09)
    key.mix(UInt8(truncatingIfNeeded: admin2 >> 8))
    key.mix(UInt8(truncatingIfNeeded: admin2))
    return key.value
  }

  static func make(country: String, admin1: String) -> UInt64 {
    let c = Array(country.utf8)
    guard c.count == 2 else { return 0 }
    return Array(admin1.utf8).withUnsafeBytes {
      make(country: Self.country(c[0], c[1]), admin1: $0)
    }
  }

  static func string(_ country: UInt16) -> String {
    guard country != 0 else { return "" }
    return String(
      decoding: [UInt8(truncatingIfNeeded: country >> 8), UInt8(truncatingIfNeeded: country)],
      as: UTF8.self)
  }

  static func code(_ string: String) -> UInt16 {
    let c = Array(string.utf8)
    guard c.count == 2 else { return 0 }
    return country(c[0], c[1])
  }
}
