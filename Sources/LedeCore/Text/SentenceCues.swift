/// Short word lists the sentence splitter consults where punctuation alone is ambiguous.
enum SentenceCues {
  /// Whether `start..<end` is a capitalised word that commonly opens a sentence: after an
  /// abbreviation such as `U.S.` or `Inc.`, one of these means the abbreviation ended the
  /// sentence, where a name (`U.S. Congress`) would not.
  static func isStarter(_ text: TextBytes, from start: Int, to end: Int) -> Bool {
    guard let key = ByteKey(text, from: start, to: end) else { return false }
    return starterKeys.contains(key)
  }

  /// Whether `start..<end` is a verb of saying, as in `“Why?” Putin asked.`
  static func isSpeechVerb(_ text: TextBytes, from start: Int, to end: Int) -> Bool {
    guard let key = ByteKey(text, from: start, to: end) else { return false }
    return speechVerbKeys.contains(key)
  }

  static let starters = [
    "A", "An", "The", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He",
    "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "But", "And",
    "Or", "Yet", "So", "Nor", "In", "On", "At", "For", "By", "With", "From", "To", "Of", "As",
    "After", "Before", "When", "While", "Since", "Until", "During", "If", "Although", "Though",
    "Because", "However", "Meanwhile", "Moreover", "Nevertheless", "Instead", "Still", "Then",
    "Now", "Later", "Earlier", "Some", "Many", "Most", "All", "Both", "Each", "Several", "Such",
    "Other", "Others", "Officials", "What", "Why", "How", "Who", "Where", "Which", "Asked",
    "According", "Last", "Next", "One", "Two", "Three",
  ]

  private static let starterKeys = Set(starters.map(ByteKey.init))
  /// The one-word reporting verbs (`ReportingVerbs`), as written in lower case.
  private static let speechVerbKeys = Set(
    ReportingVerbs.words.filter { $0.utf8.count <= ByteKey.capacity }.map(ByteKey.init))
}
