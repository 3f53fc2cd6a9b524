/// A search query over articles: words and "quoted phrases" that must all appear, and
/// `-excluded` words or phrases that must not. Words match as `WordPattern` says: whole words,
/// case-insensitive, possessives included (`Brown` finds `Brown's`), `~word` for inflections and
/// `word*` for prefixes.
///
/// `Lavrov "North Korea" -sport` matches articles that mention Lavrov and the phrase North
/// Korea and never the word sport; `"Gordon Brown" ~sanction` finds "Gordon Brown's sanctions".
public struct CorpusQuery: Sendable, Equatable {
  /// One term: a word or a phrase, as patterns for its words.
  public struct Term: Sendable, Equatable {
    public var words: [WordPattern]
    public var excluded: Bool
  }

  public var terms: [Term]

  /// Parses a query; an unclosed quote runs to the end.
  public init(_ query: String) {
    var terms: [Term] = []
    var rest = Substring(query)
    while let first = rest.first {
      if first.isWhitespace {
        rest = rest.dropFirst()
        continue
      }
      var excluded = false
      if first == "-", rest.count > 1 {
        excluded = true
        rest = rest.dropFirst()
      }
      let text: Substring
      if let open = rest.first, open == "\"" || open == "“" {
        rest = rest.dropFirst()
        let close = rest.firstIndex(where: { $0 == "\"" || $0 == "”" }) ?? rest.endIndex
        text = rest[..<close]
        rest = close < rest.endIndex ? rest[rest.index(after: close)...] : rest[rest.endIndex...]
      } else {
        let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
        text = rest[..<end]
        rest = rest[end...]
      }
      let words = WordPattern.patterns(in: String(text))
      if !words.isEmpty { terms.append(Term(words: words, excluded: excluded)) }
    }
    self.terms = terms
  }

  /// Whether the query has anything to match.
  public var isEmpty: Bool { terms.isEmpty }

  /// Whether an article satisfies every term.
  public func matches(_ article: Article) -> Bool {
    guard !terms.isEmpty else { return true }
    let words = article.lowercasedWords
    for term in terms {
      if contains(words, term.words) == term.excluded { return false }
    }
    return true
  }

  private func contains(_ words: [String], _ phrase: [WordPattern]) -> Bool {
    guard words.count >= phrase.count else { return false }
    for i in 0...(words.count - phrase.count)
    where WordPattern.phrase(phrase, matches: words, at: i) {
      return true
    }
    return false
  }
}

extension Tokenizer {
  /// The lowercased word and number tokens of a string.
  public static func words(in text: String) -> [String] {
    tokens(in: text).compactMap { token in
      guard token.kind == .word || token.kind == .number else { return nil }
      return text.utf8Slice(token.span).lowercased().foldingApostrophes
    }
  }
}

extension String {
  /// The curly apostrophe (’) written as the straight one, so `Lavrov's` finds `Lavrov’s`.
  var foldingApostrophes: String {
    contains("’") ? String(map { $0 == "’" ? "'" : $0 }) : self
  }
}

extension String {
  /// The text of a byte span of this string.
  func utf8Slice(_ span: Span) -> String {
    let utf8 = self.utf8
    let from = utf8.index(utf8.startIndex, offsetBy: max(0, min(span.start, utf8.count)))
    let to = utf8.index(utf8.startIndex, offsetBy: max(0, min(span.end, utf8.count)))
    return String(self[from..<to])
  }
}

extension Article {
  /// The article's word and number tokens, lowercased, computed once.
  public var lowercasedWords: [String] {
    cached("lowercasedWords") { article in
      article.tokens.compactMap { token in
        guard token.kind == .word || token.kind == .number else { return nil }
        return article.text(of: token.span).lowercased()
      }
    }
  }
}
