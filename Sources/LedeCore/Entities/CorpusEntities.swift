/// The entities of a whole corpus, each referent once, and which one every mention names.
///
/// Made from an `EntityTally` (one pass over the articles, mergeable across shards) and the
/// analyst's aliases. Articles resolve names within themselves; this merges the names of
/// different articles: `Kennedy`, `Mr Kennedy` and `Charles Kennedy` become one person,
/// `Vince Cable` and `Vincent Cable` too, while `Tories` or `MPs` never become people.
public struct CorpusEntities: Sendable {
  /// Every entity, most mentioned first (ties by name).
  public let all: [CorpusEntity]
  /// The entity each name of the tally belongs to.
  let entityOfName: [EntityTally.Key: Int]
  /// Ids, names and aliases, folded, to the entity they name (the most mentioned one wins).
  let entityOfFold: [String: Int]

  /// The place lexicon the articles' entities were found with, which also types acronyms.
  let places: any PlaceNameLexicon

  /// The entities of `articles` as `places` finds them, with `aliases` merged in.
  public init(
    articles: [Article], aliases: EntityAliases = EntityAliases(), places: any PlaceNameLexicon
  ) {
    self.init(
      tally: EntityTally(articles, places: places), aliases: aliases, articles: articles,
      places: places)
  }

  /// The entities of a tally. Without `articles`, an entity's article count adds its names'
  /// counts, so an article that uses two of its names counts twice; with them it is exact.
  public init(
    tally: EntityTally, aliases: EntityAliases = EntityAliases(), articles: [Article]? = nil,
    places: any PlaceNameLexicon
  ) {
    self.places = places
    let clustering = EntityClustering(tally: tally, aliases: aliases, places: places)
    var entities = clustering.entities
    if let articles {
      var counts = [Int](repeating: 0, count: entities.count)
      for article in articles {
        var seen = Set<Int>()
        for e in article.entities(places: places) {
          if let i = clustering.entityOfName[EntityTally.Key(kind: e.kind, name: e.canonical)],
            seen.insert(i).inserted
          {
            counts[i] += 1
          }
        }
      }
      for i in entities.indices { entities[i].articles = counts[i] }
    }
    all = entities
    entityOfName = clustering.entityOfName
    var folds: [String: Int] = [:]
    for (i, e) in entities.enumerated() {
      folds[NameFold.plain(e.id)] = folds[NameFold.plain(e.id)] ?? i
    }
    // Names and aliases in one tier, most mentioned first: "Trump" is Donald Trump (486
    // mentions on PolNeAR dev, "Trump" among his aliases), not an organisation named "Trump" by
    // "the Trump campaign" (16), which a name-before-alias order gave.
    for (i, e) in entities.enumerated() {
      for name in [e.name] + e.aliases {
        let key = NameFold.key(name)
        folds[key] = folds[key] ?? i
      }
    }
    entityOfFold = folds
  }

  /// The entities of one kind (all when `kind` is nil), most mentioned first.
  public func entities(kind: EntityKind? = nil) -> [CorpusEntity] {
    guard let kind else { return all }
    return all.filter { $0.kind == kind }
  }

  /// The entities mentioned in some of `articles`, counted there only, most mentioned first:
  /// the corpus entities as a part of the corpus sees them.
  public func entities(in articles: [Article], kind: EntityKind? = nil) -> [CorpusEntity] {
    var mentions: [Int: Int] = [:]
    var present: [Int: Int] = [:]
    for article in articles {
      var seen = Set<Int>()
      for e in article.entities(places: places) {
        guard let i = index(of: e), kind == nil || all[i].kind == kind else { continue }
        mentions[i, default: 0] += 1
        if seen.insert(i).inserted { present[i, default: 0] += 1 }
      }
    }
    return mentions.keys.sorted { a, b in
      mentions[a] != mentions[b] ? mentions[a, default: 0] > mentions[b, default: 0] : a < b
    }.map { i in
      var e = all[i]
      e.mentions = mentions[i, default: 0]
      e.articles = present[i, default: 0]
      return e
    }
  }

  /// The position in `all` of the entity a mention names.
  public func index(of mention: Entity) -> Int? {
    entityOfName[EntityTally.Key(kind: mention.kind, name: mention.canonical)]
  }

  /// The entity a mention names, if the mention's article was tallied.
  public func entity(of mention: Entity) -> CorpusEntity? {
    index(of: mention).map { all[$0] }
  }

  /// The position in `all` of the entity a quote's speaker names.
  public func index(of quote: Quote) -> Int? {
    guard let name = quote.speaker, let kind = quote.speakerKind else { return nil }
    return entityOfName[EntityTally.Key(kind: kind, name: name)]
  }

  /// The entity a quote's speaker names (DESIGN's quote `entity`): nil when the quote names no
  /// entity (`a Downing Street spokesman`) or its article was not tallied.
  public func entity(of quote: Quote) -> CorpusEntity? {
    index(of: quote).map { all[$0] }
  }

  /// The position in `all` of the entity with this id, name or alias (case, accents and
  /// titles ignored).
  public func index(named name: String) -> Int? {
    entityOfFold[NameFold.plain(name)] ?? entityOfFold[NameFold.key(name)]
  }

  /// The entity with this id, name or alias.
  public func entity(named name: String) -> CorpusEntity? {
    index(named: name).map { all[$0] }
  }
}
