/// What sort of place a gazetteer entry is.
public enum PlaceKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
  /// A sovereign country or dependent territory.
  case country
  /// A first-level division: state, province, oblast, constituent country.
  case admin
  /// A city, town or village.
  case city
  /// A named region, sea, strait, island group or district.
  case region
  /// A continent.
  case continent

  public var description: String {
    switch self {
    case .country: "country"
    case .admin: "admin"
    case .city: "city"
    case .region: "region"
    case .continent: "continent"
    }
  }

  /// The kind named in `places.tsv`'s second column.
  init?(bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard let first = range.first.map({ bytes[$0] }) else { return nil }
    switch (first, range.count) {
    case (UInt8(ascii: "c"), 7): self = .country
    case (UInt8(ascii: "c"), 4): self = .city
    case (UInt8(ascii: "c"), 9): self = .continent
    case (UInt8(ascii: "a"), 5): self = .admin
    case (UInt8(ascii: "r"), 6): self = .region
    default: return nil
    }
  }
}

/// Whether a place mention names a location or stands for the people who govern or represent it.
public enum PlaceRole: UInt8, Sendable, CaseIterable, CustomStringConvertible {
  /// A literal place: "in Kharkiv", "the Zaporizhzhia region".
  case location
  /// Metonymy: the place stands for its government, institution or team ("Washington claimed",
  /// "the Kremlin denied", "Moscow's diplomatic drive", "Georgia have beaten Scotland").
  case actor
  /// A place that qualifies something else: a demonym or adjective ("Russian shelling") or a
  /// place inside another name ("the Texas Forest Service").
  case modifier

  public var description: String {
    switch self {
    case .location: "location"
    case .actor: "actor"
    case .modifier: "modifier"
    }
  }

  /// The role named `name` (`location`, `actor`, `modifier`).
  public init?(name: String) {
    guard let role = Self.allCases.first(where: { $0.description == name }) else { return nil }
    self = role
  }
}
