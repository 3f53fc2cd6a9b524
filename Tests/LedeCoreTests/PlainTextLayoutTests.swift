import LedeAnalysis
import Testing

@testable import LedeCore

/// Layouts of plain-text articles that the seed does not show.
@Suite struct PlainTextLayoutTests {
  private func roles(_ text: String) throws -> [BlockRole] {
    try #require(PlainTextReader.parse(text, path: nil)).blocks.map(\.role)
  }

  @Test func aLoneSentenceIsTheBodyNotATitle() throws {
    let article = try #require(PlainTextReader.parse("He flew to Denver on Monday.\n", path: nil))
    #expect(article.blocks.map(\.role) == [.paragraph])
    #expect(article.metadata.title == nil)
  }

  @Test func aLoneQuotedSentenceIsTheBody() throws {
    #expect(try roles("“We will win,” she said.\n") == [.paragraph])
  }

  @Test func aLoneHeadlineStaysATitle() throws {
    let article = try #require(PlainTextReader.parse("Lavrov visits Pyongyang\n", path: nil))
    #expect(article.blocks.map(\.role) == [.title])
    #expect(article.metadata.title == "Lavrov visits Pyongyang")
  }

  @Test func aHeadlineEndingASentenceStaysATitleWhenABodyFollows() throws {
    #expect(
      try roles("Markets fell again.\n\nShares dropped on Monday.\n") == [.title, .paragraph])
  }

  /// The paragraphs' texts, for the hard-wrapped layouts below.
  private func paragraphs(_ text: String) throws -> [String] {
    let article = try #require(PlainTextReader.parse(text, path: nil))
    let bytes = Array(text.utf8)
    return article.blocks.filter { $0.role == .paragraph }.map {
      String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self)
    }
  }

  // A story scraped with its lines wrapped at 60 columns, indented, no blank lines: a paragraph
  // ends where a line closes a sentence with room left for the next word.
  let wrapped = """
    Quarrow Harbour to close for repairs
        The harbour board said on Tuesday that the north quay would
        close in March for six weeks of repairs to its sea wall.
        "We have patched it for years and it cannot wait any more,"
        said Ines Marlow, who chairs the board.
        Fishing boats will use the south quay while the work goes on.
    """

  @Test func aHardWrappedBodyBreaksWhereALineLeftRoomForTheNextWord() throws {
    let article = try #require(PlainTextReader.parse(wrapped, path: nil))
    #expect(article.metadata.title == "Quarrow Harbour to close for repairs")
    #expect(
      try paragraphs(wrapped) == [
        "The harbour board said on Tuesday that the north quay would\n    close in March for six weeks of repairs to its sea wall.",
        "\"We have patched it for years and it cannot wait any more,\"\n    said Ines Marlow, who chairs the board.",
        "Fishing boats will use the south quay while the work goes on.",
      ])
  }

  @Test func aSentenceEndingAtTheWrapWidthStaysInItsParagraph() throws {
    // "repairs." closes a sentence, but "The" would not have fitted after it: a wrapper's break.
    let text = """
      Harbour works

      The board voted to close the north quay for six weeks of repairs.
      The vote was close, and the harbour master said he had doubts about
      the timing. Boats will use the south quay.
      """
    #expect(try paragraphs(text).count == 1)
  }

  @Test func aFileThatOpensWithAWrappedLineHasNoHeadline() throws {
    let text = """
      QUARROW The harbour board on Tuesday voted to close the north quay of
          the harbour in March, for six weeks of repairs to its sea wall.
          Boats will use the south quay.
          The board meets again in April to hear from the fishing fleet.
      """
    let article = try #require(PlainTextReader.parse(text, path: nil))
    #expect(article.metadata.title == nil)
    #expect(article.blocks.map(\.role) == [.paragraph, .paragraph, .paragraph])
    // The first line was cut at another width than the rest (a dateline's agency removed, say):
    // the lower-case line under it still says it goes on.
    let cut = """
      QUARROW The harbour board on Tuesday voted to close the
          north quay of the harbour in March.
          Boats will use the south quay.
          The board meets again in April to hear from the fishing fleet and the ferry.
      """
    #expect(try roles(cut) == [.paragraph, .paragraph, .paragraph])
    // A sentence-case headline over a wrapped body stays the headline.
    let headed = """
      Harbour board votes to shut north quay
          The harbour board on Tuesday voted to close the north quay of the
          harbour in March. Boats will use the south quay.
          The board meets again in April to hear from the fishing fleet.
      """
    #expect(try roles(headed) == [.title, .paragraph, .paragraph])
  }

  @Test func aQuoteThatOpensAWrappedParagraphDoesNotTakeTheNextOne() throws {
    let article = try #require(PlainTextReader.parse(wrapped, path: nil))
    let quotes = QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames()))
      .quotes(in: article)
    let direct = quotes.filter { $0.kind == QuoteKind.direct }
    #expect(direct.count == 1)
    #expect(direct.first?.source == "Ines Marlow")
    #expect(!quotes.contains { $0.kind == QuoteKind.direct && $0.text.contains("Fishing boats") })
  }

  @Test func aNameInLowerCaseOrALongHeadlineKeepsTheHeadline() throws {
    // "iPhone" opens a line of its own; the lines are one paragraph each.
    let brand = """
      Apple shares fall
      iPhone sales slumped by a tenth in the quarter to June.
      The shares fell 4 percent in early trading on Monday.
      eBay sellers in the town said trade was down.
      """
    #expect(try roles(brand) == [.title, .standfirst, .paragraph, .paragraph])
    // A headline wider than the body's wrap width is no wrapped line.
    let long = """
      Quarrow Harbour board votes to shut north quay for six weeks of repairs
          The harbour board said on Tuesday that the north quay would
          close in March for six weeks of repairs to its sea wall.
          Fishing boats will use the south quay while the work goes on.
      """
    #expect(try roles(long) == [.title, .paragraph])
  }

  @Test func aLowerCaseLineInAOneLineAParagraphFileJoinsOnlyAnOpenLine() throws {
    let text = """
      Harbour works delayed
      The board said the delay was regrettable.
      de Groot, who runs the ferry, said trade was down.
      The work will start in May.
      """
    #expect(
      try paragraphs(text) == [
        "de Groot, who runs the ferry, said trade was down.", "The work will start in May.",
      ])
  }
}
