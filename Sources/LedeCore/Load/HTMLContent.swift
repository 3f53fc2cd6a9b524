/// Finds the main text of an HTML page and turns it into headings and paragraphs, dropping
/// boilerplate: navigation, asides, scripts, forms, figures, and anything whose class or id
/// says it is sharing, related links, comments, promotion or advertising.
///
/// The main text is the page's `[itemprop=articleBody]`, `<article>` or `<main>` when it holds
/// the bulk of the paragraph text; otherwise containers are scored by the paragraph text they
/// hold, as Readability does, and the best one (with siblings that score nearly as well) wins.
enum HTMLContent {
  typealias Node = HTMLDocument.Node
  typealias Piece = (role: BlockRole, text: String)

  // MARK: Boilerplate

  /// Elements whose content is never article text.
  static let droppedElements: Set<String> = [
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
    "figure", "figcaption", "iframe", "svg", "template", "select", "textarea", "input", "object",
    "embed", "video", "audio", "canvas", "map", "dialog", "menu", "title", "meta",
    "link", "math", "picture", "source", "label",
  ]

  /// ARIA roles of page furniture.
  static let droppedRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
    "menu", "menubar", "toolbar",
  ]

  /// Class and id words (split on `-`, `_`, `:` and spaces) that mark furniture. Not
  /// `hidden` (Tailwind's `overflow-hidden` is on content) nor `paywall` or `subscriber` (sites
  /// wrap the text itself in them).
  static let boilerplateWords: Set<String> = [
    "ad", "ads", "adslot", "banner", "breadcrumb", "breadcrumbs", "consent", "disqus", "embed",
    "gdpr", "masthead", "menu", "modal", "mostread", "navbar", "popup", "signup", "subscribe",
    "subscription", "toolbar", "tools", "trending", "visuallyhidden",
  ]

  /// Class and id word beginnings that mark furniture (`comments`, `newsletter-signup`).
  static let boilerplatePrefixes = [
    "advert", "share", "sharing", "social", "related", "comment", "promo", "newsletter",
    "cookie", "sidebar", "sponsor", "recommend", "instagram", "tiktok", "outbrain", "taboola",
  ]

  /// Class names of text shown only to screen readers ("Share on Facebook", "Opens in a new
  /// window").
  static let screenReaderClasses = ["sr-only", "visually-hidden", "screen-reader", "a11y-only"]

  /// Elements whose text flows inside a paragraph.
  static let inlineElements: Set<String> = [
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "img", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span",
    "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
  ]

  /// Whether a node is furniture. `strict` also reads classes and ids; it is turned off when a
  /// page's own wrapper carries such a class (`<div class="layout-with-sidebar">`).
  static func isBoilerplate(_ node: Node, strict: Bool) -> Bool {
    let name = node.name.lowercased()
    if droppedElements.contains(name) { return true }
    if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
    if let role = node.attribute("role"), droppedRoles.contains(role.lowercased()) { return true }
    if let style = node.attribute("style") {
      let compact = style.lowercased().filter { !$0.isWhitespace }
      if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
    }
    // The page's own wrapper may say `class="has-sidebar"`.
    return strict && name != "body" && name != "html" && hasBoilerplateClass(node)
  }

  static func hasBoilerplateClass(_ node: Node) -> Bool {
    let classAndID = node.classAndID
    if screenReaderClasses.contains(where: { classAndID.contains($0) }) { return true }
    let words = classAndID.split { !($0.isLetter || $0.isNumber) }
    return words.contains { word in
      boilerplateWords.contains(String(word))
        || boilerplatePrefixes.contains { word.hasPrefix($0) } && !word.hasPrefix("commentary")
    }
  }

  // MARK: Blocks

  /// The headings and paragraphs under `roots`, in document order.
  ///
  /// `skipping` holds elements already used as metadata (a standfirst, a byline). The first
  /// `<h1>` of a page is its title and is left out unless `firstH1IsTitle` is false.
  static func blocks(
    in roots: [Node], skipping: Set<UnsafeMutableRawPointer> = [], strict: Bool = true,
    firstH1IsTitle: Bool = true
  ) -> [Piece] {
    var collector = Collector(skip: skipping, strict: strict)
    collector.sawTitle = !firstH1IsTitle
    for root in roots {
      if root.isElement && leafBlocks.contains(root.name.lowercased()) {
        collector.visit(root, depth: 0)
      } else {
        collector.container(root, depth: 0)
      }
      collector.flush()
    }
    var pieces = collector.pieces
    // Headings with nothing under them ("More on this story") are furniture.
    while pieces.last?.role == .heading { pieces.removeLast() }
    return pieces
  }

  /// The blocks of a page's main text; the boilerplate class test is relaxed if it removes
  /// everything.
  static func mainBlocks(
    of document: HTMLDocument, skipping: Set<UnsafeMutableRawPointer> = []
  ) -> (roots: [Node], blocks: [Piece]) {
    for strict in [true, false] {
      let roots = HTMLContentFinder.roots(of: document, strict: strict)
      let pieces = blocks(in: roots, skipping: skipping, strict: strict)
      if pieces.contains(where: { $0.role == .paragraph }) { return (roots, pieces) }
    }
    return ([], [])
  }

  static let leafBlocks: Set<String> = [
    "p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote",
  ]

  /// Elements that start a new block when found inside inline content.
  static let blockElements: Set<String> = [
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "tr", "td", "th", "ul", "figure",
  ]

  /// Labels that sit between paragraphs on news sites and are not text.
  static let furnitureLines: Set<String> = [
    "advertisement", "skip advertisement", "story continues below advertisement",
    "continue reading", "continue reading the main story", "read more", "share", "share this",
    "share this article", "listen to this article", "sponsored", "related", "most read",
  ]

  // MARK: Measures

  /// Characters of text (whitespace aside), of link text and commas below a node, ignoring
  /// script and style.
  static func textLengths(_ node: Node) -> (text: Int, links: Int, commas: Int) {
    var text = 0
    var links = 0
    var commas = 0
    node.walk { child in
      if child.isText {
        var count = 0
        for scalar in child.content.unicodeScalars where !scalar.properties.isWhitespace {
          count += 1
          if scalar == "," { commas += 1 }
        }
        text += count
        if isInsideLink(child, below: node) { links += count }
        return .descend
      }
      guard child.isElement else { return .skipChildren }
      let name = child.name.lowercased()
      return name == "script" || name == "style" ? .skipChildren : .descend
    }
    return (text, links, commas)
  }

  private static func isInsideLink(_ node: Node, below root: Node) -> Bool {
    var current = node.parent
    while let n = current, n.id != root.id {
      if n.name.lowercased() == "a" { return true }
      current = n.parent
    }
    return root.name.lowercased() == "a"
  }

  /// The share of a node's text that sits inside links.
  static func linkDensity(_ node: Node) -> Double {
    let lengths = textLengths(node)
    return lengths.text == 0 ? 0 : Double(lengths.links) / Double(lengths.text)
  }
}
