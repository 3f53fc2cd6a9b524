import LedeAnalysis
import Testing

@testable import LedeCore

/// Short articles written for the quote and entity suites: a headline over the given paragraphs.
enum WrittenNews {
  /// The article of the headline "News of the day" over `paragraphs`.
  static func article(_ paragraphs: [String]) throws -> Article {
    try #require(
      PlainTextReader.parse((["News of the day"] + paragraphs).joined(separator: "\n\n"), path: nil)
    )
  }

  /// Every quote Lede finds in that article, with the gazetteer users run with.
  static func quotes(_ paragraphs: [String]) throws -> [Quote] {
    QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames())).quotes(
      in: try article(paragraphs))
  }

  /// Every entity Lede finds in that article, with the gazetteer users run with.
  static func entities(_ paragraphs: [String]) throws -> [Entity] {
    EntityRecognizer(places: GazetteerPlaceNames()).entities(in: try article(paragraphs))
  }
}
