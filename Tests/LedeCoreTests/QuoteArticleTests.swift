import LedeAnalysis
import Testing

@testable import LedeCore

/// The quotes of a short article written for a test: a headline, then one paragraph per string,
/// read with the gazetteer as the binary reads it.
protocol QuoteArticleTests {}

extension QuoteArticleTests {
  func quotes(in paragraphs: [String]) throws -> (Article, [Quote]) {
    let article = try WrittenNews.article(paragraphs)
    return (
      article,
      QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames())).quotes(
        in: article)
    )
  }

  func first(_ q: [Quote], _ prefix: String) throws -> Quote {
    try #require(q.first { $0.text.hasPrefix(prefix) }, "no quote starting '\(prefix)' in \(q)")
  }
}
