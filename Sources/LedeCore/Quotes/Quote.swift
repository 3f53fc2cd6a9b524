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

/// One quotation in an article and who it is attributed to.
public struct Quote: Hashable, Sendable {
  /// The quoted words: the content between the quotation marks, or the reported clause.
  public var text: String
  public var kind: QuoteKind
  /// Where `text` is, in UTF-8 bytes of the article's text (quotation marks excluded).
  public var span: Span
  /// The speaker's canonical name (as in `Entity.canonical`), when one was found.
  public var speaker: String?
  /// The words in the text that name the speaker (`he`, `the Russian president`, `Putin`).
  public var speakerSpan: Span?
  /// The verb or phrase that attributes the quote (`said`, `told`, `according to`).
  public var cue: String?

  /// Creates a quote.
  public init(
    text: String, kind: QuoteKind, span: Span, speaker: String? = nil, speakerSpan: Span? = nil,
    cue: String? = nil
  ) {
    self.text = text
    self.kind = kind
    self.span = span
    self.speaker = speaker
    self.speakerSpan = speakerSpan
    self.cue = cue
  }
}
