/// The fields of one feed item or entry (or of the feed itself), read from RSS or Atom.
struct FeedItem {
  typealias Node = HTMLDocument.Node

  /// An item body: HTML (decoded once by the XML parser), plain text, or inline XHTML.
  enum Body {
    case html(String)
    case text(String)
    case xhtml(Node)

    /// A string body, as HTML when it holds markup.
    static func detect(_ s: String) -> Body {
      HTMLReader.looksLikeHTML(s) ? .html(s) : .text(s)
    }

    var pieces: [HTMLContent.Piece] {
      switch self {
      case .html(let s):
        return HTMLReader.blocks(ofFragment: s)
      case .text(let s):
        return ArticleBuilder.paragraphs(of: s).compactMap { paragraph in
          HTMLText.nonBlank(paragraph.contains("&") ? HTMLText.plain(paragraph) : paragraph)
            .map { (.paragraph, $0) }
        }
      case .xhtml(let node):
        return HTMLContent.blocks(in: [node], firstH1IsTitle: false)
      }
    }
  }

  var title: String?
  var link: String?
  var guid: String?
  var published: String?
  var updated: String?
  var authors: [String] = []
  var categories: [String] = []
  var summary: Body?
  var content: Body?
  var language: String?
  var extra = JSONObject()

  /// Builds the article, or nil when the item has neither a title nor any text.
  func article(path: String, format: String, feed: FeedItem) -> Article? {
    var metadata = ArticleMetadata(path: path, format: format, title: title)
    let contentPieces = content?.pieces ?? []
    let summaryPieces = summary?.pieces ?? []
    let hasContent = contentPieces.contains { $0.role == .paragraph }
    let body = hasContent ? contentPieces : summaryPieces
    if hasContent, !summaryPieces.isEmpty {
      let standfirst = summaryPieces.map(\.text).joined(separator: " ")
      let first = contentPieces.first { $0.role == .paragraph }?.text ?? ""
      if !HTMLReader.repeats(standfirst, first) && standfirst != title {
        metadata.standfirst = standfirst
      }
    }
    var seen: Set<String> = []
    let people = authors.filter { seen.insert($0).inserted }  // `author` and `dc:creator` agree
    metadata.byline = people.isEmpty ? nil : people.joined(separator: ", ")
    if let date = published ?? updated { metadata.date = DateNormalizer.normalize(date) ?? date }
    metadata.source = feed.title
    metadata.url = link ?? guid.flatMap { $0.hasPrefix("http") ? $0 : nil }

    var meta = JSONObject()
    if let guid { meta["guid"] = .string(guid) }
    if let updated, published != nil, updated != published {
      meta["updated"] = .string(DateNormalizer.normalize(updated) ?? updated)
    }
    if !categories.isEmpty { meta["categories"] = .array(categories.map(JSONValue.string)) }
    if let language { meta["language"] = .string(language) }
    for (key, value) in extra.members { meta[key] = value }
    metadata.meta = meta

    var builder = ArticleBuilder()
    if let title { builder.append(.title, title) }
    if let standfirst = metadata.standfirst { builder.append(.standfirst, standfirst) }
    for piece in body { builder.append(piece.role, piece.text) }
    guard !builder.isEmpty else { return nil }
    return builder.build(metadata: metadata)
  }

  // MARK: RSS

  static func rss(_ item: Node, names: FeedNames) -> FeedItem {
    var f = FeedItem()
    for child in item.elementChildren {
      let text = child.text
      switch names.key(child) {
      case "title": f.title = f.title ?? plainTitle(text)
      case "link": f.link = f.link ?? HTMLText.nonBlank(text)
      case "guid": f.guid = HTMLText.nonBlank(text)
      case "pubDate", "dc:date", "dcterms:issued", "dcterms:created":
        f.published = f.published ?? HTMLText.nonBlank(text)
      case "dcterms:modified", "atom:updated": f.updated = HTMLText.nonBlank(text)
      case "dc:creator", "author", "dcterms:creator":
        if let name = rssAuthor(text) { f.authors.append(name) }
      case "category", "dc:subject":
        if let category = HTMLText.nonBlank(text) { f.categories.append(category) }
      case "description", "dc:description":
        f.summary = f.summary ?? body(child, text)
      case "content:encoded":
        f.content = body(child, text) ?? f.content
      case "comments":
        if let url = HTMLText.nonBlank(text) { f.extra["comments"] = .string(url) }
      case "enclosure":
        if let url = child.attribute("url") { f.extra["enclosure"] = .string(url) }
      case "dc:language":
        f.language = HTMLText.nonBlank(text)
      default: break
      }
    }
    // RSS 1.0 names an item by its rdf:about, which is its link.
    if f.link == nil, let about = item.attribute("about") { f.link = HTMLText.nonBlank(about) }
    return f
  }

  /// A body from an RSS element: its text, or its elements when a feed put HTML in unescaped.
  static func body(_ node: Node, _ text: String) -> Body? {
    guard HTMLText.nonBlank(text) != nil else { return nil }
    return node.elementChildren.isEmpty ? Body.detect(text) : .xhtml(node)
  }

  /// `jane@example.com (Jane Doe)` → `Jane Doe`; anything else as written.
  static func rssAuthor(_ raw: String) -> String? {
    guard let s = HTMLText.nonBlank(raw) else { return nil }
    if s.contains("@"), s.hasSuffix(")"), let open = s.firstIndex(of: "(") {
      return HTMLText.nonBlank(String(s[s.index(after: open)..<s.index(before: s.endIndex)])) ?? s
    }
    return s
  }

  /// A title as plain text: feeds often escape markup or entities in titles twice.
  static func plainTitle(_ raw: String) -> String? {
    HTMLText.nonBlank(
      raw.contains("&") || HTMLReader.looksLikeHTML(raw) ? HTMLText.plain(raw) : raw)
  }

  // MARK: Atom

  static func atom(_ entry: Node, names: FeedNames) -> FeedItem {
    var f = FeedItem()
    var linkIsHTML = false
    for child in entry.elementChildren {
      switch names.key(child) {
      case "title": f.title = atomText(child)
      case "link":
        let rel = child.attribute("rel")?.lowercased() ?? "alternate"
        guard let href = HTMLText.nonBlank(child.attribute("href")) else { break }
        if rel == "alternate" {
          // Prefer the web page among alternates (others may be audio, PDF…).
          let isHTML = child.attribute("type")?.lowercased().contains("html") ?? true
          if f.link == nil || (isHTML && !linkIsHTML) {
            f.link = href
            linkIsHTML = isHTML
          }
        } else if rel == "enclosure" {
          f.extra["enclosure"] = .string(href)
        }
      case "id": f.guid = HTMLText.nonBlank(child.text)
      case "published", "issued", "created": f.published = HTMLText.nonBlank(child.text)
      case "updated", "modified": f.updated = HTMLText.nonBlank(child.text)
      case "author": f.authors += atomPeople(child, names: names)
      case "category":
        if let term = HTMLText.nonBlank(child.attribute("label") ?? child.attribute("term")) {
          f.categories.append(term)
        }
      case "summary": f.summary = atomBody(child)
      case "content": f.content = atomBody(child)
      default: break
      }
    }
    f.language = HTMLText.nonBlank(entry.attribute("lang"))
    return f
  }

  /// An Atom text construct (`type` text, html or xhtml) as plain text.
  static func atomText(_ node: Node) -> String? {
    switch node.attribute("type")?.lowercased() {
    case "html": return HTMLText.nonBlank(HTMLText.plain(node.text))
    default: return HTMLText.nonBlank(node.text)
    }
  }

  /// An Atom summary or content: nil when it is elsewhere (`src`) or not text (base64).
  static func atomBody(_ node: Node) -> Body? {
    guard node.attribute("src") == nil else { return nil }
    let text = node.text
    switch node.attribute("type")?.lowercased() ?? "text" {
    case "html", "text/html": return HTMLText.nonBlank(text) == nil ? nil : .html(text)
    case "xhtml", "application/xhtml+xml": return .xhtml(node)
    case let type where type == "text" || type.hasPrefix("text/"):
      return HTMLText.nonBlank(text) == nil ? nil : Body.detect(text)
    default: return nil
    }
  }

  /// The names of `<author>` (or `<contributor>`) people.
  static func atomPeople(_ node: Node, names: FeedNames) -> [String] {
    let name = node.elementChildren.first { names.key($0) == "name" }
    return (name.flatMap { HTMLText.nonBlank($0.text) } ?? HTMLText.nonBlank(node.text))
      .map { [$0] } ?? []
  }

  // MARK: The feed

  /// The feed-level fields: its title (the items' source), language and Atom authors.
  static func channel(_ channel: Node, names: FeedNames, isAtom: Bool) -> FeedItem {
    var f = FeedItem()
    for child in channel.elementChildren {
      switch names.key(child) {
      case "title": f.title = isAtom ? atomText(child) : plainTitle(child.text)
      case "language", "dc:language": f.language = HTMLText.nonBlank(child.text)
      case "author" where isAtom: f.authors += atomPeople(child, names: names)
      default: break
      }
    }
    if f.language == nil { f.language = HTMLText.nonBlank(channel.attribute("lang")) }
    return f
  }
}
