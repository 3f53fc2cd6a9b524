/// A sentence: a span of text inside one block, with the range of its tokens.
///
/// Stored as five 32-bit numbers (20 bytes): there are about as many sentences in a corpus
/// as there are paragraphs times three, and `Int`s would double that.
public struct Sentence: Hashable, Sendable {
  private let spanStart: UInt32
  private let spanEnd: UInt32
  private let blockIndex: UInt32
  private let firstToken: UInt32
  private let endToken: UInt32

  public init(span: Span, block: Int, tokens: Range<Int>) {
    spanStart = UInt32(truncatingIfNeeded: span.start)
    spanEnd = UInt32(truncatingIfNeeded: span.end)
    blockIndex = UInt32(truncatingIfNeeded: block)
    firstToken = UInt32(truncatingIfNeeded: tokens.lowerBound)
    endToken = UInt32(truncatingIfNeeded: tokens.upperBound)
  }

  public var span: Span { Span(start: Int(spanStart), end: Int(spanEnd)) }
  /// Index in `Article.blocks` of the block holding the sentence.
  public var block: Int { Int(blockIndex) }
  /// Range of the sentence's tokens in `Article.tokens`.
  public var tokens: Range<Int> { Int(firstToken)..<Int(endToken) }
}
