import LedeCore

/// Asides a leftward subject scan skips: brackets and comma-delimited descriptions.
extension StanceScan {
  /// The "(" that opens the bracket closed at `j`, at most 12 tokens back.
  func openingBracket(before j: Int, in region: Range<Int>) -> Int? {
    var k = j - 1
    while k >= region.lowerBound, k >= j - 12 {
      if text.words.matches(k, "(") { return k }
      if text.words.matches(k, ")") { return nil }
      k -= 1
    }
    return nil
  }

  /// Comma-delimited asides before the cue: ", who …,", ", a lawyer at …,", ", 34,".
  func parentheticals(in region: Range<Int>, before cue: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var c = region.lowerBound
    while c < cue {
      defer { c += 1 }
      guard text.words.matches(c, ","), c + 1 < cue else { continue }
      let next = text.words[c + 1]
      // "Carole Bower, 75, a retiree in …": an aside may follow another.
      let afterAside = out.last.map { $0.upperBound - 1 == c } ?? false
      let opensAside =
        ["which", "who", "whom", "whose"].contains(next)
        || ((["a", "an", "the"].contains(next) || text.kinds[c + 1] == .number)
          && c > region.lowerBound
          && (text.entityOf[c - 1] >= 0 || afterAside))
        || (c > region.lowerBound && isRoleApposition(after: c))
        || isSpeechAside(after: c, before: cue)
      guard opensAside else { continue }
      var d = c + 1
      while d < cue, !text.words.matches(d, ","), !text.words.matches(d, ";"), d - c < 30 { d += 1 }
      // "a pastor in Elizabeth, Colorado,", "serving in Iran, Turkey and France,": names
      // listed after a comma still belong to the aside.
      while d < cue, text.words.matches(d, ","), let e = namesOnly(after: d, before: cue) { d = e }
      // The aside must close before the cue; one that runs into it holds the cue's own clause.
      if d < cue, text.words.matches(d, ",") {
        out.append(c..<(d + 1))
        c = d - 1
      }
    }
    return out
  }

  /// "CNN, Cruz said, called the announcement …": a speaker and a verb of saying between
  /// commas report the clause, whose subject stands before them (a judged PolNeAR train draw).
  private func isSpeechAside(after c: Int, before cue: Int) -> Bool {
    var k = c + 1
    if text.entityOf[k] >= 0, let name = text.entityTokens[Int(text.entityOf[k])] {
      k = name.upperBound + 1
    } else if StanceWords.keys.personPronouns.contains(text.keys[k]) {
      k += 1
    } else {
      return false
    }
    return k + 1 < cue && StanceWords.keys.speechVerbs.contains(text.keys[k])
      && text.words.matches(k + 1, ",")
  }

  /// "Dan Alpert, managing partner of the bank Westwood Capital, expressed alarm": a person's
  /// name, a comma, then a lowercase word that is no auxiliary, conjunction or verb of saying
  /// opens a description of the person with no article, not the clause's subject (the aside
  /// must close with a comma before the cue).
  func isRoleApposition(after c: Int) -> Bool {
    let e = text.entityOf[c - 1]
    guard e >= 0, entities[Int(e)].kind == .person, c + 1 < text.count, text.isWord(c + 1),
      article.tokenLayer.flags[c + 1].shape == .lower
    else { return false }
    let w = text.words[c + 1]
    // A participle or an adverb set off by commas is an aside too ("Lopez, speaking in Leeds,
    // criticized"), so only words that join clauses or start the verb group are excluded.
    return
      !(StanceWords.auxiliaries.contains(w) || StanceWords.adverbs.contains(w)
      || StanceWords.speechVerbs.contains(w) || StanceWords.clauseWords.contains(w)
      || StanceWords.prepositions.contains(w) || StanceWords.negators.contains(w)
      || StanceWords.personPronouns.contains(w) || StanceWords.objectPronouns.contains(w)
      || ["and", "or", "but", "too", "then", "however", "meanwhile", "though"].contains(w)
      || lexicon.startsCue(w))
  }

  /// The comma that ends a run of names (and "and", "the", ".") starting after the comma at
  /// `c`, when it comes before `cue`.
  func namesOnly(after c: Int, before cue: Int) -> Int? {
    var e = c + 1
    guard e < cue, text.entityOf[e] >= 0 else { return nil }
    while e < cue, !text.words.matches(e, ",") {
      guard text.entityOf[e] >= 0 || ["and", "the", "."].contains(text.words[e]) else {
        return nil
      }
      e += 1
    }
    return e < cue ? e : nil
  }
}
