import LedeAnalysis
import Testing

@testable import LedeCore

/// Where the speaker search looks around a cue on real news (issue 13): which words beside a
/// cue name the speaker and which do not, one pattern per short article written for the test.
@Suite struct QuoteSpeakerSearchTests: QuoteArticleTests {
  @Test func whomACueAddressesIsNotItsSpeaker() throws {
    let (_, q) = try quotes(in: [
      "Judge Miriam Osei spoke out again on Tuesday, telling Radio Dunmore that the mayor was a "
        + "“menace” to the courts."
    ])
    let found = try first(q, "menace")
    #expect(found.speaker == "Miriam Osei", "not Radio Dunmore, whom she told")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aQuoteWithNoCueTakesTheNearestSpeakerBeforeIt() throws {
    let (_, q) = try quotes(in: [
      "Senator Paul Okafor addressed the rally in Dunmore on Saturday. He wanted the Harbour "
        + "Party to “open its doors to new members.” Then he promised that he would stay in the "
        + "race until the convention. “We are in this until the last vote is cast!”"
    ])
    let found = try first(q, "We are in this")
    #expect(found.speaker == "Paul Okafor", "the nearest speaker is he, not the Harbour Party")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aCueWordAfterADeterminerIsTheSourceNoun() throws {
    let (a, q) = try quotes(in: [
      "The council published its review of the harbour works on Monday.",
      "“The works ran two years late and cost twice the estimate,” the report stated.",
    ])
    let found = try first(q, "The works ran")
    #expect(found.source == "the report" && found.speaker == nil)
    #expect(a.text(of: try #require(found.speakerSpan)) == "the report")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aNameAfterThatIsInTheReportedClause() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes started the row by saying that the judge in the Ruth Adebayo case was "
        + "“biased” against the city."
    ])
    let found = try first(q, "biased")
    #expect(found.speaker == "Tom Reyes", "Ruth Adebayo is named in what he said")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aNameAfterAPrepositionIsNoSubject() throws {
    let (_, q) = try quotes(in: [
      "Senator Joan Ayodele has clashed with Governor Mark Ellery only once, saying she was "
        + "“appalled” by his remarks."
    ])
    let found = try first(q, "appalled")
    #expect(found.speaker == "Joan Ayodele")
  }

  @Test func aPossessiveNameIsNoSubject() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes denounced Dunmore Water’s price rises and promised to end the "
        + "“scandal” within a year."
    ])
    let found = try first(q, "scandal")
    #expect(found.speaker == "Tom Reyes")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aPartyAndStateInBracketsAreNoSpeaker() throws {
    let (_, q) = try quotes(in: [
      "At the convention on Saturday Sen. Joan Ayodele (R-Ohio) said the governor’s plan was a "
        + "“proven failure” in every county."
    ])
    let found = try first(q, "proven failure")
    #expect(found.speaker == "Joan Ayodele" && found.source?.hasSuffix("Joan Ayodele") == true)
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aPartialQuoteTakesTheSubjectPronounOfItsSentence() throws {
    let (a, q) = try quotes(in: [
      "Admiral Grace Holt commands the fleet from a small office in Dunmore.",
      "She talks about how her sailors must be ready “to sail tonight.”",
    ])
    let found = try first(q, "to sail tonight")
    #expect(found.speaker == "Grace Holt")
    #expect(a.text(of: try #require(found.speakerSpan)) == "She")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aCueInAnOpeningSubordinateClauseComesLast() throws {
    let (_, q) = try quotes(in: [
      "After Mayor Tom Reyes argued that the harbour should be sold, Councillor Ruth Adebayo said "
        + "only that his “numbers don’t add up.”"
    ])
    let found = try first(q, "numbers don")
    #expect(found.speaker == "Ruth Adebayo")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aPartialQuoteTakesTheCueAfterItBeforeItsSentenceSubject() throws {
    let (_, q) = try quotes(in: [
      "Emerging from two hours alone with Mayor Tom Reyes, the governor “looked ashen,” Ruth "
        + "Adebayo said."
    ])
    let found = try first(q, "looked ashen")
    #expect(found.speaker == "Ruth Adebayo")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func quotedPiecesOfOneSentenceShareTheCueAfterThem() throws {
    let (a, q) = try quotes(in: [
      "Mayor Tom Reyes met the dock workers on Friday.",
      "But Ruth Adebayo, the harbour’s finance director, defended the cuts.",
      "“They are painful” but necessary “for the long-term health of the port,” she said.",
    ])
    let found = try first(q, "They are painful")
    #expect(found.speaker == "Ruth Adebayo")
    #expect(a.text(of: try #require(found.speakerSpan)) == "she")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aParticipleAfterACommaSpeaksForTheSentenceSubject() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo praised the harbour plan for its care of families and children, "
        + "saying it had “steady hands” behind it."
    ])
    let found = try first(q, "steady hands")
    #expect(found.speaker == "Ruth Adebayo")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aPlaceAfterAPrepositionIsNoSubject() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo joked about the incident in Manchester, telling the crowd, “Some "
        + "people get a little carried away.”"
    ])
    let found = try first(q, "Some people")
    #expect(found.speaker == "Ruth Adebayo")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aCueWordAfterAPossessiveIsANoun() throws {
    let (_, q) = try quotes(in: [
      "At the Harbour Party’s state convention Councillor Ruth Adebayo said the plan was a "
        + "“proven failure” in every county."
    ])
    let found = try first(q, "proven failure")
    #expect(found.speaker == "Ruth Adebayo")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aVerbsObjectIsNoSubject() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo, a close ally of the mayor, admitted some copying even as she "
        + "defended Tom Reyes and his staff, saying, “Most of the plan is our own work.”"
    ])
    let found = try first(q, "Most of the plan")
    #expect(found.speaker == "Ruth Adebayo")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aPlaceBeforeANounModifiesIt() throws {
    let (_, q) = try quotes(in: [
      "At the debate Mayor Tom Reyes only hinted at the harbour plan by mentioning the Scottish "
        + "border and adding, “I know who should pay for it.”"
    ])
    let found = try first(q, "I know who")
    #expect(found.speaker == "Tom Reyes")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aPhraseInASubordinateClauseTakesThatClausesCue() throws {
    let (_, q) = try quotes(in: [
      "Mayor Tom Reyes objected on Tuesday after Councillor Ruth Adebayo argued that “the "
        + "harbour would have closed” without the loan."
    ])
    let found = try first(q, "the harbour would")
    #expect(found.speaker == "Ruth Adebayo")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func anUnnamedPhraseBeforeACueAdjacentToAQuotationIsItsSource() throws {
    let (a, q) = try quotes(in: [
      "Mayor Tom Reyes said the pier would be sold by the spring.",
      "The ferryman pointed out, “Nobody has asked the people who work on the water.”",
    ])
    let found = try first(q, "Nobody has asked")
    #expect(found.speaker == nil, "not Tom Reyes, who spoke before")
    #expect(a.text(of: try #require(found.speakerSpan)) == "The ferryman")
  }

  @Test func aPossessiveSourceBeforeAnIrregularVerbIsTheSubject() throws {
    let (a, q) = try quotes(in: [
      "Senator Joan Ayodele has opposed the sale of the pier since March.",
      "His office put out a statement saying the plan “does not have the support of the town.”",
    ])
    let found = try first(q, "does not have")
    #expect(a.text(of: try #require(found.speakerSpan)) == "His office", "not a statement")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aCueAfterAndSharesTheSubjectOfTheVerbBeforeIt() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo spoke at the harbour meeting on Monday.",
      "Adebayo praised Mayor Tom Reyes and said, “The pier cannot wait another winter.”",
      "Adebayo backed Reyes for years, but later said the works were “a waste of the town’s "
        + "money.”",
    ])
    #expect(try first(q, "The pier cannot").speaker == "Ruth Adebayo", "not Tom Reyes")
    #expect(try first(q, "a waste of").speaker == "Ruth Adebayo", "over the adverb `later`")
  }

  @Test func aRelativePronounBeforeTheFirstVerbIsTheSubjectOfBoth() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo spoke at the harbour meeting on Monday.",
      "Adebayo thanked Mayor Tom Reyes, who backed the pier and said, “It cannot wait.”",
    ])
    #expect(try first(q, "It cannot wait").speaker == "Tom Reyes", "who, not the opening subject")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aPronounThatOpensAReportedClauseStandsForTheReportersSubject() throws {
    let (a, q) = try quotes(in: [
      "Senator Joan Ayodele spoke to reporters after the vote on the harbour.",
      "The senator said she told the mayor, “The pier is not for sale.”",
    ])
    let found = try first(q, "The pier is not")
    #expect(found.speaker == "Joan Ayodele")
    #expect(a.text(of: try #require(found.speakerSpan)) == "The senator", "not she")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aPronounStandsForThePersonWhoOpensItsSentence() throws {
    let (a, q) = try quotes(in: [
      "Mr Dan Whitcombe toured the harbour with Sam Okafor on Monday, and later he "
        + "called the new pier “a disgrace to the town.”"
    ])
    let found = try first(q, "a disgrace")
    #expect(found.speaker == "Dan Whitcombe", "the sentence's subject, not the nearer Sam Okafor")
    #expect(a.text(of: try #require(found.speakerSpan)) == "he")
  }

  @Test func aPronounSkipsASentenceSubjectOfTheOtherGender() throws {
    let (_, q) = try quotes(in: [
      "Mrs Ruth Adebayo toured the harbour with Sam Okafor on Monday, and later he "
        + "called the new pier “a disgrace to the town.”"
    ])
    #expect(try first(q, "a disgrace").speaker == "Sam Okafor")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aLeadInThatIsNoNameEndsAtItsComma() throws {
    let (a, q) = try quotes(in: [
      "Harbour master Ruth Adebayo answered questions from the council for an hour. Minutes "
        + "later, she sent an email saying, “The pier is closed until further notice.”"
    ])
    let found = try first(q, "The pier is closed")
    #expect(found.speaker == "Ruth Adebayo", "not the email")
    #expect(a.text(of: try #require(found.speakerSpan)) == "she")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func theNamedSubjectOfACueInARelativeClauseSpeaks() throws {
    let (_, q) = try quotes(in: [
      "At the hearing, in a clip that Judge Ann Mosman called “distasteful,” Tom Reyes mocked "
        + "the council."
    ])
    let found = try first(q, "distasteful")
    #expect(found.speaker == "Ann Mosman", "not Tom Reyes")
    #expect(found.cue == "called")
  }

  @Test func thatAfterACueOpensTheReportedClauseNotARelativeOne() throws {
    let (_, q) = try quotes(in: [
      "Councillor Dan Whitcombe said that Tom Reyes shows “great charm” in the chamber."
    ])
    #expect(try first(q, "great charm").speaker == "Dan Whitcombe")
  }
}

extension QuoteSpeakerSearchTests {
  @Test func aSentenceOpenerOfUnknownGenderOrBeforeASubordinateClauseIsNoAntecedent() throws {
    let (_, q) = try quotes(in: [
      "Councillor Okoro introduced Maria Lopez at the meeting, and later she called the pier "
        + "“a disgrace to the town.”"
    ])
    #expect(try first(q, "a disgrace").speaker == "Maria Lopez")
    let (_, r) = try quotes(in: [
      "Dan Whitcombe said that when Tom Reyes saw the pier, he called it “a disgrace to the "
        + "town.”"
    ])
    #expect(try first(r, "a disgrace").speaker == "Tom Reyes")
  }
}
