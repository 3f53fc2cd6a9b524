import Foundation

/// How names are compared across articles: case, accents, periods, a possessive `’s` and
/// leading titles (`Mr`, `Dr`, `President`) do not make two names different.
enum NameFold {
  /// Lower case without accents: `Élysée` → `elysee`.
  static func plain(_ name: String) -> String {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// The words that identify a name: `Mr. J. Smith’s` → `["j", "smith"]`.
  static func words(_ name: String, lexicon: NameLexicon = .shared) -> [String] {
    var words: [String] = []
    for raw in name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      // A title opens the name only before its first real word (`Mr Kennedy`, not `Kennedy Mr`).
      if words.isEmpty, lexicon.info(WordHash.of(raw)).contains(.title) { continue }
      var word = plain(String(raw))
      if let stem = Possessive.stem(of: word) {
        word = String(stem)
      } else if word.count > 1, word.hasSuffix("'") || word.hasSuffix("’") {
        word.removeLast()  // a closing quotation mark
      }
      word.removeAll { $0 == "." }
      if !word.isEmpty { words.append(word) }
    }
    return words
  }

  /// The folded name as one key: its words joined by spaces.
  static func key(_ name: String, lexicon: NameLexicon = .shared) -> String {
    words(name, lexicon: lexicon).joined(separator: " ")
  }

  /// Whether two given names are spellings of one (`Vince` and `Vincent`, `Hilary` and
  /// `Hillary`): one is a prefix of the other of at least three letters, or, from four letters
  /// on, they differ by one letter added, dropped or changed.
  static func sameGivenName(_ a: String, _ b: String) -> Bool {
    if a == b { return true }
    let (short, long) = a.count <= b.count ? (Array(a), Array(b)) : (Array(b), Array(a))
    if short.count >= 3, long.starts(with: short) { return true }
    guard short.count >= 4, long.count - short.count <= 1 else { return false }
    return oneEdit(short, long)
  }

  private static func oneEdit(_ short: [Character], _ long: [Character]) -> Bool {
    var i = 0
    while i < short.count, short[i] == long[i] { i += 1 }
    if short.count == long.count { return short[(i + 1)...] == long[(i + 1)...] }
    return short[i...] == long[(i + 1)...]
  }
}
