import LedeCore
import Testing

@testable import LedeAnalysis

/// How far a stance's clause reaches: a restrictive relative clause stays with its noun, an
/// infinitive asked of someone else is no one's position, a share of a poll speaks unnamed.
@Suite struct StanceClauseReachTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aRestrictiveRelativeClauseStaysWithItsNoun() {
    let r = stances(
      "Maria Lopez opposed proposals that would close the old harbour. Tom Reed praised Anna "
        + "Berg, who runs the ferry.")
    #expect(
      r.first { $0.cue == "opposed" }?.object == "proposals that would close the old harbour",
      "\(described(r))")
    #expect(r.first { $0.cue == "praised" }?.object == "Anna Berg", "\(described(r))")
  }

  @Test func aSecondThatClauseIsNoRelative() {
    let r = stances(
      "Tom Reed said he will support the harbour plan and that the council should vote soon.")
    #expect(r.first { $0.cue == "support" }?.object == "the harbour plan", "\(described(r))")
  }

  @Test func anInfinitiveAskedOfAnotherIsNoOnesPosition() {
    let r = stances(
      "Maria Lopez urged dockers to oppose the harbour tax. Tom Reed asked him to condemn the "
        + "attacks. Anna Berg called on the council to reject the ferry deal. It was wrong for "
        + "Tom Reed to criticize the pilots.")
    #expect(r.isEmpty, "\(described(r))")
    let own = stances("Maria Lopez decided to oppose the harbour tax.")
    #expect(own.contains { $0.cue == "oppose" && $0.source == "Maria Lopez" }, "\(described(own))")
  }

  @Test func aShareOfAPollSpeaksUnnamed() {
    let r = stances(
      "In the harbour poll, 40 percent of Dorset voters said they would vote for Maria Lopez.")
    #expect(!r.contains { $0.cue == "vote for" }, "\(described(r))")
  }

  @Test func aPartyBeforeABareCueMakesItANoun() {
    let r = stances("Tom Reed has repudiated decades of Republican support for the harbour tax.")
    #expect(!r.contains { $0.cue == "support" }, "\(described(r))")
  }

  @Test func aReluctanceIsNoPosition() {
    let r = stances("Tom Reed blamed his hesitancy to condemn Maria Lopez on a bad phone line.")
    #expect(!r.contains { $0.cue.hasSuffix("condemn") }, "\(described(r))")
  }

  @Test func aNegatedReluctanceIsTheActItself() {
    let r = stances("Tom Reed never hesitated to condemn the harbour tax.")
    #expect(!r.contains { $0.stance == .support }, "\(described(r))")
    #expect(
      r.contains { $0.cue == "condemn" && $0.stance == .oppose && !$0.negated }, "\(described(r))")
    // A refusal reaches a cue that opens with its "to"; negated, it is no act: it backs
    // nothing.
    let declined = stances("Tom Reed declined to back the harbour plan.")
    #expect(
      declined.contains { $0.stance == .oppose && $0.negated }, "\(described(declined))")
    let refusal = stances("Tom Reed did not refuse to back the harbour plan.")
    #expect(!refusal.contains { $0.stance == .support }, "\(described(refusal))")
  }

  @Test func aHeadlineTargetIsWrittenAsTheBodyWouldWriteIt() {
    let article = StanceTestSupport.article(
      "Maria Lopez Fully Embraced Higher Ferry Fares\nThe harbour board met on Monday.\n"
        + "Maria Lopez, the mayor, spoke to the board.")
    let r = article?.stances ?? []
    #expect(
      r.first { $0.source == "Maria Lopez" }?.target == "higher ferry fares", "\(described(r))")
  }

  @Test func aPossessorsRelationIsSomeoneElse() {
    let r = stances("Tom Reed does not support Maria Lopez’s opponent in the harbour race.")
    #expect(r.allSatisfy { $0.target != "Maria Lopez" }, "\(described(r))")
    let own = stances("Tom Reed criticized Maria Lopez’s harbour plan.")
    #expect(own.contains { $0.target == "Maria Lopez" }, "\(described(own))")
  }

  @Test func whereItWasSaidIsNoPartOfTheTarget() {
    let r = stances("Maria Lopez lashed out at the harbour board on Facebook.")
    #expect(r.first?.object == "the harbour board", "\(described(r))")
  }

  @Test func aStateThatOwnsTheThingIsNoTarget() {
    let r = stances("Judge Tom Reed approved Ohio's new harbour law.")
    #expect(r.first.map { $0.target != "Ohio" } ?? true, "\(described(r))")
    #expect(!r.isEmpty, "\(described(r))")
  }

  @Test func whatTheHolderMustDoIsAsked() {
    let r = stances("Maria Lopez said the council must support the harbour plan.")
    #expect(!r.contains { $0.cue == "support" }, "\(described(r))")
  }

  @Test func aVoteAfterAnArticleIsNoOnesVote() {
    let r = stances(
      "A vote for Tom Reed only helps Maria Lopez. Her vote for the harbour bill was cheered.")
    #expect(!r.contains { $0.target == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.object == "the harbour bill" }, "\(described(r))")
    let said = stances("Maria Lopez said a vote for Tom Reed only helps Anna Berg.")
    #expect(!said.contains { $0.target == "Tom Reed" }, "\(described(said))")
  }

  @Test func aTitledNameAfterAVerbIsItsObject() {
    let r = stances("The harbour board attacked Mr. Reed, mocking his speech.")
    #expect(!r.contains { $0.source == "Reed" }, "\(described(r))")
    let assault = stances(
      "Maria Lopez continued her assault on Mr. Reed, mocking the harbour plan.")
    #expect(!assault.contains { $0.source == "Reed" }, "\(described(assault))")
  }

  @Test func whatIsToBlameIsACause() {
    let r = stances("The harbour storm is partly to blame for the lost ferry jobs.")
    #expect(r.isEmpty, "\(described(r))")
    let said = stances("Tom Reed said the harbour storm is partly to blame for the lost jobs.")
    #expect(said.isEmpty, "\(described(said))")
  }

  @Test func aClaimsContentIsNoPositionShown() {
    let r = stances("Tom Reed repeated his false claim that Maria Lopez opposed the harbour plan.")
    #expect(!r.contains { $0.cue == "opposed" }, "\(described(r))")
  }

  @Test func droppingOnesOwnPlanIsNoStance() {
    let r = stances("Tom Reed scrapped plans to attend the harbour debate.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func aCrowdBeforeANominalCueHoldsIt() {
    let r = stances(
      "Maria Lopez lost the harbour vote, in part due to voter opposition to the tax.")
    #expect(!r.contains { $0.cue.hasPrefix("opposition") }, "\(described(r))")
  }

  @Test func doubtIsNoPosition() {
    let r = stances("Maria Lopez is not sure she can vote for Tom Reed.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func aCueThatHoldsItsToIsStillAskedOfAnother() {
    let r = stances("Anna Berg has since called on the dockers to back Tom Reed.")
    #expect(!r.contains { $0.target == "Tom Reed" }, "\(described(r))")
    let named = stances("Anna Berg has since called on Tom Reed to back Maria Lopez.")
    #expect(!named.contains { $0.target == "Maria Lopez" }, "\(described(named))")
  }

  @Test func backingUpAStatementIsNoSupport() {
    let r = stances("Tom Reed found no evidence that would back up his earlier statements.")
    #expect(r.isEmpty, "\(described(r))")
    let named = stances("Maria Lopez rushed to back up Tom Reed.")
    #expect(named.contains { $0.target == "Tom Reed" }, "\(described(named))")
  }

  @Test func aModalReachesThroughReadiness() {
    let r = stances("Tom Reed has indicated he may be willing to back Maria Lopez.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func aClauseWithItsOwnVerbIsNoEvaluatedSubject() {
    let r = stances("\"Maria Lopez won tonight and I was very glad to see that,\" Tom Reed said.")
    #expect(!r.contains { $0.cue.contains("glad") }, "\(described(r))")
  }

  @Test func aShareIsNoNamedAgent() {
    let r = stances("Maria Lopez is viewed as honest by 55 percent of Dorset Democrats.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func aReasonAfterOverIsNoPartOfTheTarget() {
    let r = stances("Maria Lopez pulled out of the ferry agreement over the harbour tax.")
    #expect(r.first?.object == "the ferry agreement", "\(described(r))")
  }

  @Test func anArticleNounBeforeTheVerbIsTheUnnamedSubject() {
    let r = stances(
      "\"For too long the harbour board has denied the dockers a real voice,\" Tom Reed said.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    let asked = stances("Anna Berg would warn voters not to vote for Tom Reed.")
    #expect(asked.isEmpty, "\(described(asked))")
    let early = stances("Maria Lopez said it was premature to back Tom Reed.")
    #expect(early.isEmpty, "\(described(early))")
  }
}
