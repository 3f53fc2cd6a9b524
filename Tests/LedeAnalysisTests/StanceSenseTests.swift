import LedeCore
import Testing

@testable import LedeAnalysis

/// Cue words in senses that hold no stance and evaluations that judge nothing: the errors of a
/// strict reading of PolNeAR train records (session 34), on articles written for the tests.
@Suite struct StanceSenseTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func standingWithArmsCrossedIsNoSupport() {
    let r = stances("Tom Reed stood with his arms crossed. Maria Lopez stood with the dockers.")
    #expect(!r.contains { $0.object.contains("arms") }, "\(described(r))")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.cue == "stood with" }, "\(described(r))")
  }

  @Test func questioningSomeoneAboutIsNoDoubt() {
    let r = stances(
      "Maria Lopez questioned Tom Reed about the harbour plan. The council did not respond to "
        + "questions about the plan. Sam Hill questioned Tom Reed's judgment. The Greens have "
        + "been trying to question several of those protected individuals.")
    #expect(!r.contains { $0.source == "Maria Lopez" }, "\(described(r))")
    #expect(!r.contains { $0.object.contains("individuals") }, "\(described(r))")
    #expect(!r.contains { $0.cue.lowercased().hasPrefix("questions") }, "\(described(r))")
    #expect(r.contains { $0.source == "Sam Hill" && $0.target == "Tom Reed" }, "\(described(r))")
  }

  @Test func aSecondVerbThatIsNoCueSharesNoObject() {
    let r = stances(
      "Union presidents helped turn out Lopez support and rally teachers behind her.")
    #expect(!r.contains { $0.object.contains("teachers") }, "\(described(r))")
  }

  @Test func recognisingIsAPositionOnlyForAStateOrARuling() {
    let r = stances(
      "Tom Reed recognized the need to change. Britain recognized the new government in Kabul.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.cue == "recognized" && $0.stance == .support }, "\(described(r))")
  }

  @Test func quotedWordsJudgeOnlyWhenTheyOpenThePredicate() {
    let r = stances(
      "Tom Reed said harbour workers were being subject to “vicious attacks” online. “The "
        + "Harbour Board was a disgrace,” Sam Hill said.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.source == "Sam Hill" && $0.stance == .oppose }, "\(described(r))")
  }

  @Test func praiseInAJokeIsNone() {
    let r = stances(
      "That prompted Maria Lopez to make a joke about yoga and call Tom Reed “very flexible,” "
        + "a nod to his changes of mind.")
    #expect(!r.contains { $0.stance == .support }, "\(described(r))")
  }

  @Test func notSeeingOneselfSupportingIsNegated() {
    let r = stances("Sam Hill says she couldn’t see herself supporting Maria Lopez.")
    let record = r.first { $0.target == "Maria Lopez" }
    #expect(record?.negated == true && record?.stance == .oppose, "\(described(r))")
  }

  @Test func fightNeedsAnEnemyAndFightForIsSupport() {
    let r = stances(
      "“We will fight back,” Tom Reed said. Maria Lopez will fight for the harbour workers. Sam "
        + "Hill vowed to fight the closure.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(r.first { $0.source == "Maria Lopez" }?.stance == .support, "\(described(r))")
    #expect(r.first { $0.source == "Sam Hill" }?.stance == .oppose, "\(described(r))")
  }

  @Test func runningAgainstIsNoOpposition() {
    let r = stances(
      "Tom Reed is running against Maria Lopez. Sam Hill is against the harbour plan.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.source == "Sam Hill" && $0.stance == .oppose }, "\(described(r))")
  }

  @Test func anObligationOrAPreferenceToActIsNoPosition() {
    let r = stances(
      "Reed supporters required to vote for Maria Lopez could switch. As for his travel, Tom "
        + "Reed prefers to fly private.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func anAdverbBeforeAPassiveIsNoPatient() {
    let r = stances(
      "Sam Hill said the pipeline, which is widely supported by Republicans, would create jobs.")
    #expect(!r.contains { $0.object == "widely" }, "\(described(r))")
  }

  @Test func aUseOrAnActivityIsNoDescriptionOfTheTarget() {
    // Seeing a vote as a chance, oneself as fighting or a plan as important judges nothing;
    // "called … “disgusting”" and "described … as a disgrace" do.
    let r = stances(
      "Tom Reed sees the harbour vote as a chance to raise questions about the budget. Anna "
        + "Berg sees the convention as a wonderful opportunity to talk about her vision. Maria "
        + "Lopez sees herself as fighting for the fishermen. Anna Berg sees the plan as "
        + "incredibly important. Tom Reed called the harbour plan “disgusting.” Maria Lopez "
        + "described the budget as a disgrace.")
    #expect(!r.contains { $0.cue == "sees" }, "\(described(r))")
    #expect(r.contains { $0.cue == "called" && $0.stance == .oppose }, "\(described(r))")
    #expect(r.contains { $0.cue == "described" && $0.stance == .oppose }, "\(described(r))")
  }
}
