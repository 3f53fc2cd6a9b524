/// A subject pronoun with a contracted verb (`he’d`, `they’re`, `I'm`): the one reading that
/// the quote layer (a clause's subject) and stance (a holder) share.
package enum SubjectContraction {
  /// The pronouns that open such a contraction, lower case.
  static let subjects = ["he", "she", "they", "we", "i", "you", "it"]
  /// What follows the apostrophe: `’d`, `’ll`, `’re`, `’ve`, `’m`, `’s`.
  static let verbs = ["d", "ll", "re", "ve", "m", "s"]

  /// The pronoun, lower case, of the contraction `word` spells (`He’s` → `he`), or nil when
  /// it is none (`Trump’s`, `don’t`).
  package static func subject(of word: String) -> String? {
    let lower = word.lowercased()
    guard let apostrophe = lower.firstIndex(where: { $0 == "'" || $0 == "’" }) else {
      return nil
    }
    let head = lower[..<apostrophe]
    let tail = lower[lower.index(after: apostrophe)...]
    guard verbs.contains(where: { $0 == tail }) else { return nil }
    return subjects.first { $0 == head }
  }
}
