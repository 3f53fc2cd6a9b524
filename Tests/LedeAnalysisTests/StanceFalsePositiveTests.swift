import LedeCore
import Testing

@testable import LedeAnalysis

/// Records that reading real news by hand showed to be wrong, each rewritten as a sentence for
/// the test: who holds a stance, what it is about, and what is no stance at all.
@Suite struct StanceFalsePositiveTests {
  func stances(_ body: String) -> [StanceRecord] {
    StanceTestSupport.article("Headline\nStandfirst.\n" + body)?.stances ?? []
  }

  func described(_ records: [StanceRecord]) -> String {
    records.map(StanceTestSupport.describe).joined(separator: "\n")
  }

  // MARK: Evaluations in reported speech

  @Test func aThatClauseAfterTheCopulaIsNoEvaluation() {
    let r = stances("Maria Lopez said the story in the town is that the mayor was a crook.")
    #expect(!r.contains { $0.object.hasPrefix("the story") }, "\(described(r))")
  }

  @Test func aSubjectThatRunsPastItsVerbIsJudgedNot() {
    // "the move reeks of “fear”" made the target "the move reeks of “".
    let r = stances(
      "According to the columnist Maria Lopez, the merger reeks of “fear” and desperation.")
    #expect(!r.contains { $0.object.contains("reeks") }, "\(described(r))")
  }

  @Test func aNounCueBeforeItsVerbHasNoObject() {
    // "Republican support was more solid": "was more solid" was the target of a support.
    let r = stances("Both parties voted in favour, but Republican support was more solid.")
    #expect(!r.contains { $0.object.hasPrefix("was") }, "\(described(r))")
  }

  @Test func aChanceAPressureOrADoubtIsNoPositionHeld() {
    let r = stances(
      "There is no chance Maria Lopez will withdraw from the race. Tom Reed faced pressure from "
        + "donors to back Maria Lopez. Some councillors question the wisdom of committing to Tom "
        + "Reed. The mayor was unable to condemn the harbour plan.")
    #expect(r.isEmpty, "\(described(r))")
  }

  @Test func aGovernorInAnEarlierClauseLeavesTheCueHeld() {
    let r = stances("The received wisdom fell apart when Tom Reed criticized the harbour plan.")
    #expect(r.contains { $0.source == "Tom Reed" && $0.stance == .oppose }, "\(described(r))")
  }

  @Test func aPhrasalVerbAfterToIsNoCue() {
    // "we've got to back away from that" gave support for "away from".
    let r = stances(
      "Tom Reed said: “We've got to back away from that.” Maria Lopez urged him not to back "
        + "down.")
    #expect(!r.contains { $0.object.hasPrefix("away") || $0.object == "down" }, "\(described(r))")
  }

  @Test func aNegatedPassiveReportsAnEvent() {
    let r = stances("Maria Lopez said the charity is not registered as a wonderful cause.")
    #expect(!r.contains { $0.object == "the charity" }, "\(described(r))")
  }

  @Test func aCountReportsAnEvent() {
    let r = stances("Maria Lopez said the driver is one of 707 people shot and killed this year.")
    #expect(!r.contains { $0.object == "the driver" }, "\(described(r))")
  }

  @Test func aSubordinateClauseIsNoSubject() {
    let r = stances("Tom Reed said because rebels are cruel does not mean the town is.")
    #expect(!r.contains { $0.object.hasPrefix("because") }, "\(described(r))")
  }

  @Test func aNounAfterTheIsNotAPastVerb() {
    let r = stances("“The left is terrible at this,” Maria Lopez said.")
    #expect(!r.contains { $0.target == "the" }, "\(described(r))")
  }

  @Test func reportedSpeechJudgesNothing() {
    // Only a speaker's own words evaluate (`readEvaluations`), even with quoted words inside.
    let r = stances(
      "Maria Lopez said the Harbour Board was “a disgrace.” Tom Reed said the Ferry Board was a "
        + "mess. “The Harbour Board is a disgrace,” Anna Berg said.")
    #expect(!r.contains { $0.source == "Maria Lopez" }, "\(described(r))")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    #expect(r.contains { $0.source == "Anna Berg" && $0.stance == .oppose }, "\(described(r))")
  }

  @Test func aDirectQuoteEvaluatesOnlyWhatItNames() {
    let r = stances(
      "“The voters are furious,” Maria Lopez said. “The Harbour Board is terrible at this,” she said."
    )
    #expect(!r.contains { $0.object == "The voters" }, "\(described(r))")
    #expect(r.contains { $0.target == "Harbour Board" }, "\(described(r))")
  }

  @Test func aVerbOfThinkingEndsTheSubject() {
    let r = stances("“Melanie thought the whole thing was outrageous,” said Maria Lopez.")
    #expect(!r.contains { $0.object.hasPrefix("Melanie thought") }, "\(described(r))")
  }

  // MARK: Targets

  @Test func determinersAloneNameNoTarget() {
    let r = stances("Maria Lopez apologised for what she called a “rant” online.")
    #expect(!r.contains { $0.target == "a" }, "\(described(r))")
  }

  @Test func aPronounTargetStillResolves() {
    let r = stances("Maria Lopez spoke on Monday. The Labour Party criticised her.")
    #expect(r.first?.target == "Maria Lopez", "\(described(r))")
  }

  @Test func twoVerbsShareTheirObject() {
    let r = stances("Tom Reed will support and endorse the new budget.")
    #expect(r.first?.object == "the new budget", "\(described(r))")
  }

  @Test func aClauseWordOrConjunctionIsNoObject() {
    let r = stances("Angela Brandt tried to shore up support amid sagging poll numbers.")
    #expect(!r.contains { $0.object.hasPrefix("amid") }, "\(described(r))")
    let s = stances("Tom Reed wants it made harder to sue and for the city itself to be sued.")
    #expect(!s.contains { $0.object.hasPrefix("and") }, "\(described(s))")
  }

  @Test func anAmountStaysInTheObject() {
    let r = stances("Tom Reed approved a $48m budget on Monday.")
    #expect(r.first?.object == "a $48m budget", "\(described(r))")
  }

  // MARK: Sources

  @Test func aSecondVerbSharesTheFirstVerbsSubject() {
    let r = stances(
      "Angela Brandt attacked police officers nationwide and blamed the shootings on bias.")
    let blamed = r.first { $0.cue == "blamed" }
    #expect(blamed?.source == "Angela Brandt", "\(described(r))")
    let s = stances(
      "Tom Reed has sharply criticized trade deals such as the North American Free Trade "
        + "Agreement and called for new tariffs on steel.")
    let called = s.first { $0.cue == "called for" }
    #expect(called?.source == "Tom Reed", "\(described(s))")
    #expect(called?.object == "new tariffs on steel")
  }

  @Test func aPassiveBeforeAndIsNotTheSubjectsVerb() {
    let r = stances("Tom Reed was arrested and accused the police of lying.")
    #expect(r.first?.source == "Tom Reed", "\(described(r))")
  }

  @Test func aRelativePronounTakesItsAntecedent() {
    let r = stances(
      "Tom Reed invited a team owner to the debate, someone who has mocked Angela Brandt.")
    #expect(!r.contains { $0.source == "Tom Reed" }, "\(described(r))")
    let s = stances("The speech by Maria Lopez, who praised the new budget, was short.")
    #expect(s.first?.source == "Maria Lopez", "\(described(s))")
  }

  @Test func aRelativeAfterADescriptionTakesTheName() {
    let r = stances(
      "Tom Reed of Ohio, a Republican who has refused to endorse Angela Brandt, spoke.")
    #expect(r.first?.source == "Tom Reed", "\(described(r))")
    let s = stances(
      "Tom Reed clashed with Maria Lopez, a star anchor at Fox News who questioned his record.")
    #expect(s.first?.source == "Maria Lopez", "\(described(s))")
    let t = stances(
      "“Fine,” said Angela Brandt, whom the mayor appointed to the board, and who is now "
        + "supporting Tom Reed.")
    #expect(
      t.contains { $0.source == "Angela Brandt" && $0.target == "Tom Reed" }, "\(described(t))")
  }

  @Test func aBracketedAsideIsNoSubject() {
    let r = stances("Sen. Tom Reed (R-Tex) is endorsing Angela Brandt for governor.")
    #expect(r.first?.source == "Tom Reed", "\(described(r))")
  }

  @Test func aJudgeIsTheHolderNotThePlace() {
    let r = stances("A New York judge has rejected a request from the newspaper.")
    #expect(r.first?.source == "A New York judge", "\(described(r))")
  }

  @Test func aCueBeforeFromIsANoun() {
    let r = stances("Tom Reed said praise from Angela Brandt would not change his policy.")
    #expect(!r.contains { $0.cue == "praise" }, "\(described(r))")
  }

  @Test func aReducedPassiveNamesNoHolder() {
    let r = stances("Tom Reed defended people accused of fraud.")
    #expect(!r.contains { $0.cue == "accused" }, "\(described(r))")
  }

  @Test func aBoosterBeforeAPassiveParticipleKeepsItPassive() {
    #expect(stances("Tom Reed has been harshly criticized for his policies.").isEmpty)
  }

  // MARK: Negation

  @Test func avoidingACueNegatesIt() {
    for body in [
      "Tom Reed avoids condemning the invasion of the island.",
      "Tom Reed refrained from criticising the invasion of the island.",
      "Tom Reed stopped short of condemning the invasion of the island.",
    ] {
      // Avoiding conflict takes no side: no record.
      let r = stances(body)
      #expect(r.isEmpty, "\(body): \(described(r))")
    }
  }

  @Test func avoidingACueReachesOverAnAdverb() {
    let r = stances("Tom Reed stopped short of fully endorsing the plan.")
    #expect(r.first?.negated == true, "\(described(r))")
    #expect(r.first?.cue == "short of fully endorsing")
  }

  @Test func aGuessIsNoPosition() {
    #expect(stances("Perhaps Tom Reed will oppose any move in this direction.").isEmpty)
  }

  @Test func facingQuestionsIsDoubtFromUnnamedCritics() {
    let r = stances("Tom Reed has faced questions about business practices at his foundation.")
    #expect(r.count == 1, "\(described(r))")
    #expect(r.first?.source == "critics")
    #expect(r.first?.target == "Tom Reed")
    #expect(r.first?.stance == .oppose)
  }
}
