import LedeCore
import Testing

@testable import LedeAnalysis

/// The scope of a stance cue: asked or supposed positions, contrasts, who a list or an aside
/// names as the holder, and where a target ends. Each sentence is written after a kind of error
/// found reading PolNeAR train records by hand (session 27).
@Suite struct StanceScopeTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  // MARK: Unreal frames

  @Test func aQuestionHoldsNoPosition() {
    let r = stances("Does Maria Lopez, like her neighbours, oppose the harbour tax?")
    #expect(!r.contains { $0.cue == "oppose" }, "\(described(r))")
  }

  @Test func whetherGovernsTheCue() {
    let r = stances(
      "The vote raised doubts about whether the council will find money to fight the harbour tax."
    )
    #expect(!r.contains { $0.cue.contains("fight") }, "\(described(r))")
  }

  @Test func aConditionHoldsNoPosition() {
    let r = stances("Tom Reed said he would leave if Maria Lopez endorsed the harbour tax.")
    #expect(!r.contains { $0.cue == "endorsed" }, "\(described(r))")
  }

  @Test func aStatementStillHolds() {
    let r = stances("Maria Lopez opposed the harbour tax. Did anyone notice?")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.cue == "opposed" }, "\(described(r))")
  }

  @Test func aQuotedQuestionInsideAStatementLeavesTheStatement() {
    let r = stances(
      "Maria Lopez, who asked “why now?”, condemned the harbour tax on Monday.")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.cue == "condemned" }, "\(described(r))")
  }

  @Test func asOpposedToIsAContrast() {
    let r = stances(
      "Tom Reed wants to talk about schools, as opposed to the harbour tax.")
    #expect(!r.contains { $0.cue.contains("opposed") }, "\(described(r))")
  }

  // MARK: Holders

  @Test func aCommaAfterAnOpeningPhraseJoinsNoNames() {
    let r = stances("At a town hall in Salem, Tom Reed accused Maria Lopez of lying.")
    let sources = Set(r.filter { $0.cue == "accused" }.map(\.source))
    #expect(sources == ["Tom Reed"], "\(described(r))")
  }

  @Test func aCommaAfterAPairJoinsNoThirdName() {
    let r = stances(
      "As the race moves to states such as Ohio and Texas, Maria Lopez criticized Tom Reed.")
    let sources = Set(r.filter { $0.cue == "criticized" }.map(\.source))
    #expect(sources == ["Maria Lopez"], "\(described(r))")
  }

  @Test func aListStillJoinsNames() {
    let r = stances("France, Germany and Italy condemned the strike.")
    let sources = Set(r.filter { $0.cue == "condemned" }.map(\.source))
    #expect(sources.count == 3, "\(described(r))")
  }

  @Test func placesListedInAnAsideBelongToIt() {
    let r = stances(
      "Maria Lopez, who is a pastor in Elizabeth, Colorado, slammed the harbour tax.")
    let sources = Set(r.filter { $0.cue == "slammed" }.map(\.source))
    #expect(sources == ["Maria Lopez"], "\(described(r))")
  }

  @Test func anAsideMayFollowAnAge() {
    let r = stances("Carole Brand, 75, a retiree in Carthage, Ill., supported Tom Reed.")
    let sources = Set(r.filter { $0.cue == "supported" }.map(\.source))
    #expect(sources == ["Carole Brand"], "\(described(r))")
  }

  // MARK: Targets

  @Test func chainedReducedPassivesDescribeTheNameBeforeThem() {
    let r = stances(
      "Tom Reed, aided by the Russians and opposed by the Canadians, held on.")
    let record = r.first { $0.cue == "opposed" }
    #expect(record.map { $0.target == "Tom Reed" } ?? true, "\(described(r))")
    #expect(!r.contains { $0.object.hasPrefix("aided") }, "\(described(r))")
  }

  @Test func anAuxiliaryAfterTheObjectNameOpensTheMainVerb() {
    let r = stances(
      "Democrats supporting Maria Lopez have pointed to Tom Reed as a peacemaker.")
    let record = r.first { $0.cue == "supporting" }
    #expect(record?.target == "Maria Lopez", "\(described(r))")
    #expect(record?.object == "Maria Lopez", "\(described(r))")
  }

  @Test func aReportedClauseKeepsItsVerb() {
    let r = stances("Tom Reed denied that Maria Lopez had lied to the council.")
    let record = r.first { $0.cue == "denied" }
    #expect(record.map { $0.object.hasSuffix("council") } ?? true, "\(described(r))")
  }

  @Test func aSpacedDashEndsTheTarget() {
    let r = stances("Maria Lopez decided to back Tom Reed - days before the vote.")
    #expect(r.first { $0.cue.contains("back") }?.target == "Tom Reed", "\(described(r))")
  }

  @Test func anAuxiliaryAfterACommonNounEndsTheTarget() {
    let r = stances(
      "Maria Lopez said the protests against police abuse are exceptions to the rule.")
    #expect(!r.contains { $0.object.hasSuffix("are") }, "\(described(r))")
  }

  @Test func theObjectOfAnInfinitiveIsNoLaterSubject() {
    let r = stances(
      "Donors paid for attacks to wound Tom Reed, even after previously backing Maria Lopez.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
  }

  @Test func aShareOfVotersHoldsTheView() {
    let r = stances(
      "A new poll found support for Tom Reed, with 78 percent of Lopez voters backing him.")
    #expect(!r.contains { $0.cue == "backing" && $0.sourceIsEntity }, "\(described(r))")
  }

  @Test func anActionInIngIsNoEvaluation() {
    let r = stances(
      "Tom Reed said that the central focus of the campaign was increasing wages for workers.")
    #expect(!r.contains { $0.object.contains("focus") }, "\(described(r))")
  }

  @Test func aNamesSupportersHoldTheirOwnView() {
    let r = stances(
      "Maria Lopez spoke on Monday. Lopez supporters have questioned the health of Tom Reed.")
    let record = r.first { $0.cue == "questioned" }
    #expect(record?.source == "Lopez supporters", "\(described(r))")
    #expect(record?.sourceIsEntity == false)
  }

  @Test func adviceHoldsNoPosition() {
    let r = stances("Together with Canada, Mexico should sue the harbour board.")
    #expect(!r.contains { $0.cue == "sue" }, "\(described(r))")
  }

  @Test func backingOutIsNoSupport() {
    let r = stances("Under pressure from the unions, Maria Lopez backed out of the deal.")
    #expect(!r.contains { $0.cue == "backed" }, "\(described(r))")
  }

  @Test func aRelativeThatAfterACommonNounIsNoName() {
    let r = stances(
      "The board faces Maria Lopez, Tom Reed and a number of cities that support the harbour tax.")
    #expect(!r.contains { $0.cue == "support" && $0.sourceIsEntity }, "\(described(r))")
  }

  @Test func notBeforeToNegatesTheCue() {
    let r = stances("Tom Reed chose not to accept the offer from Maria Lopez.")
    let record = r.first { $0.cue.hasSuffix("accept the offer") }
    #expect(record?.negated == true, "\(described(r))")
    #expect(record?.stance == .oppose, "\(described(r))")
  }

  @Test func aTargetEndsWhereAPredicateOfItsOwnFollowsAnd() {
    // "considers him a liar" and "this is what …" are new predicates, not part of the target.
    let r = stances(
      "Maria Lopez will not vote for Tom Reed and considers him a liar. Anna Berg welcomed the "
        + "fishermen with open arms and this is what it has led to.")
    #expect(r.first { $0.cue.hasSuffix("vote for") }?.object == "Tom Reed", "\(described(r))")
    #expect(
      r.first { $0.cue == "welcomed" }?.object == "the fishermen with open arms", "\(described(r))")
  }

  @Test func anUnlikelyOrPossibleStepIsNoPosition() {
    // What the councillors are unlikely to do, and what Anna Berg could block, are no positions.
    let r = stances(
      "Tom Reed said the three councillors from his ward are unlikely to back Maria Lopez. Anna "
        + "Berg is well positioned to block any plan she dislikes. Anna Berg backed Maria Lopez.")
    #expect(!r.contains { $0.cue == "back" || $0.cue == "block" }, "\(described(r))")
    #expect(r.contains { $0.cue == "backed" && $0.source == "Anna Berg" }, "\(described(r))")
  }
}
