/// What the corpus-wide entities are made from: the names articles resolved their mentions to,
/// with counts. Built one article at a time and merged by adding, so shards can be tallied
/// apart and combined in any order.
public struct EntityTally: Sendable, Equatable {
  /// A name as one article resolved it: the mention's kind and canonical name.
  public struct Key: Hashable, Sendable, Comparable {
    public var kind: EntityKind
    public var name: String

    public init(kind: EntityKind, name: String) {
      self.kind = kind
      self.name = name
    }

    public static func < (a: Key, b: Key) -> Bool {
      (a.name, a.kind.rawValue) < (b.name, b.kind.rawValue)
    }
  }

  /// The counts of one name.
  public struct Counts: Sendable, Equatable {
    public var mentions = 0
    public var articles = 0
    /// The words the mentions were written with, when not the name itself (`Kennedy` for
    /// `Charles Kennedy`), with how often.
    public var forms: [String: Int] = [:]
    /// For a one-word name: the full names of people ending in that word that the same article
    /// mentions, by how many articles (`Kennedy` seen beside `Charles Kennedy`).
    public var besidePeople: [String: Int] = [:]
  }

  public private(set) var names: [Key: Counts] = [:]

  public init() {}

  /// The tally of every article's entities, as `places` finds them.
  public init(_ articles: [Article], places: any PlaceNameLexicon) {
    let chunks = Swift.max(1, Swift.min(articles.count / 64, 64))
    let size = (articles.count + chunks - 1) / Swift.max(chunks, 1)
    let slices = stride(from: 0, to: articles.count, by: Swift.max(size, 1)).map {
      Array(articles[$0..<Swift.min($0 + size, articles.count)])
    }
    let parts = ConcurrentMap.map(slices, minimumCount: 2) { slice in
      var tally = EntityTally()
      for article in slice { tally.add(article.entities(places: places)) }
      return tally
    }
    for part in parts { merge(part) }
  }

  /// Adds the entities of one article.
  public mutating func add(_ entities: [Entity]) {
    var seen: Set<Key> = []
    var people: [String] = []
    for e in entities {
      let key = Key(kind: e.kind, name: e.canonical)
      names[key, default: Counts()].mentions += 1
      if e.text != e.canonical { names[key, default: Counts()].forms[e.text, default: 0] += 1 }
      if seen.insert(key).inserted {
        names[key, default: Counts()].articles += 1
        if e.kind == .person, e.canonical.contains(" ") { people.append(e.canonical) }
      }
    }
    guard !people.isEmpty else { return }
    for key in seen where !key.name.contains(" ") {
      let word = NameFold.key(key.name)
      for person in people where NameFold.words(person).last == word && person != key.name {
        names[key, default: Counts()].besidePeople[person, default: 0] += 1
      }
    }
  }

  /// Adds another tally (of other articles) to this one.
  public mutating func merge(_ other: EntityTally) {
    for (key, counts) in other.names {
      var mine = names[key, default: Counts()]
      mine.mentions += counts.mentions
      mine.articles += counts.articles
      mine.forms.merge(counts.forms, uniquingKeysWith: +)
      mine.besidePeople.merge(counts.besidePeople, uniquingKeysWith: +)
      names[key] = mine
    }
  }
}
