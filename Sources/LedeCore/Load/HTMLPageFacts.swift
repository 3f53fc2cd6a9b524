/// What a page says about itself, gathered in one walk: `<meta>` tags, `<title>`, canonical
/// link, language, schema.org JSON-LD, and the elements that may hold a headline, standfirst,
/// byline or date.
struct HTMLPageFacts {
  typealias Node = HTMLDocument.Node

  /// `<meta>` tags in document order, keyed by `property`, `name` or `itemprop`, lowercased.
  var metas: [(key: String, value: String)] = []
  var titleElement: String?
  var canonical: String?
  var language: String?
  var headings: [Node] = []
  var relAuthors: [String] = []
  var bylineNodes: [Node] = []
  var standfirstNodes: [Node] = []
  var timeNodes: [Node] = []
  var linkedData = LinkedData()

  init(_ document: HTMLDocument) {
    guard let root = document.root else { return }
    language = HTMLText.nonBlank(root.attribute("lang"))
    root.walk { node in
      guard node.isElement else { return .skipChildren }
      switch node.name.lowercased() {
      case "meta":
        if let key = node.attribute("property") ?? node.attribute("name")
          ?? node.attribute("itemprop"),
          let value = HTMLText.nonBlank(node.attribute("content") ?? node.attribute("datetime"))
        {
          metas.append((key.lowercased(), value))
        }
      case "title":
        if titleElement == nil { titleElement = HTMLText.nonBlank(node.text) }
        return .skipChildren
      case "link":
        let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
        if rel.contains("canonical"), canonical == nil {
          canonical = HTMLText.nonBlank(node.attribute("href"))
        }
      case "script":
        if node.attribute("type")?.lowercased() == "application/ld+json" {
          linkedData.read(node.text)
        }
        return .skipChildren
      case "style", "noscript", "template":
        return .skipChildren
      case "h1":
        headings.append(node)
      case "time":
        if node.attribute("datetime") != nil { timeNodes.append(node) }
      default:
        break
      }
      let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
      if rel.contains("author"), node.name.lowercased() != "link",
        let name = HTMLText.nonBlank(node.text)
      {
        relAuthors.append(name)
      }
      let classes = node.attribute("class")?.lowercased() ?? ""
      if classes.contains("byline") || classes.contains("author")
        || node.attribute("itemprop")?.lowercased() == "author"
      {
        bylineNodes.append(node)
      }
      let words = classes.split { !($0.isLetter || $0.isNumber) }
      if words.contains(where: { HTMLPageFacts.standfirstWords.contains(String($0)) }) {
        standfirstNodes.append(node)
      }
      return .descend
    }
  }

  /// Class words of a standfirst. `lede` and `intro` are left out: sites put them on the
  /// first paragraph of the text.
  static let standfirstWords: Set<String> = [
    "standfirst", "dek", "deck", "summary", "subheadline", "subhead", "strapline",
  ]

  /// The first value of the first key present, in the order of `keys`.
  func meta(_ keys: String...) -> String? {
    for key in keys {
      if let value = metas.first(where: { $0.key == key })?.value { return value }
    }
    return nil
  }

  /// Every value of the keys, in document order.
  func metaValues(_ keys: Set<String>) -> [String] {
    metas.filter { keys.contains($0.key) }.map(\.value)
  }

  /// Whether a node sits in page furniture (navigation, a site header, a footer, an aside) or
  /// in boilerplate by class.
  static func isInChrome(_ node: Node) -> Bool {
    var current: Node? = node
    var insideArticle = false
    var chromeHeader = false
    while let n = current {
      let name = n.name.lowercased()
      if ["nav", "footer", "aside", "form"].contains(name) { return true }
      if HTMLContent.hasBoilerplateClass(n) && name != "body" && name != "html" { return true }
      if name == "header" { chromeHeader = true }
      if name == "article" || name == "main" { insideArticle = true }
      current = n.parent
    }
    return chromeHeader && !insideArticle
  }
}

/// The schema.org article described by a page's JSON-LD, if any.
struct LinkedData {
  var headline: String?
  var description: String?
  var datePublished: String?
  var dateModified: String?
  var authors: [String] = []
  var publisher: String?
  var section: String?
  var keywords: [String] = []
  var url: String?
  private var found = false

  static let articleTypes: Set<String> = [
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
    "LiveBlogPosting", "Report", "ScholarlyArticle",
  ]

  /// Reads one JSON-LD script; the first article object of the page wins.
  mutating func read(_ json: String) {
    guard !found, let value = try? JSONParser.parse(json) else { return }
    guard let article = LinkedData.findArticle(value, depth: 0) else { return }
    found = true
    headline = LinkedData.string(article["headline"])
    description = LinkedData.string(article["description"])
    datePublished = LinkedData.string(article["datePublished"])
    dateModified = LinkedData.string(article["dateModified"])
    authors = LinkedData.names(article["author"])
    publisher = LinkedData.names(article["publisher"]).first
    section = LinkedData.strings(article["articleSection"]).first
    keywords = LinkedData.strings(article["keywords"]).flatMap { $0.split(separator: ",") }
      .map { ArticleBuilder.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }
    url = LinkedData.string(article["url"]) ?? LinkedData.string(article["mainEntityOfPage"])
  }

  private static func findArticle(_ value: JSONValue, depth: Int) -> JSONObject? {
    guard depth < 6 else { return nil }
    if let array = value.arrayValue {
      for item in array {
        if let found = findArticle(item, depth: depth + 1) { return found }
      }
      return nil
    }
    guard let object = value.objectValue else { return nil }
    let types = strings(object["@type"])
    if types.contains(where: articleTypes.contains) { return object }
    if let graph = object["@graph"] { return findArticle(graph, depth: depth + 1) }
    return nil
  }

  /// A string, or the `@id` or `name` of an object.
  private static func string(_ value: JSONValue?) -> String? {
    switch value {
    case .string(let s): return HTMLText.nonBlank(HTMLText.plain(s))
    case .object(let o): return string(o["@id"]) ?? string(o["name"])
    case .array(let a): return a.lazy.compactMap { string($0) }.first
    default: return nil
    }
  }

  private static func strings(_ value: JSONValue?) -> [String] {
    switch value {
    case .string(let s): return [s]
    case .array(let a): return a.compactMap(\.stringValue)
    default: return []
    }
  }

  /// Names from a string, a `{"name": …}` object, or a list of either.
  private static func names(_ value: JSONValue?) -> [String] {
    switch value {
    case .string(let s): return HTMLText.nonBlank(HTMLText.plain(s)).map { [$0] } ?? []
    case .object(let o): return names(o["name"])
    case .array(let a): return a.flatMap { names($0) }
    default: return []
    }
  }
}
