/// A sentence: a span of text inside one block.
public struct Sentence: Hashable, Sendable {
  public var span: Span
  /// Index in `Article.blocks` of the block holding the sentence.
  public var block: Int
  /// Range of the sentence's tokens in `Article.tokens`.
  public var tokens: Range<Int>

  public init(span: Span, block: Int, tokens: Range<Int>) {
    self.span = span
    self.block = block
    self.tokens = tokens
  }
}
