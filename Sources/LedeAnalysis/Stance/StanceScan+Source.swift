import LedeCore

/// Who holds a stance: the subject of the cue's clause.
extension StanceScan {
  /// The subject actors of the clause that ends at `cue`: the nearest entity to its left that is
  /// not inside a prepositional phrase, a possessive or an object, with those coordinated with
  /// it ("North Korea and the Kremlin"); a pronoun resolved to the last person; "we" in a quote
  /// is the speaker.
  ///
  /// `blocked` is true when the clause has a subject that is not a named actor ("opposition
  /// parties rejected …"), so the speaker of a surrounding quote must not stand in for it.
  func subjects(before cue: Int, in region: Range<Int>, quote q: Int32) -> (
    actors: [Actor], blocked: Bool
  ) {
    // "Cameron criticised Trump over his call for the ban": a possessive pronoun right before a
    // nominal cue names its holder, not the clause's subject.
    if cue - 1 >= region.lowerBound, let (kind, gender) = Self.possessors[text.words[cue - 1]] {
      guard let e = lastEntity(before: cue - 1, kind: kind, gender: gender),
        !isQuoteSpeaker(e, quote: q)
      else {
        return ([], true)
      }
      return ([actor(entity: e)], false)
    }
    // "religious organizations … for their faith-based opposition to": "their" or "its"
    // before a nominal cue, past one modifier, names a holder the subject scan would miss, and
    // the name further left is not it (a judged PolNeAR train draw, seed 4201).
    if cue - 2 >= region.lowerBound, Self.nominalCues.contains(text.words[cue]),
      text.isWord(cue - 1), text.entityOf[cue - 1] < 0,
      article.tokenLayer.flags[cue - 1].shape == .lower,
      ["their", "its"].contains(text.words[cue - 2])
    {
      guard let owner = possessor(before: cue - 2, in: region, its: text.words[cue - 2] == "its")
      else { return ([], true) }
      return ([owner], false)
    }
    // "showing videos of Donald Trump insulting Islam", "with Trump calling for a ban": a name
    // right before an "-ing" cue is its holder, even as the object of a preposition.
    if cue - 1 >= region.lowerBound, text.words[cue].hasSuffix("ing"), text.entityOf[cue - 1] >= 0,
      !text.possessive[cue - 1]
    {
      let e = Int(text.entityOf[cue - 1])
      // "sent a letter to Mr. Castro criticizing the sales": the letter criticises.
      if entities[e].kind != .place, let range = text.entityTokens[e], range.upperBound == cue - 1 {
        var b = range.lowerBound - 1
        while b >= region.lowerBound, text.isWord(b), text.words[b].hasSuffix(".") { b -= 1 }
        if b < region.lowerBound || !text.words.matches(b, "to") {
          return ([actor(entity: e)], false)
        }
      }
    }
    let asides = parentheticals(in: region, before: cue)
    var j = cue - 1
    while j >= region.lowerBound {
      if let aside = asides.first(where: { $0.contains(j) }) {
        j = aside.lowerBound - 1
        continue
      }
      if q < 0, text.quoteOf[j] >= 0 {
        j -= 1
        continue
      }
      // ("because he’s in favor of", "I’m supporting": a contraction's subject, not its verb.)
      let w = contractedSubject(j) ?? text.words[j]
      if !text.isWord(j) {
        if w == ";" || (w == ":" && q < 0) { break }
        // "Sen. Ted Cruz (R-Tex) is endorsing": a bracketed aside is not the subject.
        if w == ")", let open = openingBracket(before: j, in: region) {
          j = open - 1
          continue
        }
        j -= 1
        continue
      }
      if text.entityOf[j] >= 0 {
        let e = Int(text.entityOf[j])
        let range = text.entityTokens[e] ?? j...j
        if let speaker = objectOfReportCue(range, cue: cue, region: region, quote: q) {
          return ([speaker], false)
        }
        switch subject(entity: e, range: range, region: region, cue: cue) {
        case .some(.some(let found)): return (found, false)
        case .some(.none): return ([], true)
        case .none: break
        }
        j = range.lowerBound - 1
        continue
      }
      let between = onlyVerbGroup(j + 1, cue)
      // "44 percent would back Trump": a poll's respondents hold the view, not the outlet or
      // the quote's speaker; they have no name.
      if between, w == "percent" || w == "%" || text.kinds[j] == .number {
        return ([], true)
      }
      // "with 78 percent of Sanders voters backing Clinton": the share holds the view, not a
      // name before it.
      if w == "percent" || w == "%" { return ([], true) }
      // "those currently voting for Sanders", "others supporting a ban": people left unnamed.
      // ("one of many slamming Trump", "Bush and Clinton, among others, reject": a phrase.)
      if between, Self.unnamedPeople.contains(w),
        j == region.lowerBound || !StanceWords.keys.prepositions.contains(text.keys[j - 1])
      {
        return ([], true)
      }
      // "opposition parties rejected", "voters backed Trump", "some allies questioned": a
      // plural common noun right before the verb is its subject, and it names no one.
      // ("Republican caucusgoers supported" is left to the name's own rule, and "columns to
      // criticizing Trump", "urged leaders to back" to the verb's subject.)
      // The noun stands right before the verb group, with no punctuation between
      // ("BuzzFeed, which does not disclose its finances, denied"), and no pronoun before it
      // makes it a verb ("he suspects he'll campaign for Canova").
      if between, isPluralNoun(j), j == region.lowerBound || text.entityOf[j - 1] < 0,
        !(j + 1..<cue).contains(where: { text.words.matches($0, "to") || !text.isWord($0) }),
        j == region.lowerBound
          || !(StanceWords.keys.personPronouns.contains(text.keys[j - 1])
            || ["it", "they", "who", "which", "that", "i", "we", "you"].contains(text.words[j - 1]))
      {
        return ([], true)
      }
      // "the political class has denied", "the former governor backed": a common noun after
      // an article, right before the verb group, is the subject and names no one, so neither
      // a name further left nor a quote's speaker holds the stance.
      // ("the jingoistic bid to block", "a resolution condemning": an infinitive or a
      // participle after the noun only describes it.)
      if between, !text.words.hasSuffix(cue, "ing"), !text.words.matches(cue, "in"),
        !(j + 1..<cue).contains(where: { text.words.matches($0, "to") }),
        isDefiniteNoun(j, lower: region.lowerBound)
      {
        return ([], true)
      }
      if between {
        if StanceWords.personPronouns.contains(w) || w == "it" || w == "they" {
          // "Israel’s office said it would not agree": a pronoun opening reported speech is
          // usually its speaker.
          // ("74 percent said they are set on voting for", "39 have said they support": a
          // poll's share speaks, unnamed, whatever speaker the quote layer found.)
          if q >= 0, j == region.lowerBound, isSaidByShare(before: j) { return ([], true) }
          if q >= 0, j == region.lowerBound, quotes[Int(q)].kind == .indirect,
            let speaker = quotes[Int(q)].speaker
          {
            return ([Actor(name: speaker, span: quotes[Int(q)].speakerSpan)], false)
          }
          // "told aides that he viewed …": "he" and "she" refer to a person, so a place or an
          // organisation found as the verb of saying's subject is not the holder.
          if let found = speechSubject(beforePronoun: j, in: region, quote: q), !found.isEmpty,
            !(StanceWords.personPronouns.contains(w) && found.contains { namesNonPerson($0) })
          {
            return (found, false)
          }
          let gender: Gender = w == "he" ? .male : w == "she" ? .female : .unknown
          // "He avoided direct criticism of Trump until recent days, when he expressed
          // concern": a "he" or "she" repeats the same pronoun that opens its sentence, whoever
          // is named between (as the quote layer reads a pronoun's sentence opener; a judged
          // PolNeAR train draw).
          let from = gender == .unknown ? j : openingPronoun(like: j) ?? j
          if w != "they",
            let e = lastEntity(
              before: from, kind: w == "it" ? .organization : .person, gender: gender,
              preferSubject: w != "it")
          {
            return isQuoteSpeaker(e, quote: q) ? ([], true) : ([actor(entity: e)], false)
          }
          return ([], true)
        }
        // "someone who has mocked …", "Kim, who praised …": the verb of a relative pronoun is
        // its antecedent's; an antecedent that is no name leaves the stance without a holder.
        // "a number of cities that support the regulations": "that" after a common noun opens
        // a relative whose antecedent is no name, so no name before it holds the stance.
        // ("the super PAC that backed Walker": an acronym no entity is such a noun too; a
        // judged PolNeAR train draw, seed 4106.)
        if w == "that", j > region.lowerBound, text.isWord(j - 1), text.entityOf[j - 1] < 0,
          !StanceWords.keys.speechVerbs.contains(text.keys[j - 1]),
          !StanceWords.keys.auxiliaries.contains(text.keys[j - 1]),
          [.lower, .allCaps].contains(article.tokenLayer.flags[j - 1].shape)
        {
          return ([], true)
        }
        if w == "who" || w == "which" {
          guard let e = antecedent(ofRelative: j, in: region) else { return ([], true) }
          // "both Democrats and Republicans, who have questioned": the pair.
          let range = text.entityTokens[e] ?? j...j
          switch subject(entity: e, range: range, region: region) {
          case .some(.some(let found)): return (found, false)
          // "73 percent of Democrats who said": a share of the name's people holds the view.
          case .some(.none): return ([], true)
          case .none: return ([actor(entity: e)], false)
          }
        }
        if StanceWords.firstPerson.contains(w), q >= 0, let speaker = quotes[Int(q)].speaker {
          return ([Actor(name: speaker, span: quotes[Int(q)].speakerSpan)], false)
        }
        // "X said … but warned that …": the subject is the speaker's, not the reported clause's.
        if w == "and" || w == "but" {
          // ("described Clinton as a disgrace after she attacked … and blamed": a pronoun
          // between opens a clause of its own, whose verb "and" joins; one inside the reported
          // words, "said that she has released her returns and called on", does not.)
          // ("did not mention that Rubio broke ranks … and supported": a name that opens the
          // "that" clause is its subject too; a PolNeAR train draw, seed 4302.)
          if let verb = speechVerb(before: j, in: region, quote: q),
            !((verb + 1)..<j).contains(where: {
              StanceWords.personPronouns.contains(text.words[$0])
                && (q >= 0 || text.quoteOf[$0] < 0)
                || (text.words.matches($0, "that") && $0 + 1 < j && text.entityOf[$0 + 1] >= 0)
            })
          {
            j = verb - 1
            continue
          }
          // "said Kenya was engaging … and urged the fishermen", "complained Khan had attacked
          // him and questioned why …": a verb of saying, or a finite one that reports a stance,
          // joined to reported speech is the speaker's own ("a position of supporting but not
          // endorsing Trump" is no such verb; on PolNeAR train this moved 9 records, 6 of the 7
          // finite ones to the right holder).
          if q >= 0, quotes[Int(q)].kind == .indirect, let speaker = quotes[Int(q)].speaker,
            StanceWords.keys.speechVerbs.contains(text.keys[cue])
              || (StanceWords.keys.reportVerbs.contains(text.keys[cue])
                && !text.words[cue].hasSuffix("ing"))
          {
            return ([Actor(name: speaker, span: quotes[Int(q)].speakerSpan)], false)
          }
          // "she attacked law enforcement officers and blamed …", "has criticized deals such as
          // NAFTA and called for …": the second verb shares the first one's subject, not the
          // object between them.
          if let verb = coordinatedVerb(before: j, cue: cue, in: region, quote: q) {
            return subjects(before: verb, in: region, quote: q)
          }
          if let found = holdersOfJoinedParticiple(cue: cue, in: region, quote: q) {
            return found
          }
        }
      }
      if StanceWords.clauseWords.contains(w) && !between { return ([], true) }
      j -= 1
    }
    return ([], false)
  }

  /// Nouns that are whole cues or open one ("opposition to", "support for").
  static let nominalCues: Set<String> = [
    "opposition", "support", "backing", "criticism", "endorsement", "condemnation", "hostility",
  ]

  /// The same pronoun as at `j`, earlier in its sentence, where it opens the sentence. Not
  /// across reported words: in "He said Grassley could lose because he supports Trump" and
  /// "Obama's statement that he opposed the war" the later pronoun is the reported person's
  /// (judged PolNeAR train records).
  private func openingPronoun(like j: Int) -> Int? {
    guard text.quoteOf[j] < 0 else { return nil }
    var k = j - 1
    while k >= 0, text.sentenceOf[k] == text.sentenceOf[j] {
      if text.words.matches(k, "that") || StanceWords.keys.speechVerbs.contains(text.keys[k]) {
        return nil
      }
      if text.keys[k] == text.keys[j], opensSentence(k) { return k }
      k -= 1
    }
    return nil
  }

  /// Whether entity `e`, found for a third-person pronoun, is who speaks the direct quote `q`
  /// the pronoun stands in: a speaker says "I", so "She called on us …” in Sheppard’s words
  /// is someone else (the pronoun's referent is then left unknown).
  private func isQuoteSpeaker(_ e: Int, quote q: Int32) -> Bool {
    guard q >= 0, quotes[Int(q)].kind == .direct, let speaker = quotes[Int(q)].speaker else {
      return false
    }
    return entities[e].canonical == speaker || name(ofEntity: e) == speaker
  }

  /// Whether an actor is a named place, organisation or group (found by its span); a holder
  /// named by its role ("the state's Republican governor") has no span and may be a person.
  private func namesNonPerson(_ actor: Actor) -> Bool {
    guard let span = actor.span else { return false }
    return entities.contains { $0.span == span && $0.kind != .person }
  }

  /// The nearest verb of saying left of `j` in the clause, outside quotes.
  private func speechVerb(before j: Int, in region: Range<Int>, quote q: Int32) -> Int? {
    var v = j - 1
    while v >= region.lowerBound, v > j - 40 {
      let w = text.words[v]
      if w == ";" { return nil }
      if (q >= 0 || text.quoteOf[v] < 0), text.isWord(v), text.entityOf[v] < 0,
        StanceWords.speechVerbs.contains(w)
      {
        return v
      }
      v -= 1
    }
    return nil
  }

  /// "Israel’s prime minister’s office said it would not agree": the pronoun is the subject of
  /// the verb of saying just before it.
  private func speechSubject(beforePronoun j: Int, in region: Range<Int>, quote q: Int32)
    -> [Actor]?
  {
    var v = j - 1
    if v >= region.lowerBound, text.words.matches(v, "that") { v -= 1 }
    guard v >= region.lowerBound, text.isWord(v),
      StanceWords.keys.speechVerbs.contains(text.keys[v])
    else {
      return nil
    }
    return subjects(before: v, in: region, quote: q).actors
  }

  /// Whether the reported words opening at `open` are said by a share or a count: "74 percent
  /// said they", "just 8 percent of Democrats said they", "39 have said they" (PolNeAR train: 3
  /// such records, each held by a name the quote layer took for the speaker, all wrong).
  func isSaidByShare(before open: Int) -> Bool {
    let sentence = text.sentenceOf[open]
    var k = open - 1
    func inSentence(_ k: Int) -> Bool { k >= 0 && text.sentenceOf[k] == sentence }
    if inSentence(k), text.words.matches(k, "that") { k -= 1 }
    guard inSentence(k), text.isWord(k),
      StanceWords.keys.speechVerbs.contains(text.keys[k]) || text.words.matches(k, "saying")
    else { return false }
    k -= 1
    while inSentence(k), text.isWord(k),
      StanceWords.keys.auxiliaries.contains(text.keys[k])
        || StanceWords.keys.adverbs.contains(text.keys[k])
    {
      k -= 1
    }
    guard inSentence(k) else { return false }
    // ("8 percent of Democrats", "40 percent of Dorset voters": the group after "of", up to
    // three words.)
    var of = k
    while of > k - 4, inSentence(of - 1), text.isWord(of), !text.words.matches(of, "of") {
      of -= 1
    }
    if of < k, text.words.matches(of, "of") { k = of - 1 }
    guard inSentence(k) else { return false }
    if text.words.matches(k, "percent") || text.words.matches(k, "%") { return true }
    // A bare count ("39 have said they"), not a year or a date ("in 2019 said", "by 2020").
    guard text.kinds[k] == .number else { return false }
    if let year = Int(text.words[k]), (1900...2099).contains(year) { return false }
    return
      !(k > 0 && text.isWord(k - 1)
      && ["in", "since", "by", "until", "from", "on"].contains(text.words[k - 1]))
  }

  /// The time words (`StanceWords.timeWords`, `timeNouns`) and the words of a time phrase
  /// that `isDefiniteNoun` must not take for a subject ("a day later", "this week").
  static let timeNounKeys = StanceWordKeys.keys(
    StanceWords.timeWords.union(timeNouns).union(["day", "later", "ago", "earlier", "decade"]))

  /// Whether token `j` is a lower-case common noun after "the", "a" or "this" (one adjective
  /// may stand between): "the political class", "a senator".
  func isDefiniteNoun(_ j: Int, lower: Int) -> Bool {
    guard text.isWord(j), text.entityOf[j] < 0, article.tokenLayer.flags[j].shape == .lower,
      !isFunctionWord(j), !text.words.hasSuffix(j, "ly"), !text.words.hasSuffix(j, "ing"),
      !text.words.hasSuffix(j, "ed"), !lexicon.startsCue(text.words[j])
    else { return false }
    // ("Maria Lopez this week condemned", "a day later endorsed": a time, not a subject.)
    if Self.timeNounKeys.contains(text.keys[j]) { return false }
    var d = j - 1
    if d > lower, text.isWord(d), text.entityOf[d] < 0,
      article.tokenLayer.flags[d].shape == .lower, !isFunctionWord(d)
    {
      d -= 1
    }
    // ("Sanders in the past has criticized", "Clinton allies on the panel also resisted": the
    // phrase hangs from a preposition.)
    return d >= lower && text.isWord(d) && !Self.timeNounKeys.contains(text.keys[d + 1])
      && ["the", "a", "an", "this"].contains(text.words[d])
      && (d == lower || !StanceWords.keys.prepositions.contains(text.keys[d - 1]))
  }

  /// Whether token `k` is a function word of the stance lists: an auxiliary, an adverb, a
  /// negator, a pronoun, a preposition, a determiner, a clause word or a verb of saying.
  private func isFunctionWord(_ k: Int) -> Bool {
    let key = text.keys[k]
    return StanceWords.keys.auxiliaries.contains(key) || StanceWords.keys.adverbs.contains(key)
      || StanceWords.keys.negators.contains(key) || StanceWords.keys.personPronouns.contains(key)
      || StanceWords.keys.objectPronouns.contains(key)
      || StanceWords.keys.prepositions.contains(key)
      || StanceWords.keys.determiners.contains(key) || StanceWords.keys.clauseWords.contains(key)
      || StanceWords.keys.speechVerbs.contains(key) || StanceWords.keys.firstPerson.contains(key)
      || text.words.matches(k, "and") || text.words.matches(k, "or")
  }

  /// Whether tokens `from..<to` hold only auxiliaries, adverbs, negation and "to".
  func onlyVerbGroup(_ from: Int, _ to: Int) -> Bool {
    for k in from..<max(from, to) {
      let key = text.keys[k]
      if !text.isWord(k) { continue }
      if StanceWords.keys.auxiliaries.contains(key) || StanceWords.keys.adverbs.contains(key)
        || StanceWords.keys.negators.contains(key) || text.words.matches(k, "to")
        || StanceWords.keys.negatingVerbs.contains(key) || StanceWords.keys.boosters[key] != nil
      {
        continue
      }
      return false
    }
    return true
  }

  /// The speaker of an indirect quote whose words open with the object of the quote's own
  /// cue and go on to a second cue: in "Gwen Graham slams Trump, praises Clinton" the quote
  /// layer reads "slams" as reporting "Trump, praises Clinton", but Trump is who was slammed,
  /// and the speaker praises (a judged PolNeAR train draw, seed 4106).
  private func objectOfReportCue(
    _ name: ClosedRange<Int>, cue: Int, region: Range<Int>, quote q: Int32
  ) -> Actor? {
    guard q >= 0, quotes[Int(q)].kind == .indirect, let speaker = quotes[Int(q)].speaker,
      region.lowerBound > 0, name.upperBound < cue
    else { return nil }
    var first = region.lowerBound
    while first < name.lowerBound, isQuoteMark(first) { first += 1 }
    guard first == name.lowerBound,
      (name.upperBound + 1..<cue).allSatisfy({
        text.words.matches($0, ",") || text.words.matches($0, "and")
      }),
      let (_, end) = lexicon.longestMatch(
        in: text, at: region.lowerBound - 1, limit: region.lowerBound),
      end == region.lowerBound
    else { return nil }
    return Actor(name: speaker, span: quotes[Int(q)].speakerSpan)
  }

  /// Whom "their" or "its" at `k` refers to: the nearest plural name left of it in its
  /// clause ("forces Republicans to reconsider their knee-jerk opposition"), for "its" the
  /// nearest name that is no person ("The Labour Party renewed its fierce opposition"); nil
  /// when a plural common noun is nearer ("religious organizations and others for their
  /// faith-based opposition") or none is found.
  private func possessor(before k: Int, in region: Range<Int>, its: Bool) -> Actor? {
    var j = k - 1
    while j >= region.lowerBound {
      if !text.isWord(j), [";", ":"].contains(text.words[j]) { return nil }
      if text.entityOf[j] >= 0 {
        let e = Int(text.entityOf[j])
        let range = text.entityTokens[e] ?? j...j
        if !text.possessive[range.upperBound],
          its ? entities[e].kind != .person : text.words.hasSuffix(range.upperBound, "s")
        {
          return actor(entity: e)
        }
        j = range.lowerBound - 1
        continue
      }
      if isPluralNoun(j) || Self.unnamedPeople.contains(text.words[j]) { return nil }
      j -= 1
    }
    return nil
  }
}
