/// What an article is about geographically: its focus countries and city.
///
/// Following CLIFF, every mention counts toward its country (a city, a division or a region in
/// one country counts for that country), so an article that names Pyongyang and North Korea is
/// about North Korea even if it names the country once. Metonymic mentions ("Washington
/// claimed") count half: they say who acts, not where things happen; modifiers ("Russian
/// shelling") count in full, as the dev data says (`Weights`).
public struct GeoFocus: Sendable, Hashable {
  /// A country and its score (weighted mention count), highest first.
  public struct Score: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code.
    public var country: String
    /// Weighted number of mentions in the country.
    public var score: Double
  }

  /// Every country mentioned, by score, highest first (ties by first mention).
  public var countries: [Score]
  /// The most mentioned city in the focus countries, at its first mention.
  public var city: ResolvedPlace?
  /// The city's score.
  public var cityScore: Double

  /// The top country, if any place was found.
  public var country: String? { countries.first?.country }

  /// The countries scoring at least half the top score: the article's focus countries.
  public var focusCountries: [String] {
    guard let top = countries.first?.score else { return [] }
    return countries.filter { $0.score >= top / 2 }.map(\.country)
  }

  /// How much one mention of each role counts toward its country.
  public struct Weights: Sendable, Hashable {
    public var location: Double
    public var actor: Double
    public var modifier: Double

    /// Weights chosen on the TR-News tuning part (80 articles; `lede-bench geo DIR` prints the
    /// comparison): the focus is the country the annotated toponyms name most in 0.922 of the
    /// articles with modifiers counted in full, 0.909 at half weight and 0.883 without them;
    /// actors at half weight or full gave the same 0.922, and half keeps "Washington claimed"
    /// from outweighing where the story happens.
    public static let standard = Weights(location: 1, actor: 0.5, modifier: 1)

    /// Weights given per role.
    public init(location: Double, actor: Double, modifier: Double) {
      self.location = location
      self.actor = actor
      self.modifier = modifier
    }

    func weight(_ role: PlaceRole) -> Double {
      switch role {
      case .location: location
      case .actor: actor
      case .modifier: modifier
      }
    }
  }

  /// The focus of a list of resolved places, as returned by `Geoparser.places(in:)`.
  public init(places: [ResolvedPlace], weights: Weights = .standard) {
    var scores: [String: Double] = [:]
    var firstSeen: [String: Int] = [:]
    var cityScores: [Int: Double] = [:]
    var firstCity: [Int: ResolvedPlace] = [:]
    for (i, p) in places.enumerated() where !p.country.isEmpty {
      let weight = weights.weight(p.role)
      scores[p.country, default: 0] += weight
      if firstSeen[p.country] == nil { firstSeen[p.country] = i }
      if p.kind == .city && !p.isSeatMetonym {
        cityScores[p.geonameid, default: 0] += weight
        if firstCity[p.geonameid] == nil { firstCity[p.geonameid] = p }
      }
    }
    let ranked = scores.map { Score(country: $0.key, score: $0.value) }
      .sorted {
        $0.score != $1.score
          ? $0.score > $1.score
          : firstSeen[$0.country, default: 0] < firstSeen[$1.country, default: 0]
      }
    let top = ranked.first?.score ?? 0
    let focus = Set(ranked.filter { $0.score >= top / 2 }.map(\.country))
    let best = cityScores.filter { id, _ in
      firstCity[id].map { focus.contains($0.country) } ?? false
    }
    .max { a, b in
      a.value != b.value
        ? a.value < b.value
        : (firstCity[a.key]?.span.start ?? 0) > (firstCity[b.key]?.span.start ?? 0)
    }
    countries = ranked
    city = best.flatMap { firstCity[$0.key] }
    cityScore = best?.value ?? 0
  }
}
