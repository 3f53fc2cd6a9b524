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
  ///
  /// A line ends at a line feed that does not follow a carriage return (CR LF is one
  /// `Character`, and the rule was written on characters); a line is blank when every character
  /// in it is whitespace.
  public static func paragraphs(of body: String) -> [String] {
    var body = body
    return body.withUTF8 { bytes -> [String] in
      var lines: [Range<Int>] = []
      var start = 0
      for i in 0..<bytes.count where bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) {
        lines.append(start..<i)
        start = i + 1
      }
      lines.append(start..<bytes.count)
      func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      }
      let blank = lines.map { isBlank(UnsafeBufferPointer(rebasing: bytes[$0])) }
      if !blank.contains(true) { return lines.map(string) }
      var result: [String] = []
      var current: [Range<Int>] = []
      for (line, isBlank) in zip(lines, blank) {
        if isBlank {
          if !current.isEmpty { result.append(current.map(string).joined(separator: " ")) }
          current = []
        } else {
          current.append(line)
        }
      }
      if !current.isEmpty { result.append(current.map(string).joined(separator: " ")) }
      return result
    }
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
      String(unsafeUninitializedCapacity: bytes.count) { out in
        var count = 0
        var pendingSpace = false
        var i = 0
        while i < bytes.count {
          let space = whitespaceLength(bytes, at: i)
          if space > 0 {
            pendingSpace = count > 0
            i += space
            continue
          }
          if pendingSpace {
            out[count] = 0x20
            count += 1
            pendingSpace = false
          }
          out[count] = bytes[i]
          count += 1
          i += 1
        }
        return count
      }
    }
  }

  /// The length of the whitespace character at `i`, or 0: U+0009–000D, U+0020, U+0085, U+00A0,
  /// U+1680, U+2000–200A, U+2028, U+2029, U+202F, U+205F and U+3000.
  @inline(__always)
  static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
    let b = bytes[i]
    if b < 0x80 { return b == 0x20 || b &- 0x09 < 5 ? 1 : 0 }
    guard b == 0xC2 || b &- 0xE1 < 3, i + 1 < bytes.count else { return 0 }
    let second = bytes[i + 1]
    if b == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
    guard i + 2 < bytes.count else { return 0 }
    let third = bytes[i + 2]
    switch (b, second) {
    case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
    case (0xE2, 0x80):
      return third &- 0x80 <= 0x0A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
    case (0xE2, 0x81): return third == 0x9F ? 3 : 0
    case (0xE3, 0x80): return third == 0x80 ? 3 : 0
    default: return 0
    }
  }
}
