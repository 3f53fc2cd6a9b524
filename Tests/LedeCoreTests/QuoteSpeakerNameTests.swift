import LedeAnalysis
import Testing

@testable import LedeCore

/// How the words that name a quote's speaker are read on real news (issue 13): possessives,
/// surnames that are also titles, relative pronouns and roles. One pattern per short article
/// written for the test.
@Suite struct QuoteSpeakerNameTests: QuoteArticleTests {
  @Test func aPossessiveApostropheIsNoQuotationMark() throws {
    let (_, q) = try quotes(in: [
      "On Sunday, Senator Hal Brennigs said his campaign had raised $4 million in a month. "
        + "“The numbers put us on pace to win the primary,” Dara Voss, Brennigs’ campaign "
        + "manager, said in a statement."
    ])
    let found = try first(q, "The numbers")
    #expect(found.speaker == "Dara Voss", "the ’ after Brennigs closes no quotation")
  }
}

extension QuoteSpeakerNameTests {
  @Test func aSurnameThatIsAlsoATitleFollowsAnHonorific() throws {
    let (_, q) = try quotes(in: [
      "Turnout fell in three counties last year, and party officials are worried.",
      "“That is 60 votes we cannot afford to lose,” Mr. King said. “It's a real dilemma,” Ms. "
        + "Bishop added.",
    ])
    #expect(try first(q, "That is 60").speaker == "King")
    #expect(try first(q, "It's a real").speaker == "Bishop")
  }
}

extension QuoteSpeakerNameTests {
  @Test func aPhraseInARelativeClauseIsItsCues() throws {
    let (a, q) = try quotes(in: [
      "“Sales are up a little,” said Mr. Tomlin, who noted that the price of some "
        + "farms had “cratered” in the slump.",
      "Compare that with Senator Ada Pruitt, who has called the treaty “a disgrace,” and Governor "
        + "Lew Haskins, who says it is “a triumph.”",
    ])
    let cratered = try first(q, "cratered")
    #expect(cratered.speaker == "Tomlin")
    #expect(a.text(of: try #require(cratered.speakerSpan)) == "who")
    #expect(try first(q, "a disgrace").speaker == "Ada Pruitt")
    #expect(try first(q, "a triumph").speaker == "Lew Haskins", "not Ada Pruitt's cue")
  }
}

extension QuoteSpeakerNameTests {
  @Test func theCandidateIsTheOneIntroducedAsCandidate() throws {
    let (a, q) = try quotes(in: [
      "Republican candidate Marla Quent toured a steel plant in Ohio on Monday with Mayor Tom "
        + "Reyes.",
      "“We will bring these jobs back,” the candidate said.",
    ])
    let found = try first(q, "We will bring")
    #expect(found.speaker == "Marla Quent")
    #expect(a.text(of: try #require(found.speakerSpan)) == "the candidate")
  }
}

extension QuoteSpeakerNameTests {
  @Test func aCueWordBeforeOfIsANoun() throws {
    let (_, q) = try quotes(in: [
      "Senator Ana Ruiz, celebrating a victory in her home state of Ohio, is pledging to “win "
        + "hundreds of delegates” next week."
    ])
    #expect(try first(q, "win hundreds").speaker == "Ana Ruiz", "`state of Ohio` is no cue")
  }
}

extension QuoteSpeakerNameTests {
  @Test func aNameAfterAPrepositionAndTheIsNoSpeaker() throws {
    let (_, q) = try quotes(in: [
      "Asked at a briefing on Monday in Ohio about the vote, press secretary Joan Ellery said the "
        + "mayor had been a “powerful voice” for reform.",
      "Senator Tom Reyes welcomed the move to the United States and added, “It is overdue.”",
    ])
    #expect(try first(q, "powerful voice").speaker == "Joan Ellery", "not Ohio")
    #expect(try first(q, "It is overdue").speaker == "Tom Reyes", "not the United States")
  }
}

extension QuoteSpeakerNameTests {
  @Test func aPossessiveIsNoSentenceSubject() throws {
    let (_, q) = try quotes(in: [
      "Senator Ada Pruitt and Senator Lew Haskins clashed over child care on Tuesday.",
      "Pruitt then interjected, calling Haskins’ proposed credit “a handout.”",
    ])
    #expect(try first(q, "a handout").speaker == "Ada Pruitt", "Haskins’ is no subject")
  }
}

extension QuoteSpeakerNameTests {
  @Test func aNameAndAVerbAfterAQuotationNameItsSpeaker() throws {
    let (_, q) = try quotes(in: [
      "Senator Ada Pruitt and Governor Lew Haskins met for a debate in Dayton on Tuesday.",
      "“You have called the plan a fraud,” Pruitt charged.",
      "“Would you raise taxes?” Haskins shot back. “Not by a cent.”",
    ])
    #expect(try first(q, "You have called").speaker == "Ada Pruitt")
    #expect(try first(q, "Would you raise").speaker == "Lew Haskins")
  }
}

extension QuoteSpeakerNameTests {
  @Test func aStateAbbreviationAfterANameEndsNoSentence() throws {
    let (_, q) = try quotes(in: [
      "The museum waived its fee during the convention, said spokesman Todd Mesek.",
      "“Perpetual motion!” Rep. Glen Harrow, R-Pa., said of the week.",
      "“It is a dog whistle,” Rep. Gwen Moreland (D-Wis.) said in a statement.",
    ])
    #expect(try first(q, "Perpetual motion").speaker == "Glen Harrow")
    #expect(try first(q, "It is a dog").speaker == "Gwen Moreland")
  }
}

extension QuoteSpeakerNameTests {
  @Test func aVerbBeforeANameAfterAQuotationNamesItsSpeaker() throws {
    let (_, q) = try quotes(in: [
      "Delegates filled the hall in Dayton on Thursday night.",
      "“This is fantastic!” beamed Donald Hartwell of Madison, who had flown in that morning.",
      "Governor Lew Haskins spoke last. “Go back to your seat,” Haskins barked and a guard led "
        + "the heckler out.",
    ])
    #expect(try first(q, "This is fantastic").speaker == "Donald Hartwell")
    #expect(try first(q, "Go back").speaker == "Lew Haskins")
  }
}

extension QuoteSpeakerNameTests {
  @Test func theHostAndTheTycoonAreSourcesOfTheirOwn() throws {
    let (a, q) = try quotes(in: [
      "Governor Lew Haskins went on a morning radio show in Dayton on Tuesday.",
      "“You were exactly right to go,” the host said.",
      "“It was very nice,” the gambling tycoon told reporters.",
    ])
    let host = try first(q, "You were exactly")
    #expect(a.text(of: try #require(host.speakerSpan)) == "the host" && host.speaker == nil)
    let tycoon = try first(q, "It was very nice")
    #expect(a.text(of: try #require(tycoon.speakerSpan)).hasSuffix("tycoon"))
  }
}

extension QuoteSpeakerNameTests {
  @Test func theHecklerAndHisWifeAreNotTheNameNearby() throws {
    let (a, q) = try quotes(in: [
      "Governor Lew Haskins spoke in Dayton on Tuesday. “You are a fraud!” the heckler shouted.",
      "“We are still with you,” his wife said.",
    ])
    let heckler = try first(q, "You are a fraud")
    #expect(a.text(of: try #require(heckler.speakerSpan)) == "the heckler")
    #expect(heckler.speaker == nil, "not Lew Haskins")
    let wife = try first(q, "We are still")
    #expect(a.text(of: try #require(wife.speakerSpan)) == "his wife")
  }
}
