/// Computes an article's tokens and sentences from its text and blocks.
///
/// Only text inside a block is tokenized (a byline line outside every block is not), and a
/// sentence never crosses a block boundary. Blocks are read in text order; a block that
/// overlaps one before it is tokenized only from where the earlier one ends.
enum TextAnalyzer {
  static func analyze(text: String, blocks: [Block]) -> Article.TextLayers {
    var text = text
    text.makeContiguousUTF8()
    let layers = text.utf8.withContiguousStorageIfAvailable { buffer -> Article.TextLayers in
      guard let base = buffer.baseAddress else {
        return Article.TextLayers(tokens: [], sentences: [])
      }
      return analyze(TextBytes(base: base, count: buffer.count), blocks: blocks)
    }
    return layers ?? Article.TextLayers(tokens: [], sentences: [])
  }

  static func analyze(_ text: TextBytes, blocks: [Block]) -> Article.TextLayers {
    var tokens: [Token] = []
    // News runs at about one token per five bytes; reserving a little more avoids the
    // doubling growth, and the arrays are trimmed to size at the end.
    tokens.reserveCapacity(text.count / 4 + 16)
    var sentences: [Sentence] = []
    sentences.reserveCapacity(text.count / 100 + 4)
    var order = Array(blocks.indices)
    if !zip(blocks, blocks.dropFirst()).allSatisfy({ $0.span.start <= $1.span.start }) {
      order.sort { blocks[$0].span < blocks[$1].span }
    }
    var covered = 0
    for index in order {
      let block = blocks[index]
      let start = max(block.span.start, covered)
      let end = min(block.span.end, text.count)
      guard start < end else { continue }
      let firstToken = tokens.count
      Tokenizer.tokenize(text, from: start, to: end, into: &tokens)
      SentenceSplitter.split(
        text, tokens: tokens, range: firstToken..<tokens.count, block: index, role: block.role,
        into: &sentences)
      covered = end
    }
    return Article.TextLayers(tokens: trimmed(tokens), sentences: trimmed(sentences))
  }

  /// A copy without spare capacity: the layers live as long as the article.
  static func trimmed<T>(_ array: [T]) -> [T] {
    array.capacity - array.count <= 8 ? array : array.withUnsafeBufferPointer { Array($0) }
  }
}
