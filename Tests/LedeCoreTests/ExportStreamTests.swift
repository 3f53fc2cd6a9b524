import LedeAnalysis
import Testing

@testable import LedeCore

/// Export written a batch at a time (issue 12) is the same bytes as the whole output written at
/// once, across batch boundaries, and lets go of the tokens only when asked.
@Suite struct ExportStreamTests {
  /// More articles than one batch holds (256), so the records of several batches are joined.
  static let articles: [Article] = (0..<300).compactMap { i in
    newsArticle(
      "Council \(i) approved the “harbour” budget on Monday, said Ann Lee.",
      "The vote was \(i % 7) to \(i % 5).",
      headline: "Budget \(i)")
  }

  static let exporter = ArticleExporter(layers: .init(placeNames: GazetteerPlaceNames()))

  func streamed(_ produce: (([UInt8]) -> Bool) -> Void) -> ([UInt8], Int) {
    var output: [UInt8] = []
    var chunks = 0
    produce { chunk in
      output.append(contentsOf: chunk)
      chunks += 1
      return true
    }
    return (output, chunks)
  }

  @Test func jsonLinesStreamedAreTheWholeOutput() {
    #expect(Self.articles.count == 300)
    var whole = JSONWriter()
    for article in Self.articles {
      whole.write(Self.exporter.record(article))
      whole.output.append(0x0A)
    }
    let (bytes, chunks) = streamed { Self.exporter.jsonLines(Self.articles, to: $0) }
    #expect(chunks == 2)
    #expect(bytes == whole.output)
  }

  @Test(arguments: [0, 1, 256, 300])
  func jsonArrayStreamedIsTheWholeArray(count: Int) {
    let articles = Array(Self.articles.prefix(count))
    var whole = JSONWriter(pretty: true)
    whole.write(.array(articles.map { Self.exporter.record($0) }))
    whole.output.append(0x0A)
    let (bytes, _) = streamed { Self.exporter.jsonArray(articles, to: $0) }
    #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: whole.output, as: UTF8.self))
  }

  @Test func aFailedWriteStopsTheExport() {
    var chunks = 0
    Self.exporter.jsonArray(Self.articles) { _ in
      chunks += 1
      return false
    }
    #expect(chunks == 1)
  }

  @Test func tokensAreLetGoOnlyWhenAsked() throws {
    let article = try #require(newsArticle("Ann Lee said the plan would pass.", headline: "Plan"))
    _ = article.tokens
    Self.exporter.jsonLines([article]) { _ in true }
    #expect(article.holdsTokens)
    Self.exporter.jsonLines([article], releasingTokens: true) { _ in true }
    #expect(!article.holdsTokens)
    #expect(!article.tokens.isEmpty)
  }
}
