import LedeCore

/// Finds the places an article mentions, resolves each to a gazetteer place and tells literal
/// places from metonymic actors.
///
/// The pipeline: Core's token layer, seen as words and marks (`GeoTokens`); the longest capitalised spans the gazetteer knows;
/// rejection of spans that are parts of person or organisation names, common words or
/// headline capitals; containers (`Paris, Texas`) and datelines; disambiguation by prior and
/// article evidence; roles. See the files beside this one for each step.
public enum Geoparser {
  /// Switches for the geoparser.
  public struct Options: Sendable {
    /// Whether government-seat metonyms (`the Kremlin`, `the White House`, `Downing Street`)
    /// are reported as places (role `actor`, resolved to the seat's city).
    public var includeSeatMetonyms = true
    /// Whether local features the gazetteer does not list (`Calhoun County`, `Lake Victoria`,
    /// `Fulham Road`) are reported, placed approximately at the nearest resolved city or
    /// division (geonameid 0, `isApproximate`).
    public var includeUnlistedFeatures = true

    /// Options with both switches given (both on by default).
    public init(includeSeatMetonyms: Bool = true, includeUnlistedFeatures: Bool = true) {
      self.includeSeatMetonyms = includeSeatMetonyms
      self.includeUnlistedFeatures = includeUnlistedFeatures
    }
  }

  /// The resolved place mentions of an article, in text order.
  ///
  /// `personSpans`, when an entity recogniser has found people, keeps their names from being
  /// read as places (`Kim Jong Un` is not the town of Un); without it the geoparser relies on
  /// its own given-name and title lists. `organizationSpans`, the organisations it found, make
  /// a place inside one's name that does not end it a modifier (`the U.S. Supreme Court`).
  public static func places(
    in article: Article, options: Options = Options(), personSpans: [Span] = [],
    organizationSpans: [Span] = [], gazetteer: Gazetteer = .shared
  ) -> [ResolvedPlace] {
    guard gazetteer.count > 0 else { return [] }
    let layer = article.tokenLayer
    var text = article.text
    return text.withUTF8 { buffer in
      var document = GeoDocument(
        text: buffer, layer: layer, blocks: article.blocks, gazetteer: gazetteer,
        lexicon: .shared, options: options, personSpans: personSpans,
        organizationSpans: organizationSpans)
      document.scan()
      document.filter()
      document.link()
      document.resolve()
      document.dropNamesakesAbroad()
      document.addUnlistedFeatures()
      document.addDemonyms()
      document.assignRoles()
      return document.results()
    }
  }

  /// The resolved place mentions of a text with its block structure (one paragraph if empty).
  public static func places(
    in text: String, blocks: [Block] = [], options: Options = Options(), personSpans: [Span] = [],
    gazetteer: Gazetteer = .shared
  ) -> [ResolvedPlace] {
    let blocks =
      blocks.isEmpty
      ? [Block(role: .paragraph, span: Span(start: 0, end: text.utf8.count))] : blocks
    let article = Article(text: text, metadata: ArticleMetadata(format: "text"), blocks: blocks)
    return places(in: article, options: options, personSpans: personSpans, gazetteer: gazetteer)
  }

  /// The focus of an article's places: its main countries and city.
  public static func focus(of places: [ResolvedPlace]) -> GeoFocus { GeoFocus(places: places) }
}

extension GeoDocument {
  func results() -> [ResolvedPlace] {
    mentions.compactMap { m -> ResolvedPlace? in
      guard let index = m.resolved else { return nil }
      let r = gazetteer.records[index]
      let range = spanWithoutArticle(m, r)
      let surface = String(decoding: text[range], as: UTF8.self)
      return ResolvedPlace(
        name: m.approximate == nil ? gazetteer.name(index) : surface, text: surface,
        span: Span(start: range.lowerBound, end: range.upperBound),
        geonameid: m.approximate == nil ? Int(r.geonameid) : 0,
        latitude: Double(r.latitude), longitude: Double(r.longitude),
        country: AdminKey.string(r.country),
        kind: m.approximate ?? r.kind, role: m.role,
        admin1: gazetteer.text(Int(r.adminStart), Int(r.adminLength)), isSeatMetonym: m.seat != nil,
        isApproximate: m.approximate != nil)
    }
  }

  /// The mention's range without a leading "the" that is not part of the place's name: the
  /// span is the name ("the U.S." → `U.S.`, "the Kremlin" → `Kremlin`, but `The Hague`), as
  /// the entity recogniser and annotators write it.
  func spanWithoutArticle(_ m: Mention, _ r: PlaceRecord) -> Range<Int> {
    guard m.first < m.last, tokens[m.first].hash == Self.the else { return m.range }
    let name = gazetteer.file.strings(Int(r.nameStart), Int(r.nameLength))
    if m.approximate == nil, m.seat == nil, name.count > 4, name.first == UInt8(ascii: "T"),
      name.dropFirst().starts(with: "he ".utf8)
    {
      return m.range
    }
    return Int(tokens[m.first + 1].start)..<m.range.upperBound
  }

  /// Puts the demonyms among the mentions, in text order.
  mutating func addDemonyms() {
    guard !demonymMentions.isEmpty else { return }
    mentions = (mentions + demonymMentions).sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
