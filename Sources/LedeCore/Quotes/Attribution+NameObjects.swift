extension Attribution {
  /// Where a report verb's object that is a name or a pronoun ends before a phrase of time or
  /// occasion (`endorsed Cruz in November`, `criticized Bill Clinton during a debate`, `thanked
  /// them after the vote`): PolNeAR annotates the name alone. Not before `on`, `over`, `for`
  /// or `with`, which mostly stay in the object (`knocked Rubio on trade`, `praised her for
  /// her work`). On PolNeAR train indirect F1 0.5510 → 0.5516 (7,345 → 7,353 right), dev
  /// 0.558 → 0.559 (842 → 844 right).
  func nameObjectEnd(_ start: Int, stop: Int) -> Int? {
    var end: Int
    if let m = analysis.mention(covering: start), m.tokens.lowerBound == start {
      end = m.tokens.upperBound
    } else if facts[start].shape == .lower, Attribution.objectPronouns.contains(facts[start].hash) {
      end = start + 1
    } else {
      return nil
    }
    guard end < stop, facts[end].shape == .lower,
      Attribution.occasionWords.contains(facts[end].hash)
    else { return nil }
    return end
  }

  /// Words that open a phrase of time or occasion after an object (`in`, `during`, `last`).
  static let occasionWords = KeySet(
    [
      "in", "at", "during", "after", "before", "last", "this", "because", "when", "while",
      "since",
    ].map { WordHash.of($0) })
}
