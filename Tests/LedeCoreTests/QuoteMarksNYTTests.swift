import LedeAnalysis
import Testing

@testable import LedeCore

/// The New York Times' quotation marks, two apostrophes (`''…''`), on an article written for
/// this test. On PolNeAR, whose check of `direct` missed these marks, reading them as
/// quotation marks found 1,191 of the 1,192 train attributions holding them and 85 of 85 on dev
/// as direct quotes (lede-bench quotes, which counts them as direct).
@Suite struct QuoteMarksNYTTests {
  static let article = [
    "Harbour tax plan divides economists",
    "''This is not reform,'' said Nadia Okafor, an economist at the Bay Institute. ''It is a levy on ferries. Nobody wants that.''",
    "Mr. Lund said the plan was ''a careful first step'' toward a fairer system.",
    "''We called it 'the quiet tax,''' Ms. Okafor said.",
  ].joined(separator: "\n\n")

  func words(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer.tokens(in: text).map {
      String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
    }
  }

  @Test func twoApostrophesAreOneMark() {
    #expect(words("''No,'' he said.") == ["''", "No", ",", "''", "he", "said", "."])
    // Of three, the first closes the single quotation.
    #expect(words("tax,''' she") == ["tax", ",", "'", "''", "she"])
    #expect(words("``Yes,'' she said") == ["``", "Yes", ",", "''", "she", "said"])
    // Apostrophes inside words and a single one stay as they were.
    #expect(words("isn't 'quiet'") == ["isn't", "'", "quiet", "'"])
  }

  @Test func sentencesEndAfterTheClosingMark() throws {
    let article = try #require(PlainTextReader.parse(Self.article, path: nil))
    let texts = article.sentences.map { article.text(of: $0.span) }
    #expect(texts.contains("''It is a levy on ferries."))
    #expect(texts.contains("Nobody wants that.''"))
  }

  @Test func quotesAreDirectAndAttributed() throws {
    let article = try #require(PlainTextReader.parse(Self.article, path: nil))
    let quotes = QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames()))
      .quotes(in: article)
    let first = try #require(quotes.first { $0.text.hasPrefix("This is not") })
    #expect(first.kind == .direct && first.text == "This is not reform,")
    #expect(first.speaker == "Nadia Okafor" && first.cue == "said")
    let second = try #require(quotes.first { $0.text.hasPrefix("It is a levy") })
    #expect(second.kind == .direct && second.text == "It is a levy on ferries. Nobody wants that.")
    #expect(second.speaker == "Nadia Okafor")
    let partial = try #require(quotes.first { $0.text == "a careful first step" })
    #expect(partial.kind == .partial && partial.speaker == "Lund")
    let nested = try #require(quotes.first { $0.text.hasPrefix("We called it") })
    #expect(nested.kind == .direct && nested.text == "We called it 'the quiet tax,'")
    #expect(nested.speaker == "Nadia Okafor")
  }
}
