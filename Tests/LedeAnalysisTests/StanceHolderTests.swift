import LedeCore
import Testing

@testable import LedeAnalysis

/// Who holds a stance when a party, a nationality or a description stands near the holder, and
/// what a possessive target names.
@Suite struct StanceHolderTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aPartyWordBeforeANounIsNoHolder() {
    let r = stances(
      "The Labour Party met on Monday. Labour councillors in Leeds have criticized the harbour plan."
    )
    let record = r.first { $0.cue == "criticized" }
    #expect(record?.source == "Labour councillors", "\(described(r))")
    #expect(record?.sourceIsEntity == false)
  }

  @Test func heAndSheSkipAPersonOfTheOtherGender() {
    // A pronoun's holder was the last person named, whatever the gender: "He has criticized"
    // went to Madeleine Brandt, "She criticized" to a man named just before.
    let r = stances(
      "Bernard Holt spoke after the vote with Madeleine Brandt. He has criticized the harbour "
        + "plan for its cost. Later Brandt met Governor Tom Reed. She criticized the council for "
        + "the delay.")
    #expect(r.first { $0.cue == "criticized" }?.source == "Bernard Holt", "\(described(r))")
    #expect(
      r.first { $0.object.hasPrefix("the council") }?.source == "Madeleine Brandt",
      "\(described(r))")
  }

  @Test func aNameBeforeAPluralNounOnlyModifiesIt() {
    // The residents and the skywriters hold the stance, not the town or the stadium.
    for (body, holder) in [
      ("Brighton residents have criticized the harbour plan.", "Brighton residents"),
      ("Rose Bowl skywriters blast Tom Reed.", "Rose Bowl skywriters"),
    ] {
      let r = stances(body)
      #expect(r.first?.source == holder, "\(described(r))")
      #expect(r.first?.sourceIsEntity == false)
    }
    // A verb in "-s" after the name is the name's own, not a noun.
    let r = stances("Tom Reed vows to block the harbour plan. Maria Lopez avoids criticizing it.")
    #expect(
      r.allSatisfy { $0.source == "Tom Reed" || $0.source == "Maria Lopez" }, "\(described(r))")
  }

  @Test func aPartyAsSubjectStillHolds() {
    let r = stances("The Labour Party criticized the harbour plan.")
    #expect(r.first { $0.cue == "criticized" }?.sourceIsEntity == true, "\(described(r))")
  }

  @Test func aDescriptionWithoutAnArticleIsAnAside() {
    let r = stances(
      "Maria Lopez, managing director of the harbour firm Northgate Capital, criticized Tom Reed.")
    #expect(r.first { $0.cue == "criticized" }?.source == "Maria Lopez", "\(described(r))")
  }

  @Test func aRelationWordIsNoAside() {
    // The comma before "mother" opens a description of Maria Lopez, not of her son.
    let r = stances(
      "However, Maria Lopez, mother of the victim Sam Lopez, forcefully rejected Tom Reed's claim.")
    #expect(r.first { $0.cue == "rejected" }?.source == "Maria Lopez", "\(described(r))")
  }

  @Test func aPlacesPossessiveNamesItsOfficial() {
    let r = stances(
      "Tom Reed also criticised Leeds’s newly elected Muslim mayor Sadiq Khan for his remarks.")
    #expect(r.first { $0.cue == "criticised" }?.target == "Sadiq Khan", "\(described(r))")
  }

  @Test func aPossessiveBeforeACommonNounKeepsThePossessor() {
    let r = stances("Tom Reed criticized Maria Lopez’s remarks on the harbour.")
    #expect(r.first { $0.cue == "criticized" }?.target == "Maria Lopez", "\(described(r))")
  }

  @Test func aRoleBeforeANameTargetsThePerson() {
    let r = stances("Maria Lopez praised former Labour councillor Tom Reed for his work.")
    #expect(r.first { $0.cue == "praised" }?.target == "Tom Reed", "\(described(r))")
  }

  @Test func anActionAfterToKeepsItsVerb() {
    let r = stances("Maria Lopez called on fellow councillors to unendorse Tom Reed.")
    #expect(r.first { $0.cue.hasPrefix("called") }?.target != "Tom Reed", "\(described(r))")
  }

  @Test func noOneInParticularIsNoTarget() {
    let r = stances(
      "The harbour union has not endorsed a candidate. Maria Lopez said she would vote for anyone.")
    #expect(
      !r.contains { $0.cue.contains("endorsed") || $0.cue.contains("vote") }, "\(described(r))")
  }

  @Test func anUnresolvedRelativeIsNoTarget() {
    let r = stances("Tom Reed spoke to the local press, which was then denounced by Maria Lopez.")
    #expect(!r.contains { $0.target == "which" }, "\(described(r))")
  }

  @Test func aPronounRefersToANameInTheSameSentencesReportedWords() {
    let r = stances(
      "Sam Hill spoke first. Tom Reed quickly disavowed the group and its former leader, but he "
        + "slammed the media for raising it.")
    #expect(r.first { $0.cue == "slammed" }?.source == "Tom Reed", "\(described(r))")
  }

  @Test func theObjectOfAnotherCueIsNoSubject() {
    let r = stances("Tom Reed has been lobbying Maria Lopez to embrace the harbour plan.")
    #expect(!r.contains { $0.source == "Maria Lopez" }, "\(described(r))")
  }

  @Test func aPronounAfterAVerbOfSayingOpensItsOwnClause() {
    let r = stances(
      "Tom Reed described Maria Lopez as a “disgrace” after she attacked the harbour police "
        + "and blamed the floods on “bad luck”.")
    #expect(r.first { $0.cue == "blamed" }?.source == "Maria Lopez", "\(described(r))")
  }

  @Test func abbreviationsAndTitlesAreNoNames() {
    #expect(StanceScan.isAbbreviation("Gov."))
    #expect(StanceScan.isAbbreviation("Calif."))
    #expect(!StanceScan.isAbbreviation("Tom Reed Jr."))
    #expect(StanceScan.withoutTitle("New Jersey Gov. Chris Christie") == "Chris Christie")
    #expect(StanceScan.withoutTitle("Chris Christie") == "Chris Christie")
    let r = StanceTestSupport.stances(
      body: "New Jersey Gov. Tom Reed described the harbour plan as a “disgrace.”")
    #expect(!r.contains { $0.source.contains("Gov.") }, "\(StanceTestSupport.listing(r))")
    // "said one Democratic source": the party's adjective is no holder of an evaluation either.
    let party = StanceTestSupport.stances(
      body: "“Labour are in a frenzy that is disorganized,” said one Democratic source.")
    #expect(!party.contains { $0.source == "Democratic" }, "\(StanceTestSupport.listing(party))")
  }

  @Test func theObjectOfACueIsNotTheHolderOfTheNextOne() {
    // Maria Lopez is whom the council should not endorse; she supports no one here.
    let r = stances(
      "Tom Reed argued that the council should not endorse Maria Lopez and instead support his "
        + "brother.")
    #expect(!r.contains { $0.source == "Maria Lopez" }, "\(described(r))")
  }

  @Test func aPronounInAQuoteIsNotItsSpeaker() {
    // Maria Lopez says "I"; "She" in her words is Anna Berg, whom an earlier quote names.
    let r = stances(
      "“Anna Berg was in Leeds the day before the vote,” Maria Lopez said. “She talked about "
        + "the harbour. She called on us to protect the harbour from developers.”")
    #expect(!r.contains { $0.source == "Maria Lopez" }, "\(described(r))")
  }
}
