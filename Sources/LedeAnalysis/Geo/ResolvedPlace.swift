import Foundation
import LedeCore

/// A place mention in an article, resolved to a gazetteer place.
public struct ResolvedPlace: Sendable, Hashable {
  /// The gazetteer's main name of the place (`Kyiv` for "KYIV", `Moscow` for "the Kremlin").
  public var name: String
  /// The mention as written.
  public var text: String
  /// UTF-8 byte span of the mention in the article text.
  public var span: Span
  /// GeoNames id of the place (0 for an approximate, unlisted feature).
  public var geonameid: Int
  /// WGS84 latitude in degrees.
  public var latitude: Double
  /// WGS84 longitude in degrees.
  public var longitude: Double
  /// ISO 3166-1 alpha-2 code; empty for places spanning several countries.
  public var country: String
  /// Country, first-level division, city, region or continent.
  public var kind: PlaceKind
  /// Whether the mention is a literal location or stands for a government or team.
  public var role: PlaceRole
  /// The GeoNames admin1 code of the place's first-level division, empty if unknown.
  public var admin1: String
  /// The mention names a seat of government (`Kremlin`, `White House`) rather than the place.
  public var isSeatMetonym: Bool
  /// The gazetteer does not list the place (`Calhoun County`): `name` is the text, geonameid 0,
  /// and the coordinates are those of the nearest resolved place in context.
  public var isApproximate: Bool

  /// A resolved mention with every field given.
  public init(
    name: String, text: String, span: Span, geonameid: Int, latitude: Double, longitude: Double,
    country: String, kind: PlaceKind, role: PlaceRole, admin1: String = "",
    isSeatMetonym: Bool = false,
    isApproximate: Bool = false
  ) {
    self.name = name
    self.text = text
    self.span = span
    self.geonameid = geonameid
    self.latitude = latitude
    self.longitude = longitude
    self.country = country
    self.kind = kind
    self.role = role
    self.admin1 = admin1
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
