/// Renders articles as DESIGN.md §6 export records: keys in a fixed order, spans as
/// code-point offsets (0-based, end exclusive).
public struct ArticleExporter: Sendable {
  /// The analysis layers an exporter can add; each returns the JSON for its key.
  public struct Layers: Sendable {
    public var entities: @Sendable (Article) -> [JSONValue]
    public var quotes: @Sendable (Article) -> [JSONValue]
    public var places: @Sendable (Article) -> [JSONValue]
    public var sentiment: @Sendable (Article) -> JSONValue

    public init(
      entities: @escaping @Sendable (Article) -> [JSONValue],
      quotes: @escaping @Sendable (Article) -> [JSONValue],
      places: @escaping @Sendable (Article) -> [JSONValue] = { _ in [] },
      sentiment: @escaping @Sendable (Article) -> JSONValue = { _ in .null }
    ) {
      self.entities = entities
      self.quotes = quotes
      self.places = places
      self.sentiment = sentiment
    }

    /// Entities and quotes as `placeNames` finds them, without corpus-wide ids; no places or
    /// sentiment.
    public init(placeNames: any PlaceNameLexicon) {
      self.init(
        entities: Layers.entities(placeNames: placeNames),
        quotes: Layers.quotes(placeNames: placeNames))
    }
  }

  public var layers: Layers

  public init(layers: Layers) { self.layers = layers }

  /// One article's record.
  public func record(_ article: Article) -> JSONValue {
    var mapper = CodePointMapper(article.text)
    let m = article.metadata
    func optional(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    var blocks: [JSONValue] = []
    for block in article.blocks {
      var o = JSONObject([
        ("role", .string(block.role.rawValue)),
        ("start", .integer(mapper.codePointOffset(block.span.start))),
        ("end", .integer(mapper.codePointOffset(block.span.end))),
      ])
      if block.role == .paragraph {
        o["heading"] =
          block.heading.map { .string(article.text(of: article.blocks[$0].span)) } ?? .null
      }
      blocks.append(.object(o))
    }
    var sentences: [JSONValue] = []
    for s in article.sentences {
      sentences.append(
        .object(
          JSONObject([
            ("start", .integer(mapper.codePointOffset(s.span.start))),
            ("end", .integer(mapper.codePointOffset(s.span.end))),
          ])))
    }
    // Analysis layers give byte spans; convert every start/end-like key they carry.
    func convert(_ values: [JSONValue]) -> [JSONValue] {
      values.map { value in
        guard case .object(var o) = value else { return value }
        for key in ["start", "end", "speaker_start", "speaker_end"] {
          if case .integer(let b)? = o[key] { o[key] = .integer(mapper.codePointOffset(b)) }
        }
        return .object(o)
      }
    }
    let record = JSONObject([
      ("id", .string(article.id)),
      ("path", optional(m.path)),
      ("format", .string(m.format)),
      ("title", optional(m.title)),
      ("standfirst", optional(m.standfirst)),
      ("byline", optional(m.byline)),
      ("date", optional(m.date)),
      ("source", optional(m.source)),
      ("section", optional(m.section)),
      ("url", optional(m.url)),
      ("meta", .object(m.meta)),
      ("text", .string(article.text)),
      ("blocks", .array(blocks)),
      ("sentences", .array(sentences)),
      ("entities", .array(convert(layers.entities(article)))),
      ("quotes", .array(convert(layers.quotes(article)))),
      ("places", .array(convert(layers.places(article)))),
      ("sentiment", layers.sentiment(article)),
    ])
    return .object(record)
  }

  /// JSON Lines: one record per line.
  public func jsonLines(_ articles: [Article]) -> [UInt8] {
    collect { jsonLines(articles, to: $0) }
  }

  /// One JSON array of records, indented.
  public func jsonArray(_ articles: [Article]) -> [UInt8] {
    collect { jsonArray(articles, to: $0) }
  }

  /// JSON Lines, handed to `emit` a batch of records at a time, so that the output is never
  /// held whole (issue 12: 1.9 GB for a 90 MB corpus). Stops when `emit` returns false.
  /// With `releasingTokens`, each article lets go of its tokens once its record is written.
  public func jsonLines(
    _ articles: [Article], releasingTokens: Bool = false, to emit: ([UInt8]) -> Bool
  ) {
    forEachBatch(articles, releasingTokens: releasingTokens) { batch in
      let lines = ConcurrentMap.map(batch) { article -> [UInt8] in
        var w = JSONWriter()
        w.write(self.record(article))
        w.output.append(0x0A)
        return w.output
      }
      return emit(Array(lines.joined()))
    }
  }

  /// The indented JSON array, handed to `emit` a batch of records at a time; the same bytes as
  /// writing the whole array, since each element is written at the array's inner level.
  /// Stops when `emit` returns false. `releasingTokens` is as for `jsonLines`.
  public func jsonArray(
    _ articles: [Article], releasingTokens: Bool = false, to emit: ([UInt8]) -> Bool
  ) {
    guard !articles.isEmpty else {
      _ = emit(Array("[]\n".utf8))
      return
    }
    var first = true
    let completed = forEachBatch(articles, releasingTokens: releasingTokens) { batch in
      let records = ConcurrentMap.map(batch) { article -> [UInt8] in
        var w = JSONWriter(pretty: true)
        w.write(self.record(article), level: 1)
        return w.output
      }
      var chunk: [UInt8] = first ? [UInt8(ascii: "[")] : []
      for record in records {
        if !first { chunk.append(UInt8(ascii: ",")) }
        first = false
        chunk.append(contentsOf: Array("\n  ".utf8))
        chunk.append(contentsOf: record)
      }
      return emit(chunk)
    }
    if completed { _ = emit(Array("\n]\n".utf8)) }
  }

  /// Records per batch: enough for every core to have work, few enough that a batch's output
  /// (some 25 kB a record on polnear-x24, so about 6 MB) stays small beside the corpus.
  private static let batchSize = 256

  /// Runs `body` on the articles a batch at a time, in order, until it returns false; says
  /// whether every batch was handed over.
  @discardableResult
  private func forEachBatch(
    _ articles: [Article], releasingTokens: Bool, _ body: ([Article]) -> Bool
  ) -> Bool {
    var start = 0
    while start < articles.count {
      let batch = Array(articles[start..<min(start + Self.batchSize, articles.count)])
      guard body(batch) else { return false }
      if releasingTokens { for article in batch { article.releaseTokenLayer() } }
      start += Self.batchSize
    }
    return true
  }

  private func collect(_ produce: (([UInt8]) -> Bool) -> Void) -> [UInt8] {
    var output: [UInt8] = []
    produce { chunk in
      output.append(contentsOf: chunk)
      return true
    }
    return output
  }
}

extension ArticleExporter.Layers {
  /// Entities as DESIGN.md §6 writes them (byte spans; the exporter converts), found with
  /// `placeNames`, without corpus-wide ids (`entity` is null).
  public static func entities(placeNames: any PlaceNameLexicon)
    -> @Sendable (Article)
    -> [JSONValue]
  {
    { article in entities(article.entities(places: placeNames), resolvedBy: nil) }
  }

  /// Entities with the id of the corpus-wide entity each mention names.
  public static func entities(resolvedBy corpus: CorpusEntities)
    -> @Sendable (Article)
    -> [JSONValue]
  {
    { article in entities(article.entities(places: corpus.places), resolvedBy: corpus) }
  }

  private static func entities(_ entities: [Entity], resolvedBy corpus: CorpusEntities?)
    -> [JSONValue]
  {
    entities.map { e in
      .object(
        JSONObject([
          ("text", .string(e.text)), ("kind", .string(e.kind.rawValue)),
          ("start", .integer(e.span.start)), ("end", .integer(e.span.end)),
          ("canonical", .string(e.canonical)),
          ("entity", corpus?.entity(of: e).map { .string($0.id) } ?? .null),
        ]))
    }
  }

  /// Quotes as DESIGN.md §6 writes them (byte spans; the exporter converts), with speakers
  /// found with `placeNames`, without corpus-wide ids (`entity` is null).
  public static func quotes(placeNames: any PlaceNameLexicon)
    -> @Sendable (Article)
    -> [JSONValue]
  {
    { article in quotes(article.quotes(places: placeNames), resolvedBy: nil) }
  }

  /// Quotes with the id of the corpus-wide entity each speaker names.
  public static func quotes(resolvedBy corpus: CorpusEntities)
    -> @Sendable (Article)
    -> [JSONValue]
  {
    { article in quotes(article.quotes(places: corpus.places), resolvedBy: corpus) }
  }

  private static func quotes(_ quotes: [Quote], resolvedBy corpus: CorpusEntities?)
    -> [JSONValue]
  {
    quotes.map { q in
      .object(
        JSONObject([
          ("text", .string(q.text)), ("kind", .string(q.kind.rawValue)),
          ("start", .integer(q.span.start)), ("end", .integer(q.span.end)),
          ("source", q.source.map { .string($0) } ?? .null),
          ("speaker_start", q.speakerSpan.map { .integer($0.start) } ?? .null),
          ("speaker_end", q.speakerSpan.map { .integer($0.end) } ?? .null),
          ("speaker", q.speaker.map { .string($0) } ?? .null),
          ("entity", corpus?.entity(of: q).map { .string($0.id) } ?? .null),
          ("cue", q.cue.map { .string($0) } ?? .null),
          ("confidence", .number(q.confidence)),
        ]))
    }
  }
}
