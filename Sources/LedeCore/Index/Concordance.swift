/// One line of a keyword-in-context listing.
public struct ConcordanceLine: Sendable, Equatable {
  /// Index of the article in the list searched.
  public var article: Int
  public var left: String
  public var match: String
  public var right: String
  /// Byte span of the match in the article's text.
  public var span: Span
}

/// Keyword in context: every occurrence of a word or phrase with the text around it.
public enum Concordance {
  /// The occurrences of `term` in `articles`, with up to `width` characters of context each
  /// side, on one line. Words match as in search (`WordPattern`): possessives included,
  /// `~word` for inflections, `word*` for prefixes.
  public static func lines(of term: String, in articles: [Article], width: Int = 40)
    -> [ConcordanceLine]
  {
    let phrase = WordPattern.patterns(in: term)
    guard !phrase.isEmpty else { return [] }
    var result: [ConcordanceLine] = []
    for (index, article) in articles.enumerated() {
      let tokens = article.tokens.filter { $0.kind == .word || $0.kind == .number }
      let words = article.lowercasedWords
      var i = 0
      while i + phrase.count <= words.count {
        if WordPattern.phrase(phrase, matches: words, at: i) {
          let span = Span(start: tokens[i].start, end: tokens[i + phrase.count - 1].end)
          result.append(
            ConcordanceLine(
              article: index,
              left: context(article.text, before: span.start, width: width),
              match: article.text(of: span),
              right: context(article.text, after: span.end, width: width),
              span: span))
          i += phrase.count
        } else {
          i += 1
        }
      }
    }
    return result
  }

  private static func flatten(_ s: Substring) -> String {
    String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
  }

  static func context(_ text: String, before offset: Int, width: Int) -> String {
    let utf8 = text.utf8
    let end = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
    let head = text[..<end]
    return flatten(head.suffix(width))
  }

  static func context(_ text: String, after offset: Int, width: Int) -> String {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
    return flatten(text[start...].prefix(width))
  }
}
