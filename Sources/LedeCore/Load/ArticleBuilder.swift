import Foundation

/// Assembles an article from parts for formats whose text Lede composes itself (JSON, HTML,
/// feeds): blocks are joined by blank lines, and each block's whitespace is collapsed.
public struct ArticleBuilder: Sendable {
  /// The text so far, as UTF-8: blocks are collapsed straight into it and it becomes a `String`
  /// once, in `build` (a JSON body used to be copied four times on its way to the article).
  private var bytes: [UInt8] = []
  private var blocks: [Block] = []

  public init() {}

  /// Whether any block was added.
  public var isEmpty: Bool { blocks.isEmpty }

  /// Whether a paragraph was added (an article needs at least a title or a paragraph).
  public var hasBody: Bool { blocks.contains { $0.role == .paragraph } }

  /// Makes room for about `count` more bytes of text.
  public mutating func reserveCapacity(_ count: Int) {
    bytes.reserveCapacity(bytes.count + count)
  }

  /// Appends a block unless its text is blank.
  public mutating func append(_ role: BlockRole, _ content: String) {
    var content = content
    content.withUTF8 { content in
      appendBlock(role) { collapser, out in collapser.feed(content, into: &out) }
    }
  }

  /// Appends the paragraphs of a plain-text body: blank lines separate paragraphs; a body with
  /// no blank line but several lines has one paragraph per line.
  public mutating func appendBody(_ body: String) {
    var body = body
    body.withUTF8 { body in
      for paragraph in ArticleBuilder.paragraphLines(of: body) {
        appendBlock(.paragraph) { collapser, out in
          for (k, line) in paragraph.enumerated() {
            if k > 0 { collapser.separate() }
            collapser.feed(UnsafeBufferPointer(rebasing: body[line]), into: &out)
          }
        }
      }
    }
  }

  /// Appends one block written by `fill`, after a blank line when it is not the first; a block
  /// that collapses to nothing is taken back.
  private mutating func appendBlock(
    _ role: BlockRole, _ fill: (inout WhitespaceCollapser, inout [UInt8]) -> Void
  ) {
    let mark = bytes.count
    if !blocks.isEmpty { bytes.append(contentsOf: [0x0A, 0x0A]) }
    let start = bytes.count
    var collapser = WhitespaceCollapser()
    fill(&collapser, &bytes)
    guard collapser.wrote else {
      bytes.removeLast(bytes.count - mark)
      return
    }
    blocks.append(Block(role: role, span: Span(start: start, end: bytes.count)))
  }

  /// Builds the article; each paragraph gets the heading it sits under.
  public func build(metadata: ArticleMetadata) -> Article {
    Article(
      text: String(decoding: bytes, as: UTF8.self), metadata: metadata,
      blocks: ArticleBuilder.assignSections(blocks))
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
  ///
  /// A line ends at a line feed that does not follow a carriage return (CR LF is one
  /// `Character`, and the rule was written on characters); a line is blank when every character
  /// in it is whitespace.
  public static func paragraphs(of body: String) -> [String] {
    var body = body
    return body.withUTF8 { bytes -> [String] in
      paragraphLines(of: bytes).map { lines in
        lines.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
          .joined(separator: " ")
      }
    }
  }

  /// The lines of each paragraph of `bytes`, by the rule of `paragraphs(of:)`.
  static func paragraphLines(of bytes: UnsafeBufferPointer<UInt8>) -> [[Range<Int>]] {
    var lines: [Range<Int>] = []
    var start = 0
    var from = 0
    // News lines are long: line feeds are found with memchr.
    while from < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + from, 0x0A, bytes.count - from)
    {
      let i = UnsafeRawPointer(found) - UnsafeRawPointer(base)
      if i == 0 || bytes[i - 1] != 0x0D {
        lines.append(start..<i)
        start = i + 1
      }
      from = i + 1
    }
    lines.append(start..<bytes.count)
    let blank = lines.map { isBlank(UnsafeBufferPointer(rebasing: bytes[$0])) }
    if !blank.contains(true) { return lines.map { [$0] } }
    var result: [[Range<Int>]] = []
    var current: [Range<Int>] = []
    for (line, isBlank) in zip(lines, blank) {
      if isBlank {
        if !current.isEmpty { result.append(current) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// Whether every character of a line is whitespace (`Character.isWhitespace`); decided on
  /// bytes unless a non-ASCII byte comes before anything that is not ASCII whitespace.
  static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    for b in line {
      if b >= 0x80 { return String(decoding: line, as: UTF8.self).allSatisfy(\.isWhitespace) }
      if !(b == 0x20 || b &- 0x09 < 5) { return false }
    }
    return true
  }

  /// Runs of whitespace (including newlines and no-break spaces) become one space; ends trimmed.
  ///
  /// Whitespace is Unicode's White_Space property, matched on the bytes of its 25 code points,
  /// so the text is copied once and no scalar is decoded.
  public static func collapseWhitespace(_ s: String) -> String {
    var s = s
    return s.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var collapser = WhitespaceCollapser()
      collapser.feed(bytes, into: &out)
      return String(decoding: out, as: UTF8.self)
    }
  }
}
