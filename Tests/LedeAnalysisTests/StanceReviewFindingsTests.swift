import LedeCore
import Testing

@testable import LedeAnalysis

/// Findings of the session-42 review (issue 15): whom "blamed … on" blames, a stressed name,
/// a naming verb with "as", and a means after the target.
@Suite struct StanceReviewFindingsTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aDeedBlamedOnAnOutletBlamesTheOutlet() {
    let r = stances("Mayor Tom Reed blamed the harbour riots on Facebook.")
    #expect(r.contains { $0.cue.hasPrefix("blamed") && $0.object == "Facebook" }, "\(described(r))")
    // Where the blame was laid, after the one blamed, is still no part of it.
    let there = stances("Mayor Tom Reed blamed local officials on Twitter.")
    #expect(!there.contains { $0.object.contains("Twitter") }, "\(described(there))")
  }

  @Test func noneOtherThanNamesItsPerson() {
    let r = stances("Maria Lopez praised none other than Tom Reed.")
    #expect(
      r.contains { $0.cue == "praised" && $0.target == "Tom Reed" && $0.stance == .support },
      "\(described(r))")
  }

  @Test func whatANamingVerbCallsSomethingAsIsTheTarget() {
    let r = stances(
      "Maria Lopez lashed out at what she characterized as a nasty harbour campaign.")
    #expect(
      r.contains { $0.object == "a nasty harbour campaign" }, "\(described(r))")
    // Without "as", "described" reports; what it reports is the target (review of be005b1).
    let plain = stances(
      "Maria Lopez criticized what Tom Reed described in his letter to the board.")
    #expect(
      !plain.contains { $0.object.hasPrefix("in his letter") } && !plain.isEmpty,
      "\(described(plain))")
  }

  @Test func aMeansAfterTheTargetIsNoPartOfIt() {
    let r = stances("Tom Reed called for a ban on ferries by allowing a toll.")
    #expect(r.contains { $0.object == "a ban on ferries" }, "\(described(r))")
    // A word that only ends in "-ing" is no means ("by the king" is the target's own).
    let king = stances("Tom Reed called for a ban on ferries by king and council.")
    #expect(king.contains { $0.object.hasSuffix("king and council") }, "\(described(king))")
  }
}

extension StanceReviewFindingsTests {
  @Test func aNameOpeningAThatClauseHoldsItsSecondVerb() {
    let r = stances(
      "The council's statement did not mention that Tom Reed broke ranks with his party and "
        + "supported the harbour plan.")
    #expect(
      r.contains { $0.cue == "supported" && $0.source == "Tom Reed" }, "\(described(r))")
  }
}

extension StanceReviewFindingsTests {
  @Test func aParticipleAfterASubordinateClauseIsNotItsSubjects() {
    let r = stances(
      "The harbour board met four days before Tom Reed resigned, blocking the ferry plan.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
  }
}
