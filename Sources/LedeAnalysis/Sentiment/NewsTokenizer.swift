import LedeCore

/// Splits text into tokens for news mode: like VADER's tokenizer, but every token keeps its
/// byte range in the original text (so masks and quotes apply), Unicode quotes and dashes are
/// stripped, `’` is an apostrophe, possessive `'s` is dropped, and the punctuation around a
/// token is kept as structure (`TokenEdges`).
struct NewsTokenizer {
  let resources: SentimentResources
  /// Whether the news lexicon overrides VADER's (off only to measure what it adds).
  var newsLexicon = true

  /// `!` and `?` in the text.
  typealias Marks = VaderTokenizer.Marks

  /// The most tokens `text` can split into: one per two bytes, plus each emoji's words.
  func capacity(for text: UnsafeBufferPointer<UInt8>) -> Int {
    var capacity = TokenBuffer.capacity(forBytes: text.count)
    var position = 0
    while position < text.count {
      if text[position] >= 0xC2 {
        let (scalar, size) = UTF8Decoder.decode(text, at: position, end: text.count)
        let index = resources.emoji.index(of: scalar)
        if index >= 0 { capacity += resources.emoji.words(index).count }
        position += size
      } else {
        position += 1
      }
    }
    return capacity
  }

  func split(
    _ text: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>,
    into tokens: inout TokenBuffer
  ) -> Marks {
    var classifier = WordClassifier(resources: resources, scratch: scratch)
    classifier.curlyApostrophes = true
    var marks = Marks()
    let count = text.count
    var position = 0
    while position < count {
      let space = VaderTokenizer.spaceLength(text, at: position)
      if space > 0 {
        position += space
        continue
      }
      let start = position
      var hasEmoji = false
      while position < count && VaderTokenizer.spaceLength(text, at: position) == 0 {
        let byte = text[position]
        if byte == UInt8(ascii: "!") {
          marks.exclamations += 1
        } else if byte == UInt8(ascii: "?") {
          marks.questions += 1
        } else if byte >= 0xC2 && !hasEmoji {
          let (scalar, _) = UTF8Decoder.decode(text, at: position, end: count)
          hasEmoji = resources.emoji.index(of: scalar) >= 0
        }
        position += 1
      }
      if hasEmoji {
        splitEmoji(text, start, position, classifier, &tokens)
      } else {
        piece(text, start, position, classifier, &tokens)
      }
    }
    return marks
  }

  /// A piece with emoji: the text between them as words, each emoji as its description's words.
  private func splitEmoji(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ classifier: WordClassifier,
    _ tokens: inout TokenBuffer
  ) {
    var position = start
    var segment = start
    while position < end {
      let (scalar, size) = UTF8Decoder.decode(text, at: position, end: end)
      let index = size > 1 ? resources.emoji.index(of: scalar) : -1
      if index >= 0 {
        if segment < position { piece(text, segment, position, classifier, &tokens) }
        for entry in resources.emoji.words(index) {
          var token = SentimentToken(start: position, end: position + size)
          token.traits = .word
          resolve(&token, entry: entry)
          tokens.append(token)
        }
        segment = position + size
      }
      position += size
    }
    if segment < end { piece(text, segment, end, classifier, &tokens) }
  }

  /// One whitespace-free piece of text.
  private func piece(
    _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ classifier: WordClassifier,
    _ tokens: inout TokenBuffer
  ) {
    var edges: TokenEdges = []
    var wordStart = start
    var wordEnd = end
    // Leading punctuation.
    while wordStart < wordEnd {
      let (scalar, size) = UTF8Decoder.decode(text, at: wordStart, end: wordEnd)
      guard NewsTokenizer.isStrippable(scalar) else { break }
      switch scalar {
      case 0x22, 0x27, 0x201C, 0x2018, 0xAB, 0x201E: edges.insert(.openQuote)
      case 0x28, 0x5B: edges.insert(.openParen)
      default: break
      }
      wordStart += size
    }
    // Trailing punctuation, scanned backwards scalar by scalar.
    while wordEnd > wordStart {
      var lead = wordEnd - 1
      while lead > wordStart && text[lead] & 0xC0 == 0x80 { lead -= 1 }
      let (scalar, _) = UTF8Decoder.decode(text, at: lead, end: wordEnd)
      guard NewsTokenizer.isStrippable(scalar) else { break }
      switch scalar {
      case 0x2C, 0x29, 0x5D: edges.insert(.clauseEnd)
      case 0x3B: edges.formUnion([.clauseEnd, .semicolon])
      case 0x3A: edges.formUnion([.clauseEnd, .colon])
      case 0x2E, 0x21, 0x3F, 0x2026: edges.insert(.sentenceEnd)
      case 0x22, 0x201D, 0xBB: edges.insert(.closeQuote)
      case 0x2019, 0x27: edges.insert(.closeQuote)
      case 0x2014, 0x2013: edges.insert(.clauseEnd)
      default: break
      }
      wordEnd = lead
    }
    if wordStart == wordEnd {
      // Punctuation alone ("—", "-", "…") is not a word: its structure goes to the word before.
      if tokens.count > 0 {
        var previous = tokens[tokens.count - 1]
        if edges.contains(.openQuote) || edges.contains(.closeQuote) {
          previous.edges.insert(.closeQuote)
        }
        previous.edges.insert(.clauseEnd)
        if edges.contains(.sentenceEnd) { previous.edges.insert(.sentenceEnd) }
        tokens[tokens.count - 1] = previous
      }
      return
    }
    // "Oct." and "U.N." end with a full stop but rarely end the sentence.
    if edges.contains(.sentenceEnd) && NewsTokenizer.isAbbreviation(text, wordStart, wordEnd) {
      edges.remove(.sentenceEnd)
    }
    var token = SentimentToken(start: wordStart, end: wordEnd)
    var (entry, traits) = classifier.classify(text, wordStart, wordEnd)
    var stemEnd = wordEnd
    if entry < 0, let stem = Possessive.stemEnd(text, wordStart, wordEnd) {
      edges.insert(.possessive)
      entry = classifier.classify(text, wordStart, stem).entry
      stemEnd = stem
    }
    token.traits = traits.intersection([.upper, .contraction, .word, .capitalized])
    if NewsTokenizer.isVerbForm(text, wordStart, stemEnd) {
      token.traits.insert(.verbForm)
    }
    token.edges = edges
    resolve(&token, entry: entry)
    tokens.append(token)
  }

  /// Fills in what the word table knows about a token, news lexicon first.
  @inline(__always)
  private func resolve(_ token: inout SentimentToken, entry: Int32) {
    token.entry = entry
    if token.traits.contains(.contraction) { token.traits.insert(.negates) }
    guard entry >= 0 else { return }
    let word = resources.table[entry]
    token.role = word.role
    if word.flags.contains(.inNews) && newsLexicon {
      // A news value of 0 takes the word out of the lexicon ("party", "like" as a preposition).
      if word.news != 0 {
        token.traits.insert(.valence)
        token.valence = word.news
      }
    } else if word.flags.contains(.inVader) {
      token.traits.insert(.valence)
      token.valence = word.vader
    }
    if word.flags.contains(.booster) {
      token.traits.insert(.booster)
      token.booster = word.booster
    }
    if word.flags.contains(.negation) { token.traits.insert(.negates) }
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

  /// ASCII punctuation and the Unicode quotes, dashes and ellipsis of news copy.
  @inline(__always)
  static func isStrippable(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return ASCII.isPunctuation(UInt8(scalar)) }
    switch scalar {
    case 0x2010...0x2027, 0x2039, 0x203A, 0xAB, 0xBB, 0xA1, 0xBF: return true
    default: return false
    }
  }

  /// Whether a word that ends in a full stop is an abbreviation: has an inner full stop
  /// ("U.N"), or is a capitalised word of at most three letters ("Oct", "Dr", "Inc").
  static func isAbbreviation(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    for position in start..<end where text[position] == UInt8(ascii: ".") { return true }
    return end - start <= 3 && ASCII.isUpper(text[start])
  }
}
