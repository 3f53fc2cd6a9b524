import LedeCore
import Testing

@testable import LedeAnalysis

/// What an analysed article keeps: the tokens go once every analysis that reads them is done,
/// and reading them later gives the same tokens and sentences.
@Suite struct ArticleMemoryTests {
  static let text = """
    Mayor criticises port plan
    The harbour board wants a second terminal.
    Mayor Ana Ruiz criticised the harbour board on Tuesday. “The plan ignores the people of \
    Portsmouth,” she said.
    Board chair Tom Reed said the terminal would bring jobs to Hampshire.
    """

  @Test func tokensGoAfterTheLastReaderAndComeBackTheSame() throws {
    let a = try #require(StanceTestSupport.article(Self.text))
    let tokens = a.tokens
    let sentences = a.sentences
    _ = a.entities
    _ = a.quotes
    _ = a.places
    _ = a.sentiment
    #expect(a.holdsTokens)
    _ = a.stances
    #expect(!a.holdsTokens)
    #expect(a.sentences == sentences)
    #expect(a.tokens == tokens)
    #expect(a.holdsTokens)
    #expect(a.sentences == sentences)
  }
}
