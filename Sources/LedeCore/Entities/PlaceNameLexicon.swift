/// Tells the entity recogniser which names are places.
///
/// Core has no list of its own: the caller passes one in (LedeAnalysis passes the gazetteer),
/// so that every caller, tests included, says which places it analyses with.
public protocol PlaceNameLexicon: Sendable {
  /// Whether `name` (as written in the text, e.g. `North Korea`) names a place.
  func isPlace(_ name: String) -> Bool

  /// Whether the name in these UTF-8 bytes names a place: `isPlace(_:)` without making a
  /// `String` of each name the entity recogniser asks about.
  func isPlace(utf8 name: UnsafeBufferPointer<UInt8>) -> Bool

  /// A key shared by the names of one country (`US`, `U.S.`, `United States`), or nil: corpus
  /// entities join the names of a country without an analyst's alias.
  func countryKey(_ name: String) -> String?

  /// The places of an article, decided once for the whole article (a geoparser reads the
  /// context a name alone lacks), or nil when the lexicon decides name by name with `isPlace`.
  /// Where there is a decision, a mention is a place exactly when its span is one of its places
  /// (so that the entities and the places agree span for span), unless the decision read
  /// nothing there (see `PlaceDecision.read`).
  func placeDecision(in article: Article) -> PlaceDecision?
}

/// A place lexicon's decision for a whole article.
public struct PlaceDecision: Sendable {
  /// The spans that are places.
  public var places: [Span]
  /// Every span the decision reported in any role (a seat, a modifier too): a name that none of
  /// them overlaps was not read, as a geoparser reads only the names its gazetteer knows.
  public var read: [Span]

  /// A decision with its places and the spans it read.
  public init(places: [Span], read: [Span]) {
    self.places = places
    self.read = read
  }
}

extension PlaceNameLexicon {
  /// The name made a `String` and asked with `isPlace(_:)`.
  public func isPlace(utf8 name: UnsafeBufferPointer<UInt8>) -> Bool {
    isPlace(String(decoding: name, as: UTF8.self))
  }

  /// No country keys: a lexicon that knows only which names are places joins none.
  public func countryKey(_ name: String) -> String? { nil }

  /// No decision for the whole article: `isPlace` types the names one by one.
  public func placeDecision(in article: Article) -> PlaceDecision? { nil }

  /// Names the lexicon among an article's cached analyses: two lexicons never share results.
  ///
  /// The type's qualified name, which `String(reflecting:)` gave through the reflection and
  /// printing machinery at about 7,000 instructions a call: 12.9M of 1,175M for every analysis
  /// of 200 PolNeAR train texts (callgrind), the cache key being made at each read.
  var cacheName: String { _typeName(Self.self, qualified: true) }
}
