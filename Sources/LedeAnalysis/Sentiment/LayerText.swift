import LedeCore

/// A stretch of text as Core's token layer read it: what news mode and `toward` score.
///
/// For an article's sentence, the article's layer (computed once for every analysis) and the
/// sentence's tokens; for free text (a sentence given from Lua, a bench row), the layer of that
/// text alone, read once by the same tokenizer and sentence splitter. Byte offsets (tokens,
/// masks, targets) are offsets into `text`, the whole text the layer was built from.
struct LayerText {
  /// The UTF-8 bytes the layer was built from.
  let text: UnsafeBufferPointer<UInt8>
  let layer: TokenLayer
  /// The layer's tokens to score.
  let tokens: Range<Int>
  /// Whether the stretch is set in headline case; nil for free text, whose own words decide
  /// (`NameMasker.isHeadline`), as a sentence scored on its own may be a headline.
  let headline: Bool?

  /// One sentence of an article whose layer is `layer`.
  init(_ text: UnsafeBufferPointer<UInt8>, layer: TokenLayer, sentence: Sentence) {
    self.text = text
    self.layer = layer
    tokens = sentence.tokens.clamped(to: 0..<layer.count)
    headline = layer.isHeadline(block: sentence.block)
  }

  /// Runs `body` over free text read as one paragraph.
  static func reading<R>(_ text: UnsafeBufferPointer<UInt8>, _ body: (LayerText) -> R) -> R {
    let layer = TokenLayer(utf8: text)
    return body(LayerText(text: text, layer: layer, tokens: 0..<layer.count, headline: nil))
  }

  private init(
    text: UnsafeBufferPointer<UInt8>, layer: TokenLayer, tokens: Range<Int>, headline: Bool?
  ) {
    self.text = text
    self.layer = layer
    self.tokens = tokens
    self.headline = headline
  }
}
