import LedeAnalysis
import Testing

@testable import LedeCore

/// Speakers of direct quotes that the cue beside them does not name (issue 13), one pattern
/// per short article written for the test.
@Suite struct QuoteSpeakerClauseTests: QuoteArticleTests {
  @Test func aPhraseInsideAReportedClauseIsTheFirstSpeakers() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo lost the vote on the harbour plan on Monday.",
      "She said, however, that Tom Reyes hopes “somebody else takes up the cause” in the spring.",
    ])
    let found = try first(q, "somebody else")
    #expect(found.source == "She" && found.speaker == "Ruth Adebayo", "not Tom Reyes")
  }

  @Test func aPossessiveAfterACueIsNoSpeaker() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes met Councillor Ruth Adebayo on Friday.",
      "He praised the plan but described her approach as a “work in progress.”",
    ])
    let found = try first(q, "work in progress")
    #expect(found.source == "He" && found.speaker == "Tom Reyes", "not her")
  }

  @Test func aSurnameTheEntitiesMissedBeforeACueSpeaks() throws {
    let (_, q) = try quotes(in: [
      "The retiring envoy, Sir Peter Westmacott, spoke at a dinner in Washington.",
      "Westmacott also said that Obama shows “great charm” and a fondness for Britain.",
    ])
    let found = try first(q, "great charm")
    #expect(found.source == "Westmacott")
  }

  @Test func aSentenceOpeningWordIsNoBareName() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes presented the harbour budget on Monday.",
      "Students say the plan is “a step backwards” for the town.",
    ])
    let found = try first(q, "a step backwards")
    #expect(found.source != "Students")
  }

  @Test func aSubjectBeforeAnIrregularVerbSpeaksAfterAColon() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes said the council had ignored the harbour workers.",
      "Council leader Ruth Adebayo hit back: “We have been left with no choice.”",
    ])
    let found = try first(q, "We have been left")
    #expect(found.speaker == "Ruth Adebayo", "not Tom Reyes")
  }

  @Test func anUnnamedSubjectSpeaksAfterAComma() throws {
    let (a, q) = try quotes(in: [
      "A boy asked Mayor Tom Reyes who had painted the harbour mural.",
      "Another child responded, “That’s the mayor’s wife.”",
    ])
    let found = try first(q, "That’s the mayor")
    #expect(a.text(of: try #require(found.speakerSpan)) == "Another child")
  }

  @Test func anOpeningMarkAfterAWordClosesTheQuotation() throws {
    let (_, q) = try quotes(in: [
      "“It is unusual,“ said Larry Noble, an attorney with the Campaign Legal Center."
    ])
    let found = try first(q, "It is unusual")
    #expect(found.text == "It is unusual,")
    #expect(found.speaker == "Larry Noble")
  }

  @Test func anAgeAfterACueNamesTheSpeaker() throws {
    let (a, q) = try quotes(in: [
      "Transport Secretary Helen Marsh met Mayor Tom Reyes on Tuesday.",
      "“We want to see the savings passed on,” said the 58-year-old, who took the post in March.",
    ])
    let found = try first(q, "We want to see")
    #expect(a.text(of: try #require(found.speakerSpan)) == "the 58-year-old")
  }

  @Test func aPhraseInARelativeClauseIsItsAntecedents() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo spoke at the opening of the pier.",
      "Mayor Tom Reyes, who has cast himself as the “friend of the harbour,” cut the ribbon.",
    ])
    let found = try first(q, "friend of the harbour")
    #expect(found.source == "who" && found.speaker == "Tom Reyes")
  }

  @Test func aSubjectAfterARelativePronounSpeaks() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes praised Councillor Ruth Adebayo, who he called “the hardest worker in the town hall.”",
      "Adebayo sent the harbour accounts to the Audit Office, which she said held “every page since 1990.”",
    ])
    let praise = try first(q, "the hardest worker")
    #expect(praise.source == "he" && praise.speaker == "Tom Reyes", "not who, Ruth Adebayo")
    let accounts = try first(q, "every page")
    #expect(accounts.source == "she" && accounts.speaker == "Ruth Adebayo", "not the Audit Office")
  }

  @Test func aQuestionPutInALeadInClauseIsNotTheNamedPersons() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes spoke to reporters on Monday.",
      "Asked whether Reyes was “ready to resign,” most councillors said no.",
    ])
    let found = try first(q, "ready to resign")
    #expect(found.source == nil && found.speaker == nil, "the asker is unnamed")
  }

  @Test func aQuestionAskedBySomeoneIsTheAskers() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo chaired the meeting on Monday.",
      "Councillor Peter Quinn was asked by Ruth Adebayo, “Will you vote for the closure?”",
    ])
    let found = try first(q, "Will you vote")
    #expect(found.speaker == "Ruth Adebayo", "not Peter Quinn")
  }

  @Test func aQuestionAskedBySomeoneEarlierInTheSentenceIsTheAskers() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes faced the harbour committee on Monday.",
      "Reyes was asked by moderator Bill Eastland whether the sale of the pier would risk "
        + "“leaving the town without a harbour.”",
      "Reyes was asked by host Joan Ayodele, who backs the fishermen, “Will you sell the pier?”",
    ])
    #expect(try first(q, "leaving the town").speaker == "Bill Eastland", "not Tom Reyes")
    #expect(try first(q, "Will you sell").speaker == "Joan Ayodele", "not Tom Reyes")
  }

  @Test func aClauseAfterCommaAndHasASpeakerOfItsOwn() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes met Councillor Ruth Adebayo on Monday.",
      "Adebayo said the plan would make the harbour “glow with promise,” and Reyes vowed to "
        + "“fight it to the end” in the council.",
      "Adebayo called the budget “a disgrace,” but he gave the council a warning: “We will not "
        + "sell the pier.”",
    ])
    #expect(try first(q, "fight it to the end").speaker == "Tom Reyes", "not Ruth Adebayo")
    let warning = try first(q, "We will not sell")
    #expect(warning.source == "he" && warning.speaker == "Tom Reyes", "not Ruth Adebayo")
  }

  @Test func aClauseAfterAThatClauseAndIsStillReported() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes met Councillor Ruth Adebayo on Monday.",
      "Reyes told the committee that the pier was safe, and Adebayo had seen a survey that "
        + "“cleared every beam.”",
    ])
    #expect(try first(q, "cleared every beam").speaker == "Tom Reyes", "not Ruth Adebayo")
  }

  @Test func aCueInALeadInClauseReportsItsOwnWords() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes met Councillor Ruth Adebayo on Monday.",
      "When Adebayo announced her budget, Reyes described the harbour plan as “a gift to the "
        + "town.”",
      "When Reyes suggested that the council would sell the pier, Adebayo fired back: “The pier "
        + "is not for sale.”",
    ])
    #expect(try first(q, "a gift to the town").speaker == "Tom Reyes", "not Ruth Adebayo")
    #expect(try first(q, "The pier is not").speaker == "Ruth Adebayo", "not Tom Reyes")
  }

  @Test func anUnnamedPhraseBeforeACueSpeaksForAQuotedPhrase() throws {
    let (a, q) = try quotes(in: [
      "Councillor Ruth Adebayo published her budget on Monday.",
      "Her harbour plan promises to “bring the fishing fleet home” by the spring.",
    ])
    let found = try first(q, "bring the fishing fleet")
    #expect(found.speakerSpan.map { a.text(of: $0) } == "Her harbour plan")
  }

  @Test func aPlaceAPersonIsOfIsNoAntecedent() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes lost the harbour vote on Monday.",
      "The result pleased rivals such as Councillor Ruth Adebayo of Leeds, who mused in "
        + "Monday’s debate that Reyes was “asleep at the wheel” for years.",
    ])
    #expect(try first(q, "asleep at the wheel").speaker == "Ruth Adebayo", "not Tom Reyes")
  }

  @Test func aClauseAfterAQuotedPhraseAndHasASpeakerOfItsOwn() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes met Councillor Ruth Adebayo on Monday.",
      "Adebayo called the plan “a gift to the town” and Reyes called it “a costly mistake” at "
        + "the meeting.",
    ])
    #expect(try first(q, "a costly mistake").speaker == "Tom Reyes", "not Ruth Adebayo")
  }

  @Test func aCueInALeadInAPrepositionOpensComesAfterTheMainClauses() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo wrote the harbour report last year.",
      "Despite what she wrote in the report, Mayor Tom Reyes said he “could still back” the plan.",
    ])
    let found = try first(q, "could still back")
    #expect(found.speaker == "Tom Reyes", "not Ruth Adebayo, who wrote the report")
  }
}
