import LedeAnalysis
import Testing

@testable import LedeCore

/// Words the cue list lacks, taken for cues by the learned model (`CueModel`), on sentences
/// written for this test.
@Suite struct QuoteLearnedCueTests {
  let paragraphs = [
    "Harbour Council met on Tuesday.",
    "Fishermen accept that the tolls will rise in the spring.",
  ]

  @Test func theBundledModelLoads() throws {
    #expect(CueModel.loadError == nil)
    try AnalysisData.require(.entities)
  }

  @Test func aWordTheListLacksReportsWhenTheModelTakesIt() throws {
    let q = try WrittenNews.quotes(paragraphs).filter { $0.kind == .indirect }
    let found = try #require(q.first)
    #expect(found.text == "the tolls will rise in the spring")
    #expect(found.cue == "accept")
  }

  @Test func withoutTheModelTheWordIsACandidateOnly() throws {
    let extractor = QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames()))
    let article = try WrittenNews.article(paragraphs)
    let (quotes, candidates) = extractor.cueCandidates(in: article)
    #expect(!quotes.contains { $0.kind == .indirect })
    let accept = try #require(candidates.first { article.text(of: $0.cue) == "accept" })
    #expect(accept.features.contains("w=accept"))
    #expect(accept.spans.map { article.text(of: $0) } == ["the tolls will rise in the spring"])
  }

  @Test func aListedCueBeforeTheReportKeepsIt() throws {
    let q = try WrittenNews.quotes([
      "The harbour committee concluded that the pier had been neglected for years."
    ]).filter { $0.kind == .indirect }
    #expect(q.map(\.cue) == ["concluded"])
  }

  @Test func theModelAddsTheWeightsOfItsFeatures() throws {
    let model = try CueModel.load(
      Array("# a comment\n=threshold\t0.5\nw=accept\t1.25\nbias\t-0.5\n".utf8))
    #expect(model.threshold == 0.5)
    #expect(model.score(["bias", "w=accept", "n=that"]) == 0.75)
    #expect(throws: DataFileError.self) { try CueModel.load(Array("w=accept\t1\n".utf8)) }
    #expect(throws: DataFileError.self) { try CueModel.load(Array("=threshold\t0\nw=x\n".utf8)) }
  }
}
