import LedeAnalysis
import Testing

@testable import LedeCore

/// Where a reported clause starts and ends in seven shapes PolNeAR train showed Lede missing:
/// an `as` clause before the report, a second report after `and`, a long object of `told`, a
/// report that runs into a quotation, a report inside a report, an object that runs on past
/// `, including`, and a clause after a sentence-opening poll.
/// Short articles written for this test.
@Suite struct QuoteClauseShapeTests {
  func indirect(_ paragraphs: String...) throws -> [Quote] {
    try WrittenNews.quotes(paragraphs).filter { $0.kind == .indirect }
  }

  /// `As the board noted, …`: the words after the `as` clause's comma are reported.
  @Test func anAsClauseReportsTheWordsAfterItsComma() throws {
    let q = try indirect("As Mayor Ines Corvo noted, the ferry fees rose twice last year.")
    #expect(q.map(\.text) == ["the ferry fees rose twice last year"])
    #expect(q.first?.speaker == "Ines Corvo")
    // `as` after another word is no such clause.
    #expect(
      try indirect("Such as Ines Corvo noted, the fees rose.").allSatisfy {
        $0.text != "the fees rose"
      })
  }

  /// `…, and more than half said …`: a second report with its own subject ends the first.
  @Test func aSecondReportAfterAndEndsTheFirst() throws {
    let q = try indirect(
      "Most residents said the ferry ran late, and more than half of them said the fees were too high."
    )
    #expect(q.map(\.text) == ["the ferry ran late", "the fees were too high"])
  }

  /// `told a crowded hall at the museum in Penrith that …`: the object runs past its phrases.
  @Test func theObjectOfToldMayRunPastItsPhrases() throws {
    let q = try indirect(
      "Mayor Ines Corvo told a crowded hall at the harbour museum in Penrith that the pier would reopen."
    )
    #expect(q.map(\.text) == ["the pier would reopen"])
    #expect(q.first?.speaker == "Ines Corvo")
  }

  /// `accused the board of “wasting our money”`: a report that runs into a quotation keeps it.
  @Test func aReportKeepsTheQuotationItRunsInto() throws {
    let q = try indirect(
      "Councillor Ruth Adeyemi accused the ferry board of “wasting our money” on the new pier.")
    #expect(q.map(\.text) == ["the ferry board of “wasting our money” on the new pier"])
    #expect(q.first?.speaker == "Ruth Adeyemi")
  }

  /// `said the board had claimed that …`: a cue inside a report that reports a clause of its own
  /// reports that clause too.
  @Test func aThatClauseInsideAReportIsReportedToo() throws {
    let q = try indirect(
      "Mayor Ines Corvo said the ferry board had claimed that the old pier was safe.")
    #expect(
      q.map(\.text) == [
        "the ferry board had claimed that the old pier was safe", "the old pier was safe",
      ])
    // A verb of saying inside a clause or an object reports its own clause too.
    #expect(
      try indirect("Mayor Ines Corvo said most residents say the ferry runs late.").map(\.text)
        == ["most residents say the ferry runs late", "the ferry runs late"])
    #expect(
      try indirect(
        "Councillor Ruth Adeyemi criticized the board after the mayor said the pier was safe."
      )
      .map(\.text) == ["the board after the mayor said the pier was safe", "the pier was safe"])
  }

  /// `criticized the plan, including its cost`: an object runs on past a comma before
  /// `including`.
  @Test func anObjectRunsOnPastIncluding() throws {
    let q = try indirect(
      "Councillor Ruth Adeyemi criticized the harbour plan, including its cost to the town.")
    #expect(q.map(\.text) == ["the harbour plan, including its cost to the town"])
  }

  /// `In a Gazette poll released Monday, 45 percent …`: what a poll named at the sentence's
  /// opening found is reported, with the poll as its source.
  @Test func aSentenceOpeningPollReportsItsClause() throws {
    let q = try indirect(
      "In a Harbour Gazette poll released Monday, 45 percent of residents backed the new pier.")
    let poll = try #require(q.first { $0.text == "45 percent of residents backed the new pier" })
    #expect(poll.source == "a Harbour Gazette poll released Monday")
    // An `In` phrase that names no poll reports nothing.
    #expect(try indirect("In a quiet week for the town, the ferry ran on time.").isEmpty)
  }
}
