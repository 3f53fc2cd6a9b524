/// How a quotation reports speech.
public enum QuoteKind: String, Sendable, CaseIterable, CustomStringConvertible {
  /// Words quoted in full, in quotation marks, and attributed: `“…,” Burmistrov said`.
  case direct
  /// A short quoted phrase inside the author's own sentence: `called it a “crime”`.
  case partial
  /// Reported speech without quotation marks: `Putin claimed that sanctions had failed`.
  case indirect

  public var description: String { rawValue }
}

/// One quotation in an article and who it is attributed to (DESIGN §2, version 2).
///
/// The quoted words are kept as a slice of the article's text, which they share, not as a copy:
/// a corpus holds a third of its text again in quotes. The stored fields are ordered so that the
/// one-byte ones pack after the optional span (128 bytes a quote, as with a copied `String`).
public struct Quote: Hashable, Sendable {
  /// The quoted words: a slice of the article's text, or of the string the quote was made with.
  private var words: Substring
  /// Where `text` is, in UTF-8 bytes of the article's text (quotation marks excluded).
  public var span: Span
  /// The words that name the speaker where the quote stands (`he`, `the Russian president`,
  /// `a Downing Street spokesman`, `Russia’s state news agency`); nil when the quote stands
  /// without them (a paragraph that continues a quotation, a quote with no attribution).
  public var source: String?
  /// The canonical name `source` resolves to (as in `Entity.canonical`): `he` → `Oleg
  /// Burmistrov`; nil when the source names no entity (`a Downing Street spokesman`).
  public var speaker: String?
  /// The verb or phrase that attributes the quote (`said`, `told`, `according to`).
  public var cue: String?
  /// How likely the attribution is right, from 0 to 1: the share of right sources that the
  /// rule which attributed it gives on annotated news (see `AttributionRule`).
  public var confidence: Double
  /// Where `source` is, in UTF-8 bytes of the article's text.
  public var speakerSpan: Span?
  public var kind: QuoteKind
  /// The kind of entity `speaker` names (nil with `speaker`): with the name, the key of the
  /// corpus-wide entity, which `CorpusEntities.entity(of:)` looks up (DESIGN's `entity`).
  public var speakerKind: EntityKind?

  /// The quoted words: the content between the quotation marks, or the reported clause.
  public var text: String {
    get { String(words) }
    set { words = Substring(newValue) }
  }

  /// Creates a quote.
  public init(
    text: String, kind: QuoteKind, span: Span, source: String? = nil, speakerSpan: Span? = nil,
    speaker: String? = nil, speakerKind: EntityKind? = nil, cue: String? = nil,
    confidence: Double = 0
  ) {
    self.init(
      words: Substring(text), kind: kind, span: span, source: source, speakerSpan: speakerSpan,
      speaker: speaker, speakerKind: speakerKind, cue: cue, confidence: confidence)
  }

  /// Creates a quote whose words are `words`, a slice of the article's text kept as it is.
  package init(
    words: Substring, kind: QuoteKind, span: Span, source: String?, speakerSpan: Span?,
    speaker: String?, speakerKind: EntityKind?, cue: String?, confidence: Double
  ) {
    self.words = words
    self.kind = kind
    self.span = span
    self.source = source
    self.speakerSpan = speakerSpan
    self.speaker = speaker
    self.speakerKind = speakerKind
    self.cue = cue
    self.confidence = confidence
  }
}
