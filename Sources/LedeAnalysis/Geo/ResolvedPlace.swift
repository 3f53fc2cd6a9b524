import Foundation
import LedeCore

/// A place mention in an article, resolved to a gazetteer place.
///
/// A corpus holds one for every 280 bytes of news, so the numbers are kept at the gazetteer's
/// own precision: 32-bit offsets, a 32-bit GeoNames id and `Float` coordinates (the gazetteer
/// stores them so; `latitude` and `longitude` read them back as the same `Double`s): 88 bytes a
/// mention, where `Int` and `Double` fields took 120.
public struct ResolvedPlace: Sendable, Hashable {
  /// The gazetteer's main name of the place (`Kyiv` for "KYIV", `Moscow` for "the Kremlin").
  public var name: String
  /// The mention as written.
  public var text: String
  /// ISO 3166-1 alpha-2 code; empty for places spanning several countries.
  public var country: String
  /// The GeoNames admin1 code of the place's first-level division, empty if unknown.
  public var admin1: String
  private var start: UInt32
  private var end: UInt32
  private var storedLatitude: Float
  private var storedLongitude: Float
  private var storedGeonameid: Int32
  /// Country, first-level division, city, region or continent.
  public var kind: PlaceKind
  /// Whether the mention is a literal location or stands for a government or team.
  public var role: PlaceRole
  /// The mention names a seat of government (`Kremlin`, `White House`) rather than the place.
  public var isSeatMetonym: Bool
  /// The gazetteer does not list the place (`Calhoun County`): `name` is the text, geonameid 0,
  /// and the coordinates are those of the nearest resolved place in context.
  public var isApproximate: Bool

  /// UTF-8 byte span of the mention in the article text.
  public var span: Span {
    get { Span(start: Int(start), end: Int(end)) }
    set {
      start = UInt32(truncatingIfNeeded: newValue.start)
      end = UInt32(truncatingIfNeeded: newValue.end)
    }
  }

  /// GeoNames id of the place (0 for an approximate, unlisted feature).
  public var geonameid: Int {
    get { Int(storedGeonameid) }
    set { storedGeonameid = Int32(truncatingIfNeeded: newValue) }
  }

  /// WGS84 latitude in degrees, at the gazetteer's precision (a `Float`).
  public var latitude: Double {
    get { Double(storedLatitude) }
    set { storedLatitude = Float(newValue) }
  }

  /// WGS84 longitude in degrees, at the gazetteer's precision (a `Float`).
  public var longitude: Double {
    get { Double(storedLongitude) }
    set { storedLongitude = Float(newValue) }
  }

  /// A resolved mention with every field given.
  public init(
    name: String, text: String, span: Span, geonameid: Int, latitude: Double, longitude: Double,
    country: String, kind: PlaceKind, role: PlaceRole, admin1: String = "",
    isSeatMetonym: Bool = false,
    isApproximate: Bool = false
  ) {
    self.name = name
    self.text = text
    self.country = country
    self.admin1 = admin1
    start = UInt32(truncatingIfNeeded: span.start)
    end = UInt32(truncatingIfNeeded: span.end)
    storedLatitude = Float(latitude)
    storedLongitude = Float(longitude)
    storedGeonameid = Int32(truncatingIfNeeded: geonameid)
    self.kind = kind
    self.role = role
    self.isSeatMetonym = isSeatMetonym
    self.isApproximate = isApproximate
  }
}

/// Distances on the Earth's surface.
public enum Geodesy {
  /// Great-circle distance in kilometres between two points given in degrees (haversine).
  public static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double)
    -> Double
  {
    let r = 6371.0088
    let p1 = lat1 * .pi / 180
    let p2 = lat2 * .pi / 180
    let dp = (lat2 - lat1) * .pi / 180
    let dl = (lon2 - lon1) * .pi / 180
    let a = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
    return 2 * r * asin(min(1, a.squareRoot()))
  }
}
