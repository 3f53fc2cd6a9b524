extension HTMLContent {
  /// Walks the content in document order, gathering loose inline text into paragraphs.
  struct Collector {
    var pieces: [Piece] = []
    let skip: Set<UnsafeMutableRawPointer>
    let strict: Bool
    /// Inline text not yet inside a block (`<div>text <b>bold</b><br><br>more</div>`).
    private var run = ""
    /// Characters of link text in `run`.
    private var runLinks = 0
    private var afterBreak = false
    var sawTitle = false
    /// Beyond this depth, elements are read as flat text rather than recursed into.
    private static let maximumDepth = 200

    init(skip: Set<UnsafeMutableRawPointer>, strict: Bool) {
      self.skip = skip
      self.strict = strict
    }

    mutating func container(_ node: Node, depth: Int) {
      for child in node.children {
        if child.isText {
          let text = child.content
          run += text
          if text.contains(where: { !$0.isWhitespace }) { afterBreak = false }
        } else if child.isEntityReference {
          run += child.entityText
          afterBreak = false
        } else if child.isElement {
          visit(child, depth: depth + 1)
        }
      }
    }

    mutating func visit(_ node: Node, depth: Int) {
      guard !skip.contains(node.id), !HTMLContent.isBoilerplate(node, strict: strict) else {
        return
      }
      let name = node.name.lowercased()
      if name == "br" {
        // Two breaks in a row end a paragraph of loose text; one is a space.
        if afterBreak { flush() } else { run += "\n" }
        afterBreak = true
        return
      }
      if HTMLContent.inlineElements.contains(name) && !containsBlock(node) {
        run += inlineText(node)
        runLinks += HTMLContent.textLengths(node).links
        afterBreak = false
        return
      }
      flush()
      switch name {
      case "h1":
        if sawTitle { emit(.heading, inlineText(node)) }
        sawTitle = true
      case "h2", "h3", "h4", "h5", "h6":
        emit(.heading, inlineText(node))
      case "p" where isOnlyTime(node):
        // `<p><time>March 3</time></p>`: a timestamp, not a paragraph.
        break
      case "p", "li", "dd", "dt", "blockquote", "td", "th":
        if containsBlock(node) && depth < Collector.maximumDepth {
          container(node, depth: depth)
        } else if !isLinkLine(node) {
          emit(.paragraph, inlineText(node))
        }
      case "pre":
        emit(.paragraph, inlineText(node))
      case "ul", "ol", "dl":
        if HTMLContent.linkDensity(node) <= 0.5 { container(node, depth: depth) }
      case "table":
        // Data tables are not prose; layout tables (paragraphs in cells) are read through.
        if containsElement(node, named: "p") { container(node, depth: depth) }
      default:
        if depth < Collector.maximumDepth {
          container(node, depth: depth)
        } else {
          emit(.paragraph, inlineText(node))
        }
      }
      flush()
    }

    /// Ends the current run of loose text as a paragraph.
    mutating func flush() {
      // Loose links (`<div><a>Home</a> <a>News</a></div>`) are navigation, not text.
      let length = run.unicodeScalars.lazy.filter { !$0.properties.isWhitespace }.count
      if length > 0 && !(length < 200 && runLinks * 2 > length) { emit(.paragraph, run) }
      run = ""
      runLinks = 0
      afterBreak = false
    }

    private mutating func emit(_ role: BlockRole, _ raw: String) {
      let text = ArticleBuilder.collapseWhitespace(raw)
      guard !text.isEmpty else { return }
      if role == .paragraph {
        if HTMLContent.furnitureLines.contains(text.lowercased()) { return }
        // A line that is only a date is a timestamp, not a paragraph.
        if text.count <= 60 && DateNormalizer.normalize(text) != nil { return }
      }
      pieces.append((role, text))
    }

    /// The text of an element as one paragraph: furniture inside it is skipped, breaks and
    /// nested blocks become spaces.
    func inlineText(_ node: Node) -> String {
      var text = ""
      node.walk { child in
        if child.isText {
          text += child.content
        } else if child.isEntityReference {
          text += child.entityText
        } else if child.isElement {
          if skip.contains(child.id) || HTMLContent.isBoilerplate(child, strict: strict) {
            return .skipChildren
          }
          let name = child.name.lowercased()
          if name == "br" || HTMLContent.blockElements.contains(name) { text += " " }
        }
        return .descend
      }
      return text
    }

    private func containsBlock(_ node: Node) -> Bool {
      var found = false
      node.walk { child in
        guard child.isElement else { return .skipChildren }
        if HTMLContent.blockElements.contains(child.name.lowercased()) {
          found = true
          return .stop
        }
        return .descend
      }
      return found
    }

    /// A short paragraph that is mostly a link ("Read more: <a>…</a>") points elsewhere.
    private func isLinkLine(_ node: Node) -> Bool {
      let lengths = HTMLContent.textLengths(node)
      return lengths.text < 200 && lengths.links * 2 > lengths.text
    }

    private func isOnlyTime(_ node: Node) -> Bool {
      var times = 0
      for child in node.children {
        if child.isText && !child.content.allSatisfy(\.isWhitespace) { return false }
        if child.isElement {
          guard child.name.lowercased() == "time" else { return false }
          times += 1
        }
      }
      return times == 1
    }

    private func containsElement(_ node: Node, named name: String) -> Bool {
      var found = false
      node.walk { child in
        if child.isElement && child.name.lowercased() == name {
          found = true
          return .stop
        }
        return .descend
      }
      return found
    }
  }
}
