import LedeCore

/// Cues whose clause is a guess, a question or a supposition: no position is held.
extension StanceScan {
  /// Adverbs that make a clause a guess.
  /// ("probably": "Carson will probably face more questions", a judged PolNeAR train draw.)
  private static let guesses: Set<String> = [
    "perhaps", "possibly", "maybe", "conceivably", "probably",
  ]
  private static let guessKeys = StanceWordKeys.keys(guesses)

  /// Words that open a clause whose content is asked or supposed, not held.
  private static let unrealOpeners: Set<String> = ["whether", "if", "unless"]
  private static let unrealOpenerKeys = StanceWordKeys.keys(unrealOpeners)

  /// Words that put a clause after them out of the holder's view: a chance, an inability, a
  /// pressure or a doubt ("no chance Clinton will withdraw", "will be unable to … accuse the
  /// audience", "pressure from donors to back Trump", "question the wisdom of committing to
  /// Scott", "reservations about voting for Trump"), each a wrong record in PolNeAR dev draws.
  ///
  /// "unlikely" and "positioned" come from judged PolNeAR train draws (seeds 3511, 6113): "the
  /// three delegates … are also unlikely to favor Trump", "is well positioned to block any
  /// proposals". ("Hope" and "hopeful" are left out: "he hopes this forces Republicans to
  /// reconsider their opposition to …", "Obama the hopeful has … applauded" are positions held.)
  private static let unrealGovernors: Set<String> = [
    "chance", "chances", "unable", "pressure", "pressured", "wisdom", "reservations", "unlikely",
    "positioned",
    // "is not sure she can vote for Clinton" (a judged PolNeAR train draw, seed 1005).
    "sure", "unsure",
    // "insisted it was “premature” to back Clinton's campaign" (seed 1011).
    "premature",
  ]
  private static let unrealGovernorKeys = StanceWordKeys.keys(unrealGovernors)

  /// Whether token `t` is `,`, `;`, `:`, `(` or `)`, compared without making its word.
  private func isClauseMark(_ t: Int) -> Bool {
    text.words.matches(t, ",") || text.words.matches(t, ";") || text.words.matches(t, ":")
      || text.words.matches(t, "(") || text.words.matches(t, ")")
  }

  /// Whether the cue's clause is a question ("Does Rubio oppose abortions …?") or is governed
  /// by "whether", "if" or "unless" ("doubts about whether Congress will … fight Zika", "only
  /// if a candidate … in support of").
  private func isUnreal(_ cue: Range<Int>, lower: Int) -> Bool {
    let sentence = Int(text.sentenceOf[cue.lowerBound])
    var end = cue.upperBound
    while end < text.count, Int(text.sentenceOf[end]) == sentence { end += 1 }
    var last = end - 1
    while last > cue.upperBound, isQuoteMark(last) { last -= 1 }
    // A question the cue's own quote or sentence ends with; a quoted question inside a
    // statement ends its quote, not the sentence.
    if text.words.matches(last, "?"), text.quoteOf[last] == text.quoteOf[cue.lowerBound] {
      return true
    }
    var j = cue.lowerBound - 1
    // A governor reaches the cue only within its own clause: "the received wisdom was complete
    // when Trump called …" is Trump's position.
    var ownClause = true
    while j >= lower, cue.lowerBound - j <= 15 {
      // Compared by `matches`, without making each word a `String` (6,700 strings on 200
      // PolNeAR train texts).
      let key = text.keys[j]
      if !text.isWord(j), isClauseMark(j) { break }
      if Self.unrealOpenerKeys.contains(key) { return true }
      if ownClause, cue.lowerBound - j <= 10, Self.unrealGovernorKeys.contains(key),
        // ("made sure to condemn the attack": a certainty the holder brings about.)
        !(text.words.matches(j, "sure") && j > lower
          && ["make", "makes", "made", "making"].contains(text.words[j - 1]))
      {
        return true
      }
      // "no chance that Clinton will withdraw": "that" opens the governed clause itself.
      if !text.words.matches(j, "that"), StanceWords.keys.clauseWords.contains(key) {
        ownClause = false
      }
      j -= 1
    }
    return false
  }

  /// Whether the cue is an intention its sentence goes on to drop: "I was going to bite my
  /// tongue and vote for Hillary, but I never really trusted her" (a judged PolNeAR train
  /// draw). Without the "but" ("said he was going to support the nominee") it is a plan held.
  private func isDroppedIntention(_ cue: Range<Int>, lower: Int) -> Bool {
    var j = cue.lowerBound - 1
    var intended = false
    // Within the cue's clause: a punctuation mark ends the search.
    while j - 2 >= lower, cue.lowerBound - j <= 10, text.isWord(j) {
      if text.words.matches(j, "to"), text.words.matches(j - 1, "going"),
        text.words.matches(j - 2, "was") || text.words.matches(j - 2, "were")
      {
        intended = true
        break
      }
      j -= 1
    }
    guard intended else { return false }
    let sentence = text.sentenceOf[cue.lowerBound]
    var k = cue.upperBound
    while k < text.count, text.sentenceOf[k] == sentence {
      if text.words.matches(k, "but") { return true }
      k += 1
    }
    return false
  }

  /// Whether the cue's clause is a condition put as "had" before its subject: "it would have
  /// been cool had Hillary Clinton congratulated him" (she did not; a judged PolNeAR train draw).
  private func isCounterfactual(_ cue: Range<Int>, lower: Int) -> Bool {
    var k = cue.lowerBound - 1
    guard k > lower else { return false }
    if text.entityOf[k] >= 0, let name = text.entityTokens[Int(text.entityOf[k])] {
      k = name.lowerBound - 1
    } else if StanceWords.keys.personPronouns.contains(text.keys[k])
      || text.words.matches(k, "they") || text.words.matches(k, "we")
    {
      k -= 1
    } else {
      return false
    }
    // ("Clinton had congratulated him": there "had" follows its subject.)
    return k >= lower && text.words.matches(k, "had")
  }

  /// How many words a modal may stand before the cue: "may well be willing to back" (three
  /// was the reach before readiness was let in; five takes "be willing to" as well).
  static let hedgeReach = 5

  /// Whether a modal of possibility governs the cue ("could embrace", "may well back").
  func isHedged(_ cue: Range<Int>, lower: Int) -> Bool {
    // "he does not always reject legislation containing other exceptions": sometimes, which is
    // no position either way (a judged PolNeAR train draw, seed 4205).
    if cue.lowerBound - 2 >= lower, text.words.matches(cue.lowerBound - 1, "always"),
      StanceWords.keys.negators.contains(text.keys[cue.lowerBound - 2])
    {
      return true
    }
    // "Perhaps Russia will oppose any move": a guess about the holder, not its position.
    if (lower..<cue.lowerBound).contains(where: { Self.guessKeys.contains(text.keys[$0]) }) {
      return true
    }
    if isUnreal(cue, lower: lower) || isDroppedIntention(cue, lower: lower)
      || isCounterfactual(cue, lower: lower) || isFormerHabit(cue, lower: lower)
    {
      return true
    }
    var k = cue.lowerBound - 1
    var steps = 0
    while k >= lower, steps < Self.hedgeReach, text.isWord(k) {
      let w = text.words
      // "Mexico should sue": advice about the holder, not its position; "should have
      // congratulated" is what the holder did not do.
      // ("Mexico must rebut Trump's claims", "said the party must support Clinton": what the
      // speaker asks of the holder; 3 PolNeAR train records, all wrong.)
      if w.matches(k, "could") || w.matches(k, "might") || w.matches(k, "may")
        || w.matches(k, "should")
      {
        return true
      }
      // ("“I must condemn these attacks”, “we must reject this tax”: a speaker's own
      // commitment, not what is asked of another.)
      if w.matches(k, "must") {
        return
          !(k > lower && text.isWord(k - 1) && (w.matches(k - 1, "i") || w.matches(k - 1, "we")))
      }
      // ("may be willing to back Trump": readiness and its "to" stand between the modal and
      // the cue; a judged PolNeAR train draw, seed 1009.)
      guard
        StanceWords.keys.adverbs.contains(text.keys[k]) || w.matches(k, "well")
          || w.matches(k, "be") || w.matches(k, "also") || w.matches(k, "have")
          || w.matches(k, "to") || Self.readiness.contains(text.words[k])
      else {
        return false
      }
      k -= 1
      steps += 1
    }
    return false
  }

  /// Whether the cue follows "used to" ("Massie used to support Rand Paul"): a position
  /// held once and no longer (a judged PolNeAR train draw, seed 4109); "is used to" and "got
  /// used to" are a habit of the present.
  private func isFormerHabit(_ cue: Range<Int>, lower: Int) -> Bool {
    var k = cue.lowerBound - 1
    while k > lower, text.isWord(k), StanceWords.keys.adverbs.contains(text.keys[k]) { k -= 1 }
    guard k - 1 >= lower, text.words.matches(k, "to"), text.words.matches(k - 1, "used")
    else { return false }
    return k - 2 < lower
      || !(StanceWords.keys.beForms.contains(text.keys[k - 2]) || text.words.matches(k - 2, "got")
        || text.words.matches(k - 2, "get"))
  }
}
