extension NameLexicon {
  /// The phrase of the lists that is exactly `name` (`Tories`, `North Koreans`, `NATO`), if any.
  func phrase(matching name: String) -> LexiconPhrase? {
    let words = name.split(separator: " ").map { WordHash.of($0) }
    guard let first = words.first else { return nil }
    return phrases[first]?.first { phrase in
      phrase.words == words
        && (!phrase.capitalsOnly || name.allSatisfy { !$0.isLowercase })
        && phrase.kind != .title && phrase.kind != .cue
    }
  }
}
