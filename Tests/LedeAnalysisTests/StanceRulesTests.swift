import LedeCore
import Testing

@testable import LedeAnalysis

/// The clause rules around a cue, on sentences written for the test.
@Suite struct StanceRulesTests {
  func stances(_ body: String) -> [StanceRecord] {
    StanceTestSupport.article("Headline\nStandfirst.\n" + body)?.stances ?? []
  }

  @Test func activeCueTakesItsSubjectAndObject() {
    let r = stances("Germany condemned the missile strike on Odesa.")
    #expect(r.count == 1)
    #expect(r.first?.source == "Germany")
    #expect(r.first?.stance == .oppose)
    #expect(r.first?.object == "the missile strike on Odesa")
  }

  @Test func negationTurnsSupportIntoOpposition() {
    let r = stances("Angela Brandt did not endorse the budget.")
    #expect(r.first?.stance == .oppose)
    #expect(r.first?.negated == true)
    #expect(r.first?.cue == "did not endorse")
  }

  @Test func negationReachesThroughReadiness() {
    let r = stances("Angela Brandt is not ready to endorse the budget.")
    #expect(r.first?.stance == .oppose)
    #expect(r.first?.negated == true)
    #expect(r.first?.cue == "is not ready to endorse")
  }

  @Test func negationReachesOverACommaAfterAnAuxiliary() {
    // "does not, and never will, accept" was read as acceptance.
    let r = stances("Angela Brandt does not, and never will, accept the budget.")
    #expect(r.first?.stance == .oppose)
    #expect(r.first?.negated == true)
  }

  @Test func negatedConflictIsNoPosition() {
    let r = stances("Angela Brandt refused to condemn the protesters.")
    #expect(r.isEmpty)
  }

  @Test func passiveTakesTheAgentAsSource() {
    let r = stances("The allegations have been denied by the Kremlin.")
    #expect(r.first?.source == "Kremlin")
    #expect(r.first?.object == "The allegations")
    #expect(r.first?.stance == .oppose)
  }

  @Test func agentlessPassiveHasNoSource() {
    #expect(stances("The allegations have been denied.").isEmpty)
  }

  @Test func reciprocalPhrasingGoesBothWays() {
    let r = stances("Emmanuel Macron and Olaf Scholz heaped praise on each other at the summit.")
    #expect(r.count == 2)
    #expect(Set(r.map(\.source)) == ["Emmanuel Macron", "Olaf Scholz"])
    #expect(Set(r.map(\.target)) == ["Emmanuel Macron", "Olaf Scholz"])
    #expect(r.allSatisfy { $0.stance == .support })
  }

  @Test func quotedWordsBelongToTheSpeaker() {
    let r = stances("“We strongly oppose the new tariffs,” said Maria Lopez, the trade minister.")
    #expect(r.first?.source == "Maria Lopez")
    #expect(r.first?.voice == .direct)
    #expect((r.first?.intensity ?? 0) < -5)
  }

  @Test func aCueInsideANameIsNoCue() {
    #expect(stances("The Rapid Support Forces entered the town.").isEmpty)
  }

  @Test func lexiconPatternsInflectAndAlternate() throws {
    let lexicon = try StanceLexicon(cues: [
      StanceCue(pattern: "pour+ * scorn on|upon", stance: .oppose, intensity: -5)
    ])
    let extractor = StanceExtractor(lexicon: lexicon)
    let article = try #require(
      StanceTestSupport.article("H\nS.\nMayor Ann Lee poured cold scorn upon the plan."))
    let r = extractor.stances(in: article)
    #expect(r.first?.source == "Ann Lee")
    #expect(r.first?.cue == "poured cold scorn upon")
  }

  @Test func lexiconFileErrorsNameTheLine() {
    #expect(throws: StanceDataError.self) {
      _ = try StanceLexicon.parse("praise+\tsupport\t-4\tobject\n")
    }
    #expect(throws: StanceDataError.self) {
      _ = try StanceLexicon.parse("praise+\tlove\t4\tobject\n")
    }
  }

  @Test func bundledLexiconLoads() throws {
    let lexicon = try StanceLexicon.bundled.get()
    #expect(lexicon.cues.count > 100)
  }
}
