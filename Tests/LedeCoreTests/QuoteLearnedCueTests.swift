import LedeAnalysis
import Testing

@testable import LedeCore

/// Words the cue list lacks, taken for cues by the learned model (`CueModel`), on sentences
/// written for this test.
@Suite struct QuoteLearnedCueTests {
  let paragraphs = [
    "Harbour Council met on Tuesday.",
    "The harbour board ruled that the tolls will rise in the spring.",
  ]

  @Test func theBundledModelLoads() throws {
    #expect(CueModel.loadError == nil)
    try AnalysisData.require(.entities)
  }

  @Test func aWordTheListLacksReportsWhenTheModelTakesIt() throws {
    let q = try WrittenNews.quotes(paragraphs).filter { $0.kind == .indirect }
    let found = try #require(q.first)
    #expect(found.text == "the tolls will rise in the spring")
    #expect(found.cue == "ruled")
  }

  @Test func withoutTheModelTheWordIsACandidateOnly() throws {
    let extractor = QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames()))
    let article = try WrittenNews.article(paragraphs)
    let (quotes, candidates) = extractor.cueCandidates(in: article)
    #expect(!quotes.contains { $0.kind == .indirect })
    let ruled = try #require(candidates.first { article.text(of: $0.cue) == "ruled" })
    #expect(ruled.names.contains("w=ruled"))
    #expect(ruled.names.contains("gap=that"))
    // The keys read off the token layer are the ones the model file's names give.
    #expect(ruled.keys.count == ruled.names.count)
    #expect(zip(ruled.keys, ruled.names).allSatisfy { CueModel.key(named: $1) == $0 })
    #expect(ruled.spans.map { article.text(of: $0) } == ["the tolls will rise in the spring"])
  }

  @Test func aWordTheModelDoesNotKnowIsNoCue() throws {
    // A verb of position before an infinitive reports nothing: `positioned` scores under the
    // threshold here (the model of branch s37 took it for a cue).
    let q = try WrittenNews.quotes([
      "The harbour board is well positioned to win the dredging contract next year."
    ]).filter { $0.kind == .indirect }
    #expect(q.isEmpty)
  }

  @Test func aCommonWordInsideFewCuesIsNoCue() throws {
    // `more` lies inside a few multi-word cues of the training data, but is rarely one itself:
    // the share gate keeps it from being read.
    let q = try WrittenNews.quotes([
      "More than two hundred boats were moored in the bay when the storm arrived."
    ]).filter { $0.kind == .indirect }
    #expect(q.isEmpty)
  }

  @Test func aWordTheListLacksReportsNoObjectOrInfinitive() throws {
    // Acts, not speech: the object of `accepted` and `cast` and the infinitive after `plans`
    // are no report, though the model knows all three words; their clause would be one.
    let acts = try WrittenNews.quotes([
      "Harbour master Owen Pryce accepted an invitation to the regatta in Dunmore.",
      "The ferry company plans to open two offices in the port next year.",
      "Councillor Ruth Ames cast the deciding vote on the new moorings.",
    ]).filter { $0.kind == .indirect }
    #expect(acts.isEmpty)
  }

  @Test func anExpletiveItReportsNothing() throws {
    let q = try WrittenNews.quotes([
      "Harbour Council met on Tuesday.",
      "It is unclear whether the ferry will sail on Friday.",
    ]).filter { $0.kind == .indirect }
    #expect(q.isEmpty, "\(q.map(\.text))")
  }

  @Test func aWordTheListLacksReportsTheObjectItJudges() throws {
    // `saw … as …` is a view of the object, not an act on it.
    let q = try WrittenNews.quotes([
      "Harbour Council met on Tuesday.",
      "The fishermen saw the new tolls as a threat to the fleet.",
    ]).filter { $0.kind == .indirect }
    #expect(q.map(\.text) == ["the new tolls as a threat to the fleet"])
    #expect(q.map(\.cue) == ["saw"])
  }

  @Test func aListedCueBeforeTheReportKeepsIt() throws {
    let q = try WrittenNews.quotes([
      "The harbour committee concluded that the pier had been neglected for years."
    ]).filter { $0.kind == .indirect }
    #expect(q.map(\.cue) == ["concluded"])
  }

  @Test func theModelAddsTheWeightsOfItsFeatures() throws {
    let model = try CueModel.load(
      Array(
        "# a comment\n=threshold\t0.5\n=early\t-1\nw=accept\t1.25\ns3=ion\t0.5\nbias\t-0.5\n".utf8))
    #expect(model.threshold == 0.5)
    #expect(model.early == -1)
    let keys = ["bias", "w=accept", "n=that"].map { CueModel.key(named: $0) }
    #expect(model.score(keys) == 0.75)
    // Only a word with a weight of its own is read at all.
    #expect(model.reads(WordHash.of("accept")))
    #expect(!model.reads(WordHash.of("position")))
    #expect(!model.reads(WordHash.of("bias")))
    #expect(throws: DataFileError.self) { try CueModel.load(Array("w=accept\t1\n".utf8)) }
    #expect(throws: DataFileError.self) {
      try CueModel.load(Array("=threshold\t0\nw=accept\t1\n".utf8))
    }
    #expect(throws: DataFileError.self) {
      try CueModel.load(Array("=threshold\t0\nw=x\n".utf8))
    }
  }
}
