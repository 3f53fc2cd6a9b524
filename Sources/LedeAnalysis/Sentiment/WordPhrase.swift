/// A multi-word entry, as the word-table indices of its lowercased words.
struct WordPhrase: Sendable {
  var words: [Int32]
  var value: Double
  /// The entry's text, for messages and tests.
  var text: String

  /// Whether the phrase's words are the words of `entries` from `start`.
  @inline(__always)
  func matches(_ entries: (Int) -> Int32, at start: Int, count: Int) -> Bool {
    guard start >= 0, start + words.count <= count else { return false }
    for offset in words.indices where entries(start + offset) != words[offset] { return false }
    return true
  }
}
