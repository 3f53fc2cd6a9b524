import LedeCore

/// Words that stand for a holder the text does not name, or refer back to one.
extension StanceScan {
  /// Pronouns for people the text does not name ("you" in a quote is the listener or anyone:
  /// "You can’t blame the African-American community").
  static let unnamedPeople: Set<String> = [
    "those", "others", "many", "some", "few", "most", "several", "anyone", "everyone",
    "someone", "nobody", "you",
  ]

  /// Possessive pronouns and whom they refer to ("its" is left out: on PolNeAR train it named
  /// the wrong organisation in both records it decided, "The party … its opposition").
  static let possessors: [String: (EntityKind, Gender)] = [
    "his": (.person, .male), "her": (.person, .female),
  ]

  /// Whether token `k` reads as a plural common noun: a lowercase word in "-s" that is no
  /// function word, verb form or adverb.
  func isPluralNoun(_ k: Int) -> Bool {
    let w = text.words[k]
    guard text.kinds[k] == .word, text.entityOf[k] < 0,
      article.tokenLayer.flags[k].shape == .lower, w.count > 3, w.hasSuffix("s"),
      !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("ous"), !w.hasSuffix("is")
    else { return false }
    return
      !(StanceWords.auxiliaries.contains(w) || StanceWords.adverbs.contains(w)
      || StanceWords.prepositions.contains(w) || StanceWords.determiners.contains(w)
      || StanceWords.clauseWords.contains(w) || StanceWords.speechVerbs.contains(w)
      || StanceWords.timeWords.contains(w) || Self.unnamedPeople.contains(w)
      || Self.documentNouns.contains(w)
      || ["always", "perhaps", "sometimes", "nevertheless", "regardless", "besides", "towards"]
        .contains(w))
  }
}
