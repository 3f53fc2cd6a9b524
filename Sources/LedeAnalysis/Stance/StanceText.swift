import LedeCore

/// An article's tokens as the stance rules read them, from Core's token layer: lowercased
/// words with possessives (the layer's one rule) and negative clitics split off, and which
/// sentence, entity and quote each token belongs to.
struct StanceText: Sendable {
  let article: Article
  /// Normalised words (`russia` for "Russia’s", `did` for "didn't"); punctuation as written.
  let words: StanceWordColumn
  /// Per token: the key the cue lexicon and `StanceWordKeys` match, `key(words[t])`: the token
  /// layer's key where the stance reading kept the word, so it is not hashed a second time.
  var keys: [UInt64] = []
  var spans: [Span] = []
  var kinds: [TokenKind] = []
  /// The token is possessive (`Russia’s`, `Wales'`), as the token layer flags it.
  var possessive: [Bool] = []
  /// The token carried a negative clitic (`didn't`, `won't`).
  var clitic: [Bool] = []
  /// Whether each token is a quotation mark (the layer's shape; a possessive `’` is none).
  var quoteMark: [Bool] = []
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
    let layer = article.tokenLayer
    let n = layer.count
    (spans, kinds, quoteMark) = Self.columns(layer)
    let bytes = Array(article.text.utf8)
    let read = bytes.withUnsafeBufferPointer { Self.read($0, layer) }
    (keys, possessive, clitic) = (read.keys, read.possessive, read.clitic)
    words = StanceWordColumn(
      text: bytes, layer: layer, rewrite: read.rewrite, rewritten: read.rewritten)
    sentenceOf = Array(repeating: -1, count: n)
    sentenceOf.withUnsafeMutableBufferPointer { owner in
      for (index, sentence) in layer.sentences.enumerated() {
        for t in sentence.tokens.clamped(to: 0..<n) { owner[t] = Int32(index) }
      }
    }
    entityOf = Array(repeating: -1, count: n)
    entityTokens = Self.assign(article.entities.map(\.span), spans, into: &entityOf)
    quoteOf = Array(repeating: -1, count: n)
    // Quotes nest (reported speech inside a transcript turn): the innermost owns a token.
    _ = Self.assign(article.quotes.map(\.span), spans, into: &quoteOf, innermost: true)
  }

  /// The span, kind and quotation-mark columns of the layer's tokens, in one pass written in
  /// place: as three `map`s (one through a key path) they cost about 60 instructions a token,
  /// 9M of the 34M this set-up took for every analysis of 200 PolNeAR train texts (callgrind).
  private static func columns(_ layer: TokenLayer) -> (
    spans: [Span], kinds: [TokenKind], quoteMark: [Bool]
  ) {
    let n = layer.count
    var kinds = [TokenKind](repeating: .word, count: n)
    var quoteMark = [Bool](repeating: false, count: n)
    let spans = [Span](unsafeUninitializedCapacity: n) { spans, count in
      kinds.withUnsafeMutableBufferPointer { kinds in
        quoteMark.withUnsafeMutableBufferPointer { quoteMark in
          layer.tokens.withUnsafeBufferPointer { tokens in
            layer.flags.withUnsafeBufferPointer { flags in
              for t in 0..<min(n, tokens.count, flags.count) {
                let token = tokens[t]
                spans.initializeElement(at: t, to: token.span)
                kinds[t] = token.kind
                quoteMark[t] =
                  flags[t].shape.isQuoteMark && !flags[t].contains(.possessiveMark)
                count = t + 1
              }
            }
          }
        }
      }
    }
    return (spans, kinds, quoteMark)
  }

  /// The keys, possessive and clitic columns of the layer's tokens in `bytes`, and the words
  /// the reading rewrote (`StanceWordColumn` makes the others when a rule reads them).
  ///
  /// Built in local arrays and assigned once: appended to the struct's own arrays from inside
  /// the text's closure, every append checked the array's uniqueness out of line (about 7 calls
  /// a token), which with the rest made this loop 95M instructions of 1,326M for every analysis
  /// of 200 PolNeAR train texts.
  ///
  /// A possessive whose key is none of `isVerbS`' is possessive as written: its word is not
  /// made (a `String` and a `Set<String>` probe each were most of this loop's cost).
  private static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ layer: TokenLayer)
    -> (
      keys: [UInt64], possessive: [Bool], clitic: [Bool], rewrite: [Int32], rewritten: [String]
    )
  {
    let n = layer.count
    var keys = layer.keys
    var possessive = [Bool](repeating: false, count: n)
    var clitic = [Bool](repeating: false, count: n)
    var rewrite = [Int32](repeating: -1, count: n)
    var rewritten: [String] = []
    for t in 0..<n {
      let token = layer.tokens[t]
      // Straightening leaves the fold as it was: `WordHash` reads `’` as `'` too.
      guard token.kind == .word else { continue }
      let flags = layer.flags[t]
      if flags.contains(.possessive), !isVerbSKeys.contains(keys[t]) {
        possessive[t] = true
        continue
      }
      let stemEnd = token.end - flags.possessiveLength
      // `read` rewrites only a possessive or a word with an apostrophe (after straightening);
      // any other word is its lowered stem, whose fold is the layer's key.
      guard flags.contains(.possessive) || hasApostrophe(bytes, token.start, stemEnd) else {
        continue
      }
      let lowered = Self.lowered(
        UnsafeBufferPointer(rebasing: bytes[token.start..<stemEnd]), lowercase: true)
      let (word, isPossessive, isNegated) = Self.read(
        lowered, possessive: flags.contains(.possessive))
      // The layer's key is the stem's fold, which lowering and straightening keep; a word
      // the reading rewrote (`did` for "didn't", `is` for "it’s") is hashed itself.
      if word != lowered {
        keys[t] = Self.key(word)
        rewrite[t] = Int32(rewritten.count)
        rewritten.append(word)
      }
      possessive[t] = isPossessive
      clitic[t] = isNegated
    }
    return (keys, possessive, clitic, rewrite, rewritten)
  }

  /// Whether `bytes[start..<end]` holds `'`, `‘` or `’`, as `lowered` finds them.
  private static func hasApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    var i = start
    while i < end {
      let b = bytes[i]
      if b == 0x27 { return true }
      if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] & 0xFE == 0x98 { return true }
      i += 1
    }
    return false
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

  /// The key of a normalised word: Core's one fold (`WordHash`), as the token layer keys every
  /// token, so a token's key is the layer's and is not computed again (hashing every word with
  /// `StableHash` cost 14.7M instructions of 249M in a:stances() on 200 PolNeAR train texts).
  /// The fold also joins words that differ only in diacritics or hyphens; no stance list or
  /// cue word has either, and no output on seeds/, PolNeAR dev or those texts moved.
  static func key(_ word: String) -> UInt64 { WordHash.of(word) }

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
  func isQuoteMark(_ i: Int) -> Bool { i >= 0 && i < quoteMark.count && quoteMark[i] }

  /// A word as the lexicon spells it: lowercase, straight apostrophes.
  static func normalize(_ word: String) -> String { straighten(word.lowercased()) }

  static func straighten(_ text: String) -> String {
    guard text.utf8.contains(0xE2) else { return text }
    return text.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(
      of: "\u{2018}", with: "'")
  }

  /// The bytes of a token as a string, curly single quotes straightened and, when `lowercase`,
  /// in lower case (`normalize` without making a `String` first). Straightened on bytes for
  /// any text: `‘`/`’` are E2 80 98 / 99 wherever they stand, and Foundation's
  /// `replacingOccurrences`, which punctuation such as `“` and `—` reached, cost about 8,000
  /// instructions a token (63M of 1,315M for every analysis of 200 PolNeAR train texts).
  static func lowered(_ raw: UnsafeBufferPointer<UInt8>, lowercase: Bool) -> String {
    var ascii = true
    var curly = false
    for b in raw where b >= 0x80 {
      if b == 0xE2 { curly = true } else if b != 0x80 && b != 0x98 && b != 0x99 { ascii = false }
    }
    if !curly && !lowercase { return String(decoding: raw, as: UTF8.self) }
    // Lowered on bytes for ASCII only; other text is lowered by `String` after straightening
    // (no lower-case mapping makes or takes a curly quote, so the order does not matter).
    let lowerBytes = lowercase && ascii
    // Straight into the string's storage (an array per word token was an allocation per
    // token; the string repairs invalid UTF-8 as `String(decoding:)` does).
    let text = String(unsafeUninitializedCapacity: raw.count) { out in
      var i = 0
      var n = 0
      while i < raw.count {
        let b = raw[i]
        if b == 0xE2, i + 2 < raw.count, raw[i + 1] == 0x80, raw[i + 2] & 0xFE == 0x98 {
          out[n] = 0x27
          n += 1
          i += 3
          continue
        }
        out[n] = lowerBytes && b &- 0x41 < 26 ? b | 0x20 : b
        n += 1
        i += 1
      }
      return n
    }
    return lowercase && !ascii ? text.lowercased() : text
  }

  private static let negativeClitics: [String: String] = [
    "can't": "can", "won't": "will", "shan't": "shall", "ain't": "is",
  ]
  /// Words whose `’s` is "is", not a possessive.
  private static let isVerbS: Set<String> = [
    "it", "he", "she", "that", "there", "what", "who", "here", "where", "this",
  ]
  /// `isVerbS` by key (a word's key is its fold, as the layer's).
  private static let isVerbSKeys = KeySet(isVerbS.map(key))
  /// Contractions and what they stand for: their suffixes end in different letters, so at
  /// most one matches.
  private static let contractions: [(String, String)] = [
    ("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"),
  ]

  /// The stance word of a word token whose normalised text without its possessive ending is
  /// `word`, and whether it is possessive or carries a negative clitic: `it’s` is "is", not a
  /// possessive.
  static func read(_ word: String, possessive: Bool) -> (String, Bool, Bool) {
    if possessive {
      // The layer's possessive rule took `’s` off; after these words it is "is".
      return isVerbS.contains(word) ? ("is", false, false) : (word, true, false)
    }
    // Every clitic and contraction below has an apostrophe (straightened by `lowered`): a word
    // without one skips the dictionary and the six suffix tests, which were most of the cost of
    // reading a token.
    // On the contiguous bytes: `utf8.contains` walked the view at about 200 instructions a word.
    let apostrophe =
      word.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "'")) }
      ?? word.utf8.contains(UInt8(ascii: "'"))
    guard apostrophe else { return (word, false, false) }
    if let base = negativeClitics[word] { return (base, false, true) }
    if word.hasSuffix("n't") { return (String(word.dropLast(3)), false, true) }
    for (suffix, expansion) in contractions
    where word.hasSuffix(suffix) && word.utf8.count > suffix.utf8.count {
      return (expansion, false, false)
    }
    return (word, false, false)
  }
}
