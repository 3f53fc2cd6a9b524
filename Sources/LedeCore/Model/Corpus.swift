/// The articles of a session, in load order, each content loaded once.
public struct Corpus: Sendable {
  public private(set) var articles: [Article] = []
  private var indexByID: [String: Int] = [:]
  /// Names the analyst declared to be one entity (`--aliases FILE`), for `entities`.
  public var aliases = EntityAliases()

  public init(_ articles: [Article] = []) {
    for a in articles { add(a) }
  }

  public var count: Int { articles.count }
  public var isEmpty: Bool { articles.isEmpty }
  public subscript(i: Int) -> Article { articles[i] }

  /// The article with this id, if loaded.
  public func article(id: String) -> Article? { indexByID[id].map { articles[$0] } }

  /// The article's number in the session (1-based, as `corpus[N]` and `.show N` take it), if
  /// it is loaded.
  public func number(of article: Article) -> Int? { indexByID[article.id].map { $0 + 1 } }

  /// The corpus-wide entities of these articles as `places` finds them, with the declared
  /// aliases merged in.
  public func entities(places: any PlaceNameLexicon) -> CorpusEntities {
    CorpusEntities(articles: articles, aliases: aliases, places: places)
  }

  /// Adds an article unless one with the same content is already here; returns that one then.
  @discardableResult
  public mutating func add(_ article: Article) -> Article? {
    if let existing = indexByID[article.id] { return articles[existing] }
    indexByID[article.id] = articles.count
    articles.append(article)
    return nil
  }

  /// Adds an article even when one with the same content is here (`--dedup none`); the
  /// earlier one keeps answering to the id.
  public mutating func append(_ article: Article) {
    if indexByID[article.id] == nil { indexByID[article.id] = articles.count }
    articles.append(article)
  }

  /// Adds loaded articles; each duplicate becomes a note naming the article it repeats.
  public mutating func add(_ loaded: [Article]) -> [LoadIssue] {
    var notes: [LoadIssue] = []
    for article in loaded {
      if let first = add(article) {
        notes.append(
          LoadIssue(
            path: article.metadata.path ?? "-",
            "same content as \(first.metadata.path ?? first.id); loaded once", severity: .note,
            kind: "duplicate"))
      }
    }
    return notes
  }
}
