/// How a token looks to the entity recogniser and the quote extractor.
enum TokenShape: UInt8, Sendable {
  case other, lower, capitalized, allCaps, initial, number
  case comma, colon, semicolon, period, question, ellipsis, openParen, closeParen, dash
  case openQuote, closeQuote, straightQuote, openSingle, closeSingle

  var isWord: Bool {
    self == .lower || self == .capitalized || self == .allCaps || self == .initial
  }
  var isCapitalized: Bool { self == .capitalized || self == .allCaps || self == .initial }
  var isQuoteMark: Bool { rawValue >= TokenShape.openQuote.rawValue }
  var endsSentence: Bool { self == .period || self == .question || self == .ellipsis }
}

/// What the recogniser knows about one token.
struct TokenFact: Sendable {
  var start: Int32
  var end: Int32
  /// End of the token without a possessive `’s`.
  var nameEnd: Int32
  var hash: UInt64
  var info: WordInfo
  var shape: TokenShape
  var possessive: Bool
  /// First word of its sentence, or first word after a quotation mark that opens it.
  var initial: Bool
  var sentence: Int32
}

/// An article's tokens with their shapes and lexicon facts, computed once and shared by the
/// entity recogniser and the quote extractor.
final class ArticleScan: Sendable {
  let article: Article
  let bytes: [UInt8]
  let facts: [TokenFact]
  let sentences: [Sentence]
  let lexicon: NameLexicon

  init(_ article: Article, lexicon: NameLexicon = .shared) {
    self.article = article
    self.lexicon = lexicon
    let bytes = Array(article.text.utf8)
    let tokens = article.tokens
    let sentences = article.sentences
    var facts: [TokenFact] = []
    facts.reserveCapacity(tokens.count)
    bytes.withUnsafeBufferPointer { buffer in
      for token in tokens {
        facts.append(ArticleScan.fact(for: token, in: buffer, lexicon: lexicon))
      }
    }
    for (index, sentence) in sentences.enumerated() {
      var atStart = true
      for t in sentence.tokens where t < facts.count {
        facts[t].sentence = Int32(index)
        let shape = facts[t].shape
        if shape.isWord || shape == .number {
          facts[t].initial = atStart
          atStart = false
        } else if shape == .openQuote || shape == .openSingle || shape == .dash
          || (shape == .straightQuote && atStart) || shape == .colon || shape == .openParen
        {
          atStart = atStart || shape == .colon || shape == .dash
        } else {
          atStart = false
        }
      }
    }
    self.bytes = bytes
    self.facts = facts
    self.sentences = sentences
  }

  /// The text of tokens `range` (from the first token's start to the last one's end).
  func text(_ range: Range<Int>, possessive: Bool = true) -> String {
    guard let first = range.first, let last = range.last else { return "" }
    let end = possessive ? facts[last].end : facts[last].nameEnd
    return text(Int(facts[first].start), Int(end))
  }

  func text(_ start: Int, _ end: Int) -> String {
    guard start < end, end <= bytes.count else { return "" }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The span of tokens `range`, without a final possessive `’s`.
  func nameSpan(_ range: Range<Int>) -> Span {
    guard let first = range.first, let last = range.last else { return Span(start: 0, end: 0) }
    return Span(start: Int(facts[first].start), end: Int(facts[last].nameEnd))
  }

  /// Index of the block holding token `t`.
  func block(of t: Int) -> Int {
    let s = Int(facts[t].sentence)
    return s < sentences.count ? sentences[s].block : 0
  }

  static func fact(
    for token: Token, in bytes: UnsafeBufferPointer<UInt8>, lexicon: NameLexicon
  ) -> TokenFact {
    let start = token.start
    let end = min(token.end, bytes.count)
    var shape = TokenShape.other
    var nameEnd = end
    var possessive = false
    switch token.kind {
    case .word:
      shape = wordShape(bytes, start, end)
      if let stemEnd = Possessive.stemEnd(bytes, start, end) {
        nameEnd = stemEnd
        possessive = true
      }
    case .number: shape = .number
    case .punct, .symbol: shape = punctShape(bytes, start, end)
    default: shape = .other
    }
    let hash = WordHash.of(bytes, from: start, to: nameEnd)
    let info = shape.isWord ? lexicon.info(hash) : []
    return TokenFact(
      start: Int32(start), end: Int32(end), nameEnd: Int32(nameEnd), hash: hash, info: info,
      shape: shape, possessive: possessive, initial: false, sentence: 0)
  }

  static func wordShape(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TokenShape {
    guard start < end else { return .other }
    let lead = b[start]
    var upper = 0
    var lower = 0
    var i = start
    while i < end {
      let c = b[i]
      if c >= 0x41 && c <= 0x5A {
        upper += 1
      } else if c >= 0x61 && c <= 0x7A {
        lower += 1
      } else if c >= 0xC0 {
        let (scalar, length) = decode(b, i, end)
        if let scalar {
          if scalar.properties.isUppercase { upper += 1 }
          if scalar.properties.isLowercase { lower += 1 }
        }
        i += length
        continue
      }
      i += 1
    }
    if lead >= 0x41 && lead <= 0x5A {
      if end - start == 2 && b[start + 1] == 0x2E { return .initial }
      if lower == 0 && upper >= 2 { return .allCaps }
      return .capitalized
    }
    if lead >= 0x61 && lead <= 0x7A {
      // al-Mabrouk, el-Sisi: a lower-case particle joined to a name.
      if end - start > 3, b[start + 2] == 0x2D, b[start + 3] >= 0x41, b[start + 3] <= 0x5A,
        (lead == 0x61 && b[start + 1] == 0x6C) || (lead == 0x65 && b[start + 1] == 0x6C)
      {
        return .capitalized
      }
      return .lower
    }
    if lead >= 0xC0, let scalar = decode(b, start, end).scalar {
      if scalar.properties.isUppercase { return lower == 0 && upper >= 2 ? .allCaps : .capitalized }
      if scalar.properties.isLowercase { return .lower }
    }
    return .other
  }

  /// The scalar at `i`, nil where the bytes are malformed.
  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (
    scalar: Unicode.Scalar?, length: Int
  ) {
    let decoded = UTF8Decoder.decode(b, at: i, end: end)
    if UTF8Decoder.isMalformed(decoded) { return (nil, 1) }
    return (Unicode.Scalar(decoded.value), decoded.length)
  }

  static func punctShape(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TokenShape {
    guard start < end else { return .other }
    let c = b[start]
    if c < 0x80 {
      switch c {
      case 0x2C: return .comma
      case 0x3A: return .colon
      case 0x3B: return .semicolon
      case 0x2E: return end - start > 1 ? .ellipsis : .period
      case 0x21, 0x3F: return .question
      case 0x28, 0x5B: return .openParen
      case 0x29, 0x5D: return .closeParen
      case 0x2D: return .dash
      case 0x22: return .straightQuote
      // `''` and ``` `` ```, one token each (TokenScanner): the marks of the NYT's style.
      case 0x27 where end - start == 2: return .straightQuote
      case 0x60 where end - start == 2: return .openQuote
      default: return .other
      }
    }
    if c == 0xE2, end - start >= 3, b[start + 1] == 0x80 {
      switch b[start + 2] {
      case 0x9C, 0x9E: return .openQuote  // “ „
      case 0x9D: return .closeQuote  // ”
      case 0x98: return .openSingle  // ‘
      case 0x99: return .closeSingle  // ’
      case 0x93, 0x94, 0x95: return .dash
      case 0xA6: return .ellipsis
      default: return .other
      }
    }
    if c == 0xC2, end - start >= 2 {
      if b[start + 1] == 0xAB { return .openQuote }  // «
      if b[start + 1] == 0xBB { return .closeQuote }  // »
    }
    return .other
  }
}
