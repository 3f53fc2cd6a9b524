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
}
