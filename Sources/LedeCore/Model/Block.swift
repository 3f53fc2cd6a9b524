/// The role a block plays in an article's structure.
public enum BlockRole: String, Sendable, CaseIterable {
  case title, standfirst, heading, paragraph
}

/// One structural unit of an article: its title, standfirst, a heading or a paragraph.
public struct Block: Hashable, Sendable {
  public var role: BlockRole
  public var span: Span
  /// Index in `Article.blocks` of the heading this paragraph sits under, if any.
  public var section: Int?

  public init(role: BlockRole, span: Span, section: Int? = nil) {
    self.role = role
    self.span = span
    self.section = section
  }
}
