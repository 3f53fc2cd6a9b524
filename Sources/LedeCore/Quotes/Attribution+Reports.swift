extension Attribution {
  /// A report that is no `that` clause after its cue: the cue's object (`Trump slammed Bush
  /// and Cruz`, `the poll found a tight race`), a clause after the cue's object (`told
  /// reporters he would stay`) or after a day (`said Thursday he would leave`), and the
  /// words before an inverted attribution (`…, said Larry Sabato, a professor`). Returns
  /// the token to go on from when it found one.
  mutating func report(
    cue c: LexiconPhrase, at t: Int, after: Int, sentence: Range<Int>, end: Int, block: Int,
    cueText: String, participleComma: Int?
  ) -> Int? {
    // After a sentence-opening participle's report the verb reports nothing more (`Explaining
    // why …, Corvo blamed the storm`).
    guard after < end, participleComma.map({ !sentence.contains($0) }) ?? true else {
      return nil
    }
    // `…, citing his record`: a participle after a comma reports for the sentence's subject.
    let participle =
      t > sentence.lowerBound && facts[t - 1].shape == .comma && Attribution.endsInIng(scan, t)
    // Only a verb of saying inverts (`…, said Fiona Tate`): after `Maria Lopez, a director,
    // criticized Tom Reed` a report verb's object is no speaker, nor after `…, a governor,
    // labeled Mr. Reed “unfit”` or `To remain anonymous, call Crime Stoppers` a partial cue's.
    // On PolNeAR train 10 fewer reports, none of them right.
    let plain = ReportingVerbs.plainWords.contains(cueText.lowercased())
    var apposition = false
    if t >= sentence.lowerBound + 4, facts[t - 1].shape == .comma, !participle,
      !c.cue.contains(.reportOnly), !c.cue.contains(.partialOnly)
    {
      guard !(sentence.lowerBound..<t).contains(where: isQuoted) else { return nil }
      // `his surveys show …` opens what was said: a possessive pronoun names no speaker.
      let possessivePronoun =
        facts[after].info.contains(.determiner)
        && !facts[after].info.intersection(WordInfo.pronoun).isEmpty
      // `Ann Cole, a Reed supporter, said Reed campaign staff plan to …`: a name that runs on
      // into a noun phrase opens what was said (PolNeAR train: 7 fewer reports, all wrong; 3
      // more found after the apposition).
      if !possessivePronoun, let speaker = resolveObject(after: after, limit: end, block: block),
        !nameRunsOn(speaker, after: after, end: end)
      {
        emitIndirect(
          sentence.lowerBound..<(t - 1), speaker: speaker, cue: cueText, token: t, block: block)
        return end
      }
      // `Tom Reed, a pollster from Dover, said his surveys show …`: a verb of saying after an
      // apposition, whose object names no speaker, reports for the subject before it.
      guard plain,
        ((sentence.lowerBound + 1)..<(t - 2)).contains(where: { facts[$0].shape == .comma })
      else { return nil }
      apposition = true
    }
    // `Owen Pryce, the harbour master, declined to comment`: a report verb after an apposition
    // or a relative clause reports for the subject before it too. On PolNeAR train indirect F1
    // 0.5698 -> 0.5724 (56 more right of 77 more, 48 more found), dev 0.581 -> 0.584.
    if c.cue.contains(.reportOnly), !participle, t >= sentence.lowerBound + 4,
      facts[t - 1].shape == .comma,
      ((sentence.lowerBound + 1)..<(t - 2)).contains(where: { facts[$0].shape == .comma }),
      !(sentence.lowerBound..<t).contains(where: isQuoted)
    {
      apposition = true
    }
    // The cue reads as a verb after its subject: not after a determiner, a possessive or a
    // preposition (`the report`, `Clinton's claims`, `in a post`), nor inside markup.
    guard t > sentence.lowerBound,
      participle || apposition || facts[t - 1].shape.isWord || facts[t - 1].shape == .closeParen,
      !Attribution.nounDeterminers.contains(facts[t - 1].hash), !facts[t - 1].possessive,
      !Attribution.nounPrepositions.contains(facts[t - 1].hash),
      // After a subordinator a cue word opens its clause as its subject (`as storm
      // approaches`); a participle there reports (`after slamming`, `when asked about`).
      !(Attribution.subordinators.contains(facts[t - 1].hash)
        && !Attribution.endsLikeParticiple(scan, t)),
      // A passive (`was found slain`, `were told not to worry`) names no speaker before it;
      // `was saying` is no passive.
      !Attribution.passiveAuxiliaries.contains(facts[t - 1].hash)
        || Attribution.endsInIng(scan, t) || Attribution.askForms.contains(facts[t].hash),
      !Attribution.nounCues.contains(c.words[0])
    else { return nil }
    var start = after
    // Whether the words from `start` are known to be what was said, not just maybe an object.
    var known = false
    if c.cue.contains(.objectFirst) {
      guard let past = pastObject(after, end: end) else { return nil }
      if opensReport(past, end: end) {
        start = past
      } else if past < end, facts[past].hash == Attribution.of, facts[past].shape == .lower {
        // `accused China of stealing jobs`: the object is part of what was said.
      } else {
        return nil
      }
      known = true
    } else {
      while start < end, isDayWord(start) { start += 1 }
      known = start > after && opensReport(start, end: end) || infinitive(start, end: end)
      // `cautioned against drawing lessons`, `worried about the economy`: a listed cue's
      // object after `about` or `against` (PolNeAR's content is the object). On PolNeAR train
      // 22 more right of 33 more, 21 more found: indirect F1 0.5750 -> 0.5761, dev 0.5867 ->
      // 0.5881. After `of`/`for` too: 30 right of 83 (F1 0.5755); `on`/`over` lowered it.
      if !known, !readingLearnedCue, !plain, start == after, start + 1 < end,
        facts[start].shape == .lower, Attribution.objectPrepositions.contains(facts[start].hash),
        opensObject(start + 1)
      {
        start += 1
      }
    }
    // A word the cue list lacks reports a clause, not an infinitive, nor its object but in a
    // judgement (below): those are mostly acts (`accepted an invitation`, `plans to open
    // offices`, `cast the deciding vote`), which the token layer cannot tell from speech
    // (`accepted the criticism`). PolNeAR counts many of them: on train 161 of the 238 such
    // reports of the model were right, and with the model retrained indirect F1 goes 0.576 →
    // 0.569 (dev 0.589 → 0.580).
    if readingLearnedCue, known, !(start > after && opensReport(start, end: end)) { return nil }
    // `was asked about the merger`: what a question was about is what was asked.
    let askedAbout =
      Attribution.askForms.contains(facts[t].hash) && start < end
      && facts[start].shape == .lower && facts[start].hash == Attribution.about
    guard start < end, known || askedAbout || opensObject(start) else { return nil }
    // A clause runs on as the other reported clauses do; an object ends at punctuation.
    var stop = start
    while stop < end,
      known || !Attribution.objectBreaks.contains(facts[stop].shape)
        || continuesObject(stop, end: end),
      !isQuoted(stop)
    {
      stop += 1
    }
    stop = subordinateEnd(start, end: clauseEnd(start, end: stop), cue: t, sentence: sentence)
    // `agreed to double support, but campaigners said …`: a later report in the sentence is
    // its own.
    if let comma = (start..<stop).first(where: { k in
      facts[k].shape == .comma
        && ((k + 1)..<min(stop, k + 5)).contains {
          facts[$0].shape == .lower && facts[$0].info.contains(.cue)
        }
    }) {
      stop = comma
    }
    // `Tom Reed, who has accused the board of lying, spoke first`: a report in a relative clause
    // after an apposition ends at the clause's comma, as `relativeClauseComma` ends a clause's
    // (PolNeAR train: 4 more found, 3 more right).
    if known, t > sentence.lowerBound + 2,
      let who = (max(sentence.lowerBound + 1, t - 3)..<t).last(where: {
        facts[$0].shape == .lower && Attribution.relatives.contains(facts[$0].hash)
      }),
      ((sentence.lowerBound + 1)..<who).contains(where: { facts[$0].shape == .comma }),
      let comma = (start..<stop).first(where: { facts[$0].shape == .comma })
    {
      stop = comma
    }
    if !known, c.cue.contains(.reportOnly), let name = nameObjectEnd(start, stop: stop) {
      stop = name
    }
    guard stop > start else { return nil }
    // An object a learned word judges (`saw the remarks as a threat`, `cast the rally as a
    // revival`) is a view, no act: on PolNeAR train 19 of the 25 such reports were right.
    if readingLearnedCue, !known,
      !((start + 1)..<stop).contains(where: {
        facts[$0].shape == .lower && facts[$0].hash == Attribution.asWord
      })
    {
      return nil
    }
    // `called it a “crime”`: the partial quote's own rule reads it.
    if c.cue.contains(.partialOnly), stop < end, isQuoted(stop) { return nil }
    if !known {
      // An object of one word before a quotation (`says the “real” …`) is the quotation's.
      guard stop - start >= 2 || stop == end || !isQuoted(stop),
        !(start..<stop).contains(where: { facts[$0].hash == Attribution.ago })
      else { return nil }
      // `said Patricia Smith`: a name after a verb of saying is its speaker, not its object;
      // one that a verb follows opens what was said (`says Tom Reed ran a strong race`).
      if let m = analysis.mention(covering: start), m.kind == .person, plain,
        !isSubjectLike(m)
      {
        return nil
      }
    }
    // A report that runs into a quotation keeps it, to the clause's end (`accused the mayor of
    // “leading from behind”`, `told reporters the plan was “dead on arrival” in the Senate`):
    // PolNeAR's content holds the quoted words. On PolNeAR train indirect F1 0.553 → 0.556 (P
    // 0.683 → 0.694; 116 reports that were cut short now right), dev 0.561 → 0.569.
    if stop < end, facts[stop].shape.isQuoteMark, !insideQuote[stop] {
      stop = clauseEnd(stop, end: end)
    }
    // `Tom Ashby was asked about …`: the one asked is no speaker, and the asker is unnamed.
    let passive =
      Attribution.passiveAuxiliaries.contains(facts[t - 1].hash) && !Attribution.endsInIng(scan, t)
    let speaker =
      passive && !participle
      ? nil
      : participle
        ? resolveSubject(sentence.lowerBound..<(t - 1), block: block, nearestFirst: false)
        : resolveSubject(sentence.lowerBound..<t, block: block)
    emitIndirect(start..<stop, speaker: speaker, cue: cueText, token: t, block: block)
    // A report inside the object is read too (`criticized the board after the mayor said …`).
    return innerCue(in: start..<stop) ?? stop
  }

  /// Punctuation that ends a cue's object: PolNeAR's contents end there far more often than
  /// they run on.
  static let objectBreaks: Set<TokenShape> = [
    .comma, .colon, .semicolon, .dash, .openParen, .closeParen, .period, .question, .ellipsis,
  ]
  /// Words after a cue that open no object: particles of a phrasal verb (`showed up`) and
  /// adverbs of time (`said last week`, `reported earlier`): the words opening most of the
  /// wrong objects read on PolNeAR train.
  static let notObjects = KeySet(
    [
      "up", "out", "off", "down", "back", "away", "over", "around", "last", "next", "earlier",
      "later", "twice", "so", "too", "as", "more", "less", "nothing",
    ].map { WordHash.of($0) })
  static let ago = WordHash.of("ago")
  /// Words after a comma that go on with an object (`criticized the plan, including its cost`):
  /// PolNeAR's content runs on past the comma (extending the reports before `, including` there
  /// made 12 right and 2 wrong). On PolNeAR train indirect F1 0.5578 → 0.5582 (4 more right, 4
  /// more found), dev 0.5751 → 0.5763.
  static let objectContinuers = Set(
    ["including", "particularly", "especially"].map { WordHash.of($0) })

  /// Whether a comma at `k` goes on with the object before it (`, including …`).
  func continuesObject(_ k: Int, end: Int) -> Bool {
    facts[k].shape == .comma && k + 1 < end && facts[k + 1].shape == .lower
      && Attribution.objectContinuers.contains(facts[k + 1].hash)
  }
  static let about = WordHash.of("about")
  /// Forms of `be` before a cue that make it passive.
  static let passiveAuxiliaries = KeySet(
    ["is", "are", "was", "were", "be", "been", "being"].map { WordHash.of($0) })
  /// Cue words that far more often name a thing or an aim than report (`to find a compromise`):
  /// on PolNeAR train 3 of the 41 objects `find` cued were right. (`state` reports only a
  /// that-clause: `stateForms`.)
  static let nounCues = KeySet(["find"].map { WordHash.of($0) })
  static let to = WordHash.of("to")
  static let not = WordHash.of("not")
  static let dayWords = KeySet(
    (DateNormalizer.weekdays.filter { $0.count > 4 } + ["today", "yesterday", "tonight"]).map {
      WordHash.of($0)
    })
  /// Object pronouns and audiences a cue's clause follows (`told reporters he …`).
  static let objectWords = KeySet(
    [
      "him", "her", "them", "us", "me", "you", "reporters", "journalists", "supporters",
      "audiences", "voters", "pollsters", "lawmakers", "congress", "listeners", "viewers",
    ].map { WordHash.of($0) })

  /// `citing`, `saying`: a word in `-ing`.
  static func endsInIng(_ scan: ArticleScan, _ t: Int) -> Bool {
    let f = scan.facts[t]
    let end = Int(f.end)
    guard f.shape == .lower, end - Int(f.start) > 4 else { return false }
    return scan.bytes[end - 3] == 0x69 && scan.bytes[end - 2] == 0x6E && scan.bytes[end - 1] == 0x67
  }

  func isQuoted(_ t: Int) -> Bool { facts[t].shape.isQuoteMark || insideQuote[t] }

  func isDayWord(_ t: Int) -> Bool {
    facts[t].shape.isWord && Attribution.dayWords.contains(facts[t].hash)
  }

  /// Whether a cue's object may start at `t`: a noun phrase's first word, not a preposition,
  /// an auxiliary or another cue.
  func opensObject(_ t: Int) -> Bool {
    let f = facts[t]
    switch f.shape {
    case .number: return true
    case .capitalized, .allCaps, .initial:
      return !isDayWord(t) && (f.info.contains(.determiner) || !f.info.contains(.function))
    case .lower:
      // `described himself as a moderate`: a reflexive object with its judgement.
      if Attribution.reflexives.contains(f.hash) {
        return t + 1 < facts.count && facts[t + 1].shape == .lower
          && facts[t + 1].hash == Attribution.asWord
      }
      if Attribution.prepositions.contains(f.hash) || Attribution.notObjects.contains(f.hash) {
        return false
      }
      if f.info.contains(.determiner) || f.info.contains(.clauseStart) { return true }
      return !f.info.contains(.function) && !f.info.contains(.auxiliary)
        && !f.info.contains(.cue) && !Attribution.modals.contains(f.hash)
    default: return false
    }
  }

  /// Whether a reported clause or infinitive opens at `t` (`he would stay`, `not to worry`).
  func opensReport(_ t: Int, end: Int) -> Bool {
    guard t < end else { return false }
    let f = facts[t]
    if f.shape == .lower, f.hash == Attribution.to || f.hash == Attribution.not { return true }
    if f.hash == Attribution.that, f.shape.isWord { return false }
    return clauseStart(after: t, objectFirst: false, end: end) == t
  }

  /// `to comment`, `to rule out a tax`: an infinitive, not `to` and a noun phrase.
  func infinitive(_ t: Int, end: Int) -> Bool {
    guard t + 1 < end, facts[t].shape == .lower, facts[t].hash == Attribution.to else {
      return false
    }
    let next = facts[t + 1]
    return next.shape == .lower && !next.info.contains(.determiner)
      && !next.info.contains(.function)
  }

  /// The token after a cue's object (`told reporters`, `told The Associated Press`, `told
  /// a cheering crowd`), when the object is short and plain.
  func pastObject(_ start: Int, end: Int) -> Int? {
    guard start < end else { return nil }
    var k = start
    if let m = analysis.mention(covering: start), m.tokens.lowerBound == start {
      k = m.tokens.upperBound
    } else if facts[k].shape == .lower, Attribution.objectWords.contains(facts[k].hash) {
      k += 1
    } else if facts[k].shape == .allCaps {
      // A name in capitals the entity layer leaves out (`told POLITICO he …`): on PolNeAR
      // train indirect F1 0.5729 -> 0.5732 (4 more right, 3 more found), dev 0.585 either way.
      while k < min(end, start + 4), facts[k].shape == .allCaps { k += 1 }
    } else if facts[k].info.contains(.determiner) {
      k += 1
      while k < min(end, start + 6), facts[k].shape.isWord,
        !Attribution.subjectPronouns.contains(facts[k].hash), !subjectContraction(k),
        facts[k].hash != Attribution.that, facts[k].hash != Attribution.to,
        !facts[k].info.contains(.function)
      {
        k += 1
      }
    } else {
      return nil
    }
    while k < end, isDayWord(k) { k += 1 }
    return k
  }
}

extension Attribution {
  /// `the fares, which officials said will rise`, `what she said is growing demand`: a verb of
  /// saying that a finite verb follows reports a clause whose subject is the relative word
  /// before its speaker; the report runs from that word (as PolNeAR cuts it) to the clause's
  /// end, or to its comma after a comma before it. Returns the token to go on from.
  mutating func relativeReport(
    cue t: Int, after: Int, sentence: Range<Int>, end: Int, block: Int, cueText: String
  ) -> Int? {
    guard after + 1 < end, t > sentence.lowerBound + 1, facts[t - 1].shape.isWord,
      facts[after].shape == .lower, Attribution.finiteVerbs.contains(facts[after].hash),
      ReportingVerbs.plainWords.contains(cueText.lowercased()),
      let relative = (max(sentence.lowerBound, t - 7)..<(t - 1)).last(where: {
        facts[$0].shape == .lower && Attribution.relativeOpeners.contains(facts[$0].hash)
      }),
      !((relative + 1)..<t).contains(where: { !facts[$0].shape.isWord || isQuoted($0) })
    else { return nil }
    var stop = clauseEnd(after, end: end)
    if relative > sentence.lowerBound, facts[relative - 1].shape == .comma,
      let comma = (after..<stop).first(where: { facts[$0].shape == .comma })
    {
      stop = comma
    }
    let speaker = resolveSubject((relative + 1)..<t, block: block)
    emitIndirect(relative..<stop, speaker: speaker, cue: cueText, token: t, block: block)
    return stop
  }

  /// Words that open a relative clause whose subject they are (`which`, `what`).
  static let relativeOpeners = KeySet(["which", "that", "what", "who"].map { WordHash.of($0) })
  /// Finite verbs that open a clause's predicate (`will`, `is`, `could`).
  static let finiteVerbs = modalVerbs.union(
    [
      "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "must",
      "has", "have", "had", "can", "does", "did",
    ].map { WordHash.of($0) })
}

extension Attribution {
  /// Reflexive pronouns, which open a judgement's object (`described himself as …`): on
  /// PolNeAR train 11 of the 16 such objects were a report (any reflexive object: 20 of 44).
  static let reflexives = KeySet(
    ["himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"].map {
      WordHash.of($0)
    })

  /// Whether the name an inverted attribution would take for its speaker runs on into a noun
  /// phrase (`said Reed campaign staff plan to …`): a content word follows it, and the words up
  /// to the next punctuation end in lower case (`said London police Const. Kim Flett.` ends
  /// on a name, the speaker's).
  func nameRunsOn(_ s: Speaker, after: Int, end: Int) -> Bool {
    guard let span = s.span else { return false }
    var k = after
    while k < end, Int(facts[k].start) < span.end { k += 1 }
    guard k < end else { return false }
    let f = facts[k]
    guard
      f.shape == .lower && !f.info.contains(.function) && !f.info.contains(.determiner)
        && !f.info.contains(.auxiliary) && !Attribution.relatives.contains(f.hash)
        && !Attribution.prepositions.contains(f.hash)
    else { return false }
    var last = k
    while last + 1 < end, facts[last + 1].shape.isWord { last += 1 }
    return facts[last].shape == .lower
  }
}

extension Attribution {
  /// Prepositions after a cue that open its object (`worried about`, `cautioned against`).
  static let objectPrepositions = KeySet(["about", "against"].map { WordHash.of($0) })
}
