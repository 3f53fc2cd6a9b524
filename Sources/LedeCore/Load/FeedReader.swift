/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry is one article.
///
/// An item's `path` is the feed's path with the item's 1-based number, `feed.rss#2`, so every
/// article names the record it came from (as JSON Lines records carry `path:line`). The feed's
/// title is the source; the description or summary is the standfirst when the item also has
/// full content (`content:encoded`, Atom `content`), else it is the body. HTML bodies, escaped
/// or in CDATA, are decoded once by the XML parser and then read as HTML; plain-text bodies are
/// split into paragraphs at blank lines or line breaks.
public struct FeedReader: ArticleReader {
  typealias Node = HTMLDocument.Node

  public init() {}

  public func read(_ document: SourceDocument) -> ReadResult {
    guard let xml = HTMLDocument.xml(document.text), let root = xml.root else {
      return ReadResult(issues: [LoadIssue(path: document.path, "not a feed: no XML element found")]
      )
    }
    let isAtom = root.name == "feed"
    let names = FeedNames(atomIsHome: isAtom)
    let channel: Node
    let items: [Node]
    switch root.name {
    case "rss":
      channel = root.elementChildren.first { names.key($0) == "channel" } ?? root
      items = channel.elementChildren.filter { names.key($0) == "item" }
    case "RDF":
      channel = root.elementChildren.first { names.key($0) == "channel" } ?? root
      items = root.elementChildren.filter { names.key($0) == "item" }
    case "feed":
      channel = root
      items = root.elementChildren.filter { names.key($0) == "entry" }
    default:
      return ReadResult(issues: [
        LoadIssue(
          path: document.path, line: root.line,
          "not an RSS or Atom feed: the root element is <\(root.name)>, expected <rss>, "
            + "<rdf:RDF> or <feed>")
      ])
    }
    guard !items.isEmpty else {
      return ReadResult(issues: [LoadIssue(path: document.path, "feed has no items")])
    }

    let feed = FeedItem.channel(channel, names: names, isAtom: isAtom)
    var result = ReadResult()
    for (offset, node) in items.enumerated() {
      let number = offset + 1
      var item = isAtom ? FeedItem.atom(node, names: names) : FeedItem.rss(node, names: names)
      if item.authors.isEmpty { item.authors = feed.authors }
      if item.language == nil { item.language = feed.language }
      let path = "\(document.path)#\(number)"
      guard let article = item.article(path: path, format: isAtom ? "atom" : "rss", feed: feed)
      else {
        result.issues.append(
          LoadIssue(path: document.path, line: node.line, "item \(number) has no text; skipped"))
        continue
      }
      result.articles.append(article)
    }
    return result
  }
}

/// Element names in a feed, with known namespaces written with their usual prefix
/// (`dc:creator`, `content:encoded`) whatever prefix the feed declared.
struct FeedNames {
  /// Whether Atom is the feed's own vocabulary (unprefixed) or an extension (`atom:link`).
  var atomIsHome: Bool

  static let prefixes: [String: String] = [
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://www.w3.org/2005/Atom": "atom",
    "http://purl.org/atom/ns#": "atom",
    "http://search.yahoo.com/mrss/": "media",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://purl.org/rss/1.0/": "",
    "http://backend.userland.com/rss2": "",
  ]

  func key(_ node: HTMLDocument.Node) -> String {
    guard node.isElement else { return "" }
    let name = node.name
    if let namespace = node.namespace, let prefix = FeedNames.prefixes[namespace] {
      return prefix.isEmpty || (prefix == "atom" && atomIsHome) ? name : "\(prefix):\(name)"
    }
    if let prefix = node.prefix { return "\(prefix):\(name)" }
    return name
  }
}
