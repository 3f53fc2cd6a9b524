import LedeCore

/// What a stance is about: the phrase a cue governs.
extension StanceScan {
  /// Words that start an adjunct after a target's name: a reason, a setting or a time.
  static let adjunctStarters: Set<String> = [
    "for", "over", "again", "in", "on", "at", "after", "during", "with", "as", "amid", "since",
    "when", "while", "because", "despite",
  ]

  /// Words for no one in particular, alone or after "a" or "any".
  static let genericPeople: Set<String> = [
    "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "nobody", "candidate",
    "nominee", "person", "one", "others",
  ]

  /// Places where words are published or spoken, after "on" (lower-case, as the token column
  /// gives words): the end of a target.
  /// Nouns of power whose "over" names what it is over ("control over the harbour").
  static let powerNouns: Set<String> = [
    "control", "authority", "power", "powers", "sovereignty", "jurisdiction", "oversight",
    "influence", "leverage", "say", "veto", "dominance", "sway",
  ]
  static let outlets: Set<String> = [
    "twitter", "facebook", "instagram", "youtube", "television", "tv", "fox", "cnn", "msnbc",
    "radio", "air",
  ]

  /// The longest target phrase, in words.
  static let maximumTargetWords = 12

  /// The longest target phrase that holds a content clause ("the notion that …"): the clause
  /// in "rejected the notion that the campaign is calling the former secretary of state
  /// corrupt" (PolNeAR train) runs to 15 words.
  static let maximumClauseTargetWords = 20

  /// Nouns whose content a "that" clause gives: "the idea that", "claims that".
  static let contentNouns: Set<String> = [
    "notion", "idea", "claim", "claims", "suggestion", "suggestions", "allegation",
    "allegations", "assertion", "argument", "charge", "charges", "premise", "accusation",
    "accusations", "report", "reports", "rumor", "rumors", "rumour", "rumours", "belief",
    "contention", "perception", "theory", "insinuation",
    // "dismissed concerns that he's bucking the will of his state" (drawn PolNeAR train
    // records, seed 4747, cut to "concerns").
    "concern", "concerns", "fear", "fears", "worry", "worries", "speculation", "complaint",
    "complaints",
  ]

  /// Whether `w` is a finite auxiliary no object opens with: a `switch` compares it with each
  /// in turn, where a list literal was an allocation at every call (8,200 lists in
  /// `objectPhrase` on 200 PolNeAR train texts, each made with the word tested).
  static func isFiniteAuxiliary(_ w: String) -> Bool {
    switch w {
    case "is", "are", "was", "were", "will", "would", "has", "had", "can", "could", "should":
      return true
    default: return false
    }
  }

  /// Whether token `t` is `£` or `€`: not ASCII, so compared as one `String`.
  private func isCurrencySign(_ t: Int) -> Bool {
    let w = text.words[t]
    return w == "£" || w == "€"
  }

  /// The phrase after a cue, prepositions and "that" skipped, up to the end of its clause.
  func objectPhrase(
    from start: Int, in region: Range<Int>, quote q: Int32, stopAtQuote: Bool = false
  )
    -> Range<Int>?
  {
    var t = start
    var skipped = 0
    var clause = false
    // Set only by a content noun's "that" ("the notion that …"), whose clause keeps its "-ing"
    // verbs; a clause opened by "that" or a wh-word still ends at one ("what Clinton said
    // following the debate").
    var contentClause = false
    while t < region.upperBound, skipped < 2, text.isWord(t),
      StanceWords.keys.targetPrepositions.contains(text.keys[t]) || text.words.matches(t, "that")
    {
      // "his vote for that plan is a signal": after a preposition "that" is a determiner, and
      // no clause opens (a judged PolNeAR train draw, seed 4203).
      if t > 0, text.words.matches(t, "that"),
        StanceWords.keys.targetPrepositions.contains(text.keys[t - 1])
      {
        break
      }
      if text.words.matches(t, "that") { clause = true }
      t += 1
      skipped += 1
    }
    // "praised none other than Tom Reed": the phrase only stresses whom it names.
    if t + 3 < region.upperBound, text.words.matches(t, "none"), text.words.matches(t + 1, "other"),
      text.words.matches(t + 2, "than")
    {
      t += 3
    }
    // "criticized what she called the angry, divisive rhetoric": the naming is the holder's,
    // and what is named is the target (a judged PolNeAR train draw, seed 4202).
    if t + 3 < region.upperBound, text.words.matches(t, "what") {
      var k = t + 2
      if text.entityOf[t + 1] >= 0, let name = text.entityTokens[Int(text.entityOf[t + 1])] {
        k = name.upperBound + 1
      } else if !(StanceWords.keys.personPronouns.contains(text.keys[t + 1])
        || (text.words.matches(t + 1, "they") || text.words.matches(t + 1, "i")
          || text.words.matches(t + 1, "we")))
      {
        k = region.upperBound
      }
      // "lashed out at what he characterized as an increasingly nasty campaign": a verb of
      // describing names what follows only with "as" (a PolNeAR train draw, seed 4302); without
      // it ("what Tom Reed described in his letter") the clause is the target.
      let describes =
        k + 2 < region.upperBound && text.words.matches(k + 1, "as")
        && (text.words.matches(k, "characterized") || text.words.matches(k, "characterizes")
          || text.words.matches(k, "described") || text.words.matches(k, "describes"))
      if k + 1 < region.upperBound,
        describes || text.words.matches(k, "called") || text.words.matches(k, "calls")
          || text.words.matches(k, "termed") || text.words.matches(k, "terms")
          || text.words.matches(k, "dubbed") || text.words.matches(k, "dubs")
      {
        t = k + 1
        if t + 1 < region.upperBound, text.words.matches(t, "as") { t += 1 }
        while t < region.upperBound, isQuoteMark(t) { t += 1 }
      }
    }
    // "questioned why Ghazala Khan hadn't spoken", "concerned about what North Korea is doing".
    if t < region.upperBound,
      (text.words.matches(t, "what") || text.words.matches(t, "why") || text.words.matches(t, "how")
        || text.words.matches(t, "whether") || text.words.matches(t, "who")
        || text.words.matches(t, "where") || text.words.matches(t, "when"))
    {
      clause = true
    }
    if t + 1 < region.upperBound, StanceWords.isReciprocal(text.words[t], text.words[t + 1]) {
      return t..<(t + 2)
    }
    if t < region.upperBound, text.isWord(t) {
      let w = text.words[t]
      // "Republican support was more solid": a noun cue that is the subject of its own verb has
      // no object, and no object opens with a finite auxiliary.
      if Self.isFiniteAuxiliary(w) {
        return nil
      }
      // "I support and endorse our speaker": the object of the second verb is the first's too.
      if w == "and", t + 2 < region.upperBound, sharesObject(t + 1) {
        return objectPhrase(from: t + 2, in: region, quote: q, stopAtQuote: stopAtQuote)
      }
      // "shore up support amid sagging polls", "to sue and for the U.S. to be sued": a clause
      // word or a conjunction right after the cue means it has no object here ("as" opens a
      // description, read by the caller; "so many" and "that" are no clause here).
      if !(w == "as" || w == "so" || w == "that"),
        StanceWords.keys.clauseWords.contains(text.keys[t]) || w == "and" || w == "or"
      {
        return nil
      }
    }
    var last = -1
    var count = 0
    var u = t
    // The key of `next` past the region's end, where `next` is "".
    let noKey = StanceText.key("")
    var limit = Self.maximumTargetWords
    while u < region.upperBound, count < limit {
      if q >= 0, text.quoteOf[u] != q { break }
      if !text.isWord(u) {
        if isQuoteMark(u) && !stopAtQuote {
          u += 1
          continue
        }
        // "backed Obama - days before": a spaced dash ends the phrase.
        if text.words.matches(u, "-"), u > 0, text.spans[u].start > text.spans[u - 1].end { break }
        // "a $12 wage", "a 5% rise", "left-wing / liberal".
        if text.words.matches(u, "-") || text.words.matches(u, "/") || text.words.matches(u, "$")
          || text.words.matches(u, "%") || isCurrencySign(u)
        {
          u += 1
          continue
        }
        // "the angry, divisive rhetoric": a comma between adjectives.
        if text.words.matches(u, ","), opensAdjectivePair(t, last: last, next: u + 1, in: region),
          ["ive", "ous", "ful", "ic", "al", "ent", "ant", "ible", "able"].contains(where: {
            text.words[u + 1].hasSuffix($0)
          })
        {
          u += 1
          continue
        }
        break
      }
      let w = text.words[u]
      // Made only when a rule below reads it (every token made it: a `String` each).
      lazy var next = u + 1 < region.upperBound ? text.words[u + 1] : ""
      let key = text.keys[u]
      let nextKey = u + 1 < region.upperBound ? text.keys[u + 1] : noKey
      if count > 0 {
        // "rejected the notion that the campaign is calling her corrupt": the clause says what
        // the notion is, and "the notion" alone is no target (PolNeAR train: 14 targets ended
        // in such a noun before its "that").
        // "opposed alternatives that would have allowed cloning", "will press for nominees who
        // would overturn": a relative clause with no comma before it says which ones, and the
        // noun alone is no target (PolNeAR train: 69 common-noun targets ended before such a
        // clause; in a judged draw of 40, 2 of the 3 that did were wrong for it).
        if !clause,
          (w == "that" && Self.contentNouns.contains(text.words[u - 1]))
            || isRestrictiveRelative(u)
        {
          clause = true
          contentClause = true
          limit = Self.maximumClauseTargetWords
          last = u
          count += 1
          u += 1
          continue
        }
        // ("the notion that the campaign is calling her corrupt": inside the clause an "-ing"
        // verb is its own.)
        // ("countries that for more than a decade have been": nor is its "than".)
        if StanceWords.keys.clauseWords.contains(key),
          !(contentClause && (w.hasSuffix("ing") || w == "than"))
        {
          break
        }
        if w == "and" || w == "or" {
          // "the deal and Clinton has said": a name and its own verb (an auxiliary or a verb of
          // saying; a cue word after a name is too often a noun: "Social Security cuts", but
          // not after a person's: "and Hillary stands with families").
          if u + 1 < region.upperBound, text.entityOf[u + 1] >= 0,
            let name = text.entityTokens[Int(text.entityOf[u + 1])],
            name.upperBound + 1 < text.count,
            text.isWord(name.upperBound + 1),
            StanceWords.keys.auxiliaries.contains(text.keys[name.upperBound + 1])
              || StanceWords.keys.clauseVerbs.contains(text.keys[name.upperBound + 1])
              || (entities[Int(text.entityOf[u + 1])].kind == .person
                && lexicon.startsCue(text.words[name.upperBound + 1])
                && !StanceWords.keys.prepositions.contains(text.keys[name.upperBound + 1]))
              // ("Bernie stands with the gun industry and Hillary stands with families": a cue
              // of two words or more after a name of any kind is its verb; a judged PolNeAR
              // train draw, seed 4204.)
              || opensLongCue(at: name.upperBound + 1, in: region)
          {
            break
          }
          if StanceWords.keys.clauseVerbs.contains(nextKey)
            || StanceWords.keys.auxiliaries.contains(nextKey)
            || StanceWords.keys.personPronouns.contains(nextKey) || next == "they" || next == "it"
            || next == "we"
            || (next.hasSuffix("ed") && u + 1 < text.count && text.entityOf[u + 1] < 0
              && !opensAdjectivePair(t, last: last, next: u + 1, in: region))
            || opensPredicate(after: u, in: region)
            || opensSecondCue(at: u + 1, in: region)
          {
            break
          }
        }
        if ["on", "in", "at", "during", "by", "from", "until"].contains(w),
          StanceWords.keys.timeWords.contains(nextKey)
            || text.kinds[min(u + 1, text.count - 1)] == .number
        {
          break
        }
        if ["yesterday", "today", "tonight", "overnight"].contains(w) { break }
        // "insulting Islam and Muslims in order to recruit …": a purpose is no part of the
        // target (a judged PolNeAR train draw, seed 4201).
        if w == "in", next == "order", u + 2 < region.upperBound, text.words.matches(u + 2, "to") {
          break
        }
        // "calling for a temporary ban on Muslim immigration makes him …": a verb in "-s" with
        // an object pronoun after it is the sentence's own verb (a judged PolNeAR train draw).
        if !clause, w.hasSuffix("s"), ["him", "them", "us", "me"].contains(next) { break }
        // "lashed out at the GOP nominee on Facebook", "mocks Trump on Twitter": where it was
        // said is no part of the target (3 such PolNeAR train targets).
        // ("the ban on TV adverts", "the crackdown on Twitter accounts": a noun after the outlet
        // word makes it the object's own.)
        if w == "on", Self.outlets.contains(next), !opensNounAfterOutlet(u + 2, in: region) {
          break
        }
        // "pulled out of an advertising agreement with the RNC over Trump's harsh rhetoric",
        // "pressed for a Grand Bargain during the debt ceiling talks": a reason or a time after
        // the target's phrase (inside a clause, "lawsuits against the Saudis over the attacks",
        // it is the clause's own).
        // ("supports local control over the harbour": what a power is over belongs to it.)
        if w == "over" || w == "during", !clause,
          !(w == "over" && Self.powerNouns.contains(text.words[u - 1]))
        {
          break
        }
        // "expressed solidarity for her even as he alluded to her failings".
        if w == "even", StanceWords.keys.clauseWords.contains(nextKey) { break }
        // "Democrats supporting Mrs. Clinton have pointed to …": an auxiliary after the name
        // the object opens with (a title or "the" before it) is the sentence's own verb; the object ends with the name ("that
        // Clinton may become …" is a clause, kept whole).
        if StanceWords.keys.auxiliaries.contains(key), !clause, text.entityOf[u - 1] >= 0,
          let opening = text.entityTokens[Int(text.entityOf[u - 1])]?.lowerBound, opening <= t + 2
        {
          break
        }
        // "protests against police abuse and … privacy rights are exceptions": an auxiliary
        // after a common noun is the main verb (a relative without "that" follows a name: "the
        // deal Obama had struck").
        if StanceWords.keys.auxiliaries.contains(key), !clause, text.entityOf[u - 1] < 0,
          text.isWord(u - 1)
        {
          break
        }
        // "accused the army of using", "blamed X for failing": the target is the accused.
        if w == "of" || w == "for", next.hasSuffix("ing") { break }
        // "a temporary ban on Muslims entering the United States by allowing Sadiq Khan": a
        // means after the target is no part of it (a judged PolNeAR train draw, seed 4206).
        if w == "by", !clause, isGerund(u + 1) { break }
        // "backed the cuts favored by Ryan": a reduced passive describes the target ("how he
        // would be helped by" is the clause's own passive).
        if w.hasSuffix("ed"), next == "by", !StanceWords.keys.beForms.contains(text.keys[u - 1]) {
          break
        }
        if StanceWords.keys.timeStarters.contains(key), StanceWords.keys.timeWords.contains(nextKey)
        {
          break
        }
      }
      last = u
      count += 1
      u += 1
    }
    guard last >= t else { return nil }
    // "a temporary ban on Muslims entering the United States and a permanent", "the Iraq war
    // and her decision to allow a super PAC to": a phrase the word limit cut mid-way ends before
    // its last "and" or "or" before a new phrase (a determiner, a pronoun, a preposition, "not"
    // or an "-ing" word), where its first conjunct is whole; not inside a short pair ("in Iraq
    // and Syria", "online and gun show sales"). A strict judge counts a target cut short
    // wrong (PolNeAR train: 77 targets ran into the limit).
    if count == limit, last > t + 2, u < region.upperBound, text.isWord(u),
      let and = (t + 2..<last).last(where: {
        text.words.matches($0, "and") || text.words.matches($0, "or")
      }),
      StanceWords.keys.determiners.contains(text.keys[and + 1])
        || StanceWords.keys.objectPronouns.contains(text.keys[and + 1])
        || StanceWords.keys.prepositions.contains(text.keys[and + 1])
        || text.words.matches(and + 1, "not") || text.words.matches(and + 1, "others")
        || text.words.hasSuffix(and + 1, "ing")
    {
      last = and - 1
    }
    // "praised the efforts of Secretary of State John Kerry to find a political": a phrase the
    // word limit cut inside an infinitive after a name ends before its "to", where the name is
    // whole (a judged PolNeAR train draw, seed 4206).
    if count == limit, last > t + 2, u < region.upperBound, text.isWord(u),
      let to = (t + 2..<last).last(where: {
        text.words.matches($0, "to") && text.entityOf[$0 - 1] >= 0
      })
    {
      last = to - 1
    }
    // Trailing function words belong to what was cut off ("a dangerous mistake by").
    while last > t, text.isWord(last),
      [
        "and", "or", "the", "a", "an", "to", "of", "for", "with", "on", "in", "at", "by", "from",
        "about", "into", "than", "via", "such",
      ].contains(text.words[last])
    {
      last -= 1
    }
    var first = t
    while first < last, isQuoteMark(first) { first += 1 }
    return first..<(last + 1)
  }

  /// Whether the phrase so far is a determiner and one word, and the word at `next` (after a
  /// comma or "and") a lower-case word that goes on describing the same noun, before a word
  /// that is no function word: "the angry, divisive rhetoric", "the focused and sustained
  /// attacks" (on PolNeAR train both were cut to "the angry", "the focused"), not "the charges
  /// and counter-accused her", "the images and wanted to see".
  func opensAdjectivePair(_ t: Int, last: Int, next: Int, in region: Range<Int>) -> Bool {
    guard last == t + 1, StanceWords.keys.determiners.contains(text.keys[t]),
      next + 1 < region.upperBound, text.isWord(next), text.isWord(next + 1),
      article.tokenLayer.flags[next].shape == .lower, text.entityOf[next] < 0
    else { return false }
    let after = text.keys[next + 1]
    guard text.entityOf[next + 1] < 0, article.tokenLayer.flags[next + 1].shape == .lower,
      !StanceWords.keys.determiners.contains(after),
      !StanceWords.keys.objectPronouns.contains(after),
      !StanceWords.keys.prepositions.contains(after)
    else { return false }
    let key = text.keys[next]
    return !text.words.matches(next, "and") && !text.words.matches(next, "or")
      && !StanceWords.keys.determiners.contains(key)
      && !StanceWords.keys.objectPronouns.contains(key)
      && !StanceWords.keys.clauseWords.contains(key) && !text.words.hasSuffix(next, "ing")
      && !StanceWords.keys.prepositions.contains(key)
  }

  /// Whether the words after the "and" at `u` are a clause or predicate of their own: "will not
  /// be voting for Mr. Trump and considers him a racist" (a verb in "-s" and its object), "welcomed
  /// them all with open arms and this is what it has led to" ("this" or "that" and an
  /// auxiliary), a share. Two wrong targets in a judged draw of 40 PolNeAR train records ran on
  /// so.
  func opensPredicate(after u: Int, in region: Range<Int>) -> Bool {
    // "45 percent backed Mrs. Clinton and 42 percent favored Mr. Sanders": a second count.
    if u + 2 < region.upperBound, text.kinds[u + 1] == .number,
      text.words.matches(u + 2, "percent") || text.words.matches(u + 2, "%")
    {
      return true
    }
    guard u + 2 < region.upperBound, text.isWord(u + 1), text.isWord(u + 2),
      text.entityOf[u + 1] < 0, article.tokenLayer.flags[u + 1].shape == .lower
    else { return false }
    let next = text.words[u + 1]
    let then = text.keys[u + 2]
    if next == "this" || next == "that" { return StanceWords.keys.auxiliaries.contains(then) }
    return next.count > 3 && next.hasSuffix("s") && !next.hasSuffix("ss")
      && (StanceWords.keys.objectPronouns.contains(then)
        || ["him", "her", "them"].contains(text.words[u + 2]))
  }

  /// Whether "who", "which" or "that" at `u` opens a restrictive relative clause: it follows a
  /// lower-case common noun with no comma between ("legislation that would", "politicians who
  /// push"); after a name ("Sanders who") or a comma it only adds to what is already named.
  func isRestrictiveRelative(_ u: Int) -> Bool {
    guard u > 0,
      text.words.matches(u, "who") || text.words.matches(u, "which")
        || text.words.matches(u, "that"),
      text.isWord(u - 1), text.entityOf[u - 1] < 0,
      article.tokenLayer.flags[u - 1].shape == .lower,
      !StanceWords.keys.auxiliaries.contains(text.keys[u - 1]),
      !StanceWords.keys.prepositions.contains(text.keys[u - 1]),
      !StanceWords.keys.determiners.contains(text.keys[u - 1]),
      !StanceWords.keys.clauseWords.contains(text.keys[u - 1]),
      !StanceWords.keys.adverbs.contains(text.keys[u - 1]),
      // "will support the nominee and that a Trump presidency would be", "points out that":
      // a second complement, or a verb's particle.
      !["and", "or", "but", "nor", "out", "up", "off"].contains(text.words[u - 1])
    else { return false }
    return true
  }

  /// Whether a target phrase is "one another" or "each other".
  func isReciprocal(_ target: Range<Int>) -> Bool {
    target.count == 2
      && StanceWords.isReciprocal(text.words[target.lowerBound], text.words[target.lowerBound + 1])
  }

}

extension StanceScan {
  /// Whether token `k`, after "on" and an outlet word, is a lower-case noun that the outlet
  /// word qualifies ("TV adverts", "Twitter accounts") rather than the end of the phrase.
  func opensNounAfterOutlet(_ k: Int, in region: Range<Int>) -> Bool {
    guard k < region.upperBound, text.isWord(k), article.tokenLayer.flags[k].shape == .lower
    else { return false }
    let key = text.keys[k]
    return !StanceWords.keys.prepositions.contains(key)
      && !StanceWords.keys.clauseWords.contains(key) && !StanceWords.keys.auxiliaries.contains(key)
      && !StanceWords.keys.timeWords.contains(key) && !StanceWords.keys.timeStarters.contains(key)
      && !StanceWords.keys.adverbs.contains(key)
      && !StanceWords.keys.speechVerbs.contains(key) && !text.words.hasSuffix(k, "ing")
      && !text.words.hasSuffix(k, "ed") && !text.words.hasSuffix(k, "ly")
      && !text.words.matches(k, "and")
      && !text.words.matches(k, "or") && !text.words.matches(k, "but")
  }
}

extension StanceScan {
  /// Whether token `k`, after "and" in a target phrase, is a second verb cue in "-s" with an
  /// object of its own (a determiner, a name or an object pronoun after it): "favors
  /// right-to-work laws and opposes a federal minimum wage increase", "Backs Trump And
  /// Denounces Clinton" (PolNeAR train: 2 targets ran over such a verb; a plural noun cue,
  /// "the deal and cuts", has no such object after it).
  func opensSecondCue(at k: Int, in region: Range<Int>) -> Bool {
    guard k + 1 < region.upperBound, text.isWord(k), text.entityOf[k] < 0,
      text.words.hasSuffix(k, "s"), !text.words.hasSuffix(k, "ss"),
      let (_, end) = lexicon.longestMatch(in: text, at: k, limit: region.upperBound),
      end < region.upperBound, text.isWord(end)
    else { return false }
    return text.entityOf[end] >= 0 || StanceWords.keys.determiners.contains(text.keys[end])
      || StanceWords.keys.objectPronouns.contains(text.keys[end])
  }

  /// Whether a cue of two words or more ("stands with", "calls for") opens at token `k`.
  func opensLongCue(at k: Int, in region: Range<Int>) -> Bool {
    guard let (_, end) = lexicon.longestMatch(in: text, at: k, limit: region.upperBound) else {
      return false
    }
    return end - k >= 2
  }
}

extension StanceScan {
  /// Whether token `k` is a lower-case verb in "-ing": the letters before "-ing" hold a vowel,
  /// a syllable of their own ("being", "allowing"), which "king", "thing", "wing" and "bring",
  /// words that only end in those letters, do not.
  func isGerund(_ k: Int) -> Bool {
    guard text.isWord(k), article.tokenLayer.flags[k].shape == .lower,
      text.words.hasSuffix(k, "ing")
    else { return false }
    return text.words[k].dropLast(3).contains { "aeiouy".contains($0) }
  }
}
