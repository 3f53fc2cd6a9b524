/// Splits text into word, number, punctuation, symbol, URL, e-mail and emoji tokens.
///
/// Tokens keep what a reader sees as one unit: `Russia’s`, `anti-Russia`, `1,000.50`, `U.S.`,
/// `Mr.`, `https://example.com/a?b=1`, `…`, `👍🏽`. Spans are UTF-8 byte offsets into the text
/// that was tokenized; whitespace belongs to no token. The work is done on UTF-8 bytes, without
/// regular expressions and without a `String` per token.
public enum Tokenizer {
  /// The tokens of `text`, with spans as UTF-8 byte offsets into it.
  public static func tokens(in text: String) -> [Token] {
    var text = text
    text.makeContiguousUTF8()
    let tokens = text.utf8.withContiguousStorageIfAvailable { buffer -> [Token] in
      guard let base = buffer.baseAddress else { return [] }
      var tokens: [Token] = []
      tokens.reserveCapacity(buffer.count / 5 + 1)
      tokenize(TextBytes(base: base, count: buffer.count), from: 0, to: buffer.count, into: &tokens)
      return tokens
    }
    return tokens ?? []
  }

  /// Appends the tokens of the bytes `start..<end` to `tokens`.
  static func tokenize(
    _ text: TextBytes, from start: Int, to end: Int, into tokens: inout [Token]
  ) {
    // Room for a token in two bytes (news has one in five), so the scanner seldom grows it.
    let capacity = max(end - start, 0) / 2 + 16
    var scanner = TokenScanner(
      text: text, start: start, end: end,
      out: UnsafeMutablePointer<Token>.allocate(capacity: capacity), capacity: capacity)
    scanner.run()
    tokens.append(contentsOf: UnsafeBufferPointer(start: scanner.out, count: scanner.count))
    scanner.out.deallocate()
  }
}
