/// Assembles an article from parts for formats whose text Lede composes itself (JSON, HTML,
/// feeds): blocks are joined by blank lines, and each block's whitespace is collapsed.
public struct ArticleBuilder: Sendable {
  private var text = ""
  private var blocks: [Block] = []
  private var utf8Count = 0

  public init() {}

  /// Whether any block was added.
  public var isEmpty: Bool { blocks.isEmpty }

  /// Whether a paragraph was added (an article needs at least a title or a paragraph).
  public var hasBody: Bool { blocks.contains { $0.role == .paragraph } }

  /// Appends a block unless its text is blank.
  public mutating func append(_ role: BlockRole, _ content: String) {
    let cleaned = ArticleBuilder.collapseWhitespace(content)
    guard !cleaned.isEmpty else { return }
    if !blocks.isEmpty {
      text += "\n\n"
      utf8Count += 2
    }
    let start = utf8Count
    text += cleaned
    utf8Count += cleaned.utf8.count
    blocks.append(Block(role: role, span: Span(start: start, end: utf8Count)))
  }

  /// Appends the paragraphs of a plain-text body: blank lines separate paragraphs; a body with
  /// no blank line but several lines has one paragraph per line.
  public mutating func appendBody(_ body: String) {
    for paragraph in ArticleBuilder.paragraphs(of: body) { append(.paragraph, paragraph) }
  }

  /// Builds the article; each paragraph gets the heading it sits under.
  public func build(metadata: ArticleMetadata) -> Article {
    Article(text: text, metadata: metadata, blocks: ArticleBuilder.assignSections(blocks))
  }

  /// Gives each paragraph the index of the heading above it.
  public static func assignSections(_ blocks: [Block]) -> [Block] {
    var result = blocks
    var current: Int?
    for i in result.indices {
      switch result[i].role {
      case .heading: current = i
      case .paragraph: result[i].heading = current
      case .title, .standfirst: current = nil
      }
    }
    return result
  }

  /// Splits a body on blank lines, or on single newlines when it has no blank line.
  public static func paragraphs(of body: String) -> [String] {
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    let hasBlank = lines.contains { $0.allSatisfy(\.isWhitespace) }
    if !hasBlank { return lines.map(String.init) }
    var result: [String] = []
    var current: [Substring] = []
    for line in lines {
      if line.allSatisfy(\.isWhitespace) {
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { result.append(current.joined(separator: " ")) }
    return result
  }

  /// Runs of whitespace (including newlines and no-break spaces) become one space; ends trimmed.
  public static func collapseWhitespace(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    for scalar in s.unicodeScalars {
      if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.unicodeScalars.append(" ") }
        pendingSpace = false
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
