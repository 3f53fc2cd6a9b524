import LedeCore

/// Holders that are a piece of a longer name the entity layer cut short.
extension StanceScan {
  /// Lowercase words that may stand right before a holder's name without joining it: a list
  /// joined by "and", a partitive ("many Americans"), a time ("last week China").
  private static let joiners: Set<String> = [
    "and", "or", "nor", "but", "so", "yet", "then", "also", "only", "even", "many", "most",
    "some", "both", "all", "each", "every", "other", "others", "whom", "years", "months",
  ]

  /// Whether a holder is a one-word organisation or place that is part of a longer name or a
  /// common noun phrase: "a super PAC supporting", "the state Constitution", "Jolly of Indian
  /// Shores", "the Gang of Eight". The referent is unnamed, or someone else (PolNeAR train had 3
  /// such holders in a draw of 40 records, none right).
  func isNameFragment(_ actor: Actor) -> Bool {
    guard let span = actor.span else { return false }
    let k = tokenIndex(at: span.start)
    guard k >= 0, text.entityOf[k] >= 0 else { return false }
    let e = Int(text.entityOf[k])
    guard entities[e].kind != .person, let range = text.entityTokens[e], range.count == 1 else {
      return false
    }
    return gluedBefore(k) || gluedAfter(k)
  }

  /// "super PAC", "Indian Shores": a word right before the name, in its sentence and no name
  /// itself, that reads as part of the name: a lowercase content word before an organisation
  /// or place, or a capitalised word that does not open the sentence.
  private func gluedBefore(_ k: Int) -> Bool {
    let p = k - 1
    guard p >= 0, text.sentenceOf[p] == text.sentenceOf[k], text.isWord(p),
      text.entityOf[p] < 0, !text.possessive[p]
    else { return false }
    let w = text.words[p]
    let key = text.keys[p]
    // Function words join no name, in any case ("The Democrats" in a headline, "So Israel").
    if StanceWords.keys.determiners.contains(key) || StanceWords.keys.prepositions.contains(key)
      || StanceWords.keys.auxiliaries.contains(key) || StanceWords.keys.adverbs.contains(key)
      || StanceWords.keys.negators.contains(key) || StanceWords.keys.clauseWords.contains(key)
      || StanceWords.keys.speechVerbs.contains(key) || StanceWords.keys.timeWords.contains(key)
      || StanceWords.keys.timeStarters.contains(key)
      || StanceWords.keys.personPronouns.contains(key) || StanceWords.keys.firstPerson.contains(key)
      || Self.unnamedPeople.contains(w) || Self.partitives.contains(w) || Self.joiners.contains(w)
    {
      return false
    }
    let shape = article.tokenLayer.flags[p].shape
    if shape.isCapitalized {
      // A title ("Gov."), or the first word of the sentence or of a quotation.
      if w.hasSuffix(".") { return false }
      let b = p - 1
      return b >= 0 && text.sentenceOf[b] == text.sentenceOf[p] && !isQuoteMark(b)
        && !text.words.matches(b, ":")
    }
    // "fellow Republicans", "young Hispanics": an adjective before a group names its members.
    return shape == .lower && entities[Int(text.entityOf[k])].kind != .group && !w.hasSuffix("ly")
  }

  /// "the Gang of Eight", "State of the Union": "of" and a capitalised word that no entity
  /// holds follow the name.
  private func gluedAfter(_ k: Int) -> Bool {
    var n = k + 1
    guard n < text.count, text.words.matches(n, "of") else { return false }
    n += 1
    if n < text.count, text.words.matches(n, "the") { n += 1 }
    return n < text.count && text.sentenceOf[n] == text.sentenceOf[k] && text.isWord(n)
      && text.entityOf[n] < 0 && article.tokenLayer.flags[n].shape.isCapitalized
  }
}
