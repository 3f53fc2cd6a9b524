import LedeCore

/// Infinitives whose subject is the object of the verb before them.
extension StanceScan {
  /// Verbs that ask, move or let their object do what the infinitive after it says ("urged
  /// women to vote for", "pushing fellow Senate Democrats to reject", "allow a super PAC to
  /// support"): the `control` column of the reporting verbs' list (`cue_verbs.txt`). "call",
  /// "plead" and "appeal" count only with their particle (`particleControlVerbs`: "called on
  /// the government to block"): "called Trump to congratulate him" is a phone call.
  static var controlVerbs: Set<String> { ReportingVerbs.controlWords }
  static let controlVerbKeys = StanceWordKeys.keys(controlVerbs)

  /// Verbs that take their object after a particle: "called on", "pleaded with", "appealed to".
  static let particleControlVerbs: Set<String> = [
    "call", "calls", "called", "calling", "plead", "pleads", "pleaded", "pled", "pleading",
    "appeal", "appeals", "appealed", "appealing",
  ]
  static let particleControlVerbKeys = StanceWordKeys.keys(particleControlVerbs)

  /// The most words of the object between a control verb and "to" ("convince supporters of Sen.
  /// Bernie Sanders to support": a name counts as one word). On PolNeAR train any bound from 4
  /// to 8 gives the same records; 3 adds 2 wrong ones ("a bill making it easier for families of
  /// victims to sue"), and no bound drops 2 right ones ("a push for party unity by chastising
  /// Kasich … over their refusal to support Trump").
  static let maximumControlledObjectWords = 6

  /// Whether the cue at `cue` is an infinitive asked of, or allowed to, someone else: "urged
  /// women to vote for Clinton", "asked him to condemn violence", "for Ginsburg to criticize
  /// Trump". Neither the asker nor the one asked is shown to hold the stance: the asked only
  /// may, and the asker's own stance is another's act (PolNeAR train: 31 records stood after
  /// such a verb and its object, about 25 of them wrong on a strict reading).
  func isAskedOfAnother(_ cue: Int, in region: Range<Int>) -> Bool {
    var k = cue - 1
    // ("called on Republicans to back Trump": the cue "to back" holds its "to".)
    if text.words.matches(cue, "to") {
      k = cue
    } else if k > region.lowerBound,
      text.words.matches(k, "not") || text.words.matches(k, "never")
    {
      k -= 1
    }
    guard k > region.lowerBound, text.words.matches(k, "to") else { return false }
    var j = k - 1
    // ("warn voters not to vote for": the negation stands before "to".)
    if j > region.lowerBound, text.words.matches(j, "not") || text.words.matches(j, "never") {
      j -= 1
    }
    var words = 0
    while j >= region.lowerBound, words <= Self.maximumControlledObjectWords, text.isWord(j) {
      if text.entityOf[j] >= 0 {
        j = (text.entityTokens[Int(text.entityOf[j])]?.lowerBound ?? j) - 1
        words += 1
        continue
      }
      let key = text.keys[j]
      // "wanted to", "decided to", "tried hard to": the subject's own verb stands before "to".
      if words == 0,
        text.words.hasSuffix(j, "ed") || Self.controlVerbKeys.contains(key)
          || StanceWords.keys.adverbs.contains(key) || StanceWords.keys.negators.contains(key)
      {
        return false
      }
      if words > 0 {
        // After a determiner or a number the word is a noun ("held a rally to oppose", "led a
        // push to block", "signed an order to block"): the holder acts for their own stance.
        if Self.controlVerbKeys.contains(key) {
          return
            !(j > region.lowerBound && text.isWord(j - 1)
            && (StanceWords.keys.determiners.contains(text.keys[j - 1])
              || text.words[j - 1].first?.isNumber == true))
        }
        // "for Ginsburg to criticize", "easier for families to sue": "for" asks it of
        // another, unless what follows is a time ("has fought for years to block").
        if text.words.matches(j, "for") { return !Self.timeNounKeys.contains(text.keys[j + 1]) }
        if text.words.matches(j, "on") || text.words.matches(j, "upon")
          || text.words.matches(j, "with") || text.words.matches(j, "to")
        {
          return j > region.lowerBound && text.isWord(j - 1)
            && Self.particleControlVerbKeys.contains(text.keys[j - 1])
        }
      }
      // The object is a noun phrase: a verb group, a clause word or "to" ends it.
      if StanceWords.keys.auxiliaries.contains(key) || StanceWords.keys.clauseWords.contains(key)
        || StanceWords.keys.speechVerbs.contains(key)
        || StanceWords.keys.personPronouns.contains(key)
        || text.words.matches(j, "to") || text.words.matches(j, "they")
        || text.words.matches(j, "we") || text.words.matches(j, "i")
      {
        return false
      }
      j -= 1
      words += 1
    }
    return false
  }

  /// Nouns of daring after "had the": "had the gall to blame" takes a side.
  static let daringNouns: Set<String> = [
    "gall", "nerve", "audacity", "temerity", "courage", "guts", "chutzpah", "decency",
  ]

  /// Whether the cue is "blame" in "is to blame": "the Great Recession is partly to blame for
  /// lost jobs" says what caused something; its subject holds no stance (PolNeAR train: 2 such
  /// records, both wrong).
  func isToBlame(_ cue: Int, lower: Int) -> Bool {
    guard text.words[cue].hasPrefix("blam"), cue - 2 >= lower, text.words.matches(cue - 1, "to")
    else { return false }
    var k = cue - 2
    while k > lower, text.isWord(k),
      StanceWords.keys.adverbs.contains(text.keys[k])
        || text.words.hasSuffix(k, "ly")
    {
      k -= 1
    }
    if text.isWord(k) && StanceWords.keys.beForms.contains(text.keys[k]) { return true }
    // "Obama may have his own party to blame for his diminished legacy": whom one has to
    // blame is a cause named, not a position (a judged PolNeAR train draw).
    // ("have been quick to blame Trump" is a position: a noun phrase, opened by a determiner
    // or "no" or "only", stands between "have" and "to".)
    // ("had the gall to blame Clinton", "has the nerve to blame": daring is a position taken,
    // as a review of the session-41 rules read it.)
    return (max(lower, cue - 6)..<(cue - 2)).contains {
      ["have", "has", "had", "having"].contains(text.words[$0])
        && !Self.daringNouns.contains(text.words[$0 + 2])
        && (StanceWords.keys.determiners.contains(text.keys[$0 + 1])
          || ["no", "only", "nobody", "himself", "herself", "themselves"].contains(
            text.words[$0 + 1]))
    }
  }

  /// Nouns for what someone says or thinks is so (`contentNouns`), whose "that" clause is a
  /// claim, not a position shown.
  static let claimNounKeys = StanceWordKeys.keys(contentNouns)

  /// Whether the cue stands in the "that" clause of a claim: "repeating a false claim that he
  /// opposed the invasion", "Rubio's claim that Cruz is in favor of legalizing", "reports that
  /// Trump planned to endorse" (PolNeAR train: 5 such records, none a position the holder is
  /// shown to take). The claim reaches back over the sentence to a coordinating word, with no
  /// window in tokens: on PolNeAR train any window from 6 tokens up gave the same records.
  func isClaimed(_ cue: Int, lower: Int) -> Bool {
    var k = cue - 1
    while k > lower, text.isWord(k) || isQuoteMark(k) {
      // "dismissed the claim that she lied and condemned the tax": a coordinated verb is the
      // main clause's again.
      if text.words.matches(k, "and") || text.words.matches(k, "but") || text.words.matches(k, "or")
      {
        return false
      }
      if text.words.matches(k, "that"), Self.claimNounKeys.contains(text.keys[k - 1]) {
        return true
      }
      k -= 1
    }
    return false
  }

  /// Verbs that drop a plan: "scrapped plans to attend the debate" is the holder's own change
  /// of course, not a stance on the plan (drawn PolNeAR train records, seeds 1002 and 1005).
  static let droppingVerbs: Set<String> = [
    "scrap", "scraps", "scrapped", "scrapping", "abandon", "abandons", "abandoned",
    "abandoning", "shelve", "shelves", "shelved", "shelving", "cancel", "cancels", "canceled",
    "cancelled", "canceling", "cancelling", "drop", "drops", "dropped", "dropping",
  ]

  /// Whether the cue drops its holder's own plans: a dropping verb before "plans to" or "plan
  /// to".
  func dropsOwnPlan(_ cue: Range<Int>, target: Range<Int>) -> Bool {
    guard Self.droppingVerbs.contains(text.words[cue.upperBound - 1]) else { return false }
    var t = target.lowerBound
    while t < target.upperBound,
      StanceWords.keys.objectPronouns.contains(text.keys[t])
        || text.words.matches(t, "his") || text.words.matches(t, "her")
        || text.words.matches(t, "their") || text.words.matches(t, "its")
    {
      t += 1
    }
    return t + 1 < target.upperBound
      && (text.words.matches(t, "plans") || text.words.matches(t, "plan"))
      && text.words.matches(t + 1, "to")
  }
}
