import LedeCore

/// Scores the tone of text: the published VADER method, and a news mode built on it.
///
/// The lexicons load once per process, on first use; the analyzer holds no mutable state, so
/// one instance (`shared`) serves every thread.
public final class SentimentAnalyzer: Sendable {
  /// The analyzer every caller can share.
  public static let shared = SentimentAnalyzer()

  /// An analyzer over the bundled data (which loads once per process, however many exist).
  public init() {}

  /// Throws when the bundled data cannot be loaded (`AnalysisData.require(.sentiment)`).
  public func validate() throws(DataFileError) {
    if case .failure(let error) = SentimentResources.shared { throw error }
  }

  /// The tone of `text`.
  ///
  /// - Parameters:
  ///   - mode: `.news` (the default) or `.vader`, the reference method.
  ///   - masks: byte ranges of `text.utf8` to score as neutral words (entity mentions); news
  ///     mode only, since VADER has no such notion.
  public func score(_ text: String, mode: SentimentMode = .news, masks: [Range<Int>] = [])
    -> SentimentScores
  {
    guard case .success(let resources) = SentimentResources.shared else { return .empty }
    return SentimentAnalyzer.withBytes(text) { bytes in
      switch mode {
      case .vader: VaderScorer(resources: resources).score(bytes)
      case .news:
        LayerText.reading(bytes) { NewsScorer(resources: resources).score($0, masks: masks) }
      }
    }
  }

  /// The tone of text given as UTF-8 bytes that `UTF8Decoder.firstMalformed` finds valid (so
  /// they read as the `String` would): the Lua bridge scores a Lua string's bytes in place,
  /// without copying them into a `String` per call.
  package func score(validUTF8 bytes: UnsafeBufferPointer<UInt8>, mode: SentimentMode)
    -> SentimentScores
  {
    guard let resources = SentimentResources.loaded else { return .empty }
    switch mode {
    case .vader: return VaderScorer(resources: resources).score(bytes)
    case .news:
      return LayerText.reading(bytes) { NewsScorer(resources: resources).score($0, masks: []) }
    }
  }

  /// The news-mode tone of `sentence`, read from `layer`, the token layer of the article whose
  /// text is `text`; the bytes at `masks` (offsets into `text`) are scored as neutral words.
  package func score(
    _ text: UnsafeBufferPointer<UInt8>, layer: TokenLayer, sentence: Sentence,
    masks: [Range<Int>]
  ) -> SentimentScores {
    guard let resources = SentimentResources.loaded else { return .empty }
    return NewsScorer(resources: resources).score(
      LayerText(text, layer: layer, sentence: sentence), masks: masks)
  }

  /// The tone of `text` toward `target`, a name it mentions (the first mention is used).
  public func toward(_ text: String, target: String) -> TowardResult {
    guard case .success(let resources) = SentimentResources.shared else { return .neutral }
    return SentimentAnalyzer.withBytes(text) { bytes in
      TowardScorer(resources: resources).toward(bytes, target: Array(target.utf8))
    }
  }

  /// The tone of `text` toward the mention at `target`, a byte range of `text.utf8`.
  public func toward(_ text: String, target: Range<Int>) -> TowardResult {
    guard case .success(let resources) = SentimentResources.shared else { return .neutral }
    return SentimentAnalyzer.withBytes(text) { bytes in
      LayerText.reading(bytes) { TowardScorer(resources: resources).toward($0, span: target) }
    }
  }

  /// The tone of an article's `sentence` toward the mention at `target` (offsets into `text`),
  /// read from `layer`, the article's token layer.
  package func toward(
    _ text: UnsafeBufferPointer<UInt8>, layer: TokenLayer, sentence: Sentence,
    target: Range<Int>
  ) -> TowardResult {
    guard let resources = SentimentResources.loaded else { return .neutral }
    return TowardScorer(resources: resources).toward(
      LayerText(text, layer: layer, sentence: sentence), span: target)
  }

  /// Runs `body` over the UTF-8 bytes of `text`, without copying a native string.
  static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer(body)
  }
}
