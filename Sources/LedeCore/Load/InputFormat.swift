/// The formats Lede reads, recognised by content first and extension second.
public enum InputFormat: String, Sendable, CaseIterable {
  case text, markdown, json, jsonl, html, rss, atom

  /// Decides a document's format: an explicit extension wins where the content agrees; content
  /// decides for standard input and unknown extensions.
  public static func detect(_ document: SourceDocument) -> InputFormat {
    // The head reaches past the first line's end, so that JSON Lines whose first article is
    // longer than 4 KB (most real ones, piped to `lede report NAME -`) are still recognised.
    let bytes = document.text.utf8
    let firstLineEnd = bytes.firstIndex(of: 0x0A).map {
      bytes.distance(from: bytes.startIndex, to: $0)
    }
    let head = bytes.prefix(max(4096, (firstLineEnd ?? 0) + 256))
    let sniffed = sniff(head)
    switch document.fileExtension {
    case "md", "markdown", "mdown": return .markdown
    case "jsonl", "ndjson": return .jsonl
    case "json": return sniffed == .jsonl ? .jsonl : .json
    case "html", "htm", "xhtml": return .html
    case "rss": return .rss
    case "atom": return .atom
    case "xml": return sniffed == .atom || sniffed == .rss ? sniffed ?? .rss : .html
    case "txt", "text": return sniffed == .markdown ? .markdown : .text
    default: return sniffed ?? .text
    }
  }

  private static func sniff(_ head: some Collection<UInt8>) -> InputFormat? {
    let s = String(decoding: head, as: UTF8.self)
    let trimmed = s.drop(while: { $0.isWhitespace })
    if trimmed.hasPrefix("---\n") && s.hasPrefix("---") { return .markdown }
    if trimmed.hasPrefix("[") { return .json }
    if trimmed.hasPrefix("{") {
      // One object per line with more lines after the first closing brace: JSON Lines.
      if let newline = trimmed.firstIndex(of: "\n") {
        let firstLine = trimmed[..<newline].trimmingSuffix()
        let rest = trimmed[newline...].drop(while: { $0.isWhitespace })
        if firstLine.hasSuffix("}") && rest.hasPrefix("{") { return .jsonl }
      }
      return .json
    }
    if trimmed.hasPrefix("<") {
      let lower = trimmed.prefix(2048).lowercased()
      if lower.contains("<rss") || lower.contains("<rdf:rdf") { return .rss }
      if lower.contains("<feed") { return .atom }
      return .html
    }
    return nil
  }
}

extension Substring {
  fileprivate func trimmingSuffix() -> Substring {
    var s = self
    while let last = s.last, last.isWhitespace { s = s.dropLast() }
    return s
  }
}
