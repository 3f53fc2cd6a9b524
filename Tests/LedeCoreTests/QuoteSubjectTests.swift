import LedeAnalysis
import Testing

@testable import LedeCore

/// Who a quoted phrase with no cue of its own belongs to (issue 13): the subject that opens its
/// sentence, one pattern per short article written for the test.
@Suite struct QuoteSubjectTests: QuoteArticleTests {
  @Test func aPronounThatOpensTheSentenceIsItsSubject() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo has opposed the harbour plan from the start.",
      "She stepped up her campaign on Monday, writing to residents that Mayor Tom Reyes was "
        + "“gambling with their homes.”",
    ])
    let found = try first(q, "gambling")
    #expect(found.source == "She" && found.speaker == "Ruth Adebayo", "not Tom Reyes")
  }

  @Test func aNameThatOpensTheSentenceIsItsSubject() throws {
    let (_, q) = try quotes(in: [
      "Governor Mark Ellery is questioning whether Senator Joan Ayodele would have voted for "
        + "the budget “if it came from her own party.”"
    ])
    let found = try first(q, "if it came")
    #expect(found.speaker == "Mark Ellery", "not Joan Ayodele, of whom he asks")
  }

  @Test func anUnnamedSourceThatOpensTheSentenceIsItsSubject() throws {
    let (a, q) = try quotes(in: [
      "Several outlets reported on Friday that the Harbour Party had held “more than one "
        + "meeting” with Mayor Tom Reyes about the works."
    ])
    let found = try first(q, "more than one")
    #expect(found.speaker == nil)
    #expect(a.text(of: try #require(found.speakerSpan)) == "Several outlets")
  }

  @Test func aPhraseThatNamesNoSourceIsNoSubject() throws {
    let (_, q) = try quotes(in: [
      "The music seemed to suit the mood as the old anthem “Harbour Lights” rang out over the "
        + "square."
    ])
    let found = try first(q, "Harbour Lights")
    #expect(found.source != "The music")
  }

  @Test func aQuotationAfterAColonBelongsToTheSubjectBeforeIt() throws {
    let (_, q) = try quotes(in: [
      "“The pier will close in March,” said Mayor Tom Reyes.",
      "Councillor Ruth Adebayo replied at once:",
      "“This plan is a disgrace to the harbour and everyone who works on it.”",
    ])
    let found = try first(q, "This plan")
    #expect(found.speaker == "Ruth Adebayo", "not Tom Reyes, the speaker before")
  }

  @Test func aParticipleAfterACommaSpeaksForTheSubjectThatOpensTheSentence() throws {
    let (a, q) = try quotes(in: [
      "Councillor Ruth Adebayo met Mayor Tom Reyes on the pier on Friday.",
      "She issued a statement after the meeting, saying, “The council has not been told the "
        + "truth about the cost.”",
    ])
    let found = try first(q, "The council has not")
    #expect(found.speaker == "Ruth Adebayo", "not Tom Reyes")
    #expect(a.text(of: try #require(found.speakerSpan)) == "She")
  }

  @Test func aParticipleSpeaksForAnUnnamedSubjectWhateverItsHeadNoun() throws {
    let (a, q) = try quotes(in: [
      "Mayor Tom Reyes unveiled his harbour plan on Monday.",
      "The justice sounded off on Reyes, saying she did not “want to contemplate” his plan.",
    ])
    let found = try first(q, "want to contemplate")
    #expect(found.speaker != "Tom Reyes")
    #expect(
      a.text(of: try #require(found.speakerSpan)) == "The justice", "not she, whom it reports")
  }

  @Test func aParticipleAfterAStatementSpeaksForTheSubjectThatIssuedIt() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes criticised the harbour trust on Monday.",
      "The harbour trust released a statement Wednesday saying Reyes’s remarks “are based on "
        + "opinion, not fact.”",
    ])
    let found = try first(q, "are based on")
    #expect(found.speaker != "Tom Reyes")
    #expect(found.source?.hasSuffix("harbour trust") == true, "\(found.source ?? "none")")
    // The subject that received the statement did not write it.
    let (_, r) = try quotes(in: [
      "Mayor Tom Reyes criticised the harbour trust on Monday.",
      "The harbour trust received an email Wednesday saying Reyes’s remarks “are based on "
        + "opinion, not fact.”",
    ])
    let received = try first(r, "are based on")
    #expect(received.source?.hasSuffix("harbour trust") != true, "\(received.source ?? "none")")
  }

  @Test func aPostmodifierBetweenTheSubjectAndItsVerbIsReadOver() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes sent the harbour memo to Ruth Adebayo on Monday.",
      "Republicans on the Harbour Board seized on the memo, arguing that it showed “intent” "
        + "and that Reyes had misled them.",
    ])
    let found = try first(q, "intent")
    #expect(found.source == "Republicans", "not it, nor the board")
    #expect(found.speaker != "Tom Reyes" && found.source != "it")
  }

  @Test func aParticipleAfterACausativeVerbSpeaksForThePersonItNames() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes unveiled his harbour plan on Monday.",
      "The scandal forced Senator Ruth Adebayo to resign on Friday, saying she had been "
        + "“betrayed by friends.”",
    ])
    #expect(try first(q, "betrayed by friends").speaker == "Ruth Adebayo", "not the scandal")
  }

  @Test func aQuotationInsideItsSentenceBelongsToTheSubjectThatOpensIt() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo has given Mayor Tom Reyes’s plan for the pier a new name, “the "
        + "harbour tax,” in a leaflet to residents."
    ])
    let found = try first(q, "the harbour tax")
    #expect(found.speaker == "Ruth Adebayo", "not Tom Reyes, named nearer the quotation")
  }

  @Test func aPossessiveBeforeACueNounNamesTheSpeaker() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo stood by her remark that Mayor Tom Reyes had “sold the pier for "
        + "a song.”"
    ])
    let found = try first(q, "sold the pier")
    #expect(found.speaker == "Ruth Adebayo", "not Tom Reyes, of whom she spoke")
  }

  @Test func aCueNounAVerbGovernsIsCharacterizedByTheSubject() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes spoke to the fishermen on Monday.",
      "Councillor Ruth Adebayo denounced Reyes’s remarks as “an insult to the harbour.”",
      "She mocked his call for “a quiet summer” on the pier.",
    ])
    #expect(try first(q, "an insult to").speaker == "Ruth Adebayo", "not Tom Reyes")
    #expect(try first(q, "a quiet summer").speaker == "Tom Reyes", "his call is his words")
  }

  @Test func aClauseAfterWhileHasASubjectOfItsOwn() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes is proud of the “new harbour,” while Ruth Adebayo has seen only “a car "
        + "park by the sea.”"
    ])
    let found = try first(q, "a car park")
    #expect(found.speaker == "Ruth Adebayo", "not Tom Reyes, who opens the sentence")
    #expect(try first(q, "new harbour").speaker == "Tom Reyes")
  }

  @Test func aConjunctionBetweenNamesOpensNoClause() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo and Mayor Tom Reyes have used the hardest words of the "
        + "campaign, with Adebayo promising to “sink the pier plan for good.”"
    ])
    let found = try first(q, "sink the pier")
    #expect(found.speaker == "Ruth Adebayo", "not Tom Reyes, joined to her by `and`")
  }

  @Test func aParticipleAfterACommaSpeaksForTheOpeningSubject() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo went on to attack Mayor Tom Reyes, saying the mayor “has not "
        + "read the harbour report.”"
    ])
    let found = try first(q, "has not read")
    #expect(found.speaker == "Ruth Adebayo", "not Tom Reyes, whom she attacks")
  }

  @Test func anObjectPronounAfterACueIsNoSpeaker() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes presented the harbour budget on Monday.",
      "Councillor Ruth Adebayo knocked the mayor on spending and called him a “reckless "
        + "gambler.”",
    ])
    let found = try first(q, "reckless gambler")
    #expect(found.speaker == "Ruth Adebayo", "not Tom Reyes, whom `him` names")
  }

  @Test func anyVerbAfterTheOpeningNameMakesItTheSubject() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo sees the pier that Mayor Tom Reyes opened as a “monument to "
        + "vanity.”"
    ])
    let found = try first(q, "monument to vanity")
    #expect(found.speaker == "Ruth Adebayo", "not Tom Reyes, who opened the pier")
  }

  @Test func aLeadInThatLikeOpensEndsAtItsComma() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo spoke against the harbour plan on Monday.",
      "Like Adebayo, Mayor Tom Reyes also rejected the plan, arguing that there is “room for "
        + "the ferries” in the old one.",
    ])
    let found = try first(q, "room for the ferries")
    #expect(found.speaker == "Tom Reyes", "not Ruth Adebayo, whom the lead-in names")
  }

  @Test func aBracketedAsideAfterTheOpeningNameLeavesItTheSubject() throws {
    let (_, q) = try quotes(in: [
      "Sen. Ruth Adebayo (D-Maine) joined the group this week, publishing an essay in the "
        + "Harbourton Gazette hammering his “contempt for the harbour.”"
    ])
    let found = try first(q, "contempt for the harbour")
    #expect(found.speaker == "Ruth Adebayo", "not the Harbourton Gazette")
  }

  @Test func aDatelineIsNoSubject() throws {
    let (a, q) = try quotes(in: [
      "HARBOURTON, Maine, June 3 (UPI) — In answer to the mayor’s plan, the ferry union’s new "
        + "leader rallied members, saying: “The ferries will not sail for this plan.”"
    ])
    let found = try first(q, "The ferries will not sail")
    #expect(found.speaker != "UPI")
    #expect(a.text(of: try #require(found.speakerSpan)) == "the ferry union’s new leader")
  }
}
