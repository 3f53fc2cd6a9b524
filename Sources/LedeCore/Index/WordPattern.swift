/// One word of a search or keyword-in-context query, and which words of a text it matches.
///
/// Matching is on whole words, case-insensitive, with `’` read as `'`. A plain word also
/// matches its possessive (`Brown` finds `Brown's` and `Brown’s`); a word written as a
/// possessive matches only the possessive. Two forms ask for more:
///
/// - `~word`: the word's regular inflections too: `~sanction` finds sanction, sanctions,
///   sanctioned, sanctioning; `~stop` stopped, stopping; `~country` countries. Irregular forms (`said`, `went`) are not guessed: search for them as words.
/// - `word*`: every word starting with `word`: `sanction*` also finds `sanctioning`.
public struct WordPattern: Sendable, Equatable {
  /// How a pattern compares with a word.
  public enum Kind: Sendable, Equatable {
    /// The word, or its possessive.
    case word
    /// The word or a regular inflection of it (`~word`), or their possessives.
    case inflected
    /// Any word starting with the text (`word*`).
    case prefix
  }

  /// The word as written (lowercased, apostrophes straight), without `~` or `*`.
  public var text: String
  public var kind: Kind
  /// Every form an `inflected` pattern accepts.
  private var forms: Set<String> = []

  /// A pattern for a word the tokenizer produced, marked `~` or `*` by the query it came from.
  public init(_ text: String, kind: Kind = .word) {
    self.text = text
    self.kind = kind
    if kind == .inflected { forms = Self.inflections(of: text) }
  }

  /// Whether `word` (lowercased, apostrophes straight) matches.
  public func matches(_ word: String) -> Bool {
    switch kind {
    case .prefix:
      return word.hasPrefix(text)
    case .word:
      if word == text { return true }
      return Possessive.stem(of: word).map { $0 == text } ?? false
    case .inflected:
      if forms.contains(word) { return true }
      return Possessive.stem(of: word).map { forms.contains(String($0)) } ?? false
    }
  }

  /// The word and its regular inflections: -s/-es/-ies, -ed/-d/-ied, -ing with a silent `e`
  /// dropped, and the final consonant doubled where English doubles it (stop → stopped).
  static func inflections(of word: String) -> Set<String> {
    var forms: Set<String> = [word]
    let chars = Array(word)
    guard let last = chars.last, chars.count >= 2 else { return forms }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    let beforeLast = chars[chars.count - 2]
    forms.insert(word + "s")
    if ["s", "x", "z", "h", "o"].contains(last) { forms.insert(word + "es") }
    if last == "y", !vowels.contains(beforeLast) {
      let stem = String(chars.dropLast())
      forms.formUnion([stem + "ies", stem + "ied"])
    }
    if last == "e" {
      let stem = String(chars.dropLast())
      forms.formUnion([word + "d", stem + "ing"])
    } else {
      forms.formUnion([word + "ed", word + "ing"])
    }
    // Consonant-vowel-consonant: stop → stopped, stopping.
    if chars.count >= 3, !vowels.contains(last), !["w", "x", "y"].contains(last),
      vowels.contains(beforeLast), !vowels.contains(chars[chars.count - 3])
    {
      forms.formUnion([word + String(last) + "ed", word + String(last) + "ing"])
    }
    return forms
  }
}

extension WordPattern {
  /// The patterns of a query term as typed: its words, with a leading `~` or a trailing `*`
  /// applying to the word it is attached to.
  public static func patterns(in text: String) -> [WordPattern] {
    var patterns: [WordPattern] = []
    for piece in text.split(whereSeparator: \.isWhitespace) {
      var piece = Substring(piece)
      var kind = Kind.word
      if piece.hasPrefix("~"), piece.count > 1 {
        kind = .inflected
        piece = piece.dropFirst()
      } else if piece.hasSuffix("*"), piece.count > 1 {
        kind = .prefix
        piece = piece.dropLast()
      }
      let words = Tokenizer.words(in: String(piece))
      for (i, word) in words.enumerated() {
        // `~` belongs to the first word of a piece, `*` to the last.
        let applies = kind == .inflected ? i == 0 : i == words.count - 1
        patterns.append(WordPattern(word, kind: applies ? kind : .word))
      }
    }
    return patterns
  }

  /// Whether the words `words[at...]` start with a match of `phrase`.
  static func phrase(_ phrase: [WordPattern], matches words: [String], at start: Int) -> Bool {
    guard start + phrase.count <= words.count else { return false }
    for (k, pattern) in phrase.enumerated()
    where !pattern.matches(words[start + k].foldingApostrophes) {
      return false
    }
    return true
  }
}
