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
/// A corpus holds a quote for every 200 bytes of news and a third of its text again in their
/// words, so a quote found in an article keeps the article's text (shared storage, no copy)
/// and reads its words at `span`; the spans are packed in 32-bit offsets. 96 bytes a quote,
/// where a copied `String` and `Int` spans took 128 and a heap block for the words.
public struct Quote: Hashable, Sendable {
  /// The article's text when `sharesText`, else the quote's words themselves.
  private var base: String
  private var start: UInt32
  private var end: UInt32
  /// The speaker span's offsets; `UInt32.max` for none.
  private var speakerStart: UInt32
  private var speakerEnd: UInt32
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
  public var kind: QuoteKind
  /// The kind of entity `speaker` names (nil with `speaker`): with the name, the key of the
  /// corpus-wide entity, which `CorpusEntities.entity(of:)` looks up (DESIGN's `entity`).
  public var speakerKind: EntityKind?
  /// Whether `base` is the article's text, the words being its bytes at `span`.
  private var sharesText: Bool

  /// The quoted words: the content between the quotation marks, or the reported clause.
  public var text: String {
    get { sharesText ? String(words) : base }
    set {
      base = newValue
      sharesText = false
    }
  }

  /// Where `text` is, in UTF-8 bytes of the article's text (quotation marks excluded).
  public var span: Span {
    get { Span(start: Int(start), end: Int(end)) }
    set {
      if sharesText { text = text }  // the words stay what they were
      start = Self.offset(newValue.start)
      end = Self.offset(newValue.end)
    }
  }

  /// Where `source` is, in UTF-8 bytes of the article's text.
  public var speakerSpan: Span? {
    get {
      speakerStart == .max ? nil : Span(start: Int(speakerStart), end: Int(speakerEnd))
    }
    set {
      speakerStart = newValue.map { Self.offset($0.start) } ?? .max
      speakerEnd = newValue.map { Self.offset($0.end) } ?? .max
    }
  }

  /// Creates a quote.
  public init(
    text: String, kind: QuoteKind, span: Span, source: String? = nil, speakerSpan: Span? = nil,
    speaker: String? = nil, speakerKind: EntityKind? = nil, cue: String? = nil,
    confidence: Double = 0
  ) {
    base = text
    sharesText = false
    start = Self.offset(span.start)
    end = Self.offset(span.end)
    speakerStart = .max
    speakerEnd = .max
    self.kind = kind
    self.source = source
    self.speaker = speaker
    self.speakerKind = speakerKind
    self.cue = cue
    self.confidence = confidence
    self.speakerSpan = speakerSpan
  }

  /// Creates a quote whose words are the bytes of `articleText` at `span`, read there when
  /// asked for. A span cut inside a character's bytes (no token bound is) gets a decoded copy,
  /// as an empty or out-of-range span gets no words.
  package init(
    articleText: String, kind: QuoteKind, span: Span, source: String?, speakerSpan: Span?,
    speaker: String?, speakerKind: EntityKind?, cue: String?, confidence: Double
  ) {
    self.init(
      text: "", kind: kind, span: span, source: source, speakerSpan: speakerSpan,
      speaker: speaker, speakerKind: speakerKind, cue: cue, confidence: confidence)
    let utf8 = articleText.utf8
    guard span.start < span.end, span.end <= utf8.count else { return }
    let from = utf8.index(utf8.startIndex, offsetBy: span.start)
    let to = utf8.index(from, offsetBy: span.count)
    if utf8[from] & 0xC0 != 0x80, to == utf8.endIndex || utf8[to] & 0xC0 != 0x80 {
      base = articleText
      sharesText = true
    } else {
      base = String(decoding: utf8[from..<to], as: UTF8.self)
    }
  }

  /// The quoted words without a copy.
  private var words: Substring {
    guard sharesText else { return Substring(base) }
    let utf8 = base.utf8
    let count = utf8.count
    let from = utf8.index(utf8.startIndex, offsetBy: min(Int(start), count))
    let to = utf8.index(utf8.startIndex, offsetBy: min(max(Int(start), Int(end)), count))
    return Substring(utf8[from..<to])
  }

  /// An offset as stored: spans are 32-bit, as in `Token` and `Sentence`.
  private static func offset(_ value: Int) -> UInt32 {
    precondition(value >= 0 && value < UInt32.max, "quote offsets are 32-bit")
    return UInt32(truncatingIfNeeded: value)
  }

  public static func == (a: Quote, b: Quote) -> Bool {
    a.start == b.start && a.end == b.end && a.speakerStart == b.speakerStart
      && a.speakerEnd == b.speakerEnd && a.kind == b.kind && a.speakerKind == b.speakerKind
      && a.confidence == b.confidence && a.source == b.source && a.speaker == b.speaker
      && a.cue == b.cue && a.words == b.words
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(words)
    hasher.combine(span)
    hasher.combine(source)
    hasher.combine(speakerSpan)
    hasher.combine(speaker)
    hasher.combine(speakerKind)
    hasher.combine(cue)
    hasher.combine(confidence)
    hasher.combine(kind)
  }
}
