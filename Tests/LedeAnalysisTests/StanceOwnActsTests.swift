import LedeCore
import Testing

@testable import LedeAnalysis

/// What the no-position rules must leave alone: the holder's own acts, commitments and
/// times ("held a rally to oppose", "I must condemn", "this week condemned").
@Suite struct StanceOwnActsTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }
  func held(_ body: String, by source: String, cue: String) -> Bool {
    stances(body).contains { $0.source == source && $0.cue == cue }
  }

  @Test func aNounThatLooksLikeAControlVerbIsTheHoldersOwnAct() {
    for body in [
      "Maria Lopez held a rally on Monday night to oppose the harbour tax.",
      "Maria Lopez led a push in the council to block the harbour tax.",
      "Maria Lopez has fought for years to block the harbour tax.",
    ] {
      #expect(stances(body).contains { $0.source == "Maria Lopez" }, "\(described(stances(body)))")
    }
  }

  @Test func aFirstPersonMustIsACommitment() {
    let r = stances("“We must reject this harbour tax,” Tom Reed said.")
    #expect(r.contains { $0.source == "Tom Reed" && $0.cue == "reject" }, "\(described(r))")
  }

  @Test func aTimeBeforeTheVerbIsNoSubject() {
    #expect(
      held("Maria Lopez this week condemned the harbour tax.", by: "Maria Lopez", cue: "condemned"))
    #expect(held("Maria Lopez a day later endorsed Tom Reed.", by: "Maria Lopez", cue: "endorsed"))
  }

  @Test func aClaimsThatClauseEndsAtAnd() {
    let r = stances("Maria Lopez dismissed the claim that she lied and condemned the harbour tax.")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.cue == "condemned" }, "\(described(r))")
  }

  @Test func aYearBeforeSaidIsNoPollShare() {
    let r = stances("Tom Reed in 2019 said he would vote for Maria Lopez.")
    #expect(r.contains { $0.object == "Maria Lopez" }, "\(described(r))")
  }
}

extension StanceOwnActsTests {
  @Test func madeSureIsNoDoubt() {
    #expect(held("Tom Reed made sure to condemn the harbour tax.", by: "Tom Reed", cue: "condemn"))
  }

  @Test func backingUpAPersonIsSupport() {
    let r = stances("Maria Lopez backed up the mayor on the harbour plan.")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.stance == .support }, "\(described(r))")
    let moved = stances("Maria Lopez said the report would back up her earlier statements.")
    #expect(moved.isEmpty, "\(described(moved))")
  }

  @Test func whatAPowerIsOverStaysInTheTarget() {
    let r = stances("Maria Lopez supports local control over the harbour.")
    #expect(r.first?.object == "local control over the harbour", "\(described(r))")
  }
}

extension StanceOwnActsTests {
  @Test func anOutletWordBeforeANounIsPartOfTheTarget() {
    let ban = stances("Maria Lopez backed the ban on TV adverts for junk food.")
    #expect(ban.first?.object == "the ban on TV adverts for junk food", "\(described(ban))")
    let said = stances("Maria Lopez criticized the mayor on Twitter last week.")
    #expect(said.first?.object == "the mayor", "\(described(said))")
    let calling = stances("Maria Lopez criticized the mayor on Twitter, calling him reckless.")
    #expect(calling.first?.object == "the mayor", "\(described(calling))")
  }
}
