import Testing

@testable import LedeCore

/// The texts of the tokens of `text`.
private func words(_ text: String) -> [String] {
  let bytes = Array(text.utf8)
  return Tokenizer.tokens(in: text).map {
    String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
  }
}

/// The tokens of `text` as `text/kind`.
private func tagged(_ text: String) -> [String] {
  let bytes = Array(text.utf8)
  return Tokenizer.tokens(in: text).map {
    "\(String(decoding: bytes[$0.start..<$0.end], as: UTF8.self))/\($0.kind)"
  }
}

@Suite struct TokenizerTests {
  /// Text with a token in every byte outgrows the scanner's first buffer (a token in two
  /// bytes), which grows and keeps every token.
  @Test func keepsEveryTokenOfDenseText() {
    let text = String(repeating: "x,", count: 300)
    let tokens = Tokenizer.tokens(in: text)
    #expect(tokens.count == 600)
    #expect(tokens.enumerated().allSatisfy { $1.start == $0 && $1.end == $0 + 1 })
    #expect(words(text).prefix(3) == ["x", ",", "x"])
  }

  @Test func splitsWordsAndPunctuation() {
    #expect(
      words("Lavrov arrived in Pyongyang on Wednesday, officials said.")
        == [
          "Lavrov", "arrived", "in", "Pyongyang", "on", "Wednesday", ",", "officials", "said", ".",
        ])
  }

  @Test func keepsApostrophesInsideWords() {
    #expect(
      words("Russia’s envoy said O’Brien don't know Kim's plans.")
        == ["Russia’s", "envoy", "said", "O’Brien", "don't", "know", "Kim's", "plans", "."])
  }

  @Test func separatesCurlyQuotesAndAFinalApostrophe() {
    #expect(
      words("“Moscow is against it,” he said of the ‘imperialists’ scheme.")
        == [
          "“", "Moscow", "is", "against", "it", ",", "”", "he", "said", "of", "the", "‘",
          "imperialists", "’", "scheme", ".",
        ])
    #expect(
      words("«Non», a-t-il dit „ja“") == ["«", "Non", "»", ",", "a-t-il", "dit", "„", "ja", "“"])
  }

  @Test func keepsHyphenatedWordsTogether() {
    #expect(
      words("The two-day visit marked an anti-Russia turn for the 10-year-old COVID-19 plan.")
        == [
          "The", "two-day", "visit", "marked", "an", "anti-Russia", "turn", "for", "the",
          "10-year-old", "COVID-19", "plan", ".",
        ])
  }

  @Test func makesDashesPunctuation() {
    #expect(
      tagged("Kim — the leader – agreed -- mostly - today")
        == [
          "Kim/word", "—/punct", "the/word", "leader/word", "–/punct", "agreed/word", "--/punct",
          "mostly/word", "-/punct", "today/word",
        ])
  }

  @Test func readsNumbersWithSeparatorsAndDecimals() {
    #expect(
      tagged("more than 1,000 containers, 3.5 percent, $1,000.50 and -3 degrees in 2018")
        == [
          "more/word", "than/word", "1,000/number", "containers/word", ",/punct", "3.5/number",
          "percent/word", ",/punct", "$/symbol", "1,000.50/number", "and/word", "-3/number",
          "degrees/word", "in/word", "2018/number",
        ])
    // A comma in a list is not a thousands separator.
    #expect(words("1,2 and 1,00") == ["1", ",", "2", "and", "1", ",", "00"])
  }

  @Test func splitsSymbolsFromNumbers() {
    #expect(tagged("10%") == ["10/number", "%/symbol"])
    #expect(tagged("$5bn") == ["$/symbol", "5bn/number"])
    #expect(tagged("€20m") == ["€/symbol", "20m/number"])
  }

  @Test func readsOrdinalsDecadesTimesAndDates() {
    #expect(
      tagged("the 21st century, the 1990s, the ’90s, at 10:30 on 12/10/2023 in 2022-23")
        == [
          "the/word", "21st/number", "century/word", ",/punct", "the/word", "1990s/number",
          ",/punct", "the/word", "’90s/number", ",/punct", "at/word", "10:30/number", "on/word",
          "12/10/2023/number", "in/word", "2022-23/number",
        ])
    #expect(tagged("a 3D model") == ["a/word", "3D/word", "model/word"])
  }

  @Test func keepsThePeriodOfAbbreviations() {
    #expect(
      words(
        "Mr. Smith, Gen. Milley and Sen. Warren met at 9 a.m. on Jan. 5, e.g. in the U.S. and U.N.")
        == [
          "Mr.", "Smith", ",", "Gen.", "Milley", "and", "Sen.", "Warren", "met", "at", "9", "a.m.",
          "on", "Jan.", "5", ",", "e.g.", "in", "the", "U.S.", "and", "U.N.",
        ])
    #expect(words("the U.S.-led coalition") == ["the", "U.S.-led", "coalition"])
    #expect(words("a Ph.D. student, etc.") == ["a", "Ph.D.", "student", ",", "etc."])
  }

  @Test func keepsThePeriodOfInitials() {
    #expect(
      words("George W. Bush and J. R. R. Tolkien")
        == ["George", "W.", "Bush", "and", "J.", "R.", "R.", "Tolkien"])
    // `I.` is more often the pronoun or a numeral than an initial.
    #expect(words("since World War I.") == ["since", "World", "War", "I", "."])
  }

  @Test func leavesTheFinalPeriodOfOrdinaryWords() {
    #expect(words("They met in Moscow. Then") == ["They", "met", "in", "Moscow", ".", "Then"])
    #expect(words("no.") == ["no", "."])
    #expect(words("sanctions.The") == ["sanctions", ".", "The"])
  }

  @Test func makesEllipsesOneToken() {
    #expect(
      tagged("peace … and ... war") == [
        "peace/word", "…/punct", "and/word", ".../punct", "war/word",
      ])
    #expect(words("What?! Now!!") == ["What", "?!", "Now", "!!"])
  }

  @Test func findsURLsAndEmails() {
    #expect(
      tagged("See https://en.wikipedia.org/wiki/Foo_(bar). Or (www.example.com/x), or bbc.co.uk.")
        == [
          "See/word", "https://en.wikipedia.org/wiki/Foo_(bar)/url", "./punct", "Or/word",
          "(/punct", "www.example.com/x/url", ")/punct", ",/punct", "or/word", "bbc.co.uk/url",
          "./punct",
        ])
    #expect(
      tagged("Write to press.office@example.org, not “http://x.ru/a?b=1”.")
        == [
          "Write/word", "to/word", "press.office@example.org/email", ",/punct", "not/word",
          "“/punct", "http://x.ru/a?b=1/url", "”/punct", "./punct",
        ])
  }

  @Test func readsHashtagsAndMentionsAsWords() {
    #expect(
      tagged("#Ukraine trended as @KremlinRussia_E posted # 5")
        == [
          "#Ukraine/word", "trended/word", "as/word", "@KremlinRussia_E/word", "posted/word",
          "#/symbol", "5/number",
        ])
    #expect(words("AT&T and S&P rose") == ["AT&T", "and", "S&P", "rose"])
  }

  @Test func makesEmojiOneTokenEach() {
    #expect(
      tagged("Support 🇺🇦👍🏽 from 👨‍👩‍👧 ❤️!")
        == ["Support/word", "🇺🇦/emoji", "👍🏽/emoji", "from/word", "👨‍👩‍👧/emoji", "❤️/emoji", "!/punct"])
  }

  @Test func readsLettersOfAnyScript() {
    #expect(
      words("Зеленский и Ελλάδα, 北京 and Zaporizhzhia’s café")
        == ["Зеленский", "и", "Ελλάδα", ",", "北京", "and", "Zaporizhzhia’s", "café"])
    // A combining accent stays in its word.
    #expect(words("cafe\u{301} au lait") == ["cafe\u{301}", "au", "lait"])
    #expect(tagged("٢٠٢٣") == ["٢٠٢٣/number"])
  }

  @Test func givesUTF8ByteSpans() {
    let text = "Лавров’s “visit”"
    let tokens = Tokenizer.tokens(in: text)
    // Six two-byte letters, a three-byte apostrophe and `s`; then three-byte quotes.
    #expect(tokens.map(\.start) == [0, 17, 20, 25])
    #expect(tokens.map(\.end) == [16, 20, 25, 28])
  }

  @Test func treatsNewlinesAndNoBreakSpacesAsWhitespace() {
    #expect(
      words("hard-\nwrapped\tline\u{00A0}here\r\nand") == [
        "hard", "-", "wrapped", "line", "here", "and",
      ])
  }

  @Test func cutsTokensLongerThanTheMaximum() {
    let text = String(repeating: "é", count: 40_000)  // 80,000 bytes
    let tokens = Tokenizer.tokens(in: text)
    // Cut at character boundaries: pieces of 4,094 bytes (2,047 é), then the rest.
    #expect(tokens.count == 20)
    #expect(tokens.allSatisfy { $0.end - $0.start <= Token.maximumLength && $0.kind == .word })
    #expect(tokens.first?.start == 0 && tokens.last?.end == 80_000)
    #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.end == $1.start && $0.end % 2 == 0 })
  }

  @Test func tokenizesOnlyInsideBlocks() {
    let text = "Headline here\nBy Jane Doe\nBody text."
    let blocks = [
      Block(role: .title, span: Span(start: 0, end: 13)),
      Block(role: .paragraph, span: Span(start: 26, end: 36)),
    ]
    let layers = TextAnalyzer.analyze(text: text, blocks: blocks)
    let bytes = Array(text.utf8)
    let texts = layers.tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    #expect(texts == ["Headline", "here", "Body", "text", "."])
  }

  /// Random text from pieces that exercise every rule: tokens must be non-empty, in order,
  /// apart, on scalar boundaries, and cover every byte that is not whitespace; sentences must
  /// tile the tokens.
  @Test func keepsItsInvariantsOnRandomText() {
    let pieces = [
      " ", "\n", "a", "Kim", "U", "S", ".", "..", ",", "’", "'", "\"", "“", "”", "«", "»", "-",
      "--", "—", "⸺", "…", "!", "?", "1", "000", ":", "/", "@", "#", "_", "&", "$", "%", "(", ")",
      "http", "://", "www", "com", "é", "\u{301}", "Ж", "北", "。", "🇺", "👍", "\u{1F3FD}",
      "\u{200D}", "\u{FE0F}", "\u{00A0}", "\u{0007}", "²", "٣", "Mr", "e.g", "Ph.D",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<2_000 {
      let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
      let bytes = Array(text.utf8)
      let layers = TextAnalyzer.analyze(
        text: text, blocks: [Block(role: .paragraph, span: Span(start: 0, end: bytes.count))])
      var covered = [Bool](repeating: false, count: bytes.count)
      var previousEnd = 0
      for token in layers.tokens {
        #expect(token.start >= previousEnd && token.end > token.start, "\(text.debugDescription)")
        #expect(token.end <= bytes.count)
        #expect(
          bytes[token.start] & 0xC0 != 0x80, "token inside a scalar in \(text.debugDescription)")
        previousEnd = token.end
        for index in token.start..<token.end { covered[index] = true }
      }
      let uncovered = String(
        decoding: bytes.indices.filter { !covered[$0] }.map { bytes[$0] }, as: UTF8.self)
      #expect(
        uncovered.unicodeScalars.allSatisfy {
          $0.properties.isWhitespace || $0.properties.generalCategory == .control
            || $0.properties.generalCategory == .format || $0.properties.isVariationSelector
        }, "uncovered \(uncovered.debugDescription) in \(text.debugDescription)")
      var nextToken = 0
      for sentence in layers.sentences {
        #expect(sentence.tokens.lowerBound == nextToken && !sentence.tokens.isEmpty)
        nextToken = sentence.tokens.upperBound
      }
      #expect(nextToken == layers.tokens.count)
    }
  }

  @Test func handlesEmptyText() {
    #expect(Tokenizer.tokens(in: "").isEmpty)
    #expect(Tokenizer.tokens(in: " \n\t ").isEmpty)
    #expect(TextAnalyzer.analyze(text: "", blocks: []).sentences.isEmpty)
  }
}
