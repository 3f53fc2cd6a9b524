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
    for token in tokens {
      let raw = article.text(of: token.span)
      spans.append(token.span)
      kinds.append(token.kind)
      guard token.kind == .word else {
        words.append(token.kind == .number ? raw : Self.straighten(raw))
        possessive.append(false)
        clitic.append(false)
        continue
      }
      let (word, isPossessive, isNegated) = Self.split(raw)
      words.append(word)
      possessive.append(isPossessive)
      clitic.append(isNegated)
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
