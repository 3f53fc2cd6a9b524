import Testing

@testable import LedeCore

/// The model values packed for memory read back what they were given.
@Suite struct PackedModelTests {
  static let text = "Ana Ruiz said “the port plan ignores Portsmouth — and Southsea” on Tuesday."

  /// The span of `part` in `text`, in UTF-8 bytes.
  static func span(of part: String) -> Span {
    let utf8 = Array(text.utf8)
    let needle = Array(part.utf8)
    let start =
      (0...(utf8.count - needle.count)).first { utf8[$0..<$0 + needle.count].elementsEqual(needle) }
      ?? 0
    return Span(start: start, end: start + needle.count)
  }

  @Test func aQuoteSharingTheArticleTextReadsItsWords() {
    let words = "the port plan ignores Portsmouth — and Southsea"
    let shared = Quote(
      articleText: Self.text, kind: .direct, span: Self.span(of: words), source: "Ana Ruiz",
      speakerSpan: Self.span(of: "Ana Ruiz"), speaker: "Ana Ruiz", speakerKind: .person,
      cue: "said", confidence: 0.9)
    let copied = Quote(
      text: words, kind: .direct, span: Self.span(of: words), source: "Ana Ruiz",
      speakerSpan: Self.span(of: "Ana Ruiz"), speaker: "Ana Ruiz", speakerKind: .person,
      cue: "said", confidence: 0.9)
    #expect(shared.text == words)
    #expect(shared == copied)
    #expect(Set([shared, copied]).count == 1)
    #expect(shared.speakerSpan == Self.span(of: "Ana Ruiz"))
    var moved = shared
    moved.span = Span(start: 0, end: 3)
    #expect(moved.text == words)  // the words stay; only the span moves
    #expect(moved.span == Span(start: 0, end: 3))
    var unattributed = shared
    unattributed.speakerSpan = nil
    #expect(unattributed.speakerSpan == nil)
  }

  @Test func aQuoteSpanInsideACharacterGetsTheDecodedBytes() {
    let dash = Self.span(of: "—")
    let cut = Quote(
      articleText: Self.text, kind: .partial, span: Span(start: dash.start + 1, end: dash.end),
      source: nil, speakerSpan: nil, speaker: nil, speakerKind: nil, cue: nil, confidence: 0)
    let bytes = Array(Self.text.utf8)[(dash.start + 1)..<dash.end]
    #expect(cut.text == String(decoding: bytes, as: UTF8.self))
    let empty = Quote(
      articleText: Self.text, kind: .partial, span: Span(start: 4, end: 4), source: nil,
      speakerSpan: nil, speaker: nil, speakerKind: nil, cue: nil, confidence: 0)
    #expect(empty.text == "")
  }

  @Test func anEntityKeepsItsSpanAndKind() {
    for kind in EntityKind.allCases {
      var e = Entity(
        text: "Portsmouth", kind: kind, span: Span(start: 70_000, end: 70_010),
        canonical: "Portsmouth")
      #expect(e.kind == kind)
      #expect(e.span == Span(start: 70_000, end: 70_010))
      e.span = Span(start: 3, end: 3 + (1 << 24) - 1)
      #expect(e.kind == kind)
      #expect(e.span.count == (1 << 24) - 1)
    }
  }
}
