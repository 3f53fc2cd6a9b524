import LedeCore

/// Negation, intensity modifiers and passive voice around a cue.
extension StanceScan {
  /// Whether the cue is negated: a clitic or negator just before it or inside it ("did not
  /// back", "won't accept", "is not against"), or a refusal ("refused to accept").
  func isNegated(_ cue: Range<Int>, lower: Int) -> Bool {
    negationStart(cue, lower: lower) < cue.lowerBound || cue.contains { isNegator($0) }
  }

  /// Words between a negation and "to" that leave the cue negated: "not ready to support".
  /// ("not much to complain about": PolNeAR train.)
  static let readiness: Set<String> = [
    "ready", "willing", "prepared", "going", "about", "able", "much",
  ]

  /// Verbs through which a negation reaches an "-ing" cue after a reflexive: "couldn't see
  /// herself supporting Clinton" (PolNeAR train).
  static let imagining: Set<String> = ["see", "imagine", "picture", "envision"]
  static let imaginingKeys = StanceWordKeys.keys(imagining)

  /// The first token of the negation before the cue, or the cue's first token if none.
  func negationStart(_ cue: Range<Int>, lower: Int) -> Int {
    if let avoiding = avoidance(cue, lower: lower) { return avoiding }
    // A cue that opens with its "to" ("to back") is read from that "to", as a cue after one:
    // "declined to back the bill" is negated by "declined".
    var j =
      cue.count > 1 && text.words.matches(cue.lowerBound, "to")
      ? cue.lowerBound : cue.lowerBound - 1
    var found = cue.lowerBound
    var steps = 0
    while j >= lower, steps < 5 {
      // Tested on the token (`matches`, keys), not a `String` made for each word.
      let to = text.words.matches(j, "to")
      // "does not, and never will, accept": a comma closes a verb group that ends in an
      // auxiliary, which still governs the cue.
      // "was “not ready” to support": a quotation mark does not end the verb group.
      if isQuoteMark(j) {
        j -= 1
        steps += 1
        continue
      }
      if !text.isWord(j) {
        guard text.words.matches(j, ","), j > lower, text.isWord(j - 1),
          StanceWords.keys.auxiliaries.contains(text.keys[j - 1])
        else { break }
        j -= 1
        steps += 1
        continue
      }
      if isNegator(j) {
        found = j
      } else if to, j > lower, StanceWords.keys.negatingVerbs.contains(text.keys[j - 1]) {
        // "never hesitated to condemn", "was not reluctant to back": a negated reluctance is
        // the act itself, so neither negation reaches the cue ("did not refuse to back" is no
        // act: its negation stays).
        let cancelled =
          j - 2 >= lower && isNegator(j - 2)
          && StanceWords.keys.reluctanceVerbs.contains(text.keys[j - 1])
        found = cancelled ? cue.lowerBound : j - 1
        break

      } else if to, j > lower, isNegator(j - 1) {
        // "chose not to accept the same help", "vowed never to endorse".
        found = j - 1
        j -= 2
        steps += 2
        continue
      } else if StanceWords.keys.auxiliaries.contains(text.keys[j]) {
        // "did not endorse": the auxiliary belongs to the negation.
        if found < cue.lowerBound { found = j }
      } else if to, j > lower + 1, text.words.matches(j - 2, "too") {
        // "too intelligent to vote for Trump": what the holder will not do.
        found = j - 2
        break
      } else if to, j > lower + 1, text.words.matches(j - 1, "enough") {
        // "not racist enough to vote for": the negation before the adjective reaches the cue.
        j -= 3
        steps += 3
        continue
      } else if to, j > lower, let ready = readinessWord(before: j, lower: lower) {
        // "is not ready to support", "isn't going to endorse", "was “not ready” to support":
        // the negation reaches the cue.
        steps += j - ready + 1
        j = ready - 1
        continue
      } else if Self.imaginingKeys.contains(text.keys[j]),
        text.words.hasSuffix(cue.lowerBound, "ing"),
        j + 1 < cue.lowerBound,
        ["himself", "herself", "themselves", "myself"].contains(text.words[j + 1])
      {
        // "couldn't see herself supporting": the negation before "see" reaches the cue.
      } else if !StanceWords.keys.adverbs.contains(text.keys[j]) {
        break
      }
      j -= 1
      steps += 1
    }
    return found
  }

  /// The readiness word right before "to" at `j`, past a closing quotation mark.
  private func readinessWord(before j: Int, lower: Int) -> Int? {
    var r = j - 1
    if r > lower, isQuoteMark(r) { r -= 1 }
    return Self.readiness.contains(text.words[r]) ? r : nil
  }

  /// The first token of an avoiding verb before a gerund cue, adverbs between allowed:
  /// "avoids condemning", "refrained from criticising", "stopped short of fully endorsing".
  private func avoidance(_ cue: Range<Int>, lower: Int) -> Int? {
    guard text.words.hasSuffix(cue.lowerBound, "ing") else { return nil }
    var j = cue.lowerBound - 1
    while j >= lower, text.isWord(j),
      StanceWords.keys.adverbs.contains(text.keys[j])
        || StanceWords.keys.boosters[text.keys[j]] != nil
    {
      j -= 1
    }
    guard j >= lower, text.isWord(j) else { return nil }
    if StanceWords.keys.avoidingVerbs.contains(text.keys[j]) { return j }
    if text.words.matches(j, "from") || text.words.matches(j, "of"), j > lower,
      StanceWords.keys.avoidingVerbs.contains(text.keys[j - 1])
    {
      return j - 1
    }
    return nil
  }

  private func isNegator(_ i: Int) -> Bool {
    text.clitic[i] || StanceWords.keys.negators.contains(text.keys[i])
  }

  /// "cast blame for the attack on Ukrainian forces", "blamed the fire on X": the blamed is what
  /// follows "on", not the deed.
  func blamedOn(_ cue: Range<Int>, in region: Range<Int>, quote q: Int32) -> Range<Int>? {
    guard text.words[cue.upperBound - 1].hasPrefix("blam") else { return nil }
    var u = cue.upperBound
    while u < region.upperBound, u - cue.upperBound < 12 {
      if !text.isWord(u), [";", ":", "(", ")"].contains(text.words[u]) { return nil }
      if text.words.matches(u, "on"), u + 1 < region.upperBound {
        // "blamed local officials on Twitter": where the blame was laid is no cause (a judged
        // PolNeAR train draw, seed 4203), when the one blamed stands before it; after a deed,
        // "blamed the riots on Facebook", the outlet is who is blamed.
        if Self.outlets.contains(text.words[u + 1]),
          objectIsPerson(before: u, in: cue.upperBound..<u)
        {
          return nil
        }
        return objectPhrase(from: u + 1, in: region, quote: q)
      }
      u += 1
    }
    return nil
  }

  /// The product of the boosters and hedges just before and inside the cue.
  func modifier(_ cue: Range<Int>, lower: Int) -> Double {
    var factor = 1.0
    for j in max(lower, cue.lowerBound - 3)..<cue.upperBound where text.isWord(j) {
      factor *= StanceWords.keys.boosters[text.keys[j]] ?? 1
    }
    return factor
  }

  /// A passive cue: its agents (after "by") and its patient, the subject before the verb.
  ///
  /// `agents` is empty for an agentless passive ("the strike was condemned"), which the caller
  /// drops; `nil` means the cue is active.
  func passive(_ cue: Range<Int>, in region: Range<Int>) -> (agents: [Actor], patient: Range<Int>?)?
  {
    let verb = cue.lowerBound
    guard
      text.words.hasSuffix(verb, "ed") || text.words.hasSuffix(verb, "en")
        || text.words.hasSuffix(verb, "wn")
    else { return nil }
    var k = cue.lowerBound - 1
    // "has been harshly criticized": boosters sit between the auxiliary and the participle too.
    // "which is widely supported by Republicans": any "-ly" adverb does.
    while k >= region.lowerBound, text.isWord(k),
      isAdverb(at: k) || isNegator(k) || StanceWords.keys.boosters[text.keys[k]] != nil
    {
      k -= 1
    }
    // "people accused of rape", "a minister blamed for the delay": a participle whose object
    // would stand before "of" or "for" is a reduced passive.
    // ("the Port Authority approved for News Corp": after a name, "for" may follow an active
    // verb whose object went ahead). Such a passive names no agent where this rule looks.
    if cue.count == 1, cue.upperBound < region.upperBound,
      text.words.matches(cue.upperBound, "of")
        || (text.words.matches(cue.upperBound, "for") && cue.lowerBound > region.lowerBound
          && text.entityOf[cue.lowerBound - 1] < 0)
    {
      return ([], nil)
    }
    let hasBe = k >= region.lowerBound && StanceWords.keys.beForms.contains(text.keys[k])
    // A reduced relative ("X, backed by Y") needs "by" right after the cue.
    var by = cue.upperBound
    var steps = 0
    while by < region.upperBound, steps < 12, !text.words.matches(by, "by") {
      if !text.isWord(by), [";", ":", ",", "(", ")"].contains(text.words[by]) { break }
      by += 1
      steps += 1
    }
    let hasBy = by < region.upperBound && text.words.matches(by, "by")
    guard hasBe || (hasBy && by == cue.upperBound) else { return nil }
    var agents: [Actor] = []
    if hasBy {
      var a = by + 1
      var skipped = 0
      while a < region.upperBound, text.entityOf[a] < 0, text.isWord(a), skipped < 4 {
        a += 1
        skipped += 1
      }
      // "viewed as honest by 55 percent of Democrats": a share of a group, unnamed, is the
      // agent, not the group's name (a judged PolNeAR train draw, seed 1009).
      let share = (by + 1..<a).contains {
        text.words.matches($0, "percent") || text.words.matches($0, "%")
      }
      if !share, a < region.upperBound, text.entityOf[a] >= 0,
        !modifiesNoun(Int(text.entityOf[a]), in: region)
      {
        let e = Int(text.entityOf[a])
        agents.append(actor(entity: e))
        // "by X and Y"
        var next = (text.entityTokens[e]?.upperBound ?? a) + 1
        while next + 1 < region.upperBound,
          text.words.matches(next, "and") || text.words.matches(next, ","),
          text.entityOf[next + 1] >= 0
            || (text.words.matches(next + 1, "the") && next + 2 < region.upperBound
              && text.entityOf[next + 2] >= 0)
        {
          let start = text.entityOf[next + 1] >= 0 ? next + 1 : next + 2
          let e2 = Int(text.entityOf[start])
          agents.append(actor(entity: e2))
          next = (text.entityTokens[e2]?.upperBound ?? start) + 1
        }
      }
    }
    if !hasBe,
      let first = cue.lowerBound - 1 < region.lowerBound ? nil : Optional(cue.lowerBound - 1),
      ["and", "or"].contains(text.words[first])
    {
      return (agents, chainedPatient(before: first, in: region))
    }
    return (agents, patient(before: hasBe ? k : cue.lowerBound, in: region, reduced: !hasBe))
  }

  /// Whether entity `e` modifies the common noun after it: "applauded by Wall Street critics",
  /// "backed by Trump supporters" name no agent.
  private func modifiesNoun(_ e: Int, in region: Range<Int>) -> Bool {
    guard let range = text.entityTokens[e], range.upperBound + 1 < region.upperBound else {
      return false
    }
    let k = range.upperBound + 1
    let w = text.words[k]
    guard text.isWord(k), text.kinds[k] == .word, !text.possessive[range.upperBound],
      article.tokenLayer.flags[k].shape == .lower
    else { return false }
    return
      !(StanceWords.prepositions.contains(w) || StanceWords.timeWords.contains(w)
      || StanceWords.timeStarters.contains(w) || StanceWords.clauseWords.contains(w)
      || StanceWords.adverbs.contains(w) || StanceWords.auxiliaries.contains(w)
      || ["and", "or", "nor", "himself", "herself", "itself", "themselves", "alone"].contains(w)
      || w.hasSuffix("ly") || w.hasSuffix("ed"))
  }

  /// The name a chain of reduced passives describes: "Assad, aided by the Russians and opposed
  /// by the U.S., held on" is Assad, before the comma that opens the chain; nil when no name
  /// stands there.
  private func chainedPatient(before j: Int, in region: Range<Int>) -> Range<Int>? {
    var c = j - 1
    while c > region.lowerBound, j - c < 15, !text.words.matches(c, ",") { c -= 1 }
    guard c > region.lowerBound, text.words.matches(c, ","), text.entityOf[c - 1] >= 0,
      let range = text.entityTokens[Int(text.entityOf[c - 1])]
    else { return nil }
    return range.lowerBound..<(range.upperBound + 1)
  }

  /// The subject phrase of a passive clause: from the clause start to the auxiliaries; for a
  /// `reduced` passive the noun phrase it follows, from its determiner ("he will not support
  /// the deep spending cuts favored by conservatives" is about "the deep spending cuts").
  private func patient(before end: Int, in region: Range<Int>, reduced: Bool = false)
    -> Range<Int>?
  {
    var last = end - 1
    while last >= region.lowerBound, text.isWord(last),
      StanceWords.keys.auxiliaries.contains(text.keys[last])
        || StanceWords.keys.adverbs.contains(text.keys[last])
    {
      last -= 1
    }
    guard last >= region.lowerBound else { return nil }
    // "the way he was being treated by his fellow Republicans": a subject pronoun is the whole
    // patient; "this legislation is unacceptable and will not be supported by": a patient that
    // ends in "and" is the first clause's subject, which this scan does not reach (judged
    // PolNeAR train records).
    if StanceWords.keys.personPronouns.contains(text.keys[last]) { return last..<(last + 1) }
    // ("the only one of the four accused … to be reprimanded by": nor one that ends in "to".)
    if text.words.matches(last, "and") || text.words.matches(last, "or")
      || text.words.matches(last, "to")
    {
      return nil
    }
    var first = last
    while first > region.lowerBound {
      let w = text.words[first - 1]
      if !text.isWord(first - 1) && !isQuoteMark(first - 1) { break }
      if StanceWords.clauseWords.contains(w) || w == "and" && text.entityOf[first] < 0 { break }
      if last - first >= 10 { break }
      if reduced,
        StanceWords.keys.determiners.contains(text.keys[first])
          || StanceWords.auxiliaries.contains(w)
          || StanceWords.personPronouns.contains(w) || lexicon.startsCue(w)
      {
        break
      }
      first -= 1
    }
    while first <= last, !text.isWord(first) { first += 1 }
    guard first <= last else { return nil }
    return first..<(last + 1)
  }

  func isQuoteMark(_ i: Int) -> Bool { text.isQuoteMark(i) }
}
