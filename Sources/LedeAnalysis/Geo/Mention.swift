/// A candidate place mention: tokens of the text whose name the gazetteer knows.
struct Mention {
  /// Token indices of the first and last word (the first may be a leading "the").
  var first: Int
  var last: Int
  /// Byte range of the mention in the text.
  var range: Range<Int>
  /// Matching key of the name.
  var key: UInt64
  /// Candidate places, deduplicated by record.
  var entries: [NameIndex.Entry]
  /// A government-seat phrase (`Kremlin`): resolved to its seat, an actor by default.
  var seat: Gazetteer.Metonym?
  var block: Int
  /// Whether the block is set in headline case (title, heading, capitals).
  var headline = false
  /// A dateline (`KYIV, Ukraine (AP) —`): a location that sets the article's country.
  var dateline = false
  /// Followed by "region", "province", "oblast"…: a division is meant.
  var wantsDivision = false
  /// Followed by "city", "town"…: a city is meant.
  var wantsCity = false
  /// Index of the mention that contains this one (`Paris` → `Texas` in "Paris, Texas").
  var container: Int?
  /// Whether the container was written right after a comma (strong) or after "in" (weaker).
  var containerIsApposition = false
  /// The chosen record (index into `Gazetteer.records`).
  var resolved: Int?
  /// A feature's name that lost a town named after it (`Long Island`, not Long Island City):
  /// only such a name may also lose a namesake abroad (`GeoDocument.dropNamesakesAbroad`).
  var namesakeRemoved = false
  /// For a feature the gazetteer does not list: its kind; `resolved` then only lends coordinates.
  var approximate: PlaceKind?
  var role: PlaceRole = .location
}

/// Country evidence that is not itself a place mention: demonyms ("Russian") and datelines.
struct CountryCue {
  var country: UInt16
  var weight: Double
  var block: Int
}
