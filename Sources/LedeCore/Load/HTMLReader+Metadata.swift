extension HTMLReader {
  /// Decides each metadata field from the page's facts, most explicit source first: `<meta>`
  /// tags, then JSON-LD, then what the page shows.
  static func metadata(
    _ facts: HTMLPageFacts, roots: [Node], standfirstNode: Node?, bylineNodes: [Node],
    path: String
  ) -> ArticleMetadata {
    var m = ArticleMetadata(path: path, format: "html")
    let ld = facts.linkedData
    func inContent(_ node: Node) -> Bool { roots.contains { $0.contains(node) } }
    func visible(_ nodes: [Node]) -> Node? {
      nodes.first(where: inContent) ?? nodes.first { !HTMLPageFacts.isInChrome($0) }
    }

    let site = facts.meta("og:site_name") ?? ld.publisher ?? facts.meta("application-name")
    m.source = site
    let h1 = visible(facts.headings).flatMap { HTMLText.nonBlank($0.text) }
    let title = facts.meta("og:title", "twitter:title") ?? h1 ?? ld.headline ?? facts.titleElement
    m.title = title.map { cleanTitle($0, site: site, h1: h1) }
    if m.source == nil, let page = facts.titleElement, let title = m.title {
      m.source = siteName(fromPageTitle: page, headline: title)
    }

    m.standfirst =
      standfirstNode.flatMap { HTMLText.nonBlank($0.text) }
      ?? facts.meta("og:description", "description", "twitter:description") ?? ld.description

    // Each source in turn; `author` often names the site rather than a person.
    func people(_ values: [String]) -> [String] {
      unique(values.compactMap(cleanByline)).filter { $0.lowercased() != site?.lowercased() }
    }
    var names = people(
      facts.metaValues(["author", "dc.creator", "byl", "parsely-author", "article:author"]))
    if names.isEmpty { names = people(ld.authors) }
    if names.isEmpty { names = people(facts.relAuthors) }
    if names.isEmpty, let node = visible(bylineNodes) {
      names = cleanByline(textWithoutTimes(node)).map { [$0] } ?? []
    }
    m.byline = names.isEmpty ? nil : names.joined(separator: ", ")

    let stated =
      facts.meta(
        "article:published_time", "og:published_time", "published_time", "datepublished",
        "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued",
        "dc.date", "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date",
        "parsely-pub-date") ?? ld.datePublished ?? pageDate(facts, bylineNodes, inContent)
    m.date = stated.map { DateNormalizer.normalize($0) ?? $0 }

    m.url = facts.meta("og:url") ?? facts.canonical ?? ld.url
    m.section = facts.meta("article:section") ?? ld.section
    m.meta = extraMeta(facts)
    return m
  }

  /// The date a `<time>` element gives: one marked as the publication date, else one in the
  /// byline, else the first in the text, else the first outside page furniture.
  private static func pageDate(
    _ facts: HTMLPageFacts, _ bylineNodes: [Node], _ inContent: (Node) -> Bool
  ) -> String? {
    let times = facts.timeNodes
    let marked = times.first {
      $0.attribute("pubdate") != nil || $0.attribute("itemprop")?.lowercased() == "datepublished"
    }
    let chosen =
      marked ?? times.first { t in bylineNodes.contains { $0.contains(t) } }
      ?? times.first(where: inContent) ?? times.first { !HTMLPageFacts.isInChrome($0) }
    return chosen.flatMap { HTMLText.nonBlank($0.attribute("datetime") ?? $0.text) }
  }

  /// Open Graph and `article:*` fields not used above, with friendly names for the common
  /// ones: tags, keywords, modified, language, type, image. (The section is the desk:
  /// `ArticleMetadata.section`.)
  private static func extraMeta(_ facts: HTMLPageFacts) -> JSONObject {
    var meta = JSONObject()
    let ld = facts.linkedData
    let tags = unique(facts.metaValues(["article:tag"]))
    if !tags.isEmpty { meta["tags"] = .array(tags.map(JSONValue.string)) }
    var keywords = facts.metaValues(["keywords", "news_keywords"]).flatMap {
      $0.split(separator: ",").compactMap { HTMLText.nonBlank(String($0)) }
    }
    if keywords.isEmpty { keywords = ld.keywords }
    if !keywords.isEmpty { meta["keywords"] = .array(unique(keywords).map(JSONValue.string)) }
    if let modified = facts.meta("article:modified_time", "og:updated_time") ?? ld.dateModified {
      meta["modified"] = .string(DateNormalizer.normalize(modified) ?? modified)
    }
    if let language = facts.language ?? facts.meta("og:locale") {
      meta["language"] = .string(language)
    }
    if let type = facts.meta("og:type") { meta["type"] = .string(type) }
    if let image = facts.meta("og:image") { meta["image"] = .string(image) }

    let used: Set<String> = [
      "og:title", "og:description", "og:site_name", "og:url", "og:type", "og:image",
      "og:locale", "og:updated_time", "og:published_time", "article:published_time",
      "article:modified_time", "article:section", "article:tag", "article:author",
    ]
    for (key, value) in facts.metas
    where (key.hasPrefix("og:") || key.hasPrefix("article:")) && !used.contains(key)
      && !["og:image:", "og:video", "og:audio"].contains(where: key.hasPrefix)
    {
      switch meta[key] {
      case nil: meta[key] = .string(value)
      case .string(let first)?: meta[key] = .array([.string(first), .string(value)])
      case .array(let values)?: meta[key] = .array(values + [.string(value)])
      default: break
      }
    }
    return meta
  }

  /// A title without the site's name around it: `Headline | Site`, `Site - Headline`.
  static func cleanTitle(_ title: String, site: String?, h1: String?) -> String {
    let title = ArticleBuilder.collapseWhitespace(title)
    func same(_ a: Substring, _ b: String?) -> Bool {
      guard let b, a.count >= 2 else { return false }
      let x = a.lowercased()
      let y = b.lowercased()
      return x == y || (x.count >= 3 && y.contains(x)) || x.contains(y)
    }
    for separator in titleSeparators {
      guard let range = title.ranges(of: separator).last else { continue }
      let head = title[..<range.lowerBound]
      let tail = title[range.upperBound...]
      if same(tail, site) || (h1.map { head.lowercased() == $0.lowercased() } ?? false) {
        return String(head)
      }
      if let first = title.ranges(of: separator).first {
        let lead = title[..<first.lowerBound]
        if same(lead, site) { return String(title[first.upperBound...]) }
      }
    }
    return title
  }

  /// The site named after the headline in `<title>` (`Headline | Site`), when the page has no
  /// `og:site_name`.
  static func siteName(fromPageTitle page: String, headline: String) -> String? {
    let page = ArticleBuilder.collapseWhitespace(page)
    for separator in titleSeparators {
      guard let range = page.ranges(of: separator).last,
        page[..<range.lowerBound].lowercased() == headline.lowercased()
      else { continue }
      let site = page[range.upperBound...]
      return site.count <= 60 ? HTMLText.nonBlank(String(site)) : nil
    }
    return nil
  }

  static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "]

  /// A byline without `By`, trailing dates and separators; nil if nothing like a name is left.
  static func cleanByline(_ raw: String) -> String? {
    var s = Substring(ArticleBuilder.collapseWhitespace(raw))
    for prefix in ["by ", "written by ", "words by ", "words: ", "author: ", "authors: "]
    where s.lowercased().hasPrefix(prefix) {
      s = s.dropFirst(prefix.count)
    }
    for separator in [" | ", " · ", " • "] {
      if let range = s.ranges(of: separator).first { s = s[..<range.lowerBound] }
    }
    var parts = s.split(separator: ",", omittingEmptySubsequences: false)
    while let last = parts.last, parts.count > 1, isNotName(last) { parts.removeLast() }
    s = Substring(parts.joined(separator: ","))
    let trailing: Set<Character> = [",", ";", ":", "|", "-", "–", "—", "·", " "]
    while let last = s.last, trailing.contains(last) { s = s.dropLast() }
    while let first = s.first, trailing.contains(first) { s = s.dropFirst() }
    guard !s.isEmpty, s.count <= 120, !isLink(String(s)) else { return nil }
    return String(s)
  }

  /// A byline part that is a date, a time or an "Updated …" note rather than a name.
  private static func isNotName(_ part: Substring) -> Bool {
    let text = ArticleBuilder.collapseWhitespace(String(part))
    let lower = text.lowercased()
    return text.isEmpty || DateNormalizer.normalize(text) != nil
      || lower.hasPrefix("updated") || lower.hasPrefix("published")
      || text.first.map { $0.isNumber } == true
  }

  private static func textWithoutTimes(_ node: Node) -> String {
    var text = ""
    node.walk { child in
      if child.isText { text += child.content }
      if child.isElement && child.name.lowercased() == "time" { return .skipChildren }
      return .descend
    }
    return text
  }

  private static func isLink(_ s: String) -> Bool {
    s.hasPrefix("http://") || s.hasPrefix("https://") || s.hasPrefix("/") || s.contains("@")
  }

  private static func unique(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
  }
}
