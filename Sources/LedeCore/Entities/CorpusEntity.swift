/// One person, organisation, place or group across the whole corpus: every mention of it, in
/// every article, under any of its names.
public struct CorpusEntity: Hashable, Sendable {
  /// Stable identifier made from the kind and the name (`person:charles-kennedy`), so the same
  /// referent keeps its id whatever the order of the articles.
  public var id: String
  /// The name shown for it: the most used full name.
  public var name: String
  public var kind: EntityKind
  /// The other names it goes by in the corpus, most used first (`Kennedy`, `Mr Kennedy`).
  public var aliases: [String]
  /// How many articles mention it.
  public var articles: Int
  /// How many mentions it has in all.
  public var mentions: Int

  /// Creates a corpus entity.
  public init(
    id: String, name: String, kind: EntityKind, aliases: [String], articles: Int, mentions: Int
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.articles = articles
    self.mentions = mentions
  }

  /// The id of the entity of `kind` called `name`: the kind, a colon and the name folded to
  /// lower case with runs of other characters as one hyphen.
  public static func id(kind: EntityKind, name: String) -> String {
    var slug = ""
    var gap = false
    for c in NameFold.plain(name).unicodeScalars {
      if c.properties.isAlphabetic || ("0"..."9").contains(c) {
        if gap && !slug.isEmpty { slug.append("-") }
        slug.unicodeScalars.append(c)
        gap = false
      } else if c != "." && c != "'" && c != "’" {
        gap = true
      }
    }
    return "\(kind.rawValue):\(slug)"
  }
}
