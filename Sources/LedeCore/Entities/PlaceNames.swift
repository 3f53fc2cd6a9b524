import Synchronization

/// The place names entity recognition uses, for the whole process.
///
/// Core ships a small fallback list; the gazetteer in LedeAnalysis installs itself here when
/// it is first loaded, so articles analysed after that know every GeoNames place.
public enum PlaceNames {
  private static let installed = Mutex<(any PlaceNameLexicon)?>(nil)

  /// The lexicon in force.
  public static var current: any PlaceNameLexicon {
    installed.withLock { $0 } ?? BundledPlaceNames.shared
  }

  /// Replaces the lexicon for articles analysed from now on.
  public static func install(_ lexicon: any PlaceNameLexicon) {
    installed.withLock { $0 = lexicon }
  }
}
