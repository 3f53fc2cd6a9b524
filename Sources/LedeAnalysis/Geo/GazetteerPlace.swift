/// One place of the gazetteer: a GeoNames entry (or a Lede-local region) with its coordinates.
public struct GazetteerPlace: Sendable, Hashable {
  /// GeoNames id; ids of 1,000,000,000 and above are Lede-local (see the data README).
  public var geonameid: Int
  /// The main name (GeoNames' name; English for hand-written entries).
  public var name: String
  /// Country, first-level division, city, region or continent.
  public var kind: PlaceKind
  /// ISO 3166-1 alpha-2 code of the country; empty for places spanning several countries.
  public var country: String
  /// GeoNames admin1 code of the first-level division (`TX`, `ENG`, `26`), empty if unknown.
  public var admin1: String
  /// WGS84 latitude in degrees.
  public var latitude: Double
  /// WGS84 longitude in degrees.
  public var longitude: Double
  /// GeoNames population; 0 when unknown (divisions and regions).
  public var population: Int
  /// Whether the place is its country's capital (seat of government).
  public var isCapital: Bool

  /// A place with every field given.
  public init(
    geonameid: Int, name: String, kind: PlaceKind, country: String, admin1: String,
    latitude: Double, longitude: Double, population: Int, isCapital: Bool = false
  ) {
    self.geonameid = geonameid
    self.name = name
    self.kind = kind
    self.country = country
    self.admin1 = admin1
    self.latitude = latitude
    self.longitude = longitude
    self.population = population
    self.isCapital = isCapital
  }
}
