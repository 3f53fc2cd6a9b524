import LedeCore
import Testing

@testable import LedeAnalysis

/// Stances in the shapes the client's seed article has, on an article written for the test:
/// blame without a quote, an unnamed holder named by a role, criticism received, a clause after
/// "after", an absolute clause with "with", a description inside reported speech, a hedge, and
/// a target named before a reason.
@Suite struct StanceShapeTests {
  static let text = """
    Ministers clash over port blockade
    The dispute deepened on Friday.
    The visit comes days after Norway expressed concern that Iceland is selling fishing rights to Greenland.
    A Danish official in the port cast blame for the collision on Swedish trawlers.
    It also comes as Finland faces criticism for a tariff on timber that hurt small sawmills.
    Norwegian Foreign Minister Astrid Holm met Lars Berg in Oslo.
    Holm and Berg traded compliments at the summit, with the Norwegian minister fully backing Iceland in its quota dispute.
    The Swedish foreign ministry spokeswoman said Sweden considered the blockade “as an outrage – as an act of piracy”.
    Lars Berg could endorse the quota deal, an aide said.
    Astrid Holm praised Lars Berg for his patience.
    """

  let records = StanceTestSupport.article(StanceShapeTests.text)?.stances ?? []

  func find(_ source: String, _ object: String) -> StanceRecord? {
    records.first { $0.source == source && $0.object.contains(object) }
  }

  @Test func concernAfterASubordinatorHasItsSubject() {
    let r = find("Norway", "Iceland is selling")
    #expect(r?.stance == .oppose)
    #expect(r?.cue == "expressed concern")
  }

  @Test func blameWithoutAQuoteGoesToWhatFollowsOn() throws {
    let r = try #require(records.first { $0.cue.hasPrefix("blame") })
    #expect(r.source == "A Danish official", "the official, not the demonym")
    #expect(r.sourceIsEntity == false)
    #expect(r.object == "Swedish trawlers")
    #expect(r.stance == .oppose)
  }

  @Test func criticismReceivedHasUnnamedCritics() throws {
    let r = try #require(records.first { $0.cue == "faces criticism" })
    #expect(r.source == "critics")
    #expect(r.sourceIsEntity == false)
    #expect(r.target == "Finland")
    #expect(r.targetIsEntity)
    #expect(r.stance == .oppose)
  }

  @Test func absoluteClauseWithWithHasItsOwnSubject() {
    let backing = records.filter { $0.cue.contains("backing") }
    #expect(backing.count == 1, "\(backing.map(StanceTestSupport.describe))")
    #expect(backing.first?.source == "Astrid Holm", "the Norwegian minister, not Berg too")
    #expect(backing.first?.target == "Iceland", "the name before 'in its quota dispute'")
  }

  @Test func descriptionInsideReportedSpeechReachesThePartialQuote() {
    let r = find("Sweden", "the blockade")
    #expect(r?.stance == .oppose)
    #expect(r?.cue == "considered")
  }

  @Test func hedgedCueIsNoPosition() {
    #expect(!records.contains { $0.cue.contains("endorse") })
  }

  @Test func targetNamedBeforeAReasonIsTheEntity() {
    let r = find("Astrid Holm", "Lars Berg")
    #expect(r?.target == "Lars Berg")
    #expect(r?.targetIsEntity == true)
    #expect(r?.stance == .support)
  }
}

/// A poll's respondents hold the views it reports, not the outlet.
@Suite struct StancePollTests {
  @Test func pollSharesHaveNoNamedHolder() {
    let text = """
      Poll shows a tight race
      The race is close.
      Among likely voters, 46 percent would back Jana Novak and 44 percent would back Petr Dvorak, the Daily Courier found.
      Novak has 51 percent support among women.
      """
    let records = StanceTestSupport.article(text)?.stances ?? []
    #expect(records.isEmpty, "\(records.map(StanceTestSupport.describe))")
  }

  @Test func anObjectPronounOpeningAPhraseIsResolved() {
    // "him" is the target, not "him enthusiastically" or "him of …".
    for body in [
      "Bernie Sanders spoke in Leeds on Monday. Hillary Clinton said she would support him "
        + "enthusiastically.",
      "Bernie Sanders spoke in Leeds on Monday, and Hillary Clinton accused him of “lying to "
        + "voters.”",
    ] {
      let r = StanceTestSupport.stances(body: body)
      #expect(
        r.count == 1 && r.allSatisfy { $0.target == "Bernie Sanders" },
        "\(StanceTestSupport.listing(r))")
    }
  }
}
