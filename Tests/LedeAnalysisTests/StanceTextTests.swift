import LedeCore
import Testing

@testable import LedeAnalysis

/// The stance token view reads Core's token layer: its words are the tokens lowercased, with
/// the layer's possessive ending and negative clitics split off.
@Suite struct StanceTextTests {
  static func article(_ text: String) -> Article {
    Article(
      text: text, metadata: ArticleMetadata(format: "text"),
      blocks: [Block(role: .paragraph, span: Span(start: 0, end: text.utf8.count))])
  }

  @Test func articleWordsAreNormalised() {
    let article = Self.article(
      "Russia’s envoy didn't back O’Malley; “We’ve” said it’s 3.5% naïve. CAN'T and ÉTÉ’S.")
    let text = StanceText(article)
    #expect(
      Array(text.words) == [
        "russia", "envoy", "did", "back", "o'malley", ";", "“", "have", "”", "said", "is", "3.5",
        "%", "naïve", ".", "can", "and", "été", ".",
      ])
    #expect(text.possessive == text.words.indices.map { $0 == 0 || $0 == 17 })
    #expect(text.clitic == text.words.indices.map { $0 == 2 || $0 == 15 })
  }

  @Test func possessivesFollowTheLayer() {
    let article = Self.article("The farmers' union backed Wales' plan and Reynolds’ bid.")
    let text = StanceText(article)
    let possessive = text.words.indices.filter { text.possessive[$0] }.map { text.words[$0] }
    #expect(possessive == ["farmers", "wales", "reynolds"])
  }

  @Test func quotationMarksComeFromTheLayer() {
    let article = Self.article("He called it “a disgrace” and Wales’ ‘plan’ \"bad\".")
    let text = StanceText(article)
    let marks = text.words.indices.filter { text.isQuoteMark($0) }.map { text.words[$0] }
    #expect(marks == ["“", "”", "'", "'", "\"", "\""])
    #expect(text.sentenceOf.allSatisfy { $0 == 0 })
  }

  @Test func matchesAgreesWithTheWords() {
    let article = Self.article(
      "THE Mayor’s aides didn't say; it’s “fine”, she said\u{37E} Naïve O'Brien won 3-2. "
        + "OK\u{212A} \u{212A} cafe\u{301} Cafes sayer.")
    let text = StanceText(article)
    // (`OK` with the Kelvin sign lowers to `okk`; the comparison stops at the first byte that
    // differs, and a word that goes on past the literal or has other bytes is no match.)
    let literals: [StaticString] = [
      "the", "mayor", "mayor’s", "did", "didn't", ";", "is", "it", "“", "fine", ",", "she",
      "naïve", "o'brien", "3-2", ".", "won", "", "ok", "okk", "k", "cafe", "café", "say",
      "sayer", "sayers",
    ]
    for t in text.words.indices {
      for literal in literals {
        #expect(
          text.words.matches(t, literal) == (text.words[t] == literal.description),
          "token \(t) '\(text.words[t])' against '\(literal)'")
      }
    }
    // Canonically equivalent to ";" as a `String`: compared as one, not byte by byte.
    #expect(text.words.contains(";"))
  }

  @Test func hasSuffixAgreesWithTheWords() {
    let article = Self.article(
      "THE Mayor’s aides weren't STRONGLY backing; she’d “warned” Naïve O'Brien sing-ing 3-2.")
    let text = StanceText(article)
    let suffixes: [StaticString] = [
      "ing", "ly", "ed", "s", "re", "d", "'s", "ve", "2", "”", "the", "mayor", "", "o'brien",
    ]
    for t in text.words.indices {
      for suffix in suffixes {
        #expect(
          text.words.hasSuffix(t, suffix) == text.words[t].hasSuffix(suffix.description),
          "token \(t) '\(text.words[t])' against '\(suffix)'")
      }
    }
  }

  @Test func boosterKeysAgreeWithTheWords() {
    for (word, factor) in StanceWords.boosters {
      #expect(StanceWords.keys.boosters[StanceText.key(word)] == factor)
    }
    #expect(StanceWords.keys.boosters[StanceText.key("strongest")] == nil)
  }
}
