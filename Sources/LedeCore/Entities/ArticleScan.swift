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

/// An article's token layer with the name lists' facts for each word: what the entity
/// recogniser and the quote extractor read.
final class ArticleScan: Sendable {
  let article: Article
  let bytes: [UInt8]
  let facts: [TokenFact]
  let sentences: [Sentence]
  let lexicon: NameLexicon
  /// The token layer the facts come from.
  let layer: TokenLayer

  init(_ article: Article, lexicon: NameLexicon = .shared) {
    self.article = article
    self.lexicon = lexicon
    let layer = article.tokenLayer
    let tokens = layer.tokens
    let count = min(tokens.count, layer.flags.count, layer.keys.count)
    // Written into the array's storage through buffers: appending each fact and then setting
    // its sentence checked bounds and uniqueness at every token (14.1M instructions for the
    // 120,000 tokens of 200 PolNeAR train texts, callgrind).
    let facts = [TokenFact](unsafeUninitializedCapacity: count) { out, initialized in
      tokens.withUnsafeBufferPointer { tokens in
        layer.flags.withUnsafeBufferPointer { flags in
          layer.keys.withUnsafeBufferPointer { keys in
            for t in 0..<count {
              let token = tokens[t]
              let flags = flags[t]
              // The apostrophe that ends a possessive (`Sanders’ campaign manager`) is no
              // quotation mark: read as one it closed the clause, so `“…,” Jeff Weaver,
              // Sanders’ campaign manager, said` found no cue after the quotation.
              let shape = flags.contains(.possessiveMark) ? .other : flags.shape
              let hash = keys[t]
              out.initializeElement(
                at: t,
                to: TokenFact(
                  start: Int32(token.start), end: Int32(token.end),
                  nameEnd: Int32(token.end - flags.possessiveLength), hash: hash,
                  info: shape.isWord ? lexicon.info(hash) : [], shape: shape,
                  possessive: flags.possessiveLength > 0, initial: flags.contains(.initial),
                  sentence: 0))
            }
          }
        }
      }
      for (index, sentence) in layer.sentences.enumerated() {
        for t in sentence.tokens where t < count { out[t].sentence = Int32(index) }
      }
      initialized = count
    }
    self.bytes = Array(article.text.utf8)
    self.facts = facts
    self.sentences = layer.sentences
    self.layer = layer
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

  /// The tokens a span covers exactly, from a token's start to a token's end with or without
  /// its possessive ending; nil when the span does not fall on token bounds.
  func tokens(of span: Span) -> Range<Int>? {
    var low = 0
    var high = facts.count
    while low < high {
      let mid = (low + high) / 2
      if facts[mid].start < span.start { low = mid + 1 } else { high = mid }
    }
    guard low < facts.count, facts[low].start == span.start else { return nil }
    var end = low
    while end < facts.count, facts[end].start < span.end { end += 1 }
    guard end > low, facts[end - 1].end == span.end || facts[end - 1].nameEnd == span.end else {
      return nil
    }
    return low..<end
  }

  /// Index of the block holding token `t`.
  func block(of t: Int) -> Int {
    let s = Int(facts[t].sentence)
    return s < sentences.count ? sentences[s].block : 0
  }
}
