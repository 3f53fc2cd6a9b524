import Testing

@testable import LedeCore

/// An article of a headline and paragraphs, in Lede's plain-text layout.
private func article(_ headline: String, _ paragraphs: [String]) -> Article? {
  PlainTextReader.parse(([headline] + paragraphs).joined(separator: "\n\n"), path: nil)
}

/// The index of the first token whose text is `word`.
private func index(_ word: String, in a: Article) -> Int {
  a.tokens.firstIndex { a.text(of: $0.span) == word } ?? -1
}

@Suite struct TokenLayerTests {
  /// `TokenShape.of(raw:)`, `raw` and `Token.kind` read an enum's byte as its raw value: true
  /// while the raw values are the cases' positions, as Swift stores such an enum.
  @Test func shapesAndKindsAreTheirRawValuesAsBytes() {
    for (position, shape) in TokenShape.allCases.enumerated() {
      #expect(shape.rawValue == UInt8(position))
      #expect(shape.raw == shape.rawValue)
      #expect(TokenShape.of(raw: shape.rawValue) == shape)
      #expect(TokenFlags(shape: shape, possessiveLength: 7).shape == shape)
      #expect(shape.isWord == [.lower, .capitalized, .allCaps, .initial].contains(shape))
      #expect(shape.isCapitalized == [.capitalized, .allCaps, .initial].contains(shape))
      #expect(
        shape.isQuoteMark
          == [.openQuote, .closeQuote, .straightQuote, .openSingle, .closeSingle].contains(shape))
      #expect(shape.endsSentence == [.period, .question, .ellipsis].contains(shape))
    }
    #expect(TokenShape.of(raw: UInt8(TokenShape.allCases.count)) == .other)
    #expect(TokenShape.of(raw: 31) == .other)
    for (position, kind) in TokenKind.allCases.enumerated() {
      #expect(kind.rawValue == UInt8(position))
      #expect(Token(start: 3, end: 9, kind: kind).kind == kind)
    }
  }

  @Test func shapesWordsByCase() throws {
    let a = try #require(
      article(
        "News of the day", ["NATO and NATO's McAllen office and al-Sisi met W. Smith at 10 am."]))
    let layer = a.tokenLayer
    #expect(layer.shape(index("NATO", in: a)) == .allCaps)
    // The possessive's `s` counts: the word is not in capitals throughout.
    #expect(layer.shape(index("NATO's", in: a)) == .capitalized)
    #expect(layer.shape(index("McAllen", in: a)) == .capitalized)
    #expect(layer.flags[index("McAllen", in: a)].contains(.camelCase))
    #expect(layer.shape(index("office", in: a)) == .lower)
    #expect(layer.shape(index("al-Sisi", in: a)) == .capitalized)
    #expect(layer.shape(index("W.", in: a)) == .initial)
    #expect(layer.shape(index("10", in: a)) == .number)
    #expect(layer.shape(index(".", in: a)) == .period)
  }

  @Test func hashesFoldedWordsOnce() throws {
    let a = try #require(
      article("News of the day", ["Zürich and ZURICH and zurich’s bank met in U.S. talks."]))
    let layer = a.tokenLayer
    let key = WordHash.of("zurich")
    #expect(layer.keys[index("Zürich", in: a)] == key)
    #expect(layer.keys[index("ZURICH", in: a)] == key)
    // The possessive ending is left out of the hash.
    #expect(layer.keys[index("zurich’s", in: a)] == key)
    #expect(layer.keys[index("U.S.", in: a)] == WordHash.of("u.s."))
    #expect(WordHash.of("Saint-Denis") == WordHash.of("saint  denis"))
    #expect(WordHash.combine([key, key]) != WordHash.of("zurich zurich"))
  }

  @Test func readsPossessivesWithCoresRule() throws {
    let a = try #require(
      article(
        "News of the day", ["Russia’s envoy, Brown's aide and the Philippines' navy met farmers."]))
    let layer = a.tokenLayer
    let russia = index("Russia’s", in: a)
    #expect(layer.flags[russia].contains(.possessive))
    #expect(layer.flags[russia].possessiveLength == 4)
    #expect(a.text(of: Span(start: a.tokens[russia].start, end: layer.stemEnd(russia))) == "Russia")
    #expect(layer.flags[index("Brown's", in: a)].possessiveLength == 2)
    let philippines = index("Philippines", in: a)
    #expect(layer.flags[philippines].contains(.possessive))
    #expect(layer.flags[philippines + 1].contains(.possessiveMark))
    #expect(!layer.flags[index("farmers", in: a)].contains(.possessive))
  }

  @Test func splitsHyphenatedWordsIntoParts() throws {
    let a = try #require(
      article("News of the day", ["The anti-Russia rally in Guinea-Bissau’s capital ended."]))
    let layer = a.tokenLayer
    let anti = index("anti-Russia", in: a)
    #expect(layer.flags[anti].contains(.hyphenated))
    let parts = layer.parts(of: anti)
    #expect(
      parts.map { a.text(of: Span(start: Int($0.start), end: Int($0.end))) } == ["anti", "Russia"])
    #expect(parts.map(\.shape) == [.lower, .capitalized])
    #expect(parts.last?.key == WordHash.of("russia"))
    let guinea = layer.parts(of: index("Guinea-Bissau’s", in: a))
    #expect(guinea.map(\.key) == [WordHash.of("guinea"), WordHash.of("bissau")])
    #expect(layer.parts(of: index("rally", in: a)).isEmpty)
  }

  @Test func marksTokensInsideQuotations() throws {
    let a = try #require(
      article(
        "News of the day", ["He said “we will leave Paris” and left.", "“It runs on to the end"]))
    let layer = a.tokenLayer
    #expect(layer.flags[index("leave", in: a)].contains(.insideQuote))
    #expect(!layer.flags[index("said", in: a)].contains(.insideQuote))
    #expect(!layer.flags[index("left", in: a)].contains(.insideQuote))
    #expect(layer.flags[index("end", in: a)].contains(.insideQuote))
  }

  @Test func marksSentenceBlockAndInitialStarts() throws {
    let a = try #require(
      article("News of the day", ["Paris is calm. “Rome is not,” he said: Berlin waits."]))
    let layer = a.tokenLayer
    let paris = index("Paris", in: a)
    #expect(layer.flags[paris].contains(.blockStart))
    #expect(layer.flags[paris].contains(.sentenceStart))
    #expect(layer.flags[paris].contains(.initial))
    // After an opening quotation mark at a sentence's start, the word is still initial.
    #expect(layer.flags[index("Rome", in: a)].contains(.initial))
    #expect(!layer.flags[index("Rome", in: a)].contains(.sentenceStart))
    #expect(!layer.flags[index("he", in: a)].contains(.initial))
    #expect(layer.flags[index("is", in: a)].contains(.spaceBefore))
  }

  @Test func decidesHeadlineCasePerBlock() throws {
    let a = try #require(
      article(
        "Minister Resigns Over Leaked Budget Plans",
        [
          "The minister resigned on Friday after plans leaked.",
          "Star Paris Delaney was furious.",
          "BREAKING: MINISTER QUITS OVER LEAK",
        ]))
    let layer = a.tokenLayer
    #expect(layer.headline == [true, false, false, true])
  }

  /// Four capitals in five long words, but a lower-case verb and a closing period: a sentence
  /// (issue 14), while a line that capitalises its verbs stays a headline however it ends.
  @Test func aSentenceWithALowerCaseVerbIsNoHeadline() throws {
    let a = try #require(
      article(
        "Flood Roads Reopen",
        [
          "The Texas Department of Transportation spoke in Dallas.",
          "Marla Quent Sends Tom Reyes A Message About Steel Jobs.",
          "Harlow Springs Council Approves Budget Without Debate",
        ]))
    #expect(a.tokenLayer.headline == [true, false, true, true])
  }

  @Test func notesLineBreaksBetweenTokens() {
    let a = Article(
      text: "Lake\nGeneva shore",
      metadata: ArticleMetadata(format: "text"),
      blocks: [Block(role: .paragraph, span: Span(start: 0, end: 17))])
    let layer = a.tokenLayer
    #expect(layer.flags[1].contains(.lineBreakBefore))
    #expect(!layer.flags[2].contains(.lineBreakBefore))
    #expect(layer.flags[2].contains(.spaceBefore))
  }
}
