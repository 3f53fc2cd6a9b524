import LedeCore
import Testing

@testable import LedeAnalysis

/// A one-word cue that serves as a noun ("a simple question", "the mayoral contest") is no
/// cue; the same word after its subject, an adverb or before its object is a verb.
@Suite struct StanceNounCueTests {
  func stances(_ body: String) -> [StanceRecord] { StanceTestSupport.stances(body: body) }
  func described(_ records: [StanceRecord]) -> String { StanceTestSupport.listing(records) }

  @Test func aNounAfterAnAdjectiveIsNoCue() {
    for body in [
      "Tom Reed said a simple question elicits a long answer from the council.",
      "Tom Reed took several questions about the harbour plan in Leeds.",
      "Tom Reed won the mayoral contest in Leeds last spring.",
      "Tom Reed denied doing favors for the builders of the harbour.",
    ] {
      let r = stances(body)
      #expect(
        !r.contains { ["question", "questions", "contest", "favors"].contains($0.cue) },
        "\(body): \(described(r))")
    }
  }

  @Test func aVerbAfterAnAdverbOrBeforeItsObjectStaysACue() {
    let often = stances("Tom Reed often questions the harbour plan.")
    #expect(often.contains { $0.cue == "questions" && $0.stance == .oppose }, "\(described(often))")
    let overwhelmingly = stances("Tom Reed and Jane Okafor overwhelmingly oppose the harbour plan.")
    #expect(overwhelmingly.contains { $0.cue == "oppose" }, "\(described(overwhelmingly))")
    let object = stances("Tom Reed told reporters Maria Lopez endorses the harbour plan.")
    #expect(object.contains { $0.cue == "endorses" }, "\(described(object))")
    // ("the union endorses": the unnamed union holds it, not the reporter's source.)
    let unnamed = stances("Tom Reed told reporters the union endorses the harbour plan.")
    #expect(!unnamed.contains { $0.source == "Tom Reed" }, "\(described(unnamed))")
  }

  @Test func aCueAfterAnArticleAndAnAdverbIsAnAdjective() {
    let r = stances(
      "Tom Reed looks forward to an exceptionally welcoming harbour.")
    #expect(!r.contains { $0.cue == "welcoming" }, "\(StanceTestSupport.listing(r))")
  }

  @Test func aQuotedNounAfterAnArticleIsNoCue() {
    // A cue word set in quotation marks after "a" or "the" names a thing, not a position.
    for body in [
      "Maria Lopez, a council member, unloaded on the mayor with a “question’’ that amounted to "
        + "an insult.",
      "“It does away with the ‘blame game’ and the old excuses we have had,” Tom Reed said.",
    ] {
      let r = stances(body)
      #expect(r.isEmpty, "\(described(r))")
    }
  }
}
