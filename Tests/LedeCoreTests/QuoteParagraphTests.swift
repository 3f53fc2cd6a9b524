import LedeAnalysis
import Testing

@testable import LedeCore

/// Quotations over several paragraphs in the open-each-paragraph convention (BBC, AP): each
/// paragraph of the quotation opens a mark and only the last closes it. Narration around them
/// never becomes a quotation: a direct quote needs marks around it.
@Suite struct QuoteParagraphTests {
  func quotes(_ paragraphs: String...) throws -> [Quote] {
    try WrittenNews.quotes(paragraphs)
  }

  @Test func aQuotationRunsOnAndTheNarrationAfterItStaysOut() throws {
    let q = try quotes(
      "Farmer Ola Berg said the water came at night. “We lost the barn and the herd.",
      "“Now we start again, with nothing but the land.”",
      "The council said the aid would arrive on Monday.")
    let direct = q.filter { $0.kind == .direct }
    #expect(
      direct.map(\.text) == [
        "We lost the barn and the herd.", "Now we start again, with nothing but the land.",
      ])
    #expect(direct.allSatisfy { $0.speaker == "Ola Berg" })
    #expect(!q.contains { $0.kind != .indirect && $0.text.contains("council") })
    let aid = try #require(q.first { $0.kind == .indirect && $0.text.hasPrefix("the aid") })
    #expect(aid.source == "The council")
  }

  @Test func theSpeakerNamedAtTheEndOfTheRunSpeaksItAll() throws {
    let q = try quotes(
      "The bridge had been shut twice before the collapse.",
      "“The bridge was closed for a reason, and the reason was ignored.",
      "“Nobody listened to the engineers,” said Tom Reyes, the county surveyor.")
    let direct = q.filter { $0.kind == .direct }
    #expect(direct.count == 2)
    #expect(direct.allSatisfy { $0.speaker == "Tom Reyes" }, "\(direct.map(\.speaker))")
  }

  @Test func anUnclosedQuotationEndsWithItsParagraph() throws {
    let q = try quotes(
      "“We will not move,” said resident Ana Silva. “This is our home.",
      "The council met on Thursday to discuss the plan for the estate.")
    #expect(
      q.filter { $0.kind == .direct }.map(\.text) == ["We will not move,", "This is our home."])
    #expect(!q.contains { $0.text.contains("council met") })
  }

  @Test func aParagraphWithoutMarksIsNeverADirectQuote() throws {
    let q = try quotes(
      "“The fund is empty,” treasurer Kofi Mensah said.",
      "Mensah has held the post since 2019 and is expected to stand again.")
    #expect(q.filter { $0.kind == .direct }.count == 1)
  }

  @Test func quotationsAfterNarrationGoToTheOneItNamesAsReading() throws {
    let q = try quotes(
      "Tom Reyes said the pier would close on Monday, a council spokesman told the Gazette.",
      "In her speech, Ruth Adebayo went on to read some of the letters she had received.",
      "“Go back to the city.”",
      "“Nobody wants you here.”")
    let direct = q.filter { $0.kind == .direct }
    #expect(direct.count == 2)
    #expect(direct.allSatisfy { $0.speaker == "Ruth Adebayo" }, "\(direct.map(\.speaker))")
  }

  @Test func aNameInAppositionToTheSubjectNarrates() throws {
    let q = try quotes(
      "Mayor Tom Reyes said the harbour inquiry would report in June.",
      "The skipper's sister, Ruth Adebayo, spoke outside the court on Friday.",
      "“He loved that boat more than anything.”")
    #expect(q.first { $0.kind == .direct }?.speaker == "Ruth Adebayo", "not Tom Reyes")
  }

  /// Only one who reads, writes or speaks is a narrator: declining or asking names no speaker.
  @Test func aDeclinedRequestNamesNoNarrator() throws {
    let q = try quotes(
      "“We will spend it,” Mayor Tom Baker said on Monday.",
      "Council leader Ruth Adebayo did not respond to a request for comment.",
      "“The money is there.”")
    #expect(!q.contains { $0.speaker == "Ruth Adebayo" }, "\(q.map(\.speaker))")
  }

  @Test func anAgeBeforeTheNameBeforeAColonIsReadOver() throws {
    let q = try quotes(
      "Tom Reyes backed the pier plan on Monday.", "17-year-old Ruth Adebayo echoed:",
      "“The pier is a waste.”")
    #expect(q.first { $0.kind == .direct }?.speaker == "Ruth Adebayo", "not Tom Reyes")
  }
}
