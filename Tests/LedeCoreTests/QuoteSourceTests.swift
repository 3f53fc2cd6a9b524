import LedeAnalysis
import Testing

@testable import LedeCore

/// Quote sources as written (DESIGN §2 v2): the words that name the speaker where the quote
/// stands, their span there, and the name they resolve to, one pattern per short article.
@Suite struct QuoteSourceTests: QuoteArticleTests {
  @Test func aPronounSourceIsThePronounBesideTheCue() throws {
    let (a, q) = try quotes(in: [
      "Judge Miriam Osei opened the hearing on Monday.",
      "“The court will sit until the evidence is heard,” she said.",
    ])
    let found = try first(q, "The court will sit")
    #expect(found.source == "she" && found.speaker == "Miriam Osei")
    #expect(a.text(of: try #require(found.speakerSpan)) == "she")
    #expect(found.confidence > 0.5)
  }

  @Test func aRelativePronounIsTheSourceAndItsAntecedentTheSpeaker() throws {
    let (a, q) = try quotes(in: [
      "The council met on Tuesday to vote on the harbour plan.",
      "Councillor Ruth Alder, who has called the plan “a gift to landlords,” voted against it.",
      "Councillor Ben Okafor, who, after a long debate, said the plan was “the best on offer,” "
        + "voted for it.",
    ])
    let alder = try first(q, "a gift to landlords")
    #expect(alder.source == "who" && alder.speaker == "Ruth Alder")
    #expect(a.text(of: try #require(alder.speakerSpan)) == "who")
    let okafor = try first(q, "the best on offer")
    #expect(okafor.source == "who" && okafor.speaker == "Ben Okafor")
  }

  @Test func aCueWordAfterAPrepositionIsANoun() throws {
    let (_, q) = try quotes(in: [
      "Governor Tom Reyes summed up his rival as “reckless,” denounced her record as secretary "
        + "of state and said she should withdraw."
    ])
    let found = try first(q, "reckless")
    #expect(found.speaker == "Tom Reyes" && found.cue != "state")
  }

  @Test func aStatementThatANamedBodyIssuedIsNotTheSource() throws {
    let (_, q) = try quotes(in: [
      "The Harbour Trust issued a statement saying the sale was “a betrayal of the town.”"
    ])
    let found = try first(q, "a betrayal")
    #expect(found.source == "The Harbour Trust" && found.speaker == "Harbour Trust")
  }

  @Test func aNamedSourceTakesItsArticle() throws {
    let (_, q) = try quotes(in: [
      "The Dunmore Herald reported that the council would sell the old library."
    ])
    let found = try #require(q.first { $0.kind == .indirect })
    #expect(found.text == "the council would sell the old library")
    #expect(found.source == "The Dunmore Herald")
  }

  @Test func anOfficeSpeaksThroughItsSpokesmanNotThePrimeMinister() throws {
    let (a, q) = try quotes(in: [
      "Prime Minister Anna Berg toured the flooded valley on Monday.",
      "“We will not comment on leaked documents,” a Downing Street spokesman said.",
    ])
    let found = try first(q, "We will not comment")
    #expect(found.source == "a Downing Street spokesman")
    #expect(found.speaker == "Downing Street", "the office speaks, not Anna Berg")
    #expect(a.text(of: try #require(found.speakerSpan)) == "a Downing Street spokesman")
  }

  @Test func aPossessiveRolePhraseIsNotThePrincipal() throws {
    let (_, q) = try quotes(in: [
      "Governor Lena Hart signed the budget on Friday.",
      "“The governor has full confidence in the treasurer,” her spokeswoman said.",
    ])
    let found = try first(q, "The governor has full confidence")
    #expect(found.source == "her spokeswoman" && found.speaker == nil)
  }

  @Test func aNewspaperAndAnAgencyAreSources() throws {
    let (_, q) = try quotes(in: [
      "“The figures were revised twice before the vote,” the newspaper said.",
      "The mayor will visit the port on Tuesday, according to the island’s state news agency.",
    ])
    #expect(try first(q, "The figures were revised").source == "the newspaper")
    let agency = try first(q, "The mayor will visit")
    #expect(agency.kind == .indirect && agency.cue == "according to")
    #expect(agency.source == "the island’s state news agency" && agency.speaker == nil)
  }

  @Test func officialsWithAPostmodifierAreOneSource() throws {
    let (_, q) = try quotes(in: [
      "Several officials briefed on the case said the inquiry would close by June."
    ])
    let found = try #require(q.first { $0.kind == .indirect })
    #expect(found.text == "the inquiry would close by June")
    #expect(found.source == "Several officials briefed on the case" && found.speaker == nil)
  }

  @Test func aSpokesmanForAnOfficeIsTheSourceNotTheOffice() throws {
    let (_, q) = try quotes(in: [
      "The minister has faced threats since she crossed the floor, a spokesman for the "
        + "premier’s office told reporters."
    ])
    let found = try #require(q.first { $0.kind == .indirect })
    #expect(found.source == "a spokesman for the premier’s office" && found.speaker == nil)
    // A role that names someone keeps its speaker, whatever speaks for it.
    let (_, named) = try quotes(in: [
      "Transport Secretary Helen Marsh visited the pier on Monday.",
      "The tolls will rise, a statement from the transport secretary said.",
    ])
    let marsh = try #require(named.first { $0.kind == .indirect })
    #expect(marsh.speaker == "Helen Marsh")
  }

  @Test func theSpeakerOfToldIsTheSubjectNotTheListener() throws {
    let (_, q) = try quotes(in: [
      "“It is over, and you know it,” Mr Brown told Mr Blair at the dinner."
    ])
    let found = try first(q, "It is over")
    #expect(found.speaker == "Brown" && found.source == "Brown")
  }

  @Test func aPronounAfterTwoPeopleIsTheSubject() throws {
    let (_, q) = try quotes(in: [
      "Edward Brown met Tony Blair in London on Friday.",
      "“We agreed on nothing at all,” he said afterwards.",
    ])
    #expect(try first(q, "We agreed on nothing").speaker == "Edward Brown")
  }

  @Test func aPartialQuoteBelongsToTheSubjectOfItsClause() throws {
    let (_, q) = try quotes(in: [
      "President Joseph Okafor hosted Chancellor Ingrid Lund in Accra on Monday.",
      "Okafor and Lund praised each other, with the chancellor fully backing Ghana’s bid and "
        + "wishing the president success against the “cartel of doubters”.",
    ])
    let found = try first(q, "cartel of doubters")
    #expect(found.kind == .partial && found.speaker == "Ingrid Lund")
    #expect(found.source == "the chancellor")
  }

  @Test func aPartialQuoteInReportedSpeechBelongsToTheReporter() throws {
    let (_, q) = try quotes(in: [
      "Senator Ruth Adler said she was certain Governor Paul Kim would continue to be “a "
        + "champion of the coast”."
    ])
    #expect(try first(q, "a champion of the coast").speaker == "Ruth Adler")
  }

  @Test func concernIsReportedSpeech() throws {
    let (_, q) = try quotes(in: [
      "The visit comes days after Norway expressed concern that the pipeline was leaking."
    ])
    let found = try #require(q.first { $0.kind == .indirect })
    #expect(found.cue == "expressed concern" && found.text == "the pipeline was leaking")
    #expect(found.speaker == "Norway")
  }

  @Test func aReportedClauseKeepsTheMarksOfItsQuotedPhrase() throws {
    let (_, q) = try quotes(in: [
      "A ministry spokeswoman said the government regarded the ruling “as an insult”."
    ])
    let found = try #require(q.first { $0.kind == .indirect })
    #expect(found.text == "the government regarded the ruling “as an insult”")
    #expect(found.source == "A ministry spokeswoman")
  }

  @Test func anUnresolvedTitleIsTheSourceOfAPartialQuote() throws {
    let (_, q) = try quotes(in: [
      "Health Secretary Ann Lowe and Home Secretary Raj Patel clashed on Monday, with the health "
        + "secretary insisting the plan was “unworkable and unfunded”."
    ])
    let found = try first(q, "unworkable and unfunded")
    #expect(found.kind == .partial && found.source == "the health secretary")
    #expect(found.cue == "insisting")
  }

  @Test func aNameOpeningTheReportedClauseIsNotTheSpeaker() throws {
    let (_, q) = try quotes(in: [
      "Senator Ruth Adler, who has endorsed the plan, said Governor Paul Kim had been “far too "
        + "cautious” on the budget."
    ])
    #expect(try first(q, "far too cautious").speaker == "Ruth Adler")
  }

  @Test func aCueRightBeforeAQuotationAttributesIt() throws {
    let (_, q) = try quotes(in: [
      "When asked why Governor Paul Kim changed course, aide Tom Pryor said, “We have three weeks "
        + "to go” until the vote."
    ])
    #expect(try first(q, "We have three weeks").speaker == "Tom Pryor")
  }

  @Test func aRelativeClauseBetweenASourceAndItsCueIsSkipped() throws {
    let (_, q) = try quotes(in: [
      "The lawmaker, who represents the northern district, said the ruling was “a disgrace”."
    ])
    let found = try first(q, "a disgrace")
    #expect(found.source == "The lawmaker" && found.speaker == nil)
  }

  @Test func aQuotationAfterAColonEndingTheParagraphBeforeIsItsSpeakers() throws {
    let (_, q) = try quotes(in: [
      "Correspondent Lina Haddad reports:",
      "“The bridge is closed and the queue of lorries reaches back to the border.”",
    ])
    let found = try first(q, "The bridge is closed")
    #expect(found.speaker == "Lina Haddad" && found.cue == "reports")
  }

  @Test func anAttributionFarAfterAQuotationStillNamesIt() throws {
    let (_, q) = try quotes(in: [
      "“For ordinary teachers, she is saying the right things” about pay, pensions and the "
        + "long hours of marking at home, said Dana Whitlock, who leads the union."
    ])
    #expect(try first(q, "For ordinary teachers").speaker == "Dana Whitlock")
  }

  @Test func aRoleHeldTwiceGoesToTheHolderWithThatQualifier() throws {
    let (_, q) = try quotes(in: [
      "Transport Secretary Helen Marsh told MPs the levy would rise.",
      "Scotland Secretary Alan Dalby opposed it in cabinet.",
      "Later the transport secretary said the levy was fair.",
    ])
    let found = try first(q, "the levy was fair")
    #expect(found.source == "the transport secretary")
    #expect(found.speaker == "Helen Marsh")
  }
}

extension QuoteSourceTests {
  /// `he` after a spokesman's report, with no person named before it in the paragraph, is
  /// the spokesman, not a minister named in the paragraph before.
  @Test func aPronounAfterASpokesmanIsTheSpokesman() throws {
    let (a, q) = try quotes(in: [
      "Health Secretary Alan Pike met the nurses' union on Tuesday.",
      "A union spokesman said the talks had gone well. “Nobody walked out,” he said.",
    ])
    let found = try first(q, "Nobody walked out")
    #expect(found.speaker == nil, "the spokesman, not Alan Pike")
    #expect(a.text(of: try #require(found.speakerSpan)) == "he")
  }

  /// A surname an honorific gives alone makes a name the lists do not know a person's
  /// (`Rhian Thomas … Ms Thomas`), and British police ranks are titles (`Det Insp`).
  @Test func anHonorificMakesAnUnknownNameAPerson() throws {
    let (_, q) = try quotes(in: [
      "A recount was requested by Rhian Thomas, the Labour candidate.",
      "Ms Thomas said some papers had been wrongly rejected. “Every vote counts,” she said.",
      "“We will look at every paper,” Det Insp Ceri Vaughan said.",
    ])
    #expect(try first(q, "Every vote counts").speaker == "Rhian Thomas")
    #expect(try first(q, "We will look").speaker == "Ceri Vaughan")
  }

  @Test func aPronounThatIssuesAStatementSpeaksThroughIt() throws {
    let (_, q) = try quotes(in: [
      "Councillor Ruth Adebayo chaired the harbour trust for a decade.",
      "At the time, she released a statement saying, “The trust has been a partner for years.”",
    ])
    let found = try first(q, "The trust has been")
    #expect(found.source == "she" && found.speaker == "Ruth Adebayo", "not a statement")
  }
}
