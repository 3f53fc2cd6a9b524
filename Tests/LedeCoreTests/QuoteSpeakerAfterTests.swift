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

  @Test func aCueWordBeforeAVerbOfSayingIsTheSourceNoun() throws {
    let (a, q) = try quotes(in: [
      "The harbour board met on Tuesday to review the works.",
      "“The works ran two years late,” the independent report said, citing the board’s minutes.",
    ])
    let found = try first(q, "The works ran")
    #expect(found.speaker == nil)
    #expect(a.text(of: try #require(found.speakerSpan)) == "the independent report")
  }

  @Test func aColleagueIsASource() throws {
    let (a, q) = try quotes(in: [
      "Friends of the late harbour master Owen Price gathered in Dunmore on Sunday.",
      "“He taught half this town to sail,” his colleague wrote on the club’s website.",
    ])
    let found = try first(q, "He taught")
    #expect(a.text(of: try #require(found.speakerSpan)) == "his colleague")
  }

  @Test func thePhraseBetweenAQuotationAndItsCueIsItsSource() throws {
    let (a, q) = try quotes(in: [
      "Mayor Tom Reyes wants the old pier closed by spring.",
      "“We will not be moved off our own pier,” the harbour veterans wrote in a letter to the "
        + "council.",
    ])
    let found = try first(q, "We will not")
    #expect(found.speaker == nil, "not Tom Reyes, whom the quote carried before")
    #expect(a.text(of: try #require(found.speakerSpan)) == "the harbour veterans")
  }

  @Test func anUnnamedSourceWithAPostmodifierFollowsItsCue() throws {
    let (a, q) = try quotes(in: [
      "Mayor Tom Reyes spoke at the harbour on Monday.",
      "“The drop we are seeing is down to the scandal,” said a source close to the campaign.",
      "“It is a way to help without backing him,” says a source involved in the fund’s creation.",
    ])
    let close = try first(q, "The drop we are seeing")
    #expect(close.speaker == nil, "not Tom Reyes")
    #expect(a.text(of: try #require(close.speakerSpan)) == "a source")
    let involved = try first(q, "It is a way")
    #expect(a.text(of: try #require(involved.speakerSpan)) == "a source")
  }

  @Test func proclaimedAndPutItAreCues() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes spoke at the harbour on Monday.",
      "Parking fees are “the ultimate tax on workers,” Ruth Adebayo, the former council leader, "
        + "proclaimed to a cheering crowd.",
      "Or, as Peter Quinn, a former harbour master, put it: “The boats are no longer at the gate.”",
    ])
    #expect(try first(q, "the ultimate tax").speaker == "Ruth Adebayo")
    #expect(try first(q, "The boats are").speaker == "Peter Quinn", "not Ruth Adebayo")
  }

  @Test func theAgentOfAPassiveCueSpeaks() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes raised the harbour fee in March.",
      "The fee has been called “a stealth tax” by Joan Hendrick, a professor at Dover University.",
    ])
    let found = try first(q, "a stealth tax")
    #expect(found.speaker == "Joan Hendrick", "not Tom Reyes, nor none")
  }

  @Test func aNameAfterTheQuotationSpeaksOverAnAsideWithAQuotedName() throws {
    let (_, q) = try quotes(in: [
      "Councillor Nadia Okonkwo opened the meeting on Monday.",
      "“We have had better meetings than this one,” Bill Eastland, wearing a cowboy hat and "
        + "“Reyes Out” pins, said flatly.",
    ])
    let found = try first(q, "We have had better")
    #expect(found.speaker == "Bill Eastland", "not Nadia Okonkwo")
  }

  @Test func aDashLineBelowAQuotationSignsIt() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes and councillor Ruth Adebayo debated the harbour plan on Monday.",
      "“The harbour belongs to the people who work on it.”",
      "— Ruth Adebayo.",
      "“Nobody has ever asked a city to pay for this twice.”",
      "-Mayor Tom Reyes, speaking after the vote.",
    ])
    #expect(try first(q, "The harbour belongs").speaker == "Ruth Adebayo")
    #expect(try first(q, "Nobody has ever").speaker == "Tom Reyes", "not Ruth Adebayo")
  }

  @Test func accordingToAfterAQuotationNamesItsSourceUnlessACueNamesTheSpeaker() throws {
    let (a, q) = try quotes(in: [
      "Mayor Tom Reyes met the harbour board behind closed doors on Monday.",
      "“We will not sell the pier,” Reyes told the board, according to the Harbour Gazette.",
      "“It belongs to the town.”",
      "The pier now faces “a long fight,” according to a copy of the letter.",
    ])
    // The words are Reyes's, though the paper reports them (PolNeAR names the paper).
    let pier = try first(q, "We will not sell")
    #expect(pier.speaker == "Tom Reyes")
    #expect(pier.speakerSpan.map { a.text(of: $0) } == "Reyes")
    #expect(try first(q, "It belongs to").speaker == "Tom Reyes", "the inner speaker carries on")
    let fight = try first(q, "a long fight")
    #expect(fight.speakerSpan.map { a.text(of: $0) } == "a copy of the letter")
  }

  @Test func aCueRightBeforeTheQuotationNamesItsSpeakerFirst() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes met Councillor Ruth Adebayo on Monday.",
      "Adebayo said, “We will fight for the pier,” he recalled later.",
    ])
    #expect(try first(q, "We will fight").speaker == "Ruth Adebayo", "not Tom Reyes, who recalls")
  }

  @Test func aNameAfterAnArticleAndAnAdjectiveSpeaksBeforeAVerb() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes met Councillor Ruth Adebayo on Monday.",
      "“The pier is not for sale,” Reyes said.",
      "“It never was,” an angry Adebayo retaliated.",
    ])
    #expect(try first(q, "It never was").speaker == "Ruth Adebayo", "not Tom Reyes")
  }

  @Test func aPhraseAnAuxiliaryFollowsAfterACueOpensTheReportedClause() throws {
    let (_, q) = try quotes(in: [
      "Bill Eastland is running for mayor against Ruth Adebayo.",
      "His adviser Mr. Tom Reyes, citing “the long winter,” said the candidate would lose the "
        + "vote.",
    ])
    #expect(try first(q, "the long winter").speaker == "Tom Reyes", "not the candidate")
  }

  @Test func anInvertedCueAfterACommaNamesItsSpeakerAfterIt() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes wants to sell the harbour pier this year.",
      "The sale would be “a real loss” for Reyes, said Ruth Adebayo, a councillor.",
    ])
    #expect(try first(q, "a real loss").speaker == "Ruth Adebayo", "not Tom Reyes")
  }

  @Test func aCueAfterACommaFarOnInTheSentenceNamesItsSpeaker() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes visited the harbour on Friday.",
      "“I met them all” before laying flowers at the memorial for the victims of the storm "
        + "that hit the old harbour town and its fishing fleet so hard last winter, he said.",
    ])
    #expect(try first(q, "I met them all").speaker == "Tom Reyes")
  }
}

extension QuoteSpeakerAfterTests {
  @Test func anUnnamedPhraseAfterAnInvertedCueIsItsSpeakerWhateverItsHead() throws {
    let (a, q) = try quotes(in: [
      "Mayor Tom Reyes opened the new ferry terminal on Saturday.",
      "“We waited thirty years for this,” said the baker, who has sold bread on the quay since "
        + "1990.",
      "“Nobody asked the people who use it,” the old lifeguard grumbled.",
    ])
    let baker = try first(q, "We waited")
    #expect(baker.speaker == nil, "not Tom Reyes")
    #expect(a.text(of: try #require(baker.speakerSpan)) == "the baker")
    let lifeguard = try first(q, "Nobody asked")
    #expect(lifeguard.speaker == nil, "not Tom Reyes")
    #expect(a.text(of: try #require(lifeguard.speakerSpan)) == "the old lifeguard")
  }

  @Test func aFirstPersonPronounRightBeforeTheCueIsTheSource() throws {
    let (a, q) = try quotes(in: [
      "I was not off to a good start at the harbour hearing, and Mayor Tom Reyes knew it.",
      "“Fine,” I said, and sat down again. “That went better than I feared,” I confessed.",
    ])
    for prefix in ["Fine", "That went better"] {
      let found = try first(q, prefix)
      #expect(found.speaker == nil, "not Tom Reyes")
      #expect(a.text(of: try #require(found.speakerSpan)) == "I")
    }
  }

  @Test func anAsideBetweenAnUnnamedSubjectAndItsCueLeavesItTheSource() throws {
    let (a, q) = try quotes(in: [
      "Mayor Tom Reyes backed the harbour plan on Monday.",
      "“We will not sail for this,” the ferry union, however, said. The two councillors, in "
        + "turn, argue that there is “no case for a new pier,” citing the old one.",
    ])
    let union = try first(q, "We will not sail")
    #expect(union.speaker == nil, "not Tom Reyes")
    #expect(a.text(of: try #require(union.speakerSpan)) == "the ferry union")
    let councillors = try first(q, "no case for a new pier")
    #expect(a.text(of: try #require(councillors.speakerSpan)) == "The two councillors")
  }

  @Test func musedAndOpinedAreVerbsOfSaying() throws {
    let (a, q) = try quotes(in: [
      "Mayor Tom Reyes backed the harbour plan on Monday.",
      "“The pier will outlast us all,” the old lifeguard mused. “Build it twice,” the Harbourton "
        + "Gazette opined.",
    ])
    let lifeguard = try first(q, "The pier will")
    #expect(lifeguard.cue == "mused")
    #expect(a.text(of: try #require(lifeguard.speakerSpan)) == "the old lifeguard")
    #expect(try first(q, "Build it twice").cue == "opined")
  }

  @Test func aPhraseSetOffByACommaBelongsToTheCueRightAfterIt() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes spoke at the harbour on Monday.",
      "Reyes cannot say that the pier is “safe for every boat,” Councillor Ruth Adebayo added. "
        + "Reyes said the pier was “safe for now,” and Adebayo called it “a white elephant.”",
    ])
    #expect(try first(q, "safe for every").speaker == "Ruth Adebayo", "not Tom Reyes")
    #expect(try first(q, "safe for now").speaker == "Tom Reyes", "a conjunction opens a clause")
  }

  @Test func aSubjectAndCueBeforeThePhraseKeepItFromAnOutletAfterIt() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes spoke at the harbour on Monday.",
      "Reyes told the council the pier was “beyond repair,” the Harbourton Gazette reported. "
        + "Councillor Ruth Adebayo called the plan “a white elephant,” the Gazette said.",
    ])
    #expect(try first(q, "beyond repair").speaker == "Tom Reyes", "not the Gazette")
    #expect(try first(q, "a white elephant").speaker == "Ruth Adebayo")
  }

  @Test func followingAfterTheNameOpensNoClause() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes opened the harbour meeting on Monday.",
      "“The pier is a waste,” said Ruth Adebayo following the vote.",
    ])
    #expect(try first(q, "The pier is").speaker == "Ruth Adebayo", "not Tom Reyes")
  }

  @Test func duringAfterTheNameOpensNoClause() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes opened the harbour meeting on Monday.",
      "“We will rebuild the pier,” said former harbour engineer Ruth Adebayo during the meeting.",
    ])
    #expect(try first(q, "We will rebuild").speaker == "Ruth Adebayo", "not Tom Reyes")
  }
}
