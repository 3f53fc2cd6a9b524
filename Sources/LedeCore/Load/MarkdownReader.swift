/// Reads Markdown articles with optional YAML front matter.
///
/// `text` is the file's content after the front matter, exactly, so spans point back into the
/// source. The front matter fills the metadata (`title`, `date`, `author`, …, the rest in
/// `meta`); the first `#` heading is the title, other headings are headings, and blank-line
/// separated chunks are paragraphs. Code fences, tables, rules and HTML blocks are skipped.
public struct MarkdownReader: ArticleReader {
  public var mapping: FieldMapping

  public init(mapping: FieldMapping = FieldMapping()) { self.mapping = mapping }

  public func read(_ document: SourceDocument) -> ReadResult {
    var issues: [LoadIssue] = []
    var body = document.text
    var metadata = ArticleMetadata(path: document.path, format: "markdown")
    if let (frontMatter, rest) = FrontMatter.split(document.text) {
      body = rest
      switch FrontMatter.parse(frontMatter) {
      case .success(let object): metadata = mapping.metadata(from: object, base: metadata).0
      case .failure(let error):
        issues.append(
          LoadIssue(
            path: document.path, line: error.line,
            "front matter: \(error.message); metadata ignored", severity: .repaired))
      }
    }
    let bytes = Array(body.utf8)
    var blocks: [Block] = []
    var current: [PlainTextReader.Line] = []
    var inFence = false
    func string(_ span: Span) -> String {
      String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }
    func flush() {
      guard !current.isEmpty else { return }
      let span = Span(start: current[0].span.start, end: current[current.count - 1].span.end)
      current = []
      let s = string(span)
      if s.hasPrefix("|") || s.hasPrefix("<") { return }
      blocks.append(Block(role: .paragraph, span: contentSpan(span, bytes)))
    }
    let lines = PlainTextReader.splitLines(bytes)
    for (i, line) in lines.enumerated() {
      let s = string(line.span)
      if s.hasPrefix("```") || s.hasPrefix("~~~") {
        flush()
        inFence.toggle()
        continue
      }
      if inFence { continue }
      if line.isBlank {
        flush()
        continue
      }
      if let level = atxLevel(s) {
        flush()
        var span = line.span
        span.start += level + 1
        while span.end > span.start, bytes[span.end - 1] == UInt8(ascii: "#") { span.end -= 1 }
        while span.end > span.start, bytes[span.end - 1] == 0x20 { span.end -= 1 }
        guard !span.isEmpty else { continue }
        let isTitle =
          level == 1 && !blocks.contains { $0.role != .title && $0.role != .standfirst }
          && !blocks.contains { $0.role == .title }
        blocks.append(Block(role: isTitle ? .title : .heading, span: span))
        continue
      }
      // A setext underline turns the paragraph above into a heading.
      if !current.isEmpty, s.allSatisfy({ $0 == "=" }) || s.allSatisfy({ $0 == "-" }), s.count >= 2,
        i > 0
      {
        let span = Span(start: current[0].span.start, end: current[current.count - 1].span.end)
        current = []
        let isTitle = s.first == "=" && !blocks.contains { $0.role == .title }
        blocks.append(Block(role: isTitle ? .title : .heading, span: span))
        continue
      }
      if s.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == " " }), s.count >= 3 {
        flush()
        continue
      }
      current.append(line)
    }
    flush()
    guard blocks.contains(where: { $0.role == .paragraph || $0.role == .title }) else {
      issues.append(LoadIssue(path: document.path, "empty Markdown document; nothing to load"))
      return ReadResult(issues: issues)
    }
    if let title = blocks.first(where: { $0.role == .title }) {
      if metadata.title == nil { metadata.title = string(title.span) }
    }
    return ReadResult(
      articles: [
        Article(text: body, metadata: metadata, blocks: ArticleBuilder.assignSections(blocks))
      ], issues: issues)
  }

  /// `## Heading` → 2; not a heading → nil.
  private func atxLevel(_ line: String) -> Int? {
    var level = 0
    for c in line.utf8 {
      if c == UInt8(ascii: "#") { level += 1 } else { break }
    }
    guard (1...6).contains(level) else { return nil }
    let utf8 = line.utf8
    guard utf8.count == level || utf8[utf8.index(utf8.startIndex, offsetBy: level)] == 0x20 else {
      return nil
    }
    return level
  }

  /// A paragraph's span without the list or quote marker that opens it.
  private func contentSpan(_ span: Span, _ bytes: [UInt8]) -> Span {
    var s = span
    while s.start < s.end, bytes[s.start] == UInt8(ascii: ">") || bytes[s.start] == 0x20 {
      s.start += 1
    }
    if s.start + 1 < s.end,
      bytes[s.start] == UInt8(ascii: "-") || bytes[s.start] == UInt8(ascii: "*")
        || bytes[s.start] == UInt8(ascii: "+"), bytes[s.start + 1] == 0x20
    {
      s.start += 2
    }
    return s
  }
}
