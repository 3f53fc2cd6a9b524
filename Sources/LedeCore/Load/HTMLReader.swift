/// Reads an HTML page as one article: metadata from `<meta>` tags (Open Graph, `article:*`,
/// Dublin Core), schema.org JSON-LD and the page itself; the main text with navigation, asides,
/// scripts, sharing and related links dropped (see ``HTMLContent``).
///
/// The text is composed by ``ArticleBuilder``: the title, the standfirst, then the headings and
/// paragraphs of the main text, so spans point into that text, not into the HTML source.
/// A page without paragraph text is not an article: it is reported and skipped.
public struct HTMLReader: ArticleReader {
  typealias Node = HTMLDocument.Node

  public init() {}

  public func read(_ document: SourceDocument) -> ReadResult {
    let noText = ReadResult(issues: [
      LoadIssue(path: document.path, "no article text found in HTML")
    ])
    guard let page = HTMLDocument.html(document.text) else { return noText }
    let depthIssues = HTMLReader.depthIssues(page, path: document.path)
    if page.nesting != nil { return HTMLReader.flatArticle(page, path: document.path, depthIssues) }
    let facts = HTMLPageFacts(page)

    // Elements read as metadata are not paragraphs as well.
    let standfirstNode = facts.standfirstNodes.first { node in
      let length = node.text.count
      return length >= 10 && length <= 600 && !HTMLPageFacts.isInChrome(node)
    }
    let bylineNodes = facts.bylineNodes.filter { $0.text.count <= 200 }
    var skip = Set(bylineNodes.map(\.id))
    if let standfirstNode { skip.insert(standfirstNode.id) }

    let (roots, pieces) = HTMLContent.mainBlocks(of: page, skipping: skip)
    guard let firstParagraph = pieces.first(where: { $0.role == .paragraph })?.text else {
      return ReadResult(issues: depthIssues + noText.issues)
    }
    var metadata = HTMLReader.metadata(
      facts, roots: roots, standfirstNode: standfirstNode, bylineNodes: bylineNodes,
      path: document.path)
    if let standfirst = metadata.standfirst, standfirstNode == nil,
      HTMLReader.repeats(standfirst, firstParagraph) || standfirst == metadata.title
    {
      metadata.standfirst = nil
    }

    var builder = ArticleBuilder()
    if let title = metadata.title { builder.append(.title, title) }
    if let standfirst = metadata.standfirst { builder.append(.standfirst, standfirst) }
    for piece in pieces { builder.append(piece.role, piece.text) }
    return ReadResult(articles: [builder.build(metadata: metadata)], issues: depthIssues)
  }

  /// Says when a page nested past libxml2's limit, and so was read as plain text.
  static func depthIssues(_ page: HTMLDocument, path: String) -> [LoadIssue] {
    guard let nesting = page.nesting else { return [] }
    return [
      LoadIssue(
        path: path,
        "HTML nested \(nesting) elements deep (unclosed tags?), past libxml2's limit of "
          + "\(HTMLDocument.depthLimit): read as plain text, without its structure",
        severity: .repaired)
    ]
  }

  /// A page too deep to walk, as its title and its lines of text.
  static func flatArticle(_ page: HTMLDocument, path: String, _ issues: [LoadIssue]) -> ReadResult {
    let (title, lines) = page.flatText
    guard !lines.isEmpty else {
      return ReadResult(issues: issues + [LoadIssue(path: path, "no article text found in HTML")])
    }
    var metadata = ArticleMetadata(path: path, format: "html")
    metadata.title = title
    var builder = ArticleBuilder()
    if let title { builder.append(.title, title) }
    for line in lines where line != title { builder.append(.paragraph, line) }
    return ReadResult(articles: [builder.build(metadata: metadata)], issues: issues)
  }

  /// Whether a summary only repeats the opening of the first paragraph (descriptions are
  /// often the first paragraph, cut short with an ellipsis).
  static func repeats(_ summary: String, _ paragraph: String) -> Bool {
    var s = Substring(summary.lowercased())
    for ending in ["[…]", "[...]", "…", "...", " "] where s.hasSuffix(ending) {
      s = s.dropLast(ending.count)
    }
    while s.last == " " { s = s.dropLast() }
    return !s.isEmpty && paragraph.lowercased().hasPrefix(s)
  }

  // MARK: Fragments

  /// Whether a string holds HTML markup (a known tag or a comment), as opposed to plain text
  /// that happens to contain `<`.
  static func looksLikeHTML(_ text: String) -> Bool {
    // Most bodies of a JSON dump have no `<` at all: that is answered without a copy.
    let mayHoldTags =
      text.utf8.withContiguousStorageIfAvailable {
        SourceDocument.contains(
          UInt8(ascii: "<"), in: UnsafeBufferPointer(rebasing: $0.prefix(65_536)))
      } ?? true
    guard mayHoldTags else { return false }
    let bytes = Array(text.utf8.prefix(65_536))
    var i = 0
    while i < bytes.count {
      defer { i += 1 }
      guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else { continue }
      var j = i + 1
      if bytes[j] == UInt8(ascii: "!") {
        let rest = bytes[j...].prefix(8).map { $0 | 0x20 }
        if rest.starts(with: Array("!--".utf8)) || rest.starts(with: Array("!doctype".utf8)) {
          return true
        }
        continue
      }
      if bytes[j] == UInt8(ascii: "/") { j += 1 }
      var name = ""
      while j < bytes.count, name.utf8.count <= 10 {
        let b = bytes[j] | 0x20
        let isLetter = b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")
        let isDigit = bytes[j] >= UInt8(ascii: "1") && bytes[j] <= UInt8(ascii: "6")
        guard isLetter || (isDigit && !name.isEmpty) else { break }
        name.unicodeScalars.append(Unicode.Scalar(isLetter ? b : bytes[j]))
        j += 1
      }
      guard j < bytes.count, knownTags.contains(name) else { continue }
      switch bytes[j] {
      case UInt8(ascii: ">"), UInt8(ascii: "/"): return true
      case 0x20, 0x0A, 0x09:
        // `<b class="x">` is a tag, `a<b and c > d` is not: what follows the name up to `>`
        // must be attributes.
        guard let close = bytes[j...].prefix(2048).firstIndex(of: UInt8(ascii: ">")) else {
          continue
        }
        let inside = bytes[j..<close]
        if inside.contains(UInt8(ascii: "=")) || inside.allSatisfy({ $0 <= 0x20 })
          || inside.last == UInt8(ascii: "/")
        {
          return true
        }
      default: continue
      }
    }
    return false
  }

  private static let knownTags: Set<String> = [
    "a", "abbr", "article", "b", "blockquote", "br", "code", "dd", "div", "dl", "dt", "em",
    "figcaption", "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe",
    "img", "li", "ol", "p", "pre", "q", "s", "section", "small", "span", "strong", "sub", "sup",
    "table", "td", "th", "tr", "u", "ul", "script", "style", "html", "body", "head", "time",
  ]

  /// The headings and paragraphs of an HTML fragment (a feed item's or a JSON record's body).
  /// Boilerplate is dropped as in a page; an `<h1>` is a heading, not a title.
  static func blocks(ofFragment html: String) -> [(role: BlockRole, text: String)] {
    // From the root, not <body>: libxml2 2.9 leaves HTML5 elements after a <script> in <head>.
    guard let page = HTMLDocument.html(html), let body = page.root else { return [] }
    let strict = HTMLContent.blocks(in: [body], firstH1IsTitle: false)
    if strict.contains(where: { $0.role == .paragraph }) { return strict }
    let relaxed = HTMLContent.blocks(in: [body], strict: false, firstH1IsTitle: false)
    return relaxed.count > strict.count ? relaxed : strict
  }
}
