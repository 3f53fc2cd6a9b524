import LedeCore

/// Finds actor → target stances in an article with the rules of a stance lexicon.
///
/// Each cue the lexicon knows ("condemned", "expressed concern over", "accepted an
/// invitation") is read with its clause: the source is the clause's subject (or the agent of a
/// passive, or the speaker of the quote that holds the cue), the target the phrase the cue
/// governs; negation turns cooperation into opposition and weakens conflict, boosters and
/// hedges scale the intensity, and reciprocal targets ("one another") give one record each way.
public struct StanceExtractor: Sendable {
  /// The cues the extractor reads.
  public let lexicon: StanceLexicon

  /// An extractor over `lexicon`.
  public init(lexicon: StanceLexicon) {
    self.lexicon = lexicon
  }

  /// The extractor over the bundled lexicon, or the error that kept it from loading.
  public static let bundled: Result<StanceExtractor, DataFileError> = StanceLexicon.bundled.map {
    StanceExtractor(lexicon: $0)
  }

  /// The stances in `article`, in text order.
  public func stances(in article: Article) -> [StanceRecord] {
    var scan = StanceScan(article: article, lexicon: lexicon)
    return scan.run()
  }
}

extension Article {
  /// Actor → target stances found with the bundled lexicon, in text order (computed once).
  public var stances: [StanceRecord] {
    cached("stances") { article in
      guard case .success(let extractor) = StanceExtractor.bundled else { return [] }
      return extractor.stances(in: article).exactCapacity()
    }
  }
}
