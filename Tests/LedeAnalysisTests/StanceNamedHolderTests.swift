import LedeCore
import Testing

@testable import LedeAnalysis

/// Holders named where the cue stands: a critic after "came under fire from", a possessive
/// pronoun before a nominal cue; and cues that hold no position (an agreement to act, a campaign
/// for an office).
@Suite struct StanceNamedHolderTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aCriticNamedAfterTheCueHoldsTheStance() {
    let r = stances("Mayor Tom Reed came under fire from Maria Lopez over the harbour plan.")
    let record = r.first { $0.cue.hasPrefix("came under") }
    #expect(record?.source == "Maria Lopez", "\(described(r))")
    #expect(record?.target == "Tom Reed", "\(described(r))")
  }

  @Test func aCriticAfterAnApposedRoleHoldsTheStance() {
    let r = stances(
      "Tom Reed will face the criticism of his party rival, Senator Maria Lopez of Ohio.")
    #expect(r.first { $0.cue.hasPrefix("face") }?.source == "Maria Lopez", "\(described(r))")
  }

  @Test func criticismWithNoNamedCriticStaysWithCritics() {
    let r = stances("Tom Reed came under fire over the harbour plan.")
    let record = r.first { $0.cue.hasPrefix("came under") }
    #expect(record?.source == "critics", "\(described(r))")
    #expect(record?.sourceIsEntity == false)
  }

  @Test func aPossessivePronounNamesTheHolderOfANominalCue() {
    // The clause's subject (Tom Reed) criticised Maria Lopez over her call: the call is hers.
    let r = stances(
      "Maria Lopez spoke in Leeds. Tom Reed criticised Maria Lopez in parliament over her call "
        + "for a ban on harbour fishing.")
    let record = r.first { $0.cue == "call for" }
    #expect(record?.source == "Maria Lopez", "\(described(r))")
    #expect(r.contains { $0.cue == "criticised" && $0.source == "Tom Reed" }, "\(described(r))")
  }

  @Test func anAgreementToActIsNoPosition() {
    let r = stances(
      "Tom Reed agreed to participate in the debate. Maria Lopez agreed to a deal with the "
        + "harbour board.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.cue == "agreed to" }, "\(described(r))")
  }

  @Test func aCampaignForAnOfficeIsNoPosition() {
    let r = stances(
      "Tom Reed launched his campaign for the Republican nomination. He accepted the party’s "
        + "nomination in July. Maria Lopez campaigned for Tom Reed in Ohio.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.source == "Maria Lopez" && $0.target == "Tom Reed" }, "\(described(r))")
  }

  @Test func aParticipleAfterACommonNounIsThatNounsPosition() {
    // The group backs Maria Lopez, not Tom Reed, who gave it money.
    let r = stances("Tom Reed gave $3 million to a group backing Maria Lopez in the race.")
    #expect(!r.contains { $0.cue == "backing" }, "\(described(r))")
  }

  @Test func aParticipleAfterADocumentKeepsTheClausesSubject() {
    let r = stances(
      "Tom Reed released a statement Thursday night condemning the harbour plan. Leeds City Council "
        + "passed a resolution condemning Maria Lopez.")
    #expect(
      r.contains { $0.source == "Tom Reed" && $0.cue == "condemning" }, "\(described(r))")
    #expect(r.contains { $0.target == "Maria Lopez" && $0.cue == "condemning" }, "\(described(r))")
  }

  @Test func aPartyAdjectiveIsNoHolder() {
    let r = stances(
      "“It is hard to dispute the rising costs,” said Democratic pollster Tom Reed. The lifelong "
        + "Republican who wrote the speech said he would endorse Maria Lopez.")
    #expect(
      !r.contains { ["Democratic", "Republican"].contains($0.source) }, "\(described(r))")
  }

  @Test func aNameRightBeforeAnIngCueHoldsIt() {
    // Inside Maria Lopez's quote, the videos show Tom Reed insulting the fishermen.
    let r = stances(
      "Maria Lopez said: “They are showing videos of Tom Reed insulting the harbour fishermen.” "
        + "Ann Smith sent a letter to Mr. Castro criticizing the harbour plan.")
    #expect(
      r.first { $0.cue == "insulting" }?.source == "Tom Reed", "\(described(r))")
    #expect(!r.contains { $0.source == "Castro" }, "\(described(r))")
  }

  @Test func thoseAndManyAreNoOneNamed() {
    let r = stances(
      "Tom Reed said nobody thinks the Netherlands has gone mad and everyone is voting for Maria "
        + "Lopez. Ann Smith and Tom Reed, among others, reject the harbour plan.")
    #expect(!r.contains { $0.target == "Maria Lopez" }, "\(described(r))")
    #expect(r.contains { $0.source == "Ann Smith" && $0.cue == "reject" }, "\(described(r))")
  }

  @Test func youInAQuoteIsNoHolder() {
    let r = stances(
      "“I ask you to support the harbour plan,” Tom Reed said. “You can’t blame Maria Lopez for "
        + "the delay,” said Ann Smith.")
    #expect(!r.contains { $0.cue == "support" && $0.source == "Tom Reed" }, "\(described(r))")
    #expect(!r.contains { $0.target == "Maria Lopez" }, "\(described(r))")
  }

  @Test func aNameBeforeANounIsNoPassiveAgent() {
    let r = stances(
      "The Labour Party met on Monday. The harbour plan was criticized by Labour councillors in "
        + "Leeds. Maria Lopez drew deep support among fishermen.")
    #expect(!r.contains { $0.cue == "criticized" && $0.sourceIsEntity }, "\(described(r))")
    #expect(!r.contains { $0.cue == "support" }, "\(described(r))")
  }

  @Test func aVerbCueBeforeAPlaceOrTimeHasNoObject() {
    let r = stances(
      "Tom Reed said he would endorse in this year’s contest. Maria Lopez has questioned in "
        + "recent days whether Ann Smith can win. Ann Smith blamed the delay on Tom Reed.")
    #expect(!r.contains { $0.cue == "endorse" || $0.cue == "questioned" }, "\(described(r))")
    #expect(r.contains { $0.cue == "blamed" && $0.target == "Tom Reed" }, "\(described(r))")
  }

  @Test func aCountMakesTheCueANoun() {
    let r = stances(
      "Yorkshire’s delegation chairman announced four votes for Tom Reed, 31 for Maria Lopez and "
        + "two abstentions. Ann Smith won four votes for Tom Reed.")
    #expect(!r.contains { $0.target == "Tom Reed" }, "\(described(r))")
  }

  @Test func aPluralNounBeforeTheVerbIsAnUnnamedSubject() {
    let r = stances(
      "Tom Reed spoke on Monday, and opposition parties rejected the harbour plan. Maria Lopez "
        + "said voters backed Tom Reed.")
    #expect(!r.contains { $0.cue == "rejected" || $0.cue == "backed" }, "\(described(r))")
  }

  @Test func aCampaignForTheWhiteHouseOrForMonthsIsNoPosition() {
    let r = stances(
      "Tom Reed launched his campaign for the White House in Ohio. Maria Lopez has run a "
        + "campaign for months in Leeds. Anna Berg campaigned for Tom Reed in Ohio.")
    #expect(!r.contains { $0.target == "White House" || $0.object == "months" }, "\(described(r))")
    #expect(r.contains { $0.source == "Anna Berg" && $0.target == "Tom Reed" }, "\(described(r))")
  }
}
