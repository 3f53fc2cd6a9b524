/// A range of UTF-8 bytes in an article's text: `start` inclusive, `end` exclusive.
///
/// Spans are byte offsets because the text is stored as UTF-8 and every analysis scans bytes;
/// Lua sees them 1-based and inclusive, export converts them to code-point offsets.
public struct Span: Hashable, Sendable, Comparable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  /// Number of bytes covered.
  public var count: Int { end - start }

  /// Whether the span covers no bytes.
  public var isEmpty: Bool { end <= start }

  /// Whether `other` lies wholly inside this span.
  public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }

  public static func < (lhs: Span, rhs: Span) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }
}
