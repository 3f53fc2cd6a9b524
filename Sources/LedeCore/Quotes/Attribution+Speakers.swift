extension Attribution {
  static let relativeWords = KeySet(
    ["who", "which", "whose", "where", "whom"].map { WordHash.of($0) })
  /// Relative pronouns that may be a cue's subject (`Obama, who called …`).
  static let relatives = KeySet(["who", "which"].map { WordHash.of($0) })
  static let by = WordHash.of("by")
  /// The first-person pronouns that may be a cue's subject (`“…,” I said`).
  static let firstPersonSubjects = KeySet(["i", "we"].map { WordHash.of($0) })
  /// Pronouns that are never a clause's subject (`him`, `themselves`).
  static let objectOnlyPronouns = KeySet(
    ["him", "them", "himself", "herself", "themselves"].map { WordHash.of($0) })
  static let prepositions = KeySet(
    ["in", "on", "at", "from", "to", "near", "for", "with", "by", "of", "against", "about", "into"]
      .map { WordHash.of($0) })

  /// The speaker named by the words just before a cue (`Burmistrov told`, `the Russian
  /// president said`, `Olena Marchuk, 67, said`, `he added`); with `nearestFirst` false, the
  /// first person or organisation of the words instead (a sentence's subject).
  func resolveSubject(_ range: Range<Int>, block: Int, nearestFirst: Bool = true) -> Speaker? {
    guard !range.isEmpty else { return nil }
    if nearestFirst, let s = relativeSubject(before: range.upperBound, floor: range.lowerBound) {
      return s
    }
    if nearestFirst,
      let s = nominalSubject(endingBefore: range.upperBound, floor: range.lowerBound, block: block)
    {
      return subject(ofObject: s, before: range.upperBound, floor: range.lowerBound) ?? s
    }
    if nearestFirst,
      let s = bareName(endingBefore: range.upperBound, floor: range.lowerBound, block: block)
    {
      return s
    }
    if !nearestFirst {
      var fallback: Speaker?
      // (`HARBOURTON (AP) — …, the union’s new leader rallied members, saying`: over the
      // dateline, whose agency and place are no subject.)
      let from =
        datelineEnd(from: range.lowerBound, before: range.upperBound).map { $0 + 1 }
        ?? range.lowerBound
      for t in from..<range.upperBound where !insideQuote[t] {
        guard let m = analysis.mention(covering: t), m.tokens.lowerBound == t,
          let name = m.canonical
        else { continue }
        let afterPreposition =
          t > range.lowerBound && Attribution.prepositions.contains(facts[t - 1].hash)
        if afterPreposition { continue }
        let s = Speaker(name: name, span: m.span, token: t, block: block, gender: m.gender)
        if m.kind == .person || m.kind == .organization { return s }
        if fallback == nil && m.kind == .place { fallback = s }
      }
      return fallback
    }
    var t = range.upperBound - 1
    var commas = 0
    var organization: Speaker?
    while t >= range.lowerBound {
      let f = facts[t]
      if insideQuote[t] || f.shape.isQuoteMark { break }
      if f.shape == .comma {
        // `Marta Oyelowo, a WFP spokesperson in Port Sudan, told`: the name before the
        // apposition speaks.
        if commas == 0, organization == nil,
          let person = personBeforeApposition(t, floor: range.lowerBound, block: block)
        {
          return person
        }
        commas += 1
        if commas > 2 { break }
        // `X, who is accompanying Lavrov, said`: skip the relative clause.
        var c = t - 1
        while c > range.lowerBound, c > t - 16, facts[c].shape != .comma { c -= 1 }
        if c > range.lowerBound, facts[c].shape == .comma, c + 1 < t,
          Attribution.relativeWords.contains(facts[c + 1].hash)
        {
          t = c - 1
          continue
        }
        t -= 1
        continue
      }
      if endsSentence(at: t) || f.shape == .semicolon || f.shape == .colon { break }
      // `Sen. Elizabeth Warren (D-MA) said`: a short aside in brackets names no speaker. On
      // PolNeAR train direct sources right 5,082 → 5,090 of 6,319, dev 555 either way.
      if f.shape == .closeParen {
        var o = t - 1
        while o > range.lowerBound, o > t - 8, facts[o].shape != .openParen { o -= 1 }
        if o >= range.lowerBound, facts[o].shape == .openParen {
          t = o - 1
          continue
        }
      }
      if let m = analysis.mention(covering: t), let name = m.canonical {
        let s = Speaker(name: name, span: m.span, token: t, block: block, gender: m.gender)
        // A name that modifies a noun (`Iran's missile tests and pledged`) or follows a
        // preposition (`Ayotte has tangled with Trump, saying`) is no subject: the walk goes on
        // to the subject before it. On PolNeAR train direct sources right 5,072 → 5,082 of
        // 6,319, dev 553 → 555 of 705; places too (`riffed on the incident in Iowa, telling`):
        // train 5,218 → 5,228, dev 561 → 562 (indirect F1 train 0.316 → 0.315, dev 0.354
        // either way).
        if facts[m.tokens.upperBound - 1].possessive, m.tokens.upperBound < range.upperBound {
          t = m.tokens.lowerBound - 1
          continue
        }
        var before = m.tokens.lowerBound - 1
        if before > range.lowerBound, facts[before].info.contains(.title) { before -= 1 }
        // `extradition to the United States and added`: over the article to the preposition.
        if before > range.lowerBound, facts[before].shape.isWord,
          facts[before].hash == RunParser.the
        {
          before -= 1
        }
        // `a wall on the Mexican border and adding`: a group's or place's name before a noun
        // modifies it. On PolNeAR train direct sources right 5,238 → 5,242 of 6,319, dev 564
        // either way.
        let next = m.tokens.upperBound
        if m.kind == .group || m.kind == .place, next < range.upperBound,
          facts[next].shape == .lower, !readsAsVerb(next), !facts[next].info.contains(.function)
        {
          t = m.tokens.lowerBound - 1
          continue
        }
        // `he defended Melania Trump and the campaign, saying`: a verb's object is no subject.
        // On PolNeAR train direct sources right 5,231 → 5,238 of 6,319, dev 562 → 564 of 705.
        if before > range.lowerBound, facts[before].shape == .lower, readsAsVerb(before),
          !facts[before].info.contains(.auxiliary)
        {
          t = before - 1
          continue
        }
        if before > range.lowerBound, Attribution.prepositions.contains(facts[before].hash) {
          t = before - 1
          continue
        }
        if m.kind == .person { return s }
        if m.kind == .organization || m.kind == .group || m.kind == .place {
          // `A Kremlin spokesman`: the body speaks; a person named just before still wins.
          if organization == nil { organization = s }
          t = m.tokens.lowerBound - 1
          if t >= range.lowerBound, facts[t].shape.isWord, !facts[t].info.contains(.determiner),
            analysis.mention(covering: t)?.kind == .person
          {
            continue
          }
          return organization
        }
      }
      if let m = analysis.mention(covering: t), m.isRolePhrase, m.kind == nil {
        return recentPerson(before: t, block: block, gender: m.gender, span: m.span)
      }
      if f.shape.isWord, !f.info.intersection(.pronoun).isEmpty, organization == nil {
        if f.info.contains(.determiner) && t + 1 < range.upperBound { break }  // "his team"
        return resolvePronoun(t, block: block) ?? unresolvedPronoun(t, block: block)
      }
      if f.shape.isWord, f.info.contains(.determiner) || Attribution.prepositions.contains(f.hash) {
        if organization != nil { return organization }
        if !f.info.contains(.determiner) { break }
      }
      t -= 1
    }
    return organization
  }

  /// `Black Lives Matter issued a statement saying …`: an unnamed phrase that a verb governs
  /// and a participle cue follows is the verb's object; the speaker is the clause's subject,
  /// its first person or organisation. Nil when the phrase is no object or none is named. On
  /// PolNeAR train direct sources right 5,345 → 5,351 of 6,319, dev 571 either way.
  func subject(ofObject s: Speaker, before cue: Int, floor: Int) -> Speaker? {
    guard let span = s.span, Attribution.endsLikeParticiple(scan, cue),
      scan.bytes[Int(facts[cue].end) - 1] == 0x67
    else { return nil }
    var start = s.token
    while start > floor, Int(facts[start].start) > span.start { start -= 1 }
    let verb = start - 1
    guard verb > floor, facts[verb].shape == .lower, !facts[verb].info.contains(.determiner)
    else { return nil }
    // `she released a statement saying`, `his campaign sent out a text message to supporters
    // saying`: the subject that opens the clause, a pronoun or a phrase too, when a verb
    // follows it; over a particle or a preposition (`out`, `to`) before the object as well.
    // On PolNeAR train direct sources right 5,554 → 5,556 of 6,319.
    let opening = openingSubject(
      floor..<start, before: start, block: s.block, cued: true, loose: true)
    if facts[verb].info.contains(.function) { return opening }
    return resolveSubject(floor..<verb, block: s.block, nearestFirst: false) ?? opening
  }

  /// The person named just before one of the (up to three) commas before token `comma`.
  func personBeforeApposition(_ comma: Int, floor: Int, block: Int) -> Speaker? {
    var c = comma - 1
    var chunks = 0
    while c > floor, c > comma - 25, chunks < 3 {
      if facts[c].shape == .comma {
        chunks += 1
        if let m = analysis.mention(covering: c - 1), m.kind == .person, let name = m.canonical {
          return Speaker(name: name, span: m.span, token: c - 1, block: block, gender: m.gender)
        }
      }
      if endsSentence(at: c) || facts[c].shape.isQuoteMark { return nil }
      c -= 1
    }
    return nil
  }

  /// The speaker named after a cue: `said Andriy Bilous`, `according to regional governor
  /// Mykola Dovhan`, `said the striker`.
  func resolveObject(after start: Int, limit: Int, block: Int) -> Speaker? {
    if let s = nominalObject(startingAt: start, limit: limit, block: block) {
      // `“…,” said the candidate could win`: a phrase an auxiliary follows opens the reported
      // clause. On PolNeAR train direct sources right 5,629 → 5,630 of 6,319, dev 604 either
      // way; any verb there, 5,629 either way.
      if s.token + 1 < limit, facts[s.token + 1].shape == .lower, readsAsVerb(s.token + 1),
        facts[s.token + 1].info.contains(.auxiliary)
      {
        return nil
      }
      return s
    }
    if let s = bareName(startingAt: start, limit: limit, block: block) {
      return s
    }
    var t = start
    while t < min(limit, start + 6), t < facts.count {
      let f = facts[t]
      if f.shape.endsSentence || f.shape.isQuoteMark || f.shape == .comma && t > start { break }
      // `by saying that the U.S. judge … is “Mexican”`: a name after `that` is in the reported
      // clause. On PolNeAR train direct sources right 5,068 → 5,072 of 6,319, dev 552 → 553.
      if f.hash == Attribution.that, f.shape.isWord { break }
      if let m = analysis.mention(covering: t) {
        // `said Sanders has pushed …`, `said Trump’s remarks were …`: the name opens the
        // reported clause; it is not the speaker.
        if m.tokens.lowerBound == t, facts[m.tokens.upperBound - 1].possessive,
          let s = nameAfterPossessive(m.tokens.upperBound, limit: limit, block: block)
        {
          return s
        }
        if m.tokens.lowerBound == t, opensClause(m) { return nil }
        // `Asked at a briefing in Washington about …`: a name after a preposition (other than
        // `by`, which names the agent) is no speaker.
        if m.tokens.lowerBound == t, afterPreposition(t, from: start) {
          t = m.tokens.upperBound
          continue
        }
        if let name = m.canonical, m.kind != nil {
          return Speaker(name: name, span: m.span, token: t, block: block, gender: m.gender)
        }
        if m.isRolePhrase {
          return recentPerson(before: t, block: block, gender: m.gender, span: m.span)
        }
      }
      if f.shape.isWord, !f.info.intersection([.pronounMale, .pronounFemale]).isEmpty,
        // `described his views as …`: a possessive opens the object, and names no speaker.
        // On PolNeAR train direct sources right 5,504 → 5,507 of 6,319, dev 596 either way.
        t == start, !f.info.contains(.determiner)
      {
        // `said he would …` reports his words; the speaker is elsewhere.
        if t + 1 < facts.count, facts[t + 1].shape == .lower, readsAsVerb(t + 1) { return nil }
        // `called him a “moderate”`: a pronoun in the object case is whom the cue names, not
        // its speaker, unless `to` governs it (`according to him`). On PolNeAR train direct
        // sources right 5,601 → 5,603 of 6,319, dev 607 → 608 of 705.
        if Attribution.objectOnlyPronouns.contains(f.hash), t > 0,
          facts[t - 1].hash != Attribution.to
        {
          return nil
        }
        return resolvePronoun(t, block: block) ?? unresolvedPronoun(t, block: block)
      }
      t += 1
    }
    return nil
  }

  /// Whether a preposition other than `by` stands before token `t` (over `the`), at or after
  /// token `start`.
  func afterPreposition(_ t: Int, from start: Int) -> Bool {
    var p = t - 1
    if p > start, facts[p].shape.isWord, facts[p].hash == RunParser.the { p -= 1 }
    return p >= start && facts[p].shape == .lower && facts[p].hash != Attribution.by
      && Attribution.prepositions.contains(facts[p].hash)
  }
}
