/// Tells the entity recogniser which names are places.
///
/// Core has no list of its own: the caller passes one in (LedeAnalysis passes the gazetteer),
/// so that every caller, tests included, says which places it analyses with.
public protocol PlaceNameLexicon: Sendable {
  /// Whether `name` (as written in the text, e.g. `North Korea`) names a place.
  func isPlace(_ name: String) -> Bool

  /// A key shared by the names of one country (`US`, `U.S.`, `United States`), or nil: corpus
  /// entities join the names of a country without an analyst's alias.
  func countryKey(_ name: String) -> String?
}

extension PlaceNameLexicon {
  /// No country keys: a lexicon that knows only which names are places joins none.
  public func countryKey(_ name: String) -> String? { nil }

  /// Names the lexicon among an article's cached analyses: two lexicons never share results.
  ///
  /// The type's qualified name, which `String(reflecting:)` gave through the reflection and
  /// printing machinery at about 7,000 instructions a call: 12.9M of 1,175M for every analysis
  /// of 200 PolNeAR train texts (callgrind), the cache key being made at each read.
  var cacheName: String { _typeName(Self.self, qualified: true) }
}
