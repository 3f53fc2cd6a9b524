import Testing

@testable import LedeCore

/// What a reader of one sentence weighs as quoted: the layer's quotation, decided over the
/// paragraph (an article) or over the text alone (free text).
@Suite struct QuotedRangesTests {
  /// The quoted stretches of free text, as news mode reads a sentence given on its own.
  private func quoted(_ text: String) -> [String] {
    quoted(text, TokenLayer(text: text).quotedRanges(in: Span(start: 0, end: text.utf8.count)))
  }

  private func quoted(_ text: String, _ ranges: [Range<Int>]) -> [String] {
    let bytes = Array(text.utf8)
    return ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  @Test func aSentenceOfAnArticleReadsItsParagraphsQuotation() throws {
    let text =
      "Budget row\n\n“The plan is a disaster. It will fail,” the minister said. Aides disagreed."
    let a = try #require(PlainTextReader.parse(text, path: nil))
    let layer = a.tokenLayer
    // The second sentence opens inside a quotation the first one opened.
    let second = try #require(a.sentences.first { a.text(of: $0.span).hasPrefix("It will") })
    let found = quoted(a.text(of: second.span), layer.quotedRanges(in: second.span))
    #expect(found == ["It will fail,"])
    let last = try #require(a.sentences.last)
    #expect(layer.quotedRanges(in: last.span).isEmpty)
  }

  @Test func freeTextIsReadAsOneParagraph() {
    let text = "He called the deal \"a mess\" and ‘a farce’ on Monday."
    // Single marks pair where no double quotation is open (British style).
    #expect(quoted(text) == ["a mess", "a farce"])
    let curly = "Critics said the vote was “rigged from the start” again."
    #expect(quoted(curly) == ["rigged from the start"])
  }

  @Test func apostrophesAloneOpenNoQuotation() {
    #expect(quoted("It's the farmers' land and Russia’s war.").isEmpty)
  }
}
