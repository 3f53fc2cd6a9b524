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

  /// The rules alone, which give the learned model its `rule` feature and keep the say where
  /// the structure is sure.
  func rules(_ text: String, _ target: String) -> TowardResult.Label {
    guard case .success(let resources) = SentimentResources.shared else { return .neutral }
    return SentimentAnalyzer.withBytes(text) {
      TowardScorer(resources: resources, model: nil).toward($0, target: Array(target.utf8)).label
    }
  }

  @Test func placeNamedAsSettingStaysNeutralForTheRules() {
    // The learned model decides settings (NewsMTSC's annotators often rate them negative).
    let text = "Thousands of residents in Kharkiv were without power after the deadly strikes."
    #expect(rules(text, "Kharkiv") == .neutral)
  }

  @Test func clausesSplitTheTone() {
    let text = "Acme shares soared 20% after the results, while Zenith slumped to a record loss."
    #expect(rules(text, "Acme") == .positive)
    #expect(label(text, "Acme") != .negative, "Zenith's loss does not reach Acme")
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

  @Test func wordOccurrencesAreTheLocatorsWholeWords() throws {
    // A name no entity or place has is found as a whole word, as `toward` finds a target: before
    // a curly possessive too, not inside another word.
    let text = "Prices\n\nThe gadget’s price rose. Gadgetry sold, and a gadget did not."
    let article = try #require(GeoTestSupport.article(text))
    let found = article.mentionSpans(of: "gadget").map { article.text(of: $0) }
    #expect(found == ["gadget", "gadget"])
  }

  @Test func targetNameDoesNotScoreItself() {
    // "Hope" and "Trust" are lexicon words but here they are the target's name.
    #expect(label("Hope Trust opened a new office in the city.", "Hope Trust") == .neutral)
  }
}

/// `toward` with the learned model: the rules keep the say where the structure is sure.
@Suite struct TowardStructureTests {
  let analyzer = SentimentAnalyzer.shared

  @Test func criticIsNotTheCriticised() {
    let text = "Senator Ruth Okafor sharply criticised the ministry for the failed tender."
    #expect(analyzer.toward(text, target: "Ruth Okafor").label == .neutral)
    #expect(analyzer.toward(text, target: "ministry").label == .negative)
  }

  @Test func criticOfEachNegativeActIsNotTheCriticised() {
    let text = "Mayor Lena Brandt condemned the contractor for the collapsed roof."
    #expect(analyzer.toward(text, target: "Lena Brandt").label == .neutral)
    #expect(analyzer.toward(text, target: "contractor").label == .negative)
  }

  @Test func judgedTakesTheJudgement() {
    let text = "The minister praised the rescue workers but blamed the council for delays."
    #expect(analyzer.toward(text, target: "rescue workers").label == .positive)
    #expect(analyzer.toward(text, target: "council").label == .negative)
  }

  @Test func modelIsLoaded() throws {
    try analyzer.validateToward()
  }
}
