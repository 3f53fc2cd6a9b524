import Synchronization

/// One document: its text in reading order and everything else as spans into it.
///
/// Articles are immutable once loaded. Tokens and sentences are computed on first use and
/// cached, so loading never waits for analysis and a session only pays for what it reads.
public final class Article: Sendable {
  /// Stable identifier derived from the content, so the same article loads once.
  public let id: String
  public let text: String
  public let metadata: ArticleMetadata
  public let blocks: [Block]
  private let layers = Mutex(TextLayers?.none)
  private let analyses = Mutex([String: any Sendable]())

  /// The tokens and sentences of an article, computed together because sentence boundaries
  /// are decided on tokens.
  struct TextLayers: Sendable {
    var tokens: [Token]
    var sentences: [Sentence]
  }

  public init(text: String, metadata: ArticleMetadata, blocks: [Block]) {
    self.text = text
    self.metadata = metadata
    self.blocks = blocks
    self.id = StableHash.hex(of: text)
  }

  private init(id: String, text: String, metadata: ArticleMetadata, blocks: [Block]) {
    self.id = id
    self.text = text
    self.metadata = metadata
    self.blocks = blocks
  }

  /// The same article with other metadata (filled from its path, say): same text, same id;
  /// nothing computed is carried over.
  public func with(metadata: ArticleMetadata) -> Article {
    Article(id: id, text: text, metadata: metadata, blocks: blocks)
  }

  /// The text a span covers.
  public func text(of span: Span) -> String {
    let utf8 = text.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: max(0, min(span.start, utf8.count)))
    let to = utf8.index(utf8.startIndex, offsetBy: max(0, min(span.end, utf8.count)))
    return String(text[from..<to])
  }

  /// The blocks with role `paragraph`.
  public var paragraphs: [Block] { blocks.filter { $0.role == .paragraph } }

  /// The article's tokens, in order.
  public var tokens: [Token] { textLayers.tokens }

  /// The article's sentences, in order; none crosses a block boundary.
  public var sentences: [Sentence] { textLayers.sentences }

  /// Whether tokens and sentences have been computed yet.
  public var isTokenized: Bool { layers.withLock { $0 != nil } }

  /// An analysis layer computed on first use and kept for the article's lifetime.
  ///
  /// Layers from other modules (entities, places, sentiment) share this one cache, keyed by
  /// name; the value for a name must always have the same type.
  public func cached<T: Sendable>(_ name: String, compute: (Article) -> T) -> T {
    if let hit = analyses.withLock({ $0[name] }) as? T { return hit }
    // Computed outside the lock, like the text layers, so analyses never block each other.
    let value = compute(self)
    return analyses.withLock { cache in
      if let hit = cache[name] as? T { return hit }
      cache[name] = value
      Self.dropTokenLayerIfRead(&cache, after: name)
      return value
    }
  }

  /// Replaces a cached layer with a smaller value of the same type once the readers of its
  /// larger form are done (the entity analysis after the quotes).
  package func replaceCached<T: Sendable>(_ name: String, with value: T) {
    analyses.withLock { $0[name] = value }
  }

  private var textLayers: TextLayers {
    if let cached = layers.withLock({ $0 }) { return cached }
    // Computed outside the lock: two threads may race to tokenize, both get the same answer.
    let computed = TextAnalyzer.analyze(text: text, blocks: blocks)
    return layers.withLock { cache in
      if let cached = cache { return cached }
      cache = computed
      return computed
    }
  }
}
