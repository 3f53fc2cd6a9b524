import LedeCore

/// The gazetteer as the entity recogniser's list of place names: what LedeAnalysis passes to
/// Core's entity recognition wherever it asks for entities.
///
/// A name counts as a place when its best reading is a country, division, region or continent,
/// or a city of at least 50,000 people: small towns share their names with too many people and
/// things (`Chad`, `Florence`, `Mobile`) to type a capitalised name as a place on their own.
public struct GazetteerPlaceNames: PlaceNameLexicon {
  public init() {}

  public func isPlace(_ name: String) -> Bool {
    guard let best = Gazetteer.shared.best(name) else { return false }
    switch best.kind {
    case .country, .admin, .region, .continent: return true
    case .city: return best.population >= 50_000 || best.isCapital
    }
  }

  /// The GeoNames id of the country a name's best reading is, or nil when it reads as no
  /// country (`Washington` is a state and a city, so it stays apart from `United States`).
  public func countryKey(_ name: String) -> String? {
    guard let best = Gazetteer.shared.best(name), best.kind == .country else { return nil }
    return "country:\(best.geonameid)"
  }
}
