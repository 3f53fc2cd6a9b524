/// Tells the entity recogniser which names are places.
///
/// The gazetteer in LedeAnalysis provides the full list; `BundledPlaceNames` is the small list
/// LedeCore falls back on when no gazetteer is injected.
public protocol PlaceNameLexicon: Sendable {
  /// Whether `name` (as written in the text, e.g. `North Korea`) names a place.
  func isPlace(_ name: String) -> Bool
}

/// The fallback place names shipped in `names/places_fallback.txt`: continents, regions,
/// countries, first-level divisions and cities of at least 100,000 people.
public struct BundledPlaceNames: PlaceNameLexicon {
  /// The list read from the data folder (empty when the file is missing).
  public static let shared = BundledPlaceNames()

  private let hashes: Set<UInt64>

  /// Reads `names/places_fallback.txt`.
  public init() {
    var hashes = Set<UInt64>()
    for line in BundledData.listRows("names/places_fallback.txt") {
      hashes.insert(WordHash.of(line[0]))
    }
    self.hashes = hashes
  }

  /// Creates a lexicon from a list of names.
  public init(names: [String]) {
    hashes = Set(names.map { WordHash.of($0) })
  }

  public func isPlace(_ name: String) -> Bool {
    hashes.contains(WordHash.of(name))
  }
}
