/// One article's tokens with what every analysis reads, computed once and cached: shape and
/// case, one folded-word hash, possessive and hyphen parts, quotation, sentence and block
/// starts, and whether each block is set in headline case.
///
/// The arrays run parallel to `tokens` (Core's `Tokenizer`): a token costs its 6 packed bytes
/// plus 4 of flags and 8 of hash. Hyphen parts are kept aside, for the few words that have
/// them. Analyses read this instead of the text, so a rule (headline, possessive, quotation,
/// hash) is decided here once.
///
/// Public only so that `stemEnd` can be `@inlinable`: the analyses in other modules ask it of
/// every word, where as a call (a `package` function is never inlined into another module; see
/// `TokenFlags`) it was one of the last calls of their token loops.
public struct TokenLayer: Sendable {
  /// The article's tokens (shared with `Article.tokens`).
  @usableFromInline package let tokens: [Token]
  /// The article's sentences (shared with `Article.sentences`).
  package let sentences: [Sentence]
  /// Per token: shape, possessive ending and facts.
  @usableFromInline package let flags: [TokenFlags]
  /// Per token: the `WordHash` of the token without its possessive ending (for every kind).
  package let keys: [UInt64]
  /// The hyphen parts of the words flagged `hyphenated`, in token order.
  package let parts: [TokenPart]
  /// Per block of the article: whether it is set in headline case (`HeadlineCase`), so its
  /// capitals say nothing about names.
  package let headline: [Bool]

  /// The number of tokens.
  package var count: Int { tokens.count }

  /// The shape of token `t`.
  @inline(__always) package func shape(_ t: Int) -> TokenShape { flags[t].shape }

  /// The end of token `t` without its possessive ending.
  @inlinable public func stemEnd(_ t: Int) -> Int {
    tokens[t].end - flags[t].possessiveLength
  }

  /// The hyphen parts of token `t` (empty unless it is flagged `hyphenated`).
  package func parts(of t: Int) -> ArraySlice<TokenPart> {
    guard flags[t].contains(.hyphenated) else { return [] }
    var low = 0
    var high = parts.count
    while low < high {
      let mid = (low + high) / 2
      if Int(parts[mid].token) < t { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < parts.count, Int(parts[end].token) == t { end += 1 }
    return parts[low..<end]
  }

  /// Whether block `b` is set in headline case.
  package func isHeadline(block b: Int) -> Bool { b >= 0 && b < headline.count && headline[b] }
}

extension Article {
  /// The article's token layer, computed on first use and kept until every analysis that reads
  /// it has its result (`tokenLayerReaders`); a reader after that builds it again.
  package var tokenLayer: TokenLayer {
    cached("tokenLayer") { article in
      var text = article.text
      return text.withUTF8 { bytes in
        TokenLayer(
          bytes: bytes, tokens: article.tokens, sentences: article.sentences,
          blocks: article.blocks)
      }
    }
  }
}

extension TokenLayer {
  /// The layer of free text that is no article (a claim, a sentence given from Lua), read as
  /// one block of `role` by Core's tokenizer and sentence splitter, so free text and articles
  /// are read by the same rules.
  package init(text: String, role: BlockRole = .paragraph) {
    var text = text
    self = text.withUTF8 { TokenLayer(utf8: $0, role: role) }
  }

  /// The layer of free text given as UTF-8 bytes (a Lua string read in place), as
  /// `init(text:role:)` reads it.
  package init(utf8 bytes: UnsafeBufferPointer<UInt8>, role: BlockRole = .paragraph) {
    let blocks = [Block(role: role, span: Span(start: 0, end: bytes.count))]
    let layers =
      bytes.baseAddress.map {
        TextAnalyzer.analyze(TextBytes(base: $0, count: bytes.count), blocks: blocks)
      } ?? Article.TextLayers(tokens: [], sentences: [])
    self.init(bytes: bytes, tokens: layers.tokens, sentences: layers.sentences, blocks: blocks)
  }
}

extension Article {
  /// The cached analyses that read the token layer, by the start of their cache key: the
  /// entities and quotes (Core), places, sentence tones and stances (LedeAnalysis). Once each
  /// has its result, the layer has no reader left. It costs 12 bytes a token (2.4 times the
  /// text of news), as much as everything else an analysed article keeps, so it is dropped
  /// then; a later reader (a claim's stance) builds it again, with the same result.
  static let tokenLayerReaders = [
    "entities ", "quotes ", "places", "sentenceSentiments", "stances",
  ]

  /// Drops the token layer from `cache` when `name`, just stored, was the last of its readers,
  /// and says whether it did: the article's tokens go with it.
  static func dropTokenLayerIfRead(_ cache: inout [String: any Sendable], after name: String)
    -> Bool
  {
    guard cache["tokenLayer"] != nil, tokenLayerReaders.contains(where: { name.hasPrefix($0) })
    else { return false }
    for reader in tokenLayerReaders where !cache.keys.contains(where: { $0.hasPrefix(reader) }) {
      return false
    }
    cache["tokenLayer"] = nil
    return true
  }
}
