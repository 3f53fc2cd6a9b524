/// The role a block plays in an article's structure.
public enum BlockRole: String, Sendable, CaseIterable {
  case title, standfirst, heading, paragraph
}

/// One structural unit of an article: its title, standfirst, a heading or a paragraph.
///
/// Packed into 16 bytes (32-bit offsets, a 32-bit heading index, a role byte) since every
/// article has a dozen or more.
public struct Block: Hashable, Sendable {
  private var spanStart: UInt32
  private var spanEnd: UInt32
  private var headingIndex: Int32
  private var roleIndex: UInt8

  public init(role: BlockRole, span: Span, heading: Int? = nil) {
    spanStart = UInt32(truncatingIfNeeded: span.start)
    spanEnd = UInt32(truncatingIfNeeded: span.end)
    headingIndex = heading.map { Int32(truncatingIfNeeded: $0) } ?? -1
    roleIndex = Block.index(of: role)
  }

  public var role: BlockRole {
    get { BlockRole.allCases[Int(roleIndex)] }
    set { roleIndex = Block.index(of: newValue) }
  }

  public var span: Span {
    get { Span(start: Int(spanStart), end: Int(spanEnd)) }
    set {
      spanStart = UInt32(truncatingIfNeeded: newValue.start)
      spanEnd = UInt32(truncatingIfNeeded: newValue.end)
    }
  }

  /// Index in `Article.blocks` of the heading this paragraph sits under, if any. (The desk an
  /// article belongs to is `ArticleMetadata.section`.)
  public var heading: Int? {
    get { headingIndex < 0 ? nil : Int(headingIndex) }
    set { headingIndex = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
  }

  private static func index(of role: BlockRole) -> UInt8 {
    switch role {
    case .title: 0
    case .standfirst: 1
    case .heading: 2
    case .paragraph: 3
    }
  }
}
