import LedeAnalysis
import Testing

@testable import LedeCore

/// Reported speech that is no `that` clause after its cue, one pattern per short article
/// written for this test: the kinds PolNeAR train showed Lede missing.
@Suite struct QuoteReportTests {
  func indirect(_ paragraphs: String...) throws -> [Quote] {
    try WrittenNews.quotes(paragraphs).filter { $0.kind == .indirect }
  }

  /// What a cue names as its object is reported (`announced a new timetable`), up to the
  /// punctuation that ends it.
  @Test func aCueReportsItsObject() throws {
    let q = try indirect(
      "Mayor Ines Corvo announced a new ferry timetable for the island, ahead of the summer.")
    let found = try #require(q.first)
    #expect(found.text == "a new ferry timetable for the island")
    #expect(found.speaker == "Ines Corvo" && found.cue == "announced")
    // A passive names no speaker, and a particle or a time is no object.
    #expect(try indirect("The missing boat was found adrift near the harbour.").isEmpty)
    #expect(try indirect("Two hundred residents showed up at the hall last night.").isEmpty)
  }

  /// `told reporters he would …`, `told POLITICO he …`: the clause after the cue's object.
  @Test func aClauseFollowsTheCuesObject() throws {
    let q = try indirect(
      "Harbour master Owen Pryce told reporters he would stay on until the spring.")
    #expect(q.map(\.text) == ["he would stay on until the spring"])
    #expect(q.first?.speaker == "Owen Pryce")
    // A name in capitals is an object too.
    let capitals = try indirect("Owen Pryce told HARBOURFM he would stay on until the spring.")
    #expect(capitals.map(\.text) == ["he would stay on until the spring"])
    let accused = try indirect("Councillor Ruth Adeyemi accused the board of wasting money.")
    #expect(accused.map(\.text) == ["the board of wasting money"])
  }

  /// `said Thursday he would …`: a day between the cue and its clause.
  @Test func aDayMayStandBeforeTheClause() throws {
    let q = try indirect("Tom Ashby said Thursday he would step down from the board.")
    #expect(q.map(\.text) == ["he would step down from the board"])
  }

  /// `…, said Fiona Tate, a councillor`: the words before an inverted attribution.
  @Test func anInvertedAttributionReportsTheWordsBeforeIt() throws {
    let q = try indirect(
      "The ferry will stop running in March, said Fiona Tate, a councillor in Penrith.")
    let found = try #require(q.first)
    #expect(found.text == "The ferry will stop running in March")
    #expect(found.speaker == "Fiona Tate")
  }
}

extension QuoteReportTests {
  /// Verbs of a stance, a view or a request report what they take (`report` in the list),
  /// before reported speech only: they are no speech cue to the other analyses.
  @Test func reportVerbsReportWhatTheyTake() throws {
    let q = try indirect(
      "Councillor Ruth Adeyemi criticized the plan to close the library.",
      "A spokesman for the council declined to comment on the closure.",
      "The teachers' union called for a new vote in the spring.")
    #expect(q.map(\.text).contains("the plan to close the library"))
    #expect(q.map(\.text).contains("to comment on the closure"))
    #expect(q.map(\.text).contains("a new vote in the spring"))
    #expect(q.first?.speaker == "Ruth Adeyemi" && q.first?.cue == "criticized")
    #expect(!ReportingVerbs.contains("criticized"))
    #expect(ReportingVerbs.reportEntries.contains { $0.text == "criticized" })
    #expect(!ReportingVerbs.entries.contains { $0.tags.contains("report") })
  }
}

extension QuoteReportTests {
  /// A participle after a comma reports for the sentence's subject; a cue of partial quotes
  /// reports its object; `is endorsing` is no passive; `according to X` may follow a short
  /// opening.
  @Test func participlesPartialCuesAndShortOpenings() throws {
    let cited = try indirect(
      "Mayor Ines Corvo closed the pool on Monday, citing the cost of heating it.")
    #expect(cited.map(\.text) == ["the cost of heating it"])
    #expect(cited.first?.speaker == "Ines Corvo")
    let urged = try indirect("Councillor Ruth Adeyemi urged a delay to the vote.")
    #expect(urged.map(\.text) == ["a delay to the vote"])
    // The partial quote's rule reads a cue's object that runs into a quotation.
    #expect(try indirect("Ruth Adeyemi called it a “disgrace” on Monday.").isEmpty)
    let endorsing = try indirect("Former mayor Tom Ashby is endorsing Fiona Tate.")
    #expect(endorsing.map(\.text) == ["Fiona Tate"])
    let according = try indirect(
      "In addition, according to the council, the new bridge will open in April.")
    #expect(according.map(\.text) == ["the new bridge will open in April"])
  }

  /// `went to see the tree`, `waited to see how …`: `see` after `to` is sight or a wish, no
  /// report; after its subject it reports (`she sees the pier as a risk`).
  @Test func seeAfterToReportsNothing() throws {
    #expect(try indirect("Hundreds of residents went to see the new ferry at the harbour.").isEmpty)
    #expect(try indirect("The board waited to see how the vote would go.").isEmpty)
  }
}

extension QuoteReportTests {
  /// `Tom Reed, a pollster in Dover, said his surveys show …`: a verb of saying after an
  /// apposition reports its clause for the name before the apposition, and a possessive
  /// pronoun after the cue names no inverted speaker.
  @Test func aVerbOfSayingAfterAnAppositionReportsForTheName() throws {
    let q = try indirect(
      "Tom Reed, a pollster in Dover, said his surveys show voters want a new bridge.")
    // The surveys' own report inside it is read too (`innerCue`).
    #expect(
      q.map(\.text) == ["his surveys show voters want a new bridge", "voters want a new bridge"])
    #expect(q.first?.speaker == "Tom Reed")
    // The inverted attribution still reads as one.
    let inverted = try indirect(
      "The bridge will open in June, said Fiona Tate, a councillor in Penrith.")
    #expect(inverted.map(\.text) == ["The bridge will open in June"])
  }

  /// `says Tom Reed ran …`: a name that a verb follows opens what was said; it is no inverted
  /// speaker.
  @Test func aNameBeforeAVerbOpensTheReport() throws {
    let q = try indirect("Mary Field says Tom Reed ran a strong campaign in the north.")
    #expect(q.map(\.text) == ["Tom Reed ran a strong campaign in the north"])
    #expect(q.first?.speaker == "Mary Field")
  }

  func quotes(headline: String, _ paragraphs: String...) throws -> [Quote] {
    let article = try #require(
      PlainTextReader.parse(([headline] + paragraphs).joined(separator: "\n\n"), path: nil))
    return QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames())).quotes(
      in: article)
  }

  /// A headline reports speech as a sentence does, in sentence case or title case; its
  /// speaker carries to no quotation of the body.
  @Test func aHeadlineReportsSpeech() throws {
    let q = try quotes(
      headline: "Mayor Ines Corvo says the ferry will run all winter",
      "“We have the boats and the crews,” the harbour office wrote on its website.")
    let report = try #require(q.first { $0.kind == .indirect })
    #expect(report.text == "the ferry will run all winter")
    #expect(report.speaker == "Ines Corvo")
    let titled = try quotes(
      headline: "Ines Corvo Says Ferry Will Run All Winter", "The harbour office agreed.")
    #expect(titled.filter { $0.kind == .indirect }.map(\.text) == ["Ferry Will Run All Winter"])
    let carried = try quotes(
      headline: "Mayor Ines Corvo says the ferry will run all winter",
      "“We have the boats and the crews.”")
    #expect(carried.first { $0.kind == .direct }?.speaker == nil)
    // After a subordinator a cue word is a noun (`as storm approaches`).
    #expect(
      try quotes(headline: "Ferry to Orkney cancelled as storm approaches", "No boats ran.")
        .isEmpty)
  }

  /// `Tom Ashby: Ferry will run all winter`: a headline's name before a colon speaks the
  /// rest.
  @Test func aHeadlineNameBeforeAColonSpeaks() throws {
    let q = try quotes(
      headline: "Tom Ashby: Ferry will run all winter", "The harbour office agreed.")
    let report = try #require(q.first { $0.kind == .indirect })
    #expect(report.text == "Ferry will run all winter")
    #expect(report.speaker == "Tom Ashby" && report.cue == ":")
    #expect(try quotes(headline: "The Latest: Ferry will run all winter", "More later.").isEmpty)
  }

  /// Another short capitalised name before a headline's colon speaks the rest too, with no
  /// entity behind it; a label in capitals does not.
  @Test func aShortCapitalisedNameBeforeAHeadlineColonSpeaks() throws {
    let q = try quotes(headline: "Harbour Poll: Ferry Fares Too High", "Most riders agreed.")
    let report = try #require(q.first { $0.kind == .indirect })
    #expect(report.text == "Ferry Fares Too High")
    #expect(report.source == "Harbour Poll" && report.cue == ":")
    #expect(try quotes(headline: "BREAKING: Ferry will run all winter", "More later.").isEmpty)
  }
}

extension QuoteReportTests {
  /// The author's hedges (`seemed to`, `is expected to`, `reportedly`) report the clause they
  /// stand in, with no source; `appeared on` is no hedge, and a later attribution reports the
  /// clause itself.
  @Test func aHedgeReportsItsClause() throws {
    let seemed = try indirect("The ferry seemed to slow near the harbour wall.")
    #expect(seemed.map(\.text) == ["The ferry seemed to slow near the harbour wall"])
    #expect(seemed.first?.source == nil && seemed.first?.cue == "seemed")
    let relative = try indirect(
      "Mayor Ines Corvo, who is expected to resign next week, opened the new pier.")
    #expect(relative.map(\.text) == ["who is expected to resign next week"])
    #expect(try indirect("The mayor appeared on local radio on Monday.").isEmpty)
    let according = try indirect(
      "The ferry is expected to run again in May, according to the harbour office.")
    #expect(according.map(\.cue) == ["according to"])
  }
}

extension QuoteReportTests {
  /// A report in a subordinate clause that opens its sentence ends with that clause.
  @Test func aReportInASubordinateClauseEndsWithIt() throws {
    let q = try indirect(
      "While harbour master Owen Pryce said the pier was safe, the council closed it for a week.")
    #expect(q.map(\.text) == ["the pier was safe"])
    let and = try indirect(
      "And although Tom Ashby said he would stay, he left the board in May.")
    #expect(and.map(\.text) == ["he would stay"])
  }
}

extension QuoteReportTests {
  /// `which officials said will …`: a verb of saying before a finite verb reports the clause
  /// of the relative word before its speaker.
  @Test func aRelativeWordOpensTheReportOfItsClause() throws {
    let fares = try indirect(
      "The new fares, which harbour officials said will start in May, angered riders.")
    #expect(fares.map(\.text) == ["which harbour officials said will start in May"])
    let what = try indirect("It is what Mayor Ines Corvo said is a fair plan.")
    #expect(what.map(\.text) == ["what Mayor Ines Corvo said is a fair plan"])
    #expect(what.first?.speaker == "Ines Corvo")
  }
}

extension QuoteReportTests {
  /// After `ask` a question opens with any question word, `if` too.
  @Test func aQuestionAfterAskOpensWithAnyQuestionWord() throws {
    let q = try indirect("When asked if he would run again, Tom Ashby smiled.")
    #expect(q.map(\.text) == ["if he would run again"])
    let which = try indirect("Mary Field was asked which ferry she would take to the island.")
    #expect(which.map(\.text) == ["which ferry she would take to the island"])
  }

  /// `was asked about the merger`: what a question was about is reported, in the passive too,
  /// where the one asked is no speaker.
  @Test func whatAQuestionWasAboutIsReported() throws {
    let q = try indirect("Tom Ashby was asked about the ferry timetable.")
    #expect(q.map(\.text) == ["about the ferry timetable"])
    #expect(q.first?.speaker == nil)
    let asked = try indirect("Mary Field asked about the ferry timetable.")
    #expect(asked.first?.speaker == "Mary Field")
  }
}

extension QuoteReportTests {
  /// Verbs of belief, knowledge, wish, worry and record report what they take as the other
  /// report verbs do (`thought the ferry …`, `want a new vote`, `signed the bill`).
  @Test func beliefWishAndRecordVerbsReport() throws {
    let q = try indirect(
      "Harbour master Owen Pryce thought the ferry would run late all summer.",
      "The fishermen want a new vote on the harbour fees.",
      "Governor Lena Marsh signed the harbour bill on Friday.")
    #expect(q.map(\.text).contains("the ferry would run late all summer"))
    #expect(q.map(\.text).contains("a new vote on the harbour fees"))
    #expect(q.map(\.text).contains("the harbour bill on Friday"))
    #expect(q.first?.speaker == "Owen Pryce" && q.first?.cue == "thought")
    #expect(!ReportingVerbs.contains("thought"))
  }
}

extension QuoteReportTests {
  /// A report in a relative clause set off by commas ends at the clause's comma; the sentence
  /// goes on with the subject's own verb.
  @Test func aRelativeClausesReportEndsAtItsComma() throws {
    let q = try indirect(
      "Mayor Ines Corvo, who said she would open the new pier herself, did not attend the ceremony."
    )
    #expect(q.map(\.text) == ["she would open the new pier herself"])
    #expect(q.first?.speaker == "Ines Corvo")
  }
}

extension QuoteReportTests {
  /// Verbs and phrases of speech the list lacked report as the other report verbs do (`made
  /// clear that …`, `lashed out at the board`), and stay no speech cue to the other analyses.
  @Test func phrasesOfSpeechReport() throws {
    let q = try indirect(
      "Mayor Ines Corvo made clear that the pier would reopen in May.",
      "Councillor Ruth Adeyemi lashed out at the harbour board on Monday.")
    #expect(q.map(\.text).contains("the pier would reopen in May"))
    #expect(q.map(\.text).contains("the harbour board on Monday"))
    #expect(q.first?.speaker == "Ines Corvo" && q.first?.cue == "made clear")
    #expect(!ReportingVerbs.contains("speculated"))
  }
}

extension QuoteReportTests {
  /// `Owen Pryce, the harbour master, declined to comment`: a report verb after an apposition
  /// reports what it takes for the name before the apposition, as a verb of saying does.
  @Test func aReportVerbAfterAnAppositionReportsForTheName() throws {
    let q = try indirect(
      "Owen Pryce, the harbour master in Penrith, declined to comment on the closure.")
    #expect(q.map(\.text) == ["to comment on the closure"])
    #expect(q.first?.speaker == "Owen Pryce" && q.first?.cue == "declined")
    let relative = try indirect(
      "Ruth Adeyemi, who chairs the ferry board, criticized the plan to sell the boats.")
    #expect(relative.map(\.text) == ["the plan to sell the boats"])
    #expect(relative.first?.speaker == "Ruth Adeyemi")
    // One comma before the verb opens no apposition (`At the hall, Tate praised …` reads as
    // before).
    #expect(try indirect("The ferry was late, criticized the crew.").isEmpty)
  }

  /// A report's quotation marks pair up: one that opens on the report and closes after its end
  /// is left out with its pair, and a closing mark right after the report's last word is taken.
  @Test func aReportsQuotationMarksPairUp() throws {
    let q = try indirect(
      "Harbour master Owen Pryce said on Saturday that \"nobody has the right to close the pier\".")
    #expect(q.map(\.text) == ["nobody has the right to close the pier"])
    let r = try indirect(
      "Ruth Adeyemi said the ferry was \"a disgrace\" and the board knew.")
    #expect(r.map(\.text) == ["the ferry was \"a disgrace\" and the board knew"])
    // An opening mark at the report's end goes, with its comma; a closing mark in the next
    // paragraph is not the report's.
    let s = try indirect(
      "Tom Reed said the union would strike, \"and we will win,\" he added.")
    #expect(
      s.allSatisfy { !$0.text.hasSuffix("\"") && !$0.text.hasSuffix(",") }, "\(s.map(\.text))")
    let t = try indirect(
      "Tom Reed said that the \"deal was dead", "\"We are ready,\" said Ann Cole.")
    #expect(
      t.allSatisfy { !$0.text.contains("\n") && !$0.text.hasSuffix("\"") }, "\(t.map(\.text))")
  }
}

/// Rules read off a sample of PolNeAR train's missed and wrongly cut reports (s43).
extension QuoteReportTests {
  /// A partial cue does not invert: its object is no speaker of the words before it.
  @Test func aPartialCueDoesNotInvert() throws {
    #expect(try indirect("To remain anonymous, call Crime Stoppers at 555-0100.").isEmpty)
    let q = try indirect("Ann Cole, a councillor from Dover, labeled Tom Reed unfit to serve.")
    #expect(!q.contains { $0.text.hasPrefix("Ann Cole") }, "\(q.map(\.text))")
  }

  /// A name that runs on into a noun phrase opens what was said; it is no inverted speaker.
  @Test func aNameThatRunsOnIsNoInvertedSpeaker() throws {
    let q = try indirect(
      "Councillor Ana Holt, a Reed supporter, said Reed campaign staff plan to secure the votes.")
    #expect(q.map(\.text) == ["Reed campaign staff plan to secure the votes"])
    #expect(q.first?.speaker == "Ana Holt")
    // A phrase that ends on a name is the inverted speaker.
    let r = try indirect("No one else was hurt in the fire, said Dover police Const. Kim Flett.")
    #expect(r.map(\.text) == ["No one else was hurt in the fire"])
  }

  /// `accused X of Y` after an opening clause reports its object, not the opening clause.
  @Test func accusedOfReportsItsObjectAfterAnOpeningClause() throws {
    let q = try indirect(
      "Although Reed was not charged, he has accused Ana Holt of pushing to indict him.")
    #expect(q.map(\.text) == ["Ana Holt of pushing to indict him"])
  }

  /// A report in a relative clause after an apposition ends at the clause's comma.
  @Test func aRelativeClausesObjectEndsAtItsComma() throws {
    let q = try indirect(
      "Ana Holt, a councillor who has accused Tom Reed of lying about the budget, spoke first.")
    #expect(q.map(\.text) == ["Tom Reed of lying about the budget"])
  }

  /// `described himself as a moderate`: a reflexive object with `as` is reported; one without
  /// it is not (`found himself in a bind`).
  @Test func aReflexiveJudgementIsReported() throws {
    let q = try indirect("Mayor Tom Reed describes himself as a moderate on taxes.")
    #expect(q.map(\.text) == ["himself as a moderate on taxes"])
    #expect(try indirect("Mayor Tom Reed called himself lucky to win.").isEmpty)
  }
}

extension QuoteReportTests {
  /// `a phone call that …`, `a conference call to defend …`: `call` after a noun is the noun.
  @Test func callAfterANounIsTheNoun() throws {
    let q = try indirect(
      "The two mayors agreed in a phone call that inspectors would visit the pier.",
      "Tom Reed held a conference call to announce the new fares.")
    #expect(!q.contains { $0.cue == "call" }, "\(q.map(\.text))")
    // The verb still reports its object.
    let r = try indirect("Tom Reed will call the ferry board unfit to serve.")
    #expect(r.contains { $0.cue == "call" }, "\(r.map(\.text))")
  }

  /// A `that` after the reported clause's finite verb is inside it, no second opening.
  @Test func aThatInsideTheClauseOpensNone() throws {
    let q = try indirect(
      "Tom Reed said the new ferry would more closely resemble that of its rival.")
    #expect(q.map(\.text) == ["the new ferry would more closely resemble that of its rival"])
    let r = try indirect("Ruth Adeyemi said she was confident that the board would agree.")
    #expect(r.first?.text == "she was confident that the board would agree", "\(r.map(\.text))")
  }
}

extension QuoteReportTests {
  /// `cautioned against closing the pier`: a cue's object after `about` or `against`.
  @Test func anObjectAfterAboutOrAgainstIsReported() throws {
    let q = try indirect("Several councillors cautioned against closing the pier before May.")
    #expect(q.map(\.text) == ["closing the pier before May"])
    let r = try indirect("Harbour master Owen Pryce worried about the ferry budget.")
    #expect(r.map(\.text) == ["the ferry budget"])
    #expect(r.first?.speaker == "Owen Pryce")
  }
}
