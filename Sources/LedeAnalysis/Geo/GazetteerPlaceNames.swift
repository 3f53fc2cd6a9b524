import LedeCore

/// The gazetteer as the entity recogniser's list of place names: what LedeAnalysis passes to
/// Core's entity recognition wherever it asks for entities.
///
/// A name counts as a place when its best reading is a country, division, region or continent,
/// or a city of at least 50,000 people: small towns share their names with too many people and
/// things (`Chad`, `Florence`, `Mobile`) to type a capitalised name as a place on their own.
public struct GazetteerPlaceNames: PlaceNameLexicon {
  /// The gazetteer that answers: the bundled one unless a caller passes its own.
  public let gazetteer: Gazetteer

  /// Place names read from `gazetteer`.
  public init(gazetteer: Gazetteer = .shared) {
    self.gazetteer = gazetteer
  }

  public func isPlace(_ name: String) -> Bool {
    var name = name
    return name.withUTF8 { isPlace(utf8: $0) }
  }

  public func isPlace(utf8 name: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let best = gazetteer.best(name) else { return false }
    switch best.kind {
    case .country, .admin, .region, .continent: return true
    case .city: return best.population >= 50_000 || best.isCapital
    }
  }

  /// The spans the geoparser reports as locations or as actors other than government seats:
  /// the one decision of which names are places, which the entities adopt. A seat (`the
  /// Kremlin`, `State Department`) is an organisation to the entities and a place (an actor at
  /// its city) to the geoparser; a modifier (`Russian`, the `Texas` of `Texas Forest Service`)
  /// is the group or the organisation the entities type the longer name as.
  public func placeDecision(in article: Article) -> PlaceDecision? {
    // Without its data the geoparser finds nothing, which is no decision that nothing is one.
    guard gazetteer.count > 0 else { return nil }
    // The bundled gazetteer's places are the article's cached ones; another is asked directly.
    let places =
      gazetteer === Gazetteer.shared
      ? article.places
      : Geoparser.places(
        in: article, personSpans: article.namedPeople(places: self),
        organizationSpans: article.namedOrganizations(places: self), gazetteer: gazetteer)
    return PlaceDecision(
      places: places.filter { !$0.isSeatMetonym && $0.role != .modifier }.map(\.span),
      read: places.map(\.span))
  }

  /// The GeoNames id of the country a name's best reading is, or nil when it reads as no
  /// country (`Washington` is a state and a city, so it stays apart from `United States`).
  public func countryKey(_ name: String) -> String? {
    guard let best = gazetteer.best(name), best.kind == .country else { return nil }
    return "country:\(best.geonameid)"
  }
}
