import LedeCore

/// Cues that hold no position or whose holder is no one named, and a critic named after a
/// criticism cue.
extension StanceScan {
  /// Contests and offices: campaigning for, running for or accepting one is no position toward
  /// anyone ("his campaign for the Democratic nomination", "accepted the Republican presidential
  /// nomination"; PolNeAR train had eight such records, all read as no position).
  static let contests: Set<String> = [
    "nomination", "presidency", "primary", "primaries", "caucus", "caucuses", "re-election",
    "reelection", "office", "seat", "president", "race", "contest",
  ]

  /// What accepting takes a position on: a proposal, a finding, an outcome.
  static let proposals: Set<String> = [
    "recommendation", "recommendations", "offer", "offers", "proposal", "proposals", "plan",
    "deal", "terms", "invitation", "result", "results", "outcome", "verdict", "ruling",
    "decision", "resignation", "apology", "compromise", "agreement", "demands", "conditions",
    "challenge", "findings", "conclusion", "conclusions", "responsibility", "blame", "budget",
    "bill", "treaty", "measure", "legislation",
  ]

  /// Nouns of a span of time or a turn ("for months", "for the second time").
  static let durations: Set<String> = ["time", "months", "years", "decades", "weeks", "days"]

  /// Whether the cue and its target hold no position: an agreement to do something ("agreed to
  /// participate", "agreed to allow Trump to use the voter file"), a campaign for an office or
  /// in a place, or a count accepted.
  func isNoPosition(_ cueRange: Range<Int>, target: Range<Int>) -> Bool {
    let first = text.words[cueRange.lowerBound]
    let last = text.words[cueRange.upperBound - 1]
    // A bare lowercase word after "to" is a verb; "agreed to a deal", "agreed to terms",
    // "agreed to Trump's request" keep their object.
    if first.hasPrefix("agree"), last == "to", cueRange.upperBound < text.count,
      opensBareVerb(at: cueRange.upperBound)
    {
      return true
    }
    // "threatened to tear it up" takes no side: `StanceScan+Sense` says so for every threat of
    // one's own act ("threatened to", "threatened not to").
    // "threatening a major lawsuit", "threatens national security", "threaten our very way of
    // life", "threaten the GOP's lead in the House": what a threat is made with or endangers
    // is no side the threatener takes; only someone threatened is ("Iran threatens Israel").
    // PolNeAR train: 6 "threaten" records, 1 right, its object a name.
    if first.hasPrefix("threaten"),
      !target.contains(where: {
        text.entityOf[$0] >= 0 || StanceWords.keys.objectPronouns.contains(text.keys[$0])
      }),
      !Self.namesPeople(text.words[target.upperBound - 1])
    {
      return true
    }
    // The cue itself, not "accepted an invitation from Vietnamese President …".
    // "are heavily contesting Ohio": campaigning in a place; "had accepted 11,491 Syrian
    // refugees": a count taken in (both read as stances in a strict reading of PolNeAR dev).
    if first.hasPrefix("contest"), text.entityOf[target.lowerBound] >= 0,
      entities[Int(text.entityOf[target.lowerBound])].kind == .place
    {
      return true
    }
    // "accepted her award", "accept an interview", "accept the refugees": taking something is
    // no position; accepting a proposal or a finding is ("accept Comey's recommendation").
    // PolNeAR train had 22 accept records, about 5 right, all of them with such an object.
    // (The bare cue only: "accepted an invitation" has its own cue, and "refused to accept the
    // refugees" is a position.)
    if first.hasPrefix("accept"), last.hasPrefix("accept"),
      !target.prefix(6).contains(where: { Self.proposals.contains(text.words[$0]) })
    {
      return true
    }
    // "has accepted millions from the financial industry": money taken, as a count is.
    if first.hasPrefix("accept"),
      text.kinds[target.lowerBound] == .number
        || ["$", "millions", "billions", "thousands", "money"].contains(
          text.words[target.lowerBound])
    {
      return true
    }
    // "withdraw from her House reelection race" leaves a contest, no one.
    if first.hasPrefix("campaign") || first.hasPrefix("accept") || first.hasPrefix("withdr"),
      last == first || last == "for" || last == "from"
    {
      // The noun phrase before its first preposition: "the Republican nomination for
      // president", not "an invitation from Vietnamese President …".
      for k in target.prefix(5) {
        let w = text.words[k]
        if Self.adjunctStarters.contains(w) || ["of", "from", "to", "by"].contains(w) { break }
        if Self.contests.contains(w), article.tokenLayer.flags[k].shape == .lower { return true }
        // "campaign for the White House": the office; "campaign for the second time", "for
        // months", "for nearly two years": a duration (PolNeAR train: 6 such records, none a
        // position).
        if w == "white", k + 1 < text.count, text.words.matches(k + 1, "house") { return true }
        if Self.durations.contains(w) || StanceWords.keys.timeWords.contains(text.keys[k]) {
          return true
        }
      }
    }
    return false
  }

  /// Whether token `k` reads as a bare verb: a lowercase word that is no name, determiner,
  /// pronoun or number and has no plural or noun ending.
  func opensBareVerb(at k: Int) -> Bool {
    let w = text.words[k]
    return text.isWord(k) && text.entityOf[k] < 0 && !StanceWords.determiners.contains(w)
      && !StanceWords.objectPronouns.contains(w) && text.kinds[k] != .number
      && article.tokenLayer.flags[k].shape == .lower && !w.hasSuffix("s")
      && !w.hasSuffix("tion") && !w.hasSuffix("ment") && !w.hasSuffix("ing")
  }

  /// Whether a "for" cue's object is someone or something called on to act: "called for
  /// Clinton to be prosecuted", "calling for the United States to step up military efforts",
  /// "calling for some of his rivals to drop out", "called for the strongholds to be hit
  /// harder". As with urge cues (`StanceFrame.urge`), the urged action is no target and its
  /// sign is no side taken toward the one urged (PolNeAR train: 10 such records, none right).
  /// A thing's own infinitive stays: "called for a special prosecutor to investigate", "an end
  /// to sugar subsidies", "further action to stem gun violence".
  func callsForAction(_ target: Range<Int>, cue: Range<Int>, in region: Range<Int>) -> Bool {
    guard text.words.matches(cue.upperBound - 1, "for") else { return false }
    var k = target.lowerBound + 1
    while k < min(target.upperBound + 1, region.upperBound - 1) {
      if text.words.matches(k, "to"), opensBareVerb(at: k + 1) {
        if text.words.matches(k + 1, "be") { return true }
        let before = k - 1
        // The one urged: a name, a pronoun or people, in a phrase with no preposition but
        // "of" ("the United States", "some of his rivals", not "advisers in Iraq").
        let urged =
          text.entityOf[before] >= 0 || StanceWords.keys.objectPronouns.contains(text.keys[before])
          || Self.namesPeople(text.words[before])
        let simple = (target.lowerBound..<before).allSatisfy {
          !StanceWords.keys.prepositions.contains(text.keys[$0]) || text.words.matches($0, "of")
        }
        // ("called for a special prosecutor to investigate": one yet to be named is sought,
        // not urged.)
        let sought = ["a", "an"].contains(text.words[target.lowerBound])
        return urged && simple && !sought
      }
      k += 1
    }
    return false
  }

  /// Words that open the subject of a that-clause ("denied that the crime was …", "that he
  /// was"): a pronoun or a determiner, never the head of a noun that "that" points to.
  private static let clauseSubjects: Set<String> = [
    "he", "she", "they", "we", "i", "it", "you", "there", "the", "a", "an", "his", "her",
    "their", "its", "our", "my", "some", "many", "most", "no", "so", "such", "even",
  ]

  /// Whether a clause with its own subject opens at `t`, right after a one-word verb cue:
  /// "denied that he was working on a book", "denied it happened", "recognize that the threat
  /// is real". What is denied or recognised there is a fact or a claim (the claim stances read
  /// it), not a target of a position; "denied that report", "rejected that idea" keep their
  /// noun (PolNeAR train: 27 records had a that-clause object, the denials all wrong).
  func opensFactClause(at t: Int, in region: Range<Int>) -> Bool {
    guard t + 1 < region.upperBound, text.isWord(t), text.isWord(t + 1) else { return false }
    let w = text.words[t]
    let next = text.words[t + 1]
    // "denied he was", "denied it happened": a subject pronoun, or "it" before a verb.
    if ["he", "she", "they", "we", "i"].contains(w) { return true }
    if w == "it" {
      return StanceWords.auxiliaries.contains(next) || next.hasSuffix("ed")
    }
    // "Donald Trump Denies Mike Tyson Invited to Appear": a name and its verb ("Democrats
    // supporting Trump will not be interested": after a participle, the sentence's verb).
    if text.entityOf[t] >= 0, t > 0, !text.words[t - 1].hasSuffix("ing"),
      let name = text.entityTokens[Int(text.entityOf[t])],
      name.upperBound + 1 < region.upperBound, text.isWord(name.upperBound + 1),
      !text.possessive[name.upperBound]
    {
      let verb = text.words[name.upperBound + 1]
      return StanceWords.auxiliaries.contains(verb) || verb.hasSuffix("ed")
    }
    guard w == "that" else { return false }
    if Self.clauseSubjects.contains(next) { return true }
    // "that Fields was telling the truth": a name and a word after it.
    if text.entityOf[t + 1] >= 0, let name = text.entityTokens[Int(text.entityOf[t + 1])] {
      return name.upperBound + 1 < region.upperBound && text.isWord(name.upperBound + 1)
    }
    // "that waterboarding constitutes torture", "that angry voters have": a noun and a verb.
    guard t + 2 < region.upperBound, text.isWord(t + 2) else { return false }
    let third = text.words[t + 2]
    return StanceWords.auxiliaries.contains(third)
      || (third.count > 3 && third.hasSuffix("s") && !StanceWords.prepositions.contains(third)
        && !StanceWords.clauseWords.contains(third))
  }

  /// The person or organisation named by "from …" or "of …" right after a cue like "came under
  /// fire": the first such entity within six words, before the clause or a reason ("over", "for")
  /// begins.
  func namedCritic(after end: Int, in region: Range<Int>) -> Actor? {
    guard end < region.upperBound, ["from", "of", "by"].contains(text.words[end]) else {
      return nil
    }
    var k = end + 1
    while k < min(region.upperBound, end + 7) {
      if text.entityOf[k] >= 0 {
        let e = Int(text.entityOf[k])
        return entities[e].kind == .place ? nil : actor(entity: e)
      }
      let w = text.words[k]
      if StanceWords.clauseWords.contains(w) || ["over", "for", "about", "on", "in"].contains(w)
        || (!text.isWord(k) && w != ",")
      {
        return nil
      }
      k += 1
    }
    return nil
  }

  /// Party adjectives the entity layer reads as organisations ("Democratic pollster").
  static let partyAdjectives: Set<String> = ["Republican", "Democratic", "Democrat"]

  /// Words before an "-ing" cue that leave its holder with the clause's subject: documents
  /// the subject issued and a few set phrases (read from PolNeAR train records; "tweets",
  /// "papers", "policy", "vote" and "one" from the seven dev records the rule first removed,
  /// five of them right, so dev is no clean test of this list).
  static let documentNouns: Set<String> = [
    "statement", "statements", "resolution", "resolutions", "letter", "letters", "petition",
    "injunction", "op-ed", "memo", "tweet", "tweets", "order", "papers", "filing", "policy",
    "vote", "votes", "speech", "editorial", "record", "many", "one", "turns", "made", "makes",
  ]

  /// Whether an "-ing" cue modifies the common noun before it: "a super PAC supporting
  /// Clinton", "commercials exclusively opposing Bush", "others supporting a ban". The noun
  /// holds the position, so no name further left (nor a quote's speaker) does.
  func modifiesUnnamedNoun(_ cue: Int, in region: Range<Int>) -> Bool {
    guard text.words.hasSuffix(cue, "ing") else { return false }
    var p = cue - 1
    // Adverbs and times stand between: "commercials exclusively opposing", "a statement
    // Thursday night condemning".
    while p >= region.lowerBound, text.isWord(p),
      text.words.hasSuffix(p, "ly") || StanceWords.keys.timeWords.contains(text.keys[p])
        || StanceWords.keys.timeStarters.contains(text.keys[p])
    {
      p -= 1
    }
    guard p >= region.lowerBound, text.isWord(p), text.kinds[p] == .word, text.entityOf[p] < 0
    else { return false }
    let w = text.words[p]
    // "released a statement condemning", "are on record opposing", "one of many slamming":
    // the writer of the document, or the clause's subject, holds it.
    if Self.documentNouns.contains(w) { return false }
    return
      !(StanceWords.auxiliaries.contains(w) || StanceWords.beForms.contains(w)
      || StanceWords.prepositions.contains(w) || StanceWords.determiners.contains(w)
      || StanceWords.adverbs.contains(w) || StanceWords.negators.contains(w)
      || StanceWords.personPronouns.contains(w) || StanceWords.firstPerson.contains(w)
      || StanceWords.clauseWords.contains(w) || StanceWords.avoidingVerbs.contains(w)
      || [
        "and", "or", "but", "they", "it", "you", "keep", "kept", "keeps", "start", "started",
        "began", "begin", "continue", "continued", "continues", "stop", "stopped", "not",
        "spent", "spend", "spends",
      ].contains(w) || w.hasSuffix("ed"))
  }
}
