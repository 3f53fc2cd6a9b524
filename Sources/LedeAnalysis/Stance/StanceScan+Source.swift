import LedeCore

/// Who holds a stance: the subject of the cue's clause.
extension StanceScan {
  /// Verbs whose object may look like a subject to a leftward scan ("Putin met Kim and
  /// praised …": Kim is not who praised).
  static let objectVerbs: Set<String> = [
    "met", "meet", "meets", "told", "visited", "hosted", "invited", "thanked", "urged", "asked",
    "saw", "joined", "named", "appointed", "replaced", "beat", "defeated", "accused", "blamed",
    "criticised", "criticized", "praised", "backed", "condemned", "welcomed", "attacked",
    "warned", "sued", "hit", "struck", "called", "congratulated", "fired", "sacked", "hired",
  ]

  /// Plural nouns for a name's followers ("Clinton supporters").
  static let followers: Set<String> = [
    "supporters", "voters", "backers", "allies", "aides", "fans", "delegates", "staffers",
    "loyalists", "surrogates",
  ]

  /// Words that count a part of a group before "of" ("one of", "most of").
  private static let partitives: Set<String> = [
    "one", "two", "three", "some", "many", "most", "few", "none", "several", "half", "each",
  ]

  /// Words that open a clause and also serve as prepositions.
  private static let subordinators: Set<String> = [
    "after", "before", "since", "until", "as", "because", "while", "when", "once", "although",
  ]

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
      guard let e = lastEntity(before: cue - 1, kind: kind, gender: gender) else {
        return ([], true)
      }
      return ([actor(entity: e)], false)
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
        if b < region.lowerBound || text.words[b] != "to" { return ([actor(entity: e)], false) }
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
      let w = text.words[j]
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
        j == region.lowerBound || !StanceWords.prepositions.contains(text.words[j - 1])
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
        !(j + 1..<cue).contains(where: { text.words[$0] == "to" || !text.isWord($0) }),
        j == region.lowerBound
          || !(StanceWords.personPronouns.contains(text.words[j - 1])
            || ["it", "they", "who", "which", "that", "i", "we", "you"].contains(text.words[j - 1]))
      {
        return ([], true)
      }
      if between {
        if StanceWords.personPronouns.contains(w) || w == "it" || w == "they" {
          // "Israel’s office said it would not agree": a pronoun opening reported speech is
          // usually its speaker.
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
          if w != "they",
            let e = lastEntity(
              before: j, kind: w == "it" ? .organization : .person, gender: gender,
              preferSubject: w != "it")
          {
            return ([actor(entity: e)], false)
          }
          return ([], true)
        }
        // "someone who has mocked …", "Kim, who praised …": the verb of a relative pronoun is
        // its antecedent's; an antecedent that is no name leaves the stance without a holder.
        // "a number of cities that support the regulations": "that" after a common noun opens
        // a relative whose antecedent is no name, so no name before it holds the stance.
        if w == "that", j > region.lowerBound, text.isWord(j - 1), text.entityOf[j - 1] < 0,
          !StanceWords.speechVerbs.contains(text.words[j - 1]),
          !StanceWords.auxiliaries.contains(text.words[j - 1]),
          article.tokenLayer.flags[j - 1].shape == .lower
        {
          return ([], true)
        }
        if w == "who" || w == "which" {
          guard let e = antecedent(ofRelative: j, in: region) else { return ([], true) }
          // "both Democrats and Republicans, who have questioned": the pair.
          let range = text.entityTokens[e] ?? j...j
          if case .some(.some(let found)) = subject(entity: e, range: range, region: region) {
            return (found, false)
          }
          return ([actor(entity: e)], false)
        }
        if StanceWords.firstPerson.contains(w), q >= 0, let speaker = quotes[Int(q)].speaker {
          return ([Actor(name: speaker, span: quotes[Int(q)].speakerSpan)], false)
        }
        // "X said … but warned that …": the subject is the speaker's, not the reported clause's.
        if w == "and" || w == "but" {
          if let verb = speechVerb(before: j, in: region, quote: q) {
            j = verb - 1
            continue
          }
          // "said Kenya was engaging … and urged the fishermen", "complained Khan had attacked
          // him and questioned why …": a verb of saying, or a finite one that reports a stance,
          // joined to reported speech is the speaker's own ("a position of supporting but not
          // endorsing Trump" is no such verb; on PolNeAR train this moved 9 records, 6 of the 7
          // finite ones to the right holder).
          if q >= 0, quotes[Int(q)].kind == .indirect, let speaker = quotes[Int(q)].speaker,
            StanceWords.speechVerbs.contains(text.words[cue])
              || (StanceWords.reportVerbs.contains(text.words[cue])
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
        }
      }
      if StanceWords.clauseWords.contains(w) && !between { return ([], true) }
      j -= 1
    }
    return ([], false)
  }

  /// Whether an actor is a named place, organisation or group (found by its span); a holder
  /// named by its role ("the state's Republican governor") has no span and may be a person.
  private func namesNonPerson(_ actor: Actor) -> Bool {
    guard let span = actor.span else { return false }
    return entities.contains { $0.span == span && $0.kind != .person }
  }

  /// The "(" that opens the bracket closed at `j`, at most 12 tokens back.
  func openingBracket(before j: Int, in region: Range<Int>) -> Int? {
    var k = j - 1
    while k >= region.lowerBound, k >= j - 12 {
      if text.words[k] == "(" { return k }
      if text.words[k] == ")" { return nil }
      k -= 1
    }
    return nil
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
    if v >= region.lowerBound, text.words[v] == "that" { v -= 1 }
    guard v >= region.lowerBound, text.isWord(v), StanceWords.speechVerbs.contains(text.words[v])
    else {
      return nil
    }
    return subjects(before: v, in: region, quote: q).actors
  }

  /// Comma-delimited asides before the cue: ", who …,", ", a lawyer at …,", ", 34,".
  private func parentheticals(in region: Range<Int>, before cue: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var c = region.lowerBound
    while c < cue {
      defer { c += 1 }
      guard text.words[c] == ",", c + 1 < cue else { continue }
      let next = text.words[c + 1]
      // "Carole Bower, 75, a retiree in …": an aside may follow another.
      let afterAside = out.last.map { $0.upperBound - 1 == c } ?? false
      let opensAside =
        ["which", "who", "whom", "whose"].contains(next)
        || ((["a", "an", "the"].contains(next) || text.kinds[c + 1] == .number)
          && c > region.lowerBound
          && (text.entityOf[c - 1] >= 0 || afterAside))
        || (c > region.lowerBound && isRoleApposition(after: c))
      guard opensAside else { continue }
      var d = c + 1
      while d < cue, text.words[d] != ",", text.words[d] != ";", d - c < 30 { d += 1 }
      // "a pastor in Elizabeth, Colorado,", "serving in Iran, Turkey and France,": names
      // listed after a comma still belong to the aside.
      while d < cue, text.words[d] == ",", let e = namesOnly(after: d, before: cue) { d = e }
      // The aside must close before the cue; one that runs into it holds the cue's own clause.
      if d < cue, text.words[d] == "," {
        out.append(c..<(d + 1))
        c = d - 1
      }
    }
    return out
  }

  /// "Dan Alpert, managing partner of the bank Westwood Capital, expressed alarm": a person's
  /// name, a comma, then a lowercase word that is no auxiliary, conjunction or verb of saying
  /// opens a description of the person with no article, not the clause's subject (the aside
  /// must close with a comma before the cue).
  private func isRoleApposition(after c: Int) -> Bool {
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
  private func namesOnly(after c: Int, before cue: Int) -> Int? {
    var e = c + 1
    guard e < cue, text.entityOf[e] >= 0 else { return nil }
    while e < cue, text.words[e] != "," {
      guard text.entityOf[e] >= 0 || ["and", "the", "."].contains(text.words[e]) else {
        return nil
      }
      e += 1
    }
    return e < cue ? e : nil
  }

  /// Whether tokens `from..<to` hold only auxiliaries, adverbs, negation and "to".
  private func onlyVerbGroup(_ from: Int, _ to: Int) -> Bool {
    for k in from..<max(from, to) {
      let w = text.words[k]
      if !text.isWord(k) { continue }
      if StanceWords.auxiliaries.contains(w) || StanceWords.adverbs.contains(w)
        || StanceWords.negators.contains(w) || w == "to" || StanceWords.negatingVerbs.contains(w)
        || StanceWords.boosters[w] != nil
      {
        continue
      }
      return false
    }
    return true
  }

  /// The entity as a subject with its coordinated partners; `nil` if it is not a subject (keep
  /// looking left), `.some(nil)` if it shows the clause has another, unnamed subject.
  func subject(entity e: Int, range: ClosedRange<Int>, region: Range<Int>, cue: Int = Int.max)
    -> [Actor]??
  {
    // A possessive modifies the next noun: "North Korea’s official KCNA said" (keep looking),
    // "Pakistan’s government blamed" (the country acts), "Georgia’s next match is" (no actor).
    let after = range.upperBound + 1
    if text.possessive[range.upperBound], after < text.count, text.isWord(after) {
      if StanceWords.institutions.contains(text.words[after]) { return .some([actor(entity: e)]) }
      if text.entityOf[after] >= 0 { return nil }
      return .some(nil)
    }
    // "A Russian official said", "the South Carolina senator urged": a place or group that
    // modifies a person's role is not the holder; the unnamed person is.
    if entities[e].kind != .person, after < region.upperBound, text.isWord(after),
      StanceWords.personRoles.contains(text.words[after])
    {
      var p = range.lowerBound
      if p - 1 >= region.lowerBound, text.isWord(p - 1),
        ["a", "an", "the", "one", "another"].contains(text.words[p - 1])
      {
        p -= 1
      }
      return .some([Actor(name: text.text(p, after), span: nil, named: false)])
    }
    var group = [actor(entity: e)]
    var first = range.lowerBound
    var k = range.lowerBound - 1
    while group.count < 6 {
      while k >= region.lowerBound, ["the", "a", "an"].contains(text.words[k]) { k -= 1 }
      // A comma joins names only in a list that ends in "and" ("Russia, China and Iran"): in
      // "in Salem, Trump accused" or "states such as Massachusetts and Colorado, Clinton sees"
      // it closes a phrase before the subject.
      guard k - 1 >= region.lowerBound,
        text.words[k] == "and" || (text.words[k] == "," && group.count > 1),
        text.entityOf[k - 1] >= 0
      else { break }
      let e2 = Int(text.entityOf[k - 1])
      let other = actor(entity: e2)
      first = text.entityTokens[e2]?.lowerBound ?? k - 1
      if !group.contains(where: { $0.name == other.name }) { group.insert(other, at: 0) }
      k = first - 1
    }
    var p = first - 1
    // "one of the 168 Republican National Committee members": a count stands between the name
    // and the preposition it hangs from.
    while p >= region.lowerBound, text.isWord(p),
      ["the", "a", "an"].contains(text.words[p]) || text.kinds[p] == .number
    {
      p -= 1
    }
    if p >= region.lowerBound, text.isWord(p) {
      let w = text.words[p]
      // "one of the 168 Republican National Committee members supports", "571 of the 714
      // Democratic superdelegates supported": a part of a group holds the view, unnamed.
      if w == "of", p > region.lowerBound,
        text.kinds[p - 1] == .number || Self.partitives.contains(text.words[p - 1])
      {
        return .some(nil)
      }
      if StanceWords.prepositions.contains(w) {
        // "a spokesman for the Kremlin said": the organisation speaks.
        if w == "for" || w == "of", p > region.lowerBound,
          StanceWords.spokesWords.contains(text.words[p - 1])
        {
          return .some(group)
        }
        // "…, with the North Korean leader fully backing Russia": an absolute clause; "with"
        // introduces the subject of the participle that follows.
        if w == "with", p > region.lowerBound, text.words[p - 1] == "," { return .some(group) }
        // "comes days after the US expressed concern": "after" opens a clause whose subject is
        // the entity when a verb follows it.
        if Self.subordinators.contains(w), after < text.count, text.isWord(after),
          !text.possessive[range.upperBound],
          StanceWords.auxiliaries.contains(text.words[after]) || text.words[after].hasSuffix("ed")
            || text.words[after].hasSuffix("s")
        {
          return .some(group)
        }
        return nil
      }
      if Self.objectVerbs.contains(w) { return nil }
      // "Ryan has previously called out Trump, slamming his proposed ban": the object of a
      // phrasal verb is not the subject of a later one.
      if ["out", "off", "up", "down"].contains(w), p > region.lowerBound,
        Self.objectVerbs.contains(text.words[p - 1])
      {
        return nil
      }
      // "to wound Mr. Trump", "plans to defeat the Islamic State by calling for": the object of
      // an infinitive is not the subject of a later verb.
      if p > region.lowerBound, text.words[p - 1] == "to", text.entityOf[p] < 0,
        !StanceWords.auxiliaries.contains(w), !StanceWords.adverbs.contains(w)
      {
        return nil
      }
    }
    // "The New York businessman has praised Putin": a place between "the" and a common noun
    // is an adjective, and the holder is the person the noun names, unnamed.
    if group.count == 1, entities[e].kind == .place, range.lowerBound > region.lowerBound,
      ["the", "a", "an"].contains(text.words[range.lowerBound - 1]), after < cue,
      after < region.upperBound, !text.words[after].hasSuffix("s"), isModifiedNoun(after)
    {
      return .some([
        Actor(name: text.text(range.lowerBound, after), span: nil, named: false)
      ])
    }
    // "Democratic politicians typically oppose", "rival Republican candidates criticized": a
    // party or nationality word before a common noun is an adjective, and the holder is the
    // people the noun names, unnamed (not the party).
    if group.count == 1, range.count == 1,
      entities[e].kind == .organization
        || entities[e].kind == .group, after < cue, after < region.upperBound,
      isModifiedNoun(after)
    {
      return .some([Actor(name: text.text(range.lowerBound, after), span: nil, named: false)])
    }
    // "Clinton supporters have questioned", "Sanders voters backing": the followers of a name
    // hold the view, unnamed, not the name.
    if group.count == 1, after < cue, after < region.upperBound, !text.possessive[range.upperBound],
      Self.followers.contains(text.words[after])
    {
      return .some([Actor(name: text.text(range.lowerBound, after), span: nil, named: false)])
    }
    // "Russian Foreign Ministry spokeswoman Maria Zakharova": the ministry, voiced by her.
    if group.count == 1, entities[e].kind == .person,
      let org = spokesOrganization(before: range.lowerBound, region: region)
    {
      return .some([actor(entity: org, speaker: name(ofEntity: e))])
    }
    return .some(group)
  }

  /// Whether the word at `k`, right after a one-word name, is a lowercase common noun that the
  /// name modifies ("Republican candidates") rather than the name's verb ("Republicans said",
  /// "One Republican threatened") or a word that closes the phrase.
  private func isModifiedNoun(_ k: Int) -> Bool {
    let w = text.words[k]
    guard text.entityOf[k] < 0, !text.possessive[k - 1],
      article.tokenLayer.flags[k].shape == .lower
    else { return false }
    return
      !(w.hasSuffix("ed") || StanceWords.auxiliaries.contains(w)
      || StanceWords.adverbs.contains(w) || StanceWords.negators.contains(w)
      || StanceWords.speechVerbs.contains(w) || StanceWords.clauseWords.contains(w)
      || StanceWords.verbOpeners.contains(w) || StanceWords.prepositions.contains(w)
      || StanceWords.boosters[w] != nil || w.hasSuffix("ly") || lexicon.startsCue(w)
      || StanceWords.timeWords.contains(w) || StanceWords.timeStarters.contains(w)
      || StanceWords.determiners.contains(w))
  }

  /// The organisation (or metonymic place) named just before a spokesperson's title.
  private func spokesOrganization(before start: Int, region: Range<Int>) -> Int? {
    var k = start - 1
    var sawSpokes = false
    var steps = 0
    while k >= region.lowerBound, steps < 4, text.isWord(k) {
      if text.entityOf[k] >= 0 {
        let e = Int(text.entityOf[k])
        return sawSpokes && entities[e].kind != .person ? e : nil
      }
      if StanceWords.spokesWords.contains(text.words[k]) { sawSpokes = true }
      k -= 1
      steps += 1
    }
    return nil
  }

  /// The first "X and Y" of named actors in the sentence: who "one another" refers to.
  func coordinatedPair(in bounds: Range<Int>) -> [Actor] {
    var k = bounds.lowerBound
    while k < bounds.upperBound {
      if text.entityOf[k] >= 0 {
        let e = Int(text.entityOf[k])
        let end = (text.entityTokens[e]?.upperBound ?? k) + 1
        var next = end
        if next < bounds.upperBound, text.words[next] == "and" {
          next += 1
          if next < bounds.upperBound, text.words[next] == "the" { next += 1 }
          if next < bounds.upperBound, text.entityOf[next] >= 0 {
            let e2 = Int(text.entityOf[next])
            let a = actor(entity: e)
            let b = actor(entity: e2)
            if a.name != b.name { return [a, b] }
          }
        }
        k = end
        continue
      }
      k += 1
    }
    return []
  }
}
