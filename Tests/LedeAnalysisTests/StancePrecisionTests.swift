import LedeCore
import Testing

@testable import LedeAnalysis

/// Records that a strict reading of real news found wrong: unnamed holders that name no people,
/// urged actions with nothing they are done to, a threat's action, a time as target, a content
/// noun cut from its clause, a role set off after a name, and predicates that judge nothing.
@Suite struct StancePrecisionTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func anUnnamedHolderMustNamePeople() {
    #expect(StanceScan.namesPeople("Sanders supporters"))
    #expect(StanceScan.namesPeople("a Russian official"))
    #expect(StanceScan.namesPeople("harbour critics"))
    #expect(StanceScan.namesPeople("Ohio residents"))
    #expect(!StanceScan.namesPeople("GOP debate"))
    #expect(!StanceScan.namesPeople("Spanish-language skills"))
    #expect(!StanceScan.namesPeople("British capital's"))
    #expect(!StanceScan.namesPeople("Reed began"))
    #expect(!StanceScan.namesPeople("judgment"))
  }

  @Test func anUrgedActionIsNoTarget() {
    let r = stances(
      "Tom Reed called on Maria Lopez to resign. Tom Reed urged the council to keep the harbour "
        + "open. Anna Berg urged voters to slow down and listen more.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func aThreatToActLeavesTheStanceToTheAction() {
    let r = stances("Maria Lopez threatened to veto the harbour bill.")
    #expect(!r.contains { $0.cue == "threatened" }, "\(described(r))")
    #expect(r.contains { $0.cue == "veto" && $0.stance == .oppose }, "\(described(r))")
  }

  @Test func aTimeIsNoTarget() {
    let r = stances(
      "The dockers and the pilots, both of which Tom Reed praised Tuesday night for their "
        + "patience, went home.")
    #expect(!r.contains { $0.target == "Tuesday night" }, "\(described(r))")
  }

  @Test func aContentNounKeepsItsClause() {
    let r = stances("Maria Lopez rejected the notion that the harbour plan was dead.")
    #expect(
      r.first { $0.cue == "rejected" }?.object == "the notion that the harbour plan was dead",
      "\(described(r))")
  }

  @Test func aRoleSetOffAfterANameIsThatPersonsRole() {
    let r = stances(
      "Tom Reed, a former senior Labour Party adviser who supported the harbour ban, spoke on "
        + "Monday.")
    #expect(r.first { $0.cue == "supported" }?.source == "Tom Reed", "\(described(r))")
  }

  @Test func aPlaceOrALikenessJudgesNothing() {
    let r = stances(
      "“Maria Lopez was in Leeds the day before the awful crash,” Tom Reed said. “Anna Berg "
        + "is a wonderful leader,” Tom Reed said.")
    #expect(!r.contains { $0.target == "Maria Lopez" }, "\(described(r))")
    #expect(r.contains { $0.target == "Anna Berg" && $0.stance == .support }, "\(described(r))")
  }

  @Test func aCrowdCountedIsNoPlace() {
    let r = stances("At the Ohio caucuses, 3,000 people supported Maria Lopez.")
    #expect(!r.contains { $0.source.contains("Ohio") }, "\(described(r))")
  }

  @Test func aContentClauseKeepsItsOwnIngVerb() {
    let r = stances("Maria Lopez rejected the notion that the board is calling her corrupt.")
    #expect(
      r.first { $0.cue == "rejected" }?.object
        == "the notion that the board is calling her corrupt",
      "\(described(r))")
  }

  @Test func aPlaceIsNoWho() {
    let r = stances(
      "“The plan is good,” said Tom Reed, the former senator from Ohio who is supporting Maria "
        + "Lopez.")
    #expect(r.first { $0.cue == "supporting" }?.source == "Tom Reed", "\(described(r))")
  }

  @Test func aPartyLabelIsNoName() {
    #expect(StanceScan.isPartyLabel("I-Vt"))
    #expect(StanceScan.isPartyLabel("R-Texas"))
    #expect(!StanceScan.isPartyLabel("Ida"))
    #expect(!StanceScan.isPartyLabel("Jean-Paul"))
  }

  @Test func aPlaceDescribedIsNoTarget() {
    let r = stances("“Ohio today is completely chaotic,” Tom Reed said.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
  }

  @Test func moneyAcceptedIsNoPosition() {
    let r = stances("Maria Lopez has accepted millions from the harbour industry.")
    #expect(!r.contains { $0.cue.contains("accepted") }, "\(described(r))")
  }

  @Test func aProbableCriticismIsNoneYet() {
    let r = stances("Tom Reed will probably face more questions about his plan.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func acceptingIsAPositionOnlyOnAProposal() {
    let r = stances(
      "Maria Lopez accepted her award. Tom Reed accepted the harbour board's recommendation.")
    #expect(!r.contains { $0.source == "Maria Lopez" }, "\(described(r))")
    #expect(r.contains { $0.source == "Tom Reed" && $0.cue == "accepted" }, "\(described(r))")
  }

  @Test func anObjectPronounOpeningATargetNamesNothing() {
    let r = stances("Tom Reed met the dockers. Maria Lopez backed them up in the vote.")
    #expect(!r.contains { $0.object.hasPrefix("them") }, "\(described(r))")
  }

  @Test func aPossessivePronounTargetsItsPerson() {
    let r = stances(
      "Congresswoman Maria Lopez unveiled a harbour plan on Monday. Tom Reed questioned her judgment."
    )
    #expect(
      r.first { $0.source == "Tom Reed" }?.target.hasSuffix("Lopez") == true, "\(described(r))")
  }

  @Test func aRelationAfterAPossessiveIsSomeoneElse() {
    let r = stances("Tom Reed spoke on Monday. Maria Lopez praised his boss.")
    #expect(r.first { $0.source == "Maria Lopez" }?.target == "his boss", "\(described(r))")
  }

  @Test func aNameBeforeASecondObjectIsTheTarget() {
    let r = stances("Maria Lopez denied Tom Reed a hearing.")
    #expect(r.first { $0.source == "Maria Lopez" }?.target == "Tom Reed", "\(described(r))")
  }

  @Test func aShareOfAGroupIsAPollsRespondents() {
    let r = stances("In a new poll, 83% of young Republicans endorse Tom Reed.")
    #expect(!r.contains { $0.source.contains("Republican") }, "\(described(r))")
  }

  @Test func aStateNamedAsAPlaceHoldsNoPosition() {
    let r = stances(
      "Sparsely populated Ohio has not voted for the Democratic nominee in decades. In Ohio, Tom "
        + "Reed backed Maria Lopez.")
    #expect(!r.contains { $0.source == "Ohio" }, "\(described(r))")
    #expect(r.contains { $0.source == "Tom Reed" && $0.target == "Maria Lopez" }, "\(described(r))")
  }

  @Test func aPartyAdjectiveIsNoCritic() {
    let r = stances("Tom Reed came under fire from Democrat nominee Maria Lopez over the plan.")
    #expect(!r.contains { $0.source == "Democrat" }, "\(described(r))")
  }

  @Test func avoidingReachesOverDirectly() {
    let r = stances("Maria Lopez has avoided directly endorsing Tom Reed.")
    #expect(r.first?.negated == true, "\(described(r))")
  }

  @Test func refusingToAcceptIsAPosition() {
    // Taking something is no position ("accepted the award"), refusing to take it is.
    let r = stances("Governor Maria Lopez refused to accept the harbour refugees.")
    #expect(r.first?.stance == .oppose, "\(described(r))")
    #expect(stances("Maria Lopez accepted the harbour award.").isEmpty)
  }

  @Test func aWhClauseTargetEndsAtAnIngVerb() {
    // Only a content noun's clause ("the notion that …") keeps its "-ing" verbs.
    let r = stances("Tom Reed criticized what Maria Lopez said following the debate in Leeds.")
    #expect(r.first?.object == "what Maria Lopez said", "\(described(r))")
  }

  @Test func aNeutralPositionIsNoRecord() {
    let r = stances(
      "Maria Lopez declined to comment on the harbour plan. Tom Reed did not criticize Anna "
        + "Berg. Anna Berg remained neutral in the harbour dispute. Tom Reed praised Anna Berg.")
    #expect(!r.contains { $0.stance == .neutral }, "\(described(r))")
    #expect(r.count == 1, "\(described(r))")
  }

  @Test func aTargetEndsBeforeASettingATimeAMannerOrAReason() {
    let r = stances(
      "Tom Reed blamed the harbour workers for the delay. Maria Lopez called for more school "
        + "investment in a statement on Thursday. Anna Berg opposed the harbour deal last "
        + "summer. Tom Reed condemned the strike in the most forceful way. Maria Lopez "
        + "supported the ferry plan for years. Anna Berg supports legal status for harbour "
        + "workers. Tom Reed backed the ferry bill by a 4-to-3 vote.")
    let objects = Set(r.map(\.object))
    for object in [
      "the harbour workers", "more school investment", "the harbour deal", "the strike",
      "the ferry plan", "legal status for harbour workers", "the ferry bill",
    ] {
      #expect(objects.contains(object), "\(object): \(described(r))")
    }
  }

  @Test func aTargetKeepsWhatItsNounTakes() {
    let r = stances(
      "Maria Lopez praised her rival's advocacy for harbour families. Tom Reed condemned the "
        + "council's call for a ban on ferries. Anna Berg rebuffed several requests for "
        + "interviews. Tom Reed dismissed the idea that the ferry is likely to help. Maria Lopez "
        + "blasted Anna Berg almost daily for her plan.")
    let objects = Set(r.map(\.object))
    for object in [
      "her rival's advocacy for harbour families", "the council's call for a ban on ferries",
      "several requests for interviews", "the idea that the ferry is likely to help", "Anna Berg",
    ] {
      #expect(objects.contains(object), "\(object): \(described(r))")
    }
  }

  @Test func aTargetKeepsAComplementThatOnlyLooksLikeASetting() {
    let r = stances(
      "Tom Reed condemned Russian interference in the 2016 election. Maria Lopez opposed "
        + "changes in the way harbour elections are run. Anna Berg criticized the withdrawal "
        + "from the race. Tom Reed condemned the attack on a campaign rally. Maria Lopez "
        + "supports a cut in the time limit for speeches. Anna Berg opposed the Google "
        + "oligopoly in search. Tom Reed criticized the tax cuts of Governor Maria Lopez for "
        + "the wealthy.")
    let objects = Set(r.map(\.object))
    for object in [
      "Russian interference in the 2016 election",
      "changes in the way harbour elections", "the withdrawal from the race",
      "the attack on a campaign rally", "a cut in the time limit for speeches",
      "the Google oligopoly in search",
      "the tax cuts of Governor Maria Lopez for the wealthy",
    ] {
      #expect(objects.contains(object), "\(object): \(described(r))")
    }
  }

  @Test func anAgentEndingAloneNamesNoPeople() {
    #expect(StanceScan.namesPeople("Florida legislators"))
    #expect(StanceScan.namesPeople("a harbour congressman"))
    #expect(StanceScan.namesPeople("union women"))
    #expect(StanceScan.namesPeople("harbour skywriters"))
    #expect(StanceScan.namesPeople("Republican committee"))
    #expect(!StanceScan.namesPeople("his answer"))
    #expect(!StanceScan.namesPeople("her career"))
    #expect(!StanceScan.namesPeople("this behavior"))
    #expect(!StanceScan.namesPeople("40 percent"))
  }

  @Test func aCallForSomeoneToActIsNoTarget() {
    let r = stances(
      "Tom Reed called for Maria Lopez to be removed from the board. Anna Berg called for the "
        + "harbour council to step up its work. Maria Lopez called for a ban on harbour ferries.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(!r.contains { $0.source == "Anna Berg" }, "\(described(r))")
    #expect(r.contains { $0.object == "a ban on harbour ferries" }, "\(described(r))")
  }

  @Test func adjectivesJoinedByACommaOrAndDescribeOneNoun() {
    let r = stances(
      "Maria Lopez criticized the angry, divisive talk of the harbour board. Tom Reed condemned "
        + "the focused and sustained attacks on the ferry plan. Anna Berg warned that the ferry "
        + "plan was a dangerous mistake by.")
    let objects = Set(r.map(\.object))
    #expect(objects.contains("the angry, divisive talk of the harbour board"), "\(described(r))")
    #expect(
      objects.contains("the focused and sustained attacks on the ferry plan"), "\(described(r))")
    #expect(!objects.contains { $0.hasSuffix(" by") }, "\(described(r))")
  }

  @Test func whatAThreatIsMadeWithOrEndangersIsNoTarget() {
    let r = stances(
      "Tom Reed threatened a major lawsuit. Harbour dredging threatens our very way of life. "
        + "Maria Lopez threatened Anna Berg.")
    #expect(r.count == 1, "\(described(r))")
    #expect(r.first?.target == "Anna Berg", "\(described(r))")
  }

  @Test func aTargetCutByTheWordLimitEndsBeforeItsLastAnd() {
    let r = stances(
      "Maria Lopez opposed the harbour toll on lorries entering the old port and a new charge "
        + "on ferries leaving for the islands.")
    #expect(
      r.first?.object == "the harbour toll on lorries entering the old port", "\(described(r))")
  }

  @Test func concernsKeepTheirClause() {
    let r = stances("Maria Lopez dismissed concerns that the ferry plan was too costly.")
    #expect(
      r.first { $0.cue == "dismissed" }?.object == "concerns that the ferry plan was too costly",
      "\(described(r))")
  }

  @Test func inPublicIsAManner() {
    let r = stances(
      "Tom Reed took care to praise Maria Lopez in public. Anna Berg supports more money for "
        + "teachers in public schools.")
    #expect(r.contains { $0.object == "Maria Lopez" }, "\(described(r))")
    #expect(
      r.contains { $0.object == "more money for teachers in public schools" }, "\(described(r))")
  }

  @Test func opposingViewsAreNoOpposition() {
    let r = stances(
      "Tom Reed and Maria Lopez had opposing views on the harbour plan. Anna Berg is opposing "
        + "the ferry plan.")
    #expect(r.count == 1, "\(described(r))")
    #expect(r.first?.source == "Anna Berg", "\(described(r))")
  }

  @Test func notYetIsNoSupport() {
    let r = stances(
      "Tom Reed has not yet endorsed the harbour plan. Maria Lopez had yet to endorse the ferry "
        + "plan.")
    #expect(!r.contains { $0.stance == .support }, "\(described(r))")
  }
}
