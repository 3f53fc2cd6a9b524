/// Small conversions of HTML snippets (feed titles, JSON-LD strings) to plain text.
enum HTMLText {
  /// The text of an HTML snippet: tags dropped, entities decoded, whitespace collapsed.
  /// Strings with neither `<` nor `&` are returned collapsed without parsing.
  static func plain(_ html: String) -> String {
    guard html.contains(where: { $0 == "<" || $0 == "&" }) else {
      return ArticleBuilder.collapseWhitespace(html)
    }
    guard let body = HTMLDocument.html(html)?.root else { return "" }
    var text = ""
    body.walk { node in
      if node.isText {
        text += node.content
      } else if node.isElement {
        let name = node.name.lowercased()
        if ["script", "style", "noscript", "template"].contains(name) { return .skipChildren }
        if name == "br" || HTMLContent.blockElements.contains(name) { text += " " }
      }
      return .descend
    }
    return ArticleBuilder.collapseWhitespace(text)
  }

  /// The string with whitespace collapsed, or nil when nothing is left.
  static func nonBlank(_ s: String?) -> String? {
    guard let s else { return nil }
    let collapsed = ArticleBuilder.collapseWhitespace(s)
    return collapsed.isEmpty ? nil : collapsed
  }
}
