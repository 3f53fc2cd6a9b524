import LedeCore
import Testing

@testable import LedeAnalysis

/// The stance token view reads words on bytes where it can; it must give what the String rules
/// give.
@Suite struct StanceTextTests {
  static let words = [
    "Russia", "Russia's", "Russia’s", "farmers'", "Reynolds’", "didn't", "DIDN’T", "can't",
    "Won't", "shan’t", "ain't", "n't", "it's", "He’s", "That's", "I'm", "they're", "We've",
    "you'll", "she'd", "'d", "'s", "s'", "x", "Kremlin", "café", "Café’s", "naïve", "’", "‘",
    "’’", "O’Malley", "rock‘n’roll", "MÜNCHEN", "e\u{301}", "’\u{301}s", "ÉTÉ’S", "İstanbul",
    "don’t", "U.S.", "U.S.’s", "ﬁne", "Straße",
  ]

  @Test func bytePathSplitsAsTheStringRules() {
    var scratch: [UInt8] = []
    for raw in StanceTextTests.words {
      var copy = raw
      let viaBytes: (String, Bool, Bool)? = copy.withUTF8 { bytes in
        StanceText.straightenASCII(bytes, lowercase: true, into: &scratch)
          ? StanceText.split(normalized: &scratch) : nil
      }
      let viaString = StanceText.split(raw)
      if let viaBytes {
        #expect(viaBytes == viaString, "\(raw)")
      } else {
        #expect(raw.utf8.contains { $0 >= 0x80 }, "\(raw) took the String path")
      }
    }
  }

  @Test func straightensPunctuationAsTheStringRule() {
    var scratch: [UInt8] = []
    for raw in ["’", "‘", "“", "'", "--", "’’", "…"] {
      var copy = raw
      let straight = copy.withUTF8 {
        StanceText.straightenASCII($0, lowercase: false, into: &scratch)
      }
      if straight {
        #expect(String(decoding: scratch, as: UTF8.self) == StanceText.straighten(raw), "\(raw)")
      }
    }
  }

  @Test func articleWordsAreNormalised() {
    let article = Article(
      text: "Russia’s envoy didn't back O’Malley; “We’ve” said it’s 3.5% naïve.",
      metadata: ArticleMetadata(format: "text"),
      blocks: [Block(role: .paragraph, span: Span(start: 0, end: 79))])
    let text = StanceText(article)
    let expected = article.tokens.map { token -> String in
      let raw = article.text(of: token.span)
      switch token.kind {
      case .word: return StanceText.split(raw).0
      case .number: return raw
      default: return StanceText.straighten(raw)
      }
    }
    #expect(text.words == expected)
    #expect(text.words.contains("russia"))
    #expect(text.words.contains("did"))
  }
}
