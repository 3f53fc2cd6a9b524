import LedeCore

/// An article's tokens as the stance rules read them: lowercased words with possessives and
/// negative clitics split off, and which entity and quote each token belongs to.
struct StanceText: Sendable {
  let article: Article
  /// Normalised words (`russia` for "Russia’s", `did` for "didn't"); punctuation as written.
  var words: [String] = []
  var spans: [Span] = []
  var kinds: [TokenKind] = []
  /// The token ended in a possessive `’s`.
  var possessive: [Bool] = []
  /// The token carried a negative clitic (`didn't`, `won't`).
  var clitic: [Bool] = []
  /// Index of the sentence holding each token.
  var sentenceOf: [Int32] = []
  /// Index in `Article.entities` of the entity covering each token, or −1.
  var entityOf: [Int32] = []
  /// Index in `Article.quotes` of the quote whose text covers each token, or −1.
  var quoteOf: [Int32] = []
  /// First and last token of each entity.
  var entityTokens: [ClosedRange<Int>?] = []

  init(_ article: Article) {
    self.article = article
    let tokens = article.tokens
    let n = tokens.count
    words.reserveCapacity(n)
    spans.reserveCapacity(n)
    kinds.reserveCapacity(n)
    possessive.reserveCapacity(n)
    clitic.reserveCapacity(n)
    var text = article.text
    text.withUTF8 { bytes in
      var scratch: [UInt8] = []
      for token in tokens {
        spans.append(token.span)
        kinds.append(token.kind)
        let raw = UnsafeBufferPointer(rebasing: bytes[token.span.start..<token.span.end])
        // Most tokens are ASCII (or ASCII with curly apostrophes): read on bytes; the rest
        // through the same rules on Strings.
        let straight = Self.straightenASCII(raw, lowercase: token.kind == .word, into: &scratch)
        guard token.kind == .word else {
          if token.kind == .number {
            words.append(String(decoding: raw, as: UTF8.self))
          } else {
            words.append(
              straight
                ? String(decoding: scratch, as: UTF8.self)
                : Self.straighten(article.text(of: token.span)))
          }
          possessive.append(false)
          clitic.append(false)
          continue
        }
        let (word, isPossessive, isNegated) =
          straight ? Self.split(normalized: &scratch) : Self.split(article.text(of: token.span))
        words.append(word)
        possessive.append(isPossessive)
        clitic.append(isNegated)
      }
    }
    sentenceOf = Array(repeating: -1, count: n)
    for (index, sentence) in article.sentences.enumerated() {
      for t in sentence.tokens where t < n { sentenceOf[t] = Int32(index) }
    }
    entityOf = Array(repeating: -1, count: n)
    entityTokens = Self.assign(article.entities.map(\.span), spans, into: &entityOf)
    quoteOf = Array(repeating: -1, count: n)
    // Quotes nest (reported speech inside a transcript turn): the innermost owns a token.
    _ = Self.assign(article.quotes.map(\.span), spans, into: &quoteOf, innermost: true)
  }

  /// Marks the tokens each span covers; a token keeps the first span that covers it, or the
  /// last (innermost, as spans come in order of their start).
  private static func assign(
    _ items: [Span], _ spans: [Span], into owner: inout [Int32], innermost: Bool = false
  ) -> [ClosedRange<Int>?] {
    var ranges: [ClosedRange<Int>?] = []
    for (index, span) in items.enumerated() {
      var first: Int?
      var last: Int?
      var u = lowerBound(spans, span.start)
      while u < spans.count, spans[u].start < span.end {
        if first == nil { first = u }
        last = u
        if owner[u] < 0 || innermost { owner[u] = Int32(index) }
        u += 1
      }
      if let first, let last { ranges.append(first...last) } else { ranges.append(nil) }
    }
    return ranges
  }

  private static func lowerBound(_ spans: [Span], _ offset: Int) -> Int {
    var low = 0
    var high = spans.count
    while low < high {
      let mid = (low + high) / 2
      if spans[mid].end <= offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  var count: Int { words.count }

  /// Whether token `i` is a word (or a number).
  func isWord(_ i: Int) -> Bool {
    i >= 0 && i < kinds.count && (kinds[i] == .word || kinds[i] == .number)
  }

  /// The text from the start of token `first` to the end of token `last`.
  func text(_ first: Int, _ last: Int) -> String {
    guard first >= 0, last >= first, last < spans.count else { return "" }
    return article.text(of: Span(start: spans[first].start, end: spans[last].end))
  }

  /// Whether token `i` is a quotation mark.
  func isQuoteMark(_ i: Int) -> Bool {
    guard i >= 0, i < kinds.count, kinds[i] == .punct else { return false }
    return ["\"", "“", "”", "'", "«", "»"].contains(words[i])
  }

  /// A word as the lexicon spells it: lowercase, straight apostrophes.
  static func normalize(_ word: String) -> String { straighten(word.lowercased()) }

  static func straighten(_ text: String) -> String {
    guard text.utf8.contains(0xE2) else { return text }
    return text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(
      of: "\u{2018}", with: "'")
  }

  private static let negativeClitics: [String: String] = [
    "can't": "can", "won't": "will", "shan't": "shall", "ain't": "is",
  ]
  /// Words whose `’s` is "is", not a possessive.
  private static let isVerbS: Set<String> = [
    "it", "he", "she", "that", "there", "what", "who", "here", "where", "this",
  ]
  private static let contractions: [String: String] = [
    "'m": "am", "'re": "are", "'ve": "have", "'ll": "will", "'d": "would",
  ]

  /// Writes `raw` into `out` with curly single quotes straightened (and ASCII letters lowered
  /// when `lowercase`), as `normalize` would; false, and `out` unusable, when `raw` holds another
  /// non-ASCII character (those take the String path).
  static func straightenASCII(
    _ raw: UnsafeBufferPointer<UInt8>, lowercase: Bool, into out: inout [UInt8]
  ) -> Bool {
    out.removeAll(keepingCapacity: true)
    var i = 0
    while i < raw.count {
      let b = raw[i]
      if b < 0x80 {
        out.append(lowercase && b &- 0x41 < 26 ? b | 0x20 : b)
        i += 1
      } else if b == 0xE2, i + 2 < raw.count, raw[i + 1] == 0x80, raw[i + 2] & 0xFE == 0x98,
        i + 3 == raw.count || raw[i + 3] < 0x80
      {
        // ‘ or ’ (E2 80 98 / 99), not followed by a combining mark.
        out.append(0x27)
        i += 3
      } else {
        return false
      }
    }
    return true
  }

  /// `split` for a word already normalised to ASCII bytes (see `straightenASCII`).
  static func split(normalized word: inout [UInt8]) -> (String, Bool, Bool) {
    func string(_ count: Int) -> String {
      word.withUnsafeBufferPointer { String(decoding: $0.prefix(count), as: UTF8.self) }
    }
    func hasSuffix(_ suffix: StaticString) -> Bool {
      let n = suffix.utf8CodeUnitCount
      guard word.count >= n else { return false }
      let s = suffix.utf8Start
      for k in 0..<n where word[word.count - n + k] != s[k] { return false }
      return true
    }
    let count = word.count
    if count >= 4, count <= 6, hasSuffix("'t") {
      let whole = string(count)
      if let base = negativeClitics[whole] { return (base, false, true) }
    }
    if hasSuffix("n't") { return (string(count - 3), false, true) }
    if hasSuffix("'s"), isVerbS.contains(string(count - 2)) { return ("is", false, false) }
    if let end = word.withUnsafeBufferPointer({ Possessive.stemEnd($0, 0, $0.count) }) {
      return (string(end), true, false)
    }
    for (suffix, expansion) in asciiContractions
    where hasSuffix(suffix) && count > suffix.utf8CodeUnitCount {
      return (expansion, false, false)
    }
    return (string(count), false, false)
  }

  /// `contractions` as byte strings: their suffixes end in different letters, so at most one
  /// matches and the order does not matter.
  private static let asciiContractions: [(StaticString, String)] = [
    ("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"),
  ]

  /// The normalised word, and whether it had a possessive or a negative clitic.
  static func split(_ raw: String) -> (String, Bool, Bool) {
    var word = normalize(raw)
    if let base = negativeClitics[word] { return (base, false, true) }
    if word.hasSuffix("n't") {
      word.removeLast(3)
      return (word, false, true)
    }
    if word.hasSuffix("'s"), let base = Optional(String(word.dropLast(2))), isVerbS.contains(base) {
      return ("is", false, false)
    }
    if let stem = Possessive.stem(of: word) { return (String(stem), true, false) }
    for (suffix, expansion) in contractions
    where word.hasSuffix(suffix) && word.count > suffix.count {
      return (expansion, false, false)
    }
    return (word, false, false)
  }
}
