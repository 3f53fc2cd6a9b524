import LedeAnalysis
import Testing

@testable import LedeCore

/// The speaker named after a quotation's cue on real news (issue 13), one pattern per short
/// article written for the test.
@Suite struct QuoteSpeakerAfterTests: QuoteArticleTests {
  @Test func aPossessiveBeforeANameModifiesTheName() throws {
    let (a, q) = try quotes(in: [
      "Mayor Tom Reyes defended the harbour works again on Monday.",
      "“Nobody has ever asked a city to pay for this twice,” said Reyes’s senior adviser Nadia "
        + "Okonkwo.",
    ])
    let found = try first(q, "Nobody has ever")
    #expect(found.speaker == "Nadia Okonkwo", "not Tom Reyes, whose adviser she is")
    #expect(a.text(of: try #require(found.speakerSpan)) == "Nadia Okonkwo")
  }

  @Test func aPossessiveThatOpensTheReportedClauseIsNoSpeaker() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo spoke after the vote.",
      "“It was a long night,” she said. “We will be back,” she added, and said Reyes’s plan "
        + "would fail.",
    ])
    let found = try first(q, "We will be back")
    #expect(found.speaker == "Ruth Adebayo")
  }
}
