/// Finds direct, partial and indirect quotations in an article and attributes them to
/// speakers, with rules over tokens, the entity mentions and the cue lexicon
/// (`names/cue_verbs.txt`).
///
/// Direct quotations are paired quotation marks whose content stands as a sentence of its
/// own; the speaker is found after the quote (`“…,” X said`, `“…,” said X`), before it
/// (`X said: “…”`), through a pronoun or role phrase (`he added`, `the Russian president
/// said`), or carried over from the quote before. Partial quotations are quoted phrases
/// inside the author's sentence; indirect speech is a cue followed by a reported clause.
public struct QuoteExtractor: Sendable {
  let recognizer: EntityRecognizer

  /// An extractor that finds speakers with `recognizer`.
  public init(recognizer: EntityRecognizer) {
    self.recognizer = recognizer
  }

  /// The quotations of an article, in text order.
  public func quotes(in article: Article) -> [Quote] {
    let scan = ArticleScan(article)
    return quotes(scan, recognizer.analyze(scan))
  }

  /// The quotations and the entity mentions of an article, sharing one pass over its tokens.
  public func quotesAndEntities(in article: Article) -> (quotes: [Quote], entities: [Entity]) {
    let scan = ArticleScan(article)
    let analysis = recognizer.analyze(scan)
    return (quotes(scan, analysis), analysis.entities(scan))
  }

  func quotes(_ scan: ArticleScan, _ analysis: EntityAnalysis) -> [Quote] {
    var attribution = Attribution(scan: scan, analysis: analysis)
    return attribution.run()
  }

  /// The quotations, and whom the pronouns refer to as the quotes' speakers leave them.
  func quotesAndPronouns(_ scan: ArticleScan, _ analysis: EntityAnalysis) -> (
    quotes: [Quote], pronouns: PronounReferents
  ) {
    var attribution = Attribution(scan: scan, analysis: analysis)
    let quotes = attribution.run()
    return (quotes, attribution.pronounReferents())
  }

  /// The quotations of an article by the cue list alone, and every word the list lacks that
  /// would report a quote as a cue, with its features: what `lede-bench quote-cues` trains
  /// `CueModel` on.
  package func cueCandidates(in article: Article) -> (quotes: [Quote], candidates: [CueCandidate]) {
    let scan = ArticleScan(article)
    var attribution = Attribution(scan: scan, analysis: recognizer.analyze(scan))
    attribution.learnedCues = nil
    attribution.candidates = []
    let quotes = attribution.run()
    return (quotes, attribution.candidates ?? [])
  }
}
