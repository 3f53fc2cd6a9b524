import Testing

@testable import LedeAnalysis

/// `toward`: the tone a sentence takes toward one target, on sentences written for the test.
@Suite struct TowardTests {
  let analyzer = SentimentAnalyzer.shared

  func label(_ text: String, _ target: String) -> TowardResult.Label {
    analyzer.toward(text, target: target).label
  }

  @Test func patientOfAJudgementTakesItsTone() {
    #expect(
      label("The court sentenced Marlow to ten years in prison for fraud.", "Marlow") == .negative)
  }

  @Test func agentOfASpeechActStaysNeutral() {
    // Condemning is a position the agent holds; the condemnation is aimed at someone else.
    #expect(label("Ortega condemned the attack on the embassy.", "Ortega") == .neutral)
    #expect(label("The council condemned Ortega for the attack.", "Ortega") == .negative)
  }

  @Test func passivePatientTakesTheVerb() {
    #expect(label("Ortega was praised by the committee for her work.", "Ortega") == .positive)
  }

  @Test func speakerOfBadNewsIsNotItsTopic() {
    let text = "“The damage is terrible and people are afraid,” said Mayor Ilse Brandt."
    #expect(label(text, "Ilse Brandt") == .neutral)
  }

  @Test func placeNamedAsSettingStaysNeutral() {
    let text = "Thousands of residents in Kharkiv were without power after the deadly strikes."
    #expect(label(text, "Kharkiv") == .neutral)
  }

  @Test func clausesSplitTheTone() {
    let text = "Acme shares soared 20% after the results, while Zenith slumped to a record loss."
    #expect(label(text, "Acme") == .positive)
    #expect(label(text, "Zenith") == .negative)
  }

  @Test func relativeClauseDescribesItsNoun() {
    let text = "The agency, which was accused of fraud and corruption, will be closed."
    #expect(label(text, "agency") == .negative)
  }

  @Test func targetAsByteRange() {
    let text = "Zenith slumped to a record loss."
    #expect(analyzer.toward(text, target: 0..<6).label == .negative)
    #expect(analyzer.toward(text, target: 0..<6) == analyzer.toward(text, target: "Zenith"))
  }

  @Test func missingTargetIsNeutral() {
    #expect(analyzer.toward("Zenith slumped to a record loss.", target: "Acme") == .neutral)
    #expect(analyzer.toward("Zenith slumped.", target: 40..<50) == .neutral)
    #expect(analyzer.toward("Zenith slumped.", target: "") == .neutral)
  }

  @Test func targetNameDoesNotScoreItself() {
    // "Hope" and "Trust" are lexicon words but here they are the target's name.
    #expect(label("Hope Trust opened a new office in the city.", "Hope Trust") == .neutral)
  }
}
