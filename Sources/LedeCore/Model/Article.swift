import Synchronization

/// One document: its text in reading order and everything else as spans into it.
///
/// Articles are immutable once loaded. Tokens and sentences are computed on first use and
/// cached, so loading never waits for analysis and a session only pays for what it reads; the
/// tokens are let go once every analysis that reads them is done, and found again if read later.
public final class Article: Sendable {
  /// Stable identifier derived from the content, so the same article loads once.
  public let id: String
  public let text: String
  public let metadata: ArticleMetadata
  public let blocks: [Block]
  private let layers = Mutex(CachedText?.none)
  private let analyses = Mutex([String: any Sendable]())

  /// The tokens and sentences of an article, computed together because sentence boundaries
  /// are decided on tokens.
  struct TextLayers: Sendable {
    var tokens: [Token]
    var sentences: [Sentence]
  }

  /// The text layers as kept: the tokens go once every analysis that reads them has its result
  /// (`dropTokenLayerIfRead`), since they cost 6 bytes a token (1.2 times the text of news) and
  /// are found again, the same, on the next read; the sentences stay (20 bytes a sentence).
  private struct CachedText {
    var tokens: [Token]?
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
  public var tokens: [Token] {
    if let cached = layers.withLock({ $0?.tokens }) { return cached }
    return store(TextAnalyzer.analyze(text: text, blocks: blocks)).tokens
  }

  /// The article's sentences, in order; none crosses a block boundary.
  public var sentences: [Sentence] {
    if let cached = layers.withLock({ $0?.sentences }) { return cached }
    return store(TextAnalyzer.analyze(text: text, blocks: blocks)).sentences
  }

  /// Whether tokens and sentences have been computed yet.
  public var isTokenized: Bool { layers.withLock { $0 != nil } }

  /// Whether the tokens are held now (they are let go after the analyses that read them).
  package var holdsTokens: Bool { layers.withLock { $0?.tokens != nil } }

  /// An analysis layer computed on first use and kept for the article's lifetime.
  ///
  /// Layers from other modules (entities, places, sentiment) share this one cache, keyed by
  /// name; the value for a name must always have the same type.
  public func cached<T: Sendable>(_ name: String, compute: (Article) -> T) -> T {
    if let hit = analyses.withLock({ $0[name] }) as? T { return hit }
    // Computed outside the lock, like the text layers, so analyses never block each other.
    let value = compute(self)
    let (result, dropped) = analyses.withLock { cache in
      if let hit = cache[name] as? T { return (hit, false) }
      cache[name] = value
      return (value, Self.dropTokenLayerIfRead(&cache, after: name))
    }
    if dropped { layers.withLock { $0?.tokens = nil } }
    return result
  }

  /// Lets go of the tokens and the token layer now, though readers may remain: for a caller
  /// done with the article (an export, once its record is written). A later read builds them
  /// again, the same.
  package func releaseTokenLayer() {
    analyses.withLock { _ = $0.removeValue(forKey: "tokenLayer") }
    layers.withLock { $0?.tokens = nil }
  }

  /// Replaces a cached layer with a smaller value of the same type once the readers of its
  /// larger form are done (the entity analysis after the quotes).
  package func replaceCached<T: Sendable>(_ name: String, with value: T) {
    analyses.withLock { $0[name] = value }
  }

  /// Keeps what `computed` adds to the cache and returns the layers as cached. Computed outside
  /// the lock: two threads may race to tokenize, both get the same answer; tokens found again
  /// after they were dropped are the same as before, and so are their sentences.
  private func store(_ computed: TextLayers) -> TextLayers {
    layers.withLock { cache in
      guard let kept = cache else {
        cache = CachedText(tokens: computed.tokens, sentences: computed.sentences)
        return computed
      }
      let tokens = kept.tokens ?? computed.tokens
      cache?.tokens = tokens
      return TextLayers(tokens: tokens, sentences: kept.sentences)
    }
  }
}
