import LedeCore

/// Reads the tokens of news mode and `toward` from Core's token layer (`LayerText`): each word,
/// number or link becomes a token looked up in the word table, each emoji the words of its
/// description, and the punctuation between them the structure the rules read (`TokenEdges`).
///
/// The layer decides what a word is, where sentences start, which words are inside a quotation
/// and which open their sentence (`initial`); this only looks words up, so news mode reads text
/// by the rules every other analysis reads it by. (VADER mode keeps the reference tokenizer,
/// `VaderTokenizer`, which it must match exactly.)
struct NewsTokenReader {
  let resources: SentimentResources
  /// Whether the news lexicon overrides VADER's (off only to measure what it adds).
  var newsLexicon = true

  /// `!` and `?` in the text.
  typealias Marks = VaderTokenizer.Marks

  /// The most tokens `source` can give: one per layer token, plus each emoji's words.
  func capacity(for source: LayerText) -> Int {
    var capacity = source.tokens.count + 1
    let tokens = source.layer.tokens
    for t in source.tokens {
      let token = tokens[t]
      // The layer's array read once and a `case` pattern: 22.1M -> 20.7M instructions over the
      // 30,511 sentences of PolNeAR train (callgrind).
      switch token.kind {
      case .emoji, .symbol:
        forEachEmoji(source.text, token) { index, _, _ in
          capacity += resources.emoji.words(index).count
        }
      default: continue
      }
    }
    return capacity
  }

  func read(
    _ source: LayerText, scratch: UnsafeMutableBufferPointer<UInt8>,
    into tokens: inout TokenBuffer
  ) -> Marks {
    var classifier = WordClassifier(resources: resources, scratch: scratch)
    classifier.curlyApostrophes = true
    let layer = source.layer
    let text = source.text
    var marks = Marks()
    // An opening quotation mark or bracket belongs to the word after it.
    var opening: TokenEdges = []
    for t in source.tokens {
      let token = layer.tokens[t]
      let flags = layer.flags[t]
      if t > source.tokens.lowerBound, flags.contains(.sentenceStart) {
        NewsTokenReader.markLast(&tokens, .sentenceEnd)
      }
      switch token.kind {
      case .punct:
        switch flags.shape {
        case .comma, .closeParen, .dash: NewsTokenReader.markLast(&tokens, .clauseEnd)
        case .semicolon: NewsTokenReader.markLast(&tokens, [.clauseEnd, .semicolon])
        case .colon: NewsTokenReader.markLast(&tokens, [.clauseEnd, .colon])
        case .period, .ellipsis: NewsTokenReader.markLast(&tokens, .sentenceEnd)
        case .question:
          NewsTokenReader.markLast(&tokens, .sentenceEnd)
          for i in token.start..<token.end {
            if text[i] == UInt8(ascii: "!") { marks.exclamations += 1 }
            if text[i] == UInt8(ascii: "?") { marks.questions += 1 }
          }
        case .openParen: opening.insert(.openParen)
        case .openQuote, .openSingle: opening.insert(.openQuote)
        case .straightQuote, .other:
          // `"` and `'` open a quotation where they stand before a word, not after one.
          let isMark =
            flags.shape == .straightQuote
            || (token.end - token.start == 1 && text[token.start] == UInt8(ascii: "'"))
          let before = t == source.tokens.lowerBound || flags.contains(.spaceBefore)
          let after =
            t + 1 < source.tokens.upperBound && !layer.flags[t + 1].contains(.spaceBefore)
          if isMark && before && after { opening.insert(.openQuote) }
        default: break
        }
      case .emoji, .symbol:
        forEachEmoji(text, token) { index, position, size in
          for entry in resources.emoji.words(index) {
            var word = SentimentToken(start: position, end: position + size)
            word.traits = .word
            if flags.contains(.insideQuote) { word.traits.insert(.quoted) }
            resolve(&word, entry: entry)
            tokens.append(word)
          }
        }
      case .word, .number, .url, .email:
        var word = self.word(t, in: source, classifier)
        word.edges = opening
        opening = []
        tokens.append(word)
      }
    }
    return marks
  }

  /// The token of the layer's word (or number, link) `t`.
  private func word(_ t: Int, in source: LayerText, _ classifier: WordClassifier)
    -> SentimentToken
  {
    let layer = source.layer
    let text = source.text
    let flags = layer.flags[t]
    var start = layer.tokens[t].start
    // `#hashtag`, `@mention`: the word is looked up without its sign.
    if text[start] == UInt8(ascii: "#") || text[start] == UInt8(ascii: "@") { start += 1 }
    let stemEnd = layer.stemEnd(t)
    var end = layer.tokens[t].end
    // A period the layer keeps in the word (`Mr.`, `U.S.`) is no part of it for the word table,
    // as VADER strips it.
    if flags.contains(.finalPeriod), flags.possessiveLength == 0 { end -= 1 }
    var token = SentimentToken(start: start, end: end)
    guard start < end else { return token }
    var entry: Int32 = -1
    var traits: TokenTraits
    var verbEnd = end
    if start == layer.tokens[t].start, end == layer.tokens[t].end,
      let plain = flags.contains(.plain)
        ? NewsTokenReader.traits(flags) : WordClassifier.plainTraits(text, start, end)
    {
      // The layer's key is the hash of the lowercased stem (without a possessive ending), which
      // is what `classify` finds: no word of the table ends in a possessive ending, so the whole
      // token would not be found (`SentimentKeyTests`).
      traits = plain
      if stemEnd < end {
        if start < stemEnd {
          entry = resources.table.find(key: layer.keys[t])
          verbEnd = stemEnd
        }
      } else {
        entry = resources.table.find(key: layer.keys[t])
      }
    } else {
      (entry, traits) = classifier.classify(text, start, end)
      if entry < 0, stemEnd < end, start < stemEnd {
        entry = classifier.classify(text, start, stemEnd).entry
        verbEnd = stemEnd
      }
    }
    token.traits = traits.intersection([.upper, .contraction, .word, .capitalized])
    if NewsTokenReader.isVerbForm(text, start, verbEnd) { token.traits.insert(.verbForm) }
    if flags.contains(.initial) { token.traits.insert(.initial) }
    if flags.contains(.insideQuote) { token.traits.insert(.quoted) }
    resolve(&token, entry: entry)
    return token
  }

  /// The traits `WordClassifier.plainTraits` reads off a plain word's bytes, as the token
  /// layer read them (`TokenFlags.plain`).
  @inline(__always)
  static func traits(_ flags: TokenFlags) -> TokenTraits {
    var traits: TokenTraits = []
    if flags.contains(.negativeContraction) { traits.insert(.contraction) }
    if flags.contains(.upperOnly) { traits.insert(.upper) }
    if flags.contains(.capitalFirst) { traits.insert(.capitalized) }
    if flags.contains(.cased) { traits.insert(.word) }
    return traits
  }

  /// Calls `body` with the description index, position and size of each emoji scalar of
  /// `token` (the reference describes emoji one scalar at a time).
  private func forEachEmoji(
    _ text: UnsafeBufferPointer<UInt8>, _ token: Token, _ body: (Int32, Int, Int) -> Void
  ) {
    var position = token.start
    let end = min(token.end, text.count)
    while position < end {
      let (scalar, size) = UTF8Decoder.decode(text, at: position, end: end)
      let index = size > 1 ? resources.emoji.index(of: scalar) : -1
      if index >= 0 { body(index, position, size) }
      position += size
    }
  }

  /// Adds `edges` to the last token read, if any.
  private static func markLast(_ tokens: inout TokenBuffer, _ edges: TokenEdges) {
    guard tokens.count > 0 else { return }
    tokens[tokens.count - 1].edges.formUnion(edges)
  }

  /// Fills in what the word table knows about a token, news lexicon first.
  @inline(__always)
  private func resolve(_ token: inout SentimentToken, entry: Int32) {
    token.entry = entry
    if token.traits.contains(.contraction) { token.traits.insert(.negates) }
    guard entry >= 0 else { return }
    token.take(resources.table[entry], newsLexicon: newsLexicon)
  }

  /// Whether a word ends in "-ed" or "-ing" (and is long enough to be a verb form).
  static func isVerbForm(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 5 else { return false }
    let last = text[end - 1] | 0x20
    let second = text[end - 2] | 0x20
    if last == UInt8(ascii: "d") && second == UInt8(ascii: "e") { return true }
    return last == UInt8(ascii: "g") && second == UInt8(ascii: "n")
      && text[end - 3] | 0x20 == UInt8(ascii: "i")
  }
}
