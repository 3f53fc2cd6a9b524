import LedeAnalysis
import Testing

@testable import LedeCore

/// A phrase that opens a sentence before a comma (`In a letter to the board, …`) is the
/// author's, not what the cue after it reports, when the cue's own object or clause follows
/// the cue. Short articles written for this test.
@Suite struct QuoteOpeningPhraseTests {
  func indirect(_ paragraphs: String...) throws -> [Quote] {
    try WrittenNews.quotes(paragraphs).filter { $0.kind == .indirect }
  }

  /// `In a letter, Corvo asked the trust to …`: the request is reported, the opening is not.
  @Test func anObjectAndInfinitiveAfterAskAreTheReport() throws {
    let q = try indirect(
      "In a letter to the harbour board, Mayor Ines Corvo asked the trust to repair the pier.")
    #expect(q.map(\.text) == ["the trust to repair the pier"])
    #expect(q.first?.speaker == "Ines Corvo")
  }

  /// `At the meeting, Adeyemi praised the plan`: the cue's object is the report.
  @Test func anObjectAfterTheCueIsTheReport() throws {
    let q = try indirect(
      "At the meeting on Monday, Councillor Ruth Adeyemi praised the new ferry timetable.")
    #expect(q.map(\.text) == ["the new ferry timetable"])
  }

  /// `…, the council said on Tuesday.`: a time or a place after the cue leaves the words before
  /// the comma reported.
  @Test func aTimeAfterTheCueKeepsTheWordsBeforeIt() throws {
    let q = try indirect("The new bridge will open in April, the council said on Tuesday.")
    #expect(q.map(\.text) == ["The new bridge will open in April"])
  }
}
