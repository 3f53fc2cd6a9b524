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

  @Test func aContestIsARaceUnlessARulingIsContested() {
    let r = stances(
      "The harbour contest between Tom Reed and Maria Lopez drew crowds. It is the first truly "
        + "contested primary in the county. Sam Hill will contest the nomination. Anna Berg "
        + "contested the ruling.")
    #expect(r.filter { $0.cue.hasPrefix("contest") }.count == 1, "\(described(r))")
    #expect(
      r.contains { $0.source == "Anna Berg" && $0.cue == "contested" && $0.stance == .oppose },
      "\(described(r))")
  }

  @Test func welcomingSomeoneToAPlaceIsAGreeting() {
    let r = stances(
      "Tom Reed welcomed the visiting mayor to the harbour. Sam Hill welcomed the delegates to "
        + "his club. Maria Lopez welcomed the council's decision. Anna Berg welcomed extradition "
        + "to Norway.")
    #expect(!r.contains { $0.source == "Tom Reed" || $0.source == "Sam Hill" }, "\(described(r))")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.stance == .support }, "\(described(r))")
    #expect(r.contains { $0.source == "Anna Berg" && $0.stance == .support }, "\(described(r))")
  }

  @Test func callingForAVoteIsProcedure() {
    let r = stances(
      "The chairman, Tom Reed, called for a voice vote. Maria Lopez called for a ban on "
        + "trawling.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.cue == "called for" }, "\(described(r))")
  }

  @Test func aSettingAfterANounCueIsNoTarget() {
    let r = stances(
      "Maria Lopez expressed frustration in an interview this year that the council had "
        + "failed. Tom Reed expressed concern about the harbour plan.")
    #expect(!r.contains { $0.object.contains("interview") }, "\(described(r))")
    #expect(r.contains { $0.source == "Tom Reed" && $0.stance == .oppose }, "\(described(r))")
  }

  @Test func anIntentionDroppedWithButIsNoPosition() {
    let r = stances(
      "“I was going to bite my tongue and vote for Maria Lopez, but I never trusted her,” said "
        + "Tom Reed. Sam Hill said he was going to vote for Maria Lopez.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.source == "Sam Hill" }, "\(described(r))")
  }

  @Test func resistingAnUrgeIsNoPosition() {
    let r = stances("Tom Reed said they will resist the urge to cut the budget.")
    #expect(!r.contains { $0.cue.hasPrefix("resist") }, "\(described(r))")
  }

  @Test func refusingNoOneInParticularIsNoPosition() {
    let r = stances(
      "Tom Reed said he is not backing any particular candidate. Maria Lopez did not support "
        + "any of the harbour proposals.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.stance == .oppose }, "\(described(r))")
  }

  @Test func aPlaceAdverbAfterANameIsNoPartOfTheTarget() {
    let r = stances("Sam Hill, who endorsed Maria Lopez here on Sunday, spoke at the harbour.")
    #expect(r.contains { $0.source == "Sam Hill" && $0.target == "Maria Lopez" }, "\(described(r))")
  }

  @Test func aSpeakerBetweenCommasIsAnAsideNotTheSubject() {
    let r = stances("Greenpeace, Tom Reed said, called the harbour plan “a disgrace.”")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
  }

  @Test func aPassiveReadsOnlyItsOwnSubjectAsPatient() {
    let r = stances(
      "Tom Reed was unhappy with the way he was being criticized by Maria Lopez. The plan is "
        + "unfair and will not be supported by Sam Hill.")
    #expect(
      !r.contains { $0.object.contains("unhappy") || $0.object.contains("unfair") },
      "\(described(r))")
  }

  @Test func aPassiveDescriptionCueHasNoDirectionOfItsOwn() {
    let r = stances("Tom Reed is viewed more positively by the Greens than Maria Lopez is.")
    #expect(!r.contains { $0.cue == "viewed" }, "\(described(r))")
  }

  @Test func theObjectOfAParticipleIsNoSubject() {
    let r = stances(
      "Harbour groups encouraging Maria Lopez to run are hailing the mayor's budget speech.")
    #expect(!r.contains { $0.source == "Maria Lopez" }, "\(described(r))")
  }

  @Test func blastingThroughARecordIsNoCriticism() {
    let r = stances("The Harbour Party blasted through its 2012 record on Monday.")
    #expect(!r.contains { $0.cue.hasPrefix("blast") }, "\(described(r))")
  }

  @Test func aPronounRepeatsTheOneThatOpensItsSentence() {
    let r = stances(
      "Sam Hill spoke at the harbour. He avoided direct criticism of Tom Reed until recent "
        + "days, when he expressed concern about the closure plan.")
    #expect(
      r.contains { $0.source == "Sam Hill" && $0.cue == "expressed concern" }, "\(described(r))")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
  }

  @Test func aPartyMemberDescribedByAPlaceIsNoHolder() {
    let r = stances(
      "Tom Reed spoke on Monday. In an interview, the Vermont Republican criticized the harbour "
        + "budget.")
    #expect(!r.contains { $0.source.hasSuffix("Republican") }, "\(described(r))")
  }

  @Test func aPatientEndingInToIsNoPatient() {
    let r = stances(
      "Tom Reed was the only one of the four accused of the breach to be reprimanded by Maria "
        + "Lopez.")
    #expect(!r.contains { $0.object.hasSuffix(" to") }, "\(described(r))")
  }

  @Test func theWarnedIsTheTargetNotWhatTheyAreWarnedAgainst() {
    let r = stances("Maria Lopez warned Norway against dangerous overfishing in the bay.")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.object == "Norway" }, "\(described(r))")
  }

  @Test func aCandidateWeighedAsTheFavoriteIsNoPraise() {
    let r = stances("“Maria Lopez remains the clear favorite, but it is close,” said Tom Reed.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
  }

  @Test func whomOneHasToBlameIsACauseNamed() {
    let r = stances(
      "If the harbour plan fails, Tom Reed may have his own party to blame for the loss.")
    #expect(!r.contains { $0.cue.hasPrefix("blame") }, "\(described(r))")
    let quick = stances("The Greens have been quick to blame Tom Reed for the closure.")
    #expect(quick.contains { $0.target == "Tom Reed" }, "\(described(quick))")
  }

  @Test func theSideInALeadIsANoun() {
    let r = stances(
      "The poll showed Tom Reed in the lead on the Labour side with 42 percent.")
    #expect(!r.contains { $0.cue == "side with" }, "\(described(r))")
  }

  @Test func aVerbWithAnObjectPronounEndsTheTarget() {
    let r = stances(
      "Sam Hill said a speech calling for a ban on dredging makes him proud.")
    #expect(!r.contains { $0.object.hasSuffix("him") }, "\(described(r))")
  }

  @Test func aConditionPutWithHadIsCounterfactual() {
    let r = stances(
      "Tom Reed said it would have been fair had Maria Lopez congratulated him. Sam Hill had "
        + "congratulated Anna Berg.")
    #expect(!r.contains { $0.source == "Maria Lopez" }, "\(described(r))")
    #expect(r.contains { $0.source == "Sam Hill" }, "\(described(r))")
  }

  @Test func aParticipleBeforeANounIsAnAdjective() {
    let r = stances(
      "Tom Reed's widely criticized harbour interview raised questions. Maria Lopez accused "
        + "Norway of fishing in disputed waters. Sam Hill disputed claims that the harbour was "
        + "safe.")
    #expect(!r.contains { $0.cue == "criticized" }, "\(described(r))")
    #expect(!r.contains { $0.object == "waters" }, "\(described(r))")
    #expect(r.contains { $0.source == "Sam Hill" && $0.cue == "disputed" }, "\(described(r))")
  }

  /// The limits of the rules above (a review on sentences written for it): a description after
  /// a passive cue is read, a welcome of someone's appointment "to" a post is approval, and the
  /// modal "will" is no contested will.
  @Test func theSenseRulesStopWhereTheSenseDoes() {
    let r = stances(
      "Owen Pryce was described as a liar by Ruth Adeyemi. Sam Hill welcomed the appointment "
        + "of Tom Reed to the board. Ann Cole will contest the seat that will be vacated by Joe Platt. "
        + "Sam Hill will contest the ruling that closed the pier.")
    #expect(
      r.contains { $0.source == "Ruth Adeyemi" && $0.target == "Owen Pryce" }, "\(described(r))")
    #expect(r.contains { $0.source == "Sam Hill" && $0.cue.hasPrefix("welcom") }, "\(described(r))")
    #expect(!r.contains { $0.object.contains("seat") }, "\(described(r))")
    #expect(r.contains { $0.cue == "contest" && $0.object.contains("ruling") }, "\(described(r))")
  }
}
