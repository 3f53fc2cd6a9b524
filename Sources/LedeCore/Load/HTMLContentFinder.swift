/// Decides which elements of a page hold its main text.
///
/// Semantic markup wins when it holds the bulk of the text: `[itemprop=articleBody]`, then the
/// `<article>` with the most paragraph text, then `<main>` or `[role=main]`. Otherwise (or when
/// the semantic element is a teaser beside the real text) containers are scored as Readability
/// does: each paragraph gives its parent points for its length and commas, its grandparent
/// half, its great-grandparent a sixth; the score is cut by the container's link density, and
/// siblings scoring at least a fifth of the winner join it.
enum HTMLContentFinder {
  typealias Node = HTMLDocument.Node

  /// A paragraph-like element and the characters of text it holds.
  struct Paragraph {
    var node: Node
    var length: Int
  }

  /// A container's running score.
  struct Candidate {
    var node: Node
    var score: Double
  }

  static func roots(of document: HTMLDocument, strict: Bool) -> [Node] {
    // The walk starts at the root, not at <body>: libxml2 2.9 does not know HTML5 elements
    // and leaves an <article> that follows a <meta> inside <head>.
    guard let body = document.root else { return [] }
    var articleBodies: [Node] = []
    var articles: [Node] = []
    var mains: [Node] = []
    var paragraphs: [Paragraph] = []
    var candidates: [UnsafeMutableRawPointer: Candidate] = [:]

    body.walk { node in
      guard node.isElement else { return .skipChildren }
      if HTMLContent.isBoilerplate(node, strict: strict) { return .skipChildren }
      let name = node.name.lowercased()
      if let itemprop = node.attribute("itemprop"),
        itemprop.split(separator: " ").contains(where: { $0.lowercased() == "articlebody" })
      {
        articleBodies.append(node)
      }
      if name == "article" { articles.append(node) }
      if name == "main" || node.attribute("role")?.lowercased() == "main" { mains.append(node) }
      guard name == "p" || name == "pre" || (name == "div" && !hasBlockChild(node)) else {
        return .descend
      }
      let lengths = HTMLContent.textLengths(node)
      guard lengths.text >= 25 else { return .skipChildren }
      paragraphs.append(Paragraph(node: node, length: lengths.text))
      let points = 1 + Double(lengths.commas) + Double(min(lengths.text / 100, 3))
      var ancestor = node.parent
      for level in 0..<3 {
        guard let a = ancestor else { break }
        let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
        candidates[a.id, default: Candidate(node: a, score: initialScore(a))].score +=
          points / divider
        ancestor = a.parent
      }
      return .skipChildren
    }

    let top = best(candidates)
    var semantic = outermost(articleBodies).nonEmpty(paragraphs)
    if semantic == nil,
      let article = articles.map({ ($0, text(in: $0, paragraphs)) }).max(by: { $0.1 < $1.1 })
    {
      semantic = article.1 > 0 ? [article.0] : nil
    }
    if semantic == nil, let main = outermost(mains).first {
      semantic = [main].nonEmpty(paragraphs)
    }
    if let semantic {
      let semanticText = semantic.reduce(0) { $0 + text(in: $1, paragraphs) }
      guard let top,
        !semantic.contains(where: { $0.contains(top.node) }),
        Double(semanticText) < 0.5 * Double(text(in: top.node, paragraphs))
      else { return semantic }
    }
    guard let top else { return [body] }
    return withSiblings(top, candidates, paragraphs)
  }

  /// The best candidate after the link-density cut; only the leaders are measured, as
  /// measuring is a walk of the subtree.
  private static func best(_ candidates: [UnsafeMutableRawPointer: Candidate]) -> Candidate? {
    let leaders = candidates.values.sorted { $0.score > $1.score }.prefix(5)
    return leaders.map { c in
      Candidate(node: c.node, score: c.score * (1 - HTMLContent.linkDensity(c.node)))
    }.max { $0.score < $1.score }
  }

  /// The winner and the siblings that hold text like it, in document order.
  private static func withSiblings(
    _ top: Candidate, _ candidates: [UnsafeMutableRawPointer: Candidate],
    _ paragraphs: [Paragraph]
  ) -> [Node] {
    guard let parent = top.node.parent else { return [top.node] }
    let threshold = max(10, top.score * 0.2)
    var result: [Node] = []
    for sibling in parent.children where sibling.isElement {
      if sibling.id == top.node.id {
        result.append(sibling)
      } else if let c = candidates[sibling.id],
        c.score * (1 - HTMLContent.linkDensity(sibling)) >= threshold
      {
        result.append(sibling)
      } else if sibling.name.lowercased() == "p" {
        let lengths = HTMLContent.textLengths(sibling)
        let density = lengths.text == 0 ? 1 : Double(lengths.links) / Double(lengths.text)
        if lengths.text > 80 && density < 0.25 { result.append(sibling) }
      }
    }
    return result
  }

  /// Readability's head start by element type and by class and id words.
  private static func initialScore(_ node: Node) -> Double {
    var score: Double
    switch node.name.lowercased() {
    case "div", "article", "section", "main": score = 5
    case "pre", "td", "blockquote": score = 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
    default: score = 0
    }
    let words = node.classAndID.split { !($0.isLetter || $0.isNumber) }
    if words.contains(where: { positiveWords.contains(String($0)) }) { score += 25 }
    if words.contains(where: { negativeWords.contains(String($0)) }) { score -= 25 }
    return score
  }

  static let positiveWords: Set<String> = [
    "article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story",
    "prose",
  ]
  static let negativeWords: Set<String> = [
    "comment", "comments", "meta", "footer", "footnote", "related", "share", "sidebar", "widget",
    "masthead", "promo", "sponsor", "tags", "byline", "author",
  ]

  /// Characters of paragraph text inside `root`.
  static func text(in root: Node, _ paragraphs: [Paragraph]) -> Int {
    paragraphs.reduce(0) { $0 + (root.contains($1.node) ? $1.length : 0) }
  }

  /// The nodes not inside another node of the list.
  private static func outermost(_ nodes: [Node]) -> [Node] {
    nodes.filter { node in !nodes.contains { $0.id != node.id && $0.contains(node) } }
  }

  private static func hasBlockChild(_ node: Node) -> Bool {
    node.children.contains {
      $0.isElement && HTMLContent.blockElements.contains($0.name.lowercased())
    }
  }
}

extension Array where Element == HTMLDocument.Node {
  /// The list, or nil when it is empty or holds no paragraph text.
  fileprivate func nonEmpty(_ paragraphs: [HTMLContentFinder.Paragraph]) -> [Element]? {
    let total = reduce(0) { $0 + HTMLContentFinder.text(in: $1, paragraphs) }
    return isEmpty || total == 0 ? nil : self
  }
}
