import LedeCore
import Testing

@testable import LedeAnalysis

/// Sentences with two cues, past habits, daring and liking: the holder and target each cue
/// keeps ("backs Reed and denounces Berg", "used to support", "had the gall to blame").
@Suite struct StanceTwoCueTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aSecondVerbCueEndsTheFirstTarget() {
    let r = stances("Maria Lopez backs Tom Reed and denounces Anna Berg.")
    #expect(r.contains { $0.cue == "backs" && $0.object == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.cue == "denounces" && $0.object == "Anna Berg" }, "\(described(r))")
    let policy = stances("Maria Lopez favors low harbour fees and opposes a higher wharf tax.")
    #expect(
      policy.contains { $0.cue == "favors" && $0.object == "low harbour fees" },
      "\(described(policy))")
  }

  @Test func aPluralNounAfterAndStaysInTheTarget() {
    let r = stances("Maria Lopez opposed the harbour deal and cuts to the ferry budget.")
    #expect(r.contains { $0.object.hasSuffix("ferry budget") }, "\(described(r))")
  }

  @Test func theSlammedNameDoesNotPraise() {
    let r = stances("Rep. Maria Lopez slams Tom Reed, praises Anna Berg as a hard worker.")
    #expect(r.contains { $0.cue == "slams" && $0.source == "Maria Lopez" }, "\(described(r))")
    #expect(
      r.contains { $0.cue == "praises" && $0.source == "Maria Lopez" && $0.target == "Anna Berg" },
      "\(described(r))")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
  }

  @Test func usedToIsAPositionNoLongerHeld() {
    let r = stances("Tom Reed used to support Anna Berg.")
    #expect(r.isEmpty, "\(described(r))")
    let now = stances("Tom Reed is used to criticizing Anna Berg.")
    #expect(now.contains { $0.source == "Tom Reed" }, "\(described(now))")
  }

  @Test func daringToBlameTakesASide() {
    let r = stances("Tom Reed had the gall to blame Anna Berg for the harbour tax.")
    #expect(r.contains { $0.source == "Tom Reed" && $0.stance == .oppose }, "\(described(r))")
    let cause = stances("Tom Reed has the harbour board to blame for his defeat.")
    #expect(cause.isEmpty, "\(described(cause))")
  }

  @Test func aSuperPACThatBacksIsNoName() {
    let r = stances("Maria Lopez gave to the super PAC that backed Tom Reed.")
    #expect(!r.contains { $0.source == "Maria Lopez" }, "\(described(r))")
    // Her own backing is hers: the sentence above is not simply out of the scan's reach.
    let own = stances("Maria Lopez backed Tom Reed.")
    #expect(own.contains { $0.source == "Maria Lopez" && $0.target == "Tom Reed" })
  }

  @Test func theLeaderOfAPlaceIsNoPlace() {
    let r = stances("Tom Reed praised the North's leader on Monday.")
    #expect(r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(!r.contains { $0.target == "North" }, "\(described(r))")
  }

  @Test func someonesFavoriteIsNoChance() {
    let r = stances("“Anna Berg is the party's favorite and a corrupt liar,” Tom Reed said.")
    #expect(
      r.contains { $0.source == "Tom Reed" && $0.target == "Anna Berg" && $0.stance == .oppose },
      "\(described(r))")
    let odds = stances(
      "“Anna Berg remains the clear favorite, but the race is close,” Tom Reed said.")
    #expect(odds.isEmpty, "\(described(odds))")
  }

  @Test func aPurposeEndsTheTarget() {
    let r = stances("Tom Reed mocked the harbour board in order to win votes.")
    #expect(r.contains { $0.object == "the harbour board" }, "\(described(r))")
  }

  @Test func aFeelingIsNoEvaluation() {
    let r = stances("“The Harbour Board is not happy with the new tax,” Tom Reed said.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func theirModifiedOppositionIsTheirs() {
    let r = stances(
      "The Harbour Act would protect churches and others for their faith-based opposition to "
        + "the wharf tax.")
    #expect(!r.contains { $0.source == "Harbour Act" }, "\(described(r))")
    let named = stances(
      "Tom Reed wants the Greens to reconsider their knee-jerk opposition to the wharf tax.")
    #expect(named.contains { $0.source == "Greens" }, "\(described(named))")
  }

  @Test func aNameBeforeSideIsItsSubject() {
    let r = stances("The Greens side with Anna Berg on the harbour tax.")
    #expect(r.contains { $0.cue == "side with" && $0.target == "Anna Berg" }, "\(described(r))")
    let noun = stances("Tom Reed led on the Republican side with 42 percent.")
    #expect(noun.isEmpty, "\(described(noun))")
  }

  @Test func anAdverbAfterAPossessiveMakesTheCueAnAdjective() {
    let r = stances("Tom Reed's widely criticized interview angered Anna Berg.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    // After the name itself the adverb and cue are his verb.
    let verb = stances("Tom Reed widely criticized the interview on Monday.")
    #expect(verb.contains { $0.source == "Tom Reed" && $0.object == "the interview" })
  }

  @Test func whatTheHolderCalledSomethingIsThatThing() {
    let r = stances("Anna Berg criticized what she called the reckless harbour tax.")
    #expect(r.contains { $0.object == "the reckless harbour tax" }, "\(described(r))")
  }

  @Test func endorsingNoneIsNoSide() {
    let r = stances("The Lopez campaign has endorsed none of this.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func blameLaidOnAnOutletIsNoCause() {
    let r = stances("Tom Reed blamed local officials on Twitter before the speech.")
    #expect(r.contains { $0.object == "local officials" }, "\(described(r))")
  }

  @Test func questioningAPersonAboutSomethingIsAsking() {
    let r = stances("Anna Berg questioned Tom Reed about that position, but Tom Reed was adamant.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func thatAfterAPrepositionIsADeterminer() {
    let r = stances("They say Tom Reed's vote for that plan is a signal he wants to play politics.")
    #expect(!r.contains { $0.object.contains("signal") }, "\(described(r))")
    let voted = stances(
      "They say Tom Reed voted for that plan, which is a signal he wants to play politics.")
    #expect(voted.contains { $0.object == "that plan" }, "\(described(voted))")
  }

  @Test func aStateAfterAnAdverbIsNoEvaluation() {
    for quote in [
      "“The Harbour Board is still reluctant to call the flood a disaster,” Tom Reed said.",
      "“The Harbour Board is so frustrated with the wharf tax,” Tom Reed said.",
    ] {
      let r = stances(quote)
      #expect(r.isEmpty, "\(described(r))")
    }
  }

  @Test func aTwoWordCueAfterANameEndsTheTarget() {
    let r = stances(
      "“Maria Lopez stands with the wharf owners and Berg stands with the ferry crews,” Tom Reed "
        + "said.")
    #expect(!r.contains { $0.object.contains("stands") }, "\(described(r))")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.object == "the wharf owners" })
    #expect(r.contains { $0.source == "Berg" && $0.object == "the ferry crews" })
  }

  @Test func theChargeIsNoPartOfTheAccused() {
    let r = stances("Anna Berg accused the harbour master of fraud.")
    #expect(r.contains { $0.object == "the harbour master" }, "\(described(r))")
  }

  @Test func againstTheLawIsIllegal() {
    let r = stances(
      "The Harbour Board met on Monday. “It is against the law to fish in the harbour,” Tom Reed "
        + "said.")
    #expect(r.isEmpty, "\(described(r))")
    // Voting against a law opposes it.
    let voted = stances("Mayor Tom Reyes voted against the law on Monday.")
    #expect(voted.contains { $0.object == "the law" }, "\(described(voted))")
  }

  @Test func aThreatOfOnesOwnActTakesNoSide() {
    let r = stances(
      "Tom Reed, who has threatened not to show up to the next debate on the network unless he "
        + "is paid, spoke.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func notAlwaysIsNoPosition() {
    let r = stances("Tom Reed does not always reject harbour bills with other exceptions.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func aMeansIsNoPartOfTheTarget() {
    let r = stances(
      "Tom Reed called for a ban on ferries crossing the bay by allowing only barges.")
    #expect(r.contains { $0.object == "a ban on ferries crossing the bay" }, "\(described(r))")
  }

  @Test func aLimitCutInfinitiveEndsAtItsName() {
    let r = stances(
      "Tom Reed praised the efforts of harbour master Anna Berg to find a fair solution to the "
        + "long strike.")
    #expect(
      r.contains { $0.cue == "praised" && $0.object.hasSuffix("Anna Berg") }, "\(described(r))")
  }

  @Test func denyingOnesOwnPositionHoldsNone() {
    let r = stances("Tom Reed later denied his opposition in a radio interview.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func aQuotedImperativeUrgesTheListeners() {
    let r = stances("“Vote for the harbour plan,” Tom Reed told the crowd.")
    #expect(r.isEmpty, "\(described(r))")
    for held in [
      "“I support the harbour plan,” Tom Reed told the crowd.",
      "“We’re against the harbour plan,” Tom Reed told the crowd.",
    ] {
      let own = stances(held)
      #expect(own.contains { $0.source == "Tom Reed" }, "\(described(own))")
    }
  }

  @Test func itsBeforeAModifiedNominalCueIsTheOrganisations() {
    let r = stances("The Labour Party renewed its fierce opposition to the harbour tax on Monday.")
    #expect(
      r.contains { $0.source == "Labour Party" && $0.object.contains("the harbour tax") },
      "\(described(r))")
  }
}
