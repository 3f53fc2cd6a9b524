import LedeCore
import Testing

@testable import LedeAnalysis

/// Facts denied, holders found in the wrong place, nouns read as verbs and targets that run on:
/// the errors of a strict reading of PolNeAR train records, on articles written for the tests.
@Suite struct StanceReadingTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aDeniedFactIsNoTarget() {
    let r = stances(
      "Tom Reed has denied that he was writing a book about the harbour. Maria Lopez denied it "
        + "happened. The council denies that the harbour plan was ever approved.")
    #expect(!r.contains { $0.cue.hasPrefix("den") }, "\(described(r))")
  }

  @Test func aDeniedClaimIsATarget() {
    let r = stances("Tom Reed denied the allegations. Maria Lopez rejected that idea.")
    #expect(r.contains { $0.cue == "denied" && $0.target == "the allegations" }, "\(described(r))")
    #expect(r.contains { $0.cue == "rejected" }, "\(described(r))")
  }

  @Test func aStanceVerbJoinedToReportedSpeechIsTheSpeakers() {
    let r = stances(
      "After the vote, Tom Reed complained Maria Lopez had unfairly attacked him and questioned "
        + "why the harbour board never met.")
    #expect(r.first { $0.cue == "questioned" }?.source == "Tom Reed", "\(described(r))")
  }

  @Test func aNameAfterACountedOfIsNoHolder() {
    let r = stances(
      "The Labour Party met on Monday. Only one of the 168 Labour Party members publicly "
        + "supports Tom Reed.")
    #expect(!r.contains { $0.source == "Labour Party" }, "\(described(r))")
  }

  @Test func notMuchToComplainAboutIsNegated() {
    let r = stances(
      "Maria Lopez said there was not much to complain about in the harbour plan.")
    let record = r.first { $0.cue.contains("complain") }
    #expect(record == nil || record?.negated == true, "\(described(r))")
  }

  @Test func aReducedPassiveEndsTheTarget() {
    let r = stances("Maria Lopez backed the harbour cuts favored by Tom Reed.")
    let record = r.first { $0.cue == "backed" }
    #expect(record?.object == "the harbour cuts", "\(described(r))")
  }

  @Test func aClausesOwnPassiveStaysInTheTarget() {
    let r = stances("Maria Lopez questioned how she would be helped by the harbour plan.")
    #expect(
      r.first { $0.cue == "questioned" }?.object == "how she would be helped by the harbour plan",
      "\(described(r))")
  }

  @Test func whatSomeoneShouldHaveDoneIsNoPosition() {
    let r = stances("Tom Reed said Maria Lopez should have congratulated him on the harbour plan.")
    #expect(!r.contains { $0.cue.contains("congratulated") }, "\(described(r))")
  }

  @Test func aGerundJoinedToReportedSpeechKeepsItsOwnHolder() {
    let r = stances(
      "Tom Reed said he understands Maria Lopez's position of supporting but not endorsing "
        + "Sam Hill.")
    #expect(!r.contains { $0.source == "Tom Reed" && $0.target == "Sam Hill" }, "\(described(r))")
  }

  @Test func aPluralAfterAnIngAdjectiveIsANoun() {
    let r = stances(
      "The mood about the harbour and Leeds will be reflected in the nominating contests this "
        + "winter.")
    #expect(!r.contains { $0.cue == "contests" }, "\(described(r))")
  }

  @Test func theFirstPersonInAQuoteIsItsSpeaker() {
    let r = stances("“I get endorsed by Maria Lopez, and the phones ring,” Tom Reed said.")
    #expect(
      r.contains { $0.source == "Maria Lopez" && $0.target == "Tom Reed" }, "\(described(r))")
  }

  @Test func heInANewSentenceIsTheSubjectBefore() {
    // The last man named, in a comparison, is not whom "he" refers to.
    let r = stances(
      "Tom Reed has closed more harbours than even Governor Sam Hill. He supported the harbour "
        + "cuts for years.")
    #expect(r.first { $0.cue == "supported" }?.source == "Tom Reed", "\(described(r))")
  }

  @Test func aParticipleJoinedToAnotherSharesItsHolder() {
    let r = stances(
      "Tom Reed opened his speech by thanking council leader Maria Lopez and congratulating the "
        + "harbour workers who had finished the pier.")
    #expect(r.first { $0.cue == "congratulating" }?.source == "Tom Reed", "\(described(r))")
  }

  @Test func aCallForSomeoneToActTakesNoSideTowardThem() {
    // Neither "Tom Reed" nor the urged action is a target (see `callsForAction`).
    let r = stances("In December, Maria Lopez called for Tom Reed to drop out of the race.")
    #expect(!r.contains { $0.cue == "called for" }, "\(described(r))")
  }

  @Test func aReducedPassiveIsAboutTheNounPhraseItFollows() {
    let r = stances(
      "Sam Hill said he will not support the deep harbour cuts favored by Maria Lopez.")
    #expect(
      r.first { $0.cue == "favored" }?.object == "the deep harbour cuts", "\(described(r))")
  }

  @Test func aDeniedClauseWithoutThatIsAFact() {
    let r = stances("Maria Lopez denied Tom Reed was invited to open the harbour fair.")
    #expect(!r.contains { $0.cue == "denied" }, "\(described(r))")
  }

  @Test func tooOrNotEnoughToIsNegated() {
    let r = stances(
      "Young voters are too intelligent to vote for Tom Reed. Young voters are not angry enough "
        + "to vote for Maria Lopez.")
    #expect(r.first { $0.target == "Tom Reed" }?.negated == true, "\(described(r))")
    #expect(r.first { $0.target == "Maria Lopez" }?.negated == true, "\(described(r))")
  }

  @Test func aPlaceBeforeACommonNounIsAnAdjective() {
    let r = stances("The Leeds businessman has praised Maria Lopez, saying she is a fine mayor.")
    let record = r.first { $0.cue == "praised" }
    #expect(record?.source == "Leeds businessman", "\(described(r))")
    #expect(record?.sourceIsEntity == false)
  }

  @Test func withdrawingFromARaceIsNoPosition() {
    let r = stances("Maria Lopez is planning to withdraw from her council reelection race.")
    #expect(!r.contains { $0.cue.hasPrefix("withdraw") }, "\(described(r))")
  }

  @Test func urgingSomeoneWithNoActionHasNoTarget() {
    let r = stances("Maria Lopez said she had urged Tom Reed since the day he was elected.")
    #expect(!r.contains { $0.cue == "urged" }, "\(described(r))")
  }

  @Test func aSecondNameWithItsOwnCueEndsTheTarget() {
    let r = stances(
      "“Tom Reed stands with the harbour owners and Maria Lopez stands with the workers,” Sam "
        + "Hill said.")
    #expect(
      r.contains { $0.cue == "stands with" && $0.object == "the harbour owners" },
      "\(described(r))")
  }

  @Test func evenAsOpensAClause() {
    let r = stances("Maria Lopez expressed support for the harbour plan even as she doubted it.")
    #expect(
      r.first { $0.cue.contains("support") }?.object == "the harbour plan", "\(described(r))")
  }

  @Test func contestingAPlaceOrAcceptingACountIsNoPosition() {
    let r = stances(
      "Maria Lopez and Tom Reed are heavily contesting Leeds. The Labour Party had accepted 1,200 "
        + "harbour workers by May.")
    #expect(!r.contains { $0.cue.hasPrefix("contest") }, "\(described(r))")
    #expect(!r.contains { $0.cue.hasPrefix("accept") }, "\(described(r))")
  }

  @Test func theObjectOfAPhrasalVerbIsNoHolder() {
    let r = stances("Maria Lopez has previously called out Tom Reed, slamming his harbour plan.")
    #expect(r.first { $0.cue == "slamming" }?.source == "Maria Lopez", "\(described(r))")
  }

  @Test func urgingSomeoneNotToActHoldsNoOneToTheAction() {
    // The workers are asked not to join: neither they nor the urger hold a position toward it.
    let r = stances("Maria Lopez urged harbour workers not to join the strike.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func aRefusalOrAQuotedNotNegatesTheCue() {
    let r = stances(
      "Tom Reed was criticised over his refusal to support Maria Lopez. Sam Hill said he was "
        + "“not ready” to endorse Maria Lopez.")
    #expect(r.first { $0.cue.contains("support") }?.negated == true, "\(described(r))")
    #expect(r.first { $0.cue.contains("endorse") }?.negated == true, "\(described(r))")
  }
}
