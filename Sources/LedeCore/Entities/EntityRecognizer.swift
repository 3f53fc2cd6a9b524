/// Finds people, organisations, places and groups in an article, with rules and name lists
/// rather than a statistical model: fast, explainable and tunable by editing `names/`.
///
/// Capitalised runs of words are split at titles (`Russian Foreign Minister Sergey Lavrov`),
/// classified with the name lists and the place lexicon, and resolved within the article:
/// `Lavrov` and `the Russian foreign minister` get the canonical name `Sergey Lavrov`.
/// Sentence-initial capitals count only for words the lists know or the body capitalises
/// elsewhere; headlines in title case and words in capitals only for names the body confirms.
public struct EntityRecognizer: Sendable {
  let places: any PlaceNameLexicon
  let lexicon: NameLexicon

  /// A recogniser that asks `places` which names are places.
  public init(places: any PlaceNameLexicon) {
    self.places = places
    self.lexicon = .shared
  }

  /// The entity mentions of an article, in text order.
  public func entities(in article: Article) -> [Entity] {
    let scan = ArticleScan(article, lexicon: lexicon)
    return analyze(scan).entities(scan)
  }

  /// The entity mentions inside one sentence of an article.
  public func entities(in sentence: Sentence, of article: Article) -> [Entity] {
    entities(in: article).filter { sentence.span.contains($0.span) }
  }

  /// Finds, classifies and resolves the mentions of a scanned article.
  func analyze(_ scan: ArticleScan) -> EntityAnalysis {
    adoptPlaces(resolve(scan), scan)
  }

  /// The mentions found, classified and resolved, before the place lexicon's decision for the
  /// whole article: the people in it are what that decision reads.
  func resolve(_ scan: ArticleScan) -> EntityAnalysis {
    resolve(parse(scan))
  }

  /// The capitalised runs of a scanned article, read and typed, before coreference.
  func parse(_ scan: ArticleScan) -> RunParser {
    var parser = RunParser(scan: scan, places: places)
    parser.parseAll()
    return parser
  }

  /// Coreference over the runs a parser read.
  func resolve(_ parser: RunParser) -> EntityAnalysis {
    var coreference = Coreference(scan: parser.scan, parser: parser, places: places)
    return coreference.resolve()
  }

  /// The analysis with the place lexicon's decision for the whole article, if it makes one.
  func adoptPlaces(_ analysis: EntityAnalysis, _ scan: ArticleScan) -> EntityAnalysis {
    guard let decision = places.placeDecision(in: scan.article) else { return analysis }
    var analysis = analysis
    analysis.adopt(decision, scan, lexicon: places)
    return analysis
  }
}
