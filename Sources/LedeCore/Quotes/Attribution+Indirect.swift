extension Attribution {
  /// Pronouns that can only be subjects: after a cue they open the reported clause.
  static let subjectPronouns = KeySet(["he", "she", "they", "we", "i"].map { WordHash.of($0) })

  /// Reported speech in a paragraph: `X said (that) …`, `X told reporters that …`,
  /// `…, the companies said.`, `…, according to X.`
  mutating func indirectSpeech(in paragraph: Range<Int>, block: Int) {
    var t = paragraph.lowerBound
    // Where a sentence-opening participle's report ended: the sentence's verb after it reports
    // no second, longer clause (`Explaining why …, Corvo blamed the storm`).
    var participleComma: Int?
    let listed = quotes.count
    while t < paragraph.upperBound {
      guard !insideQuote[t], !facts[t].shape.isQuoteMark else {
        t += 1
        continue
      }
      if let c = cue(at: t, reports: true) {
        t =
          c.cue.contains(.directOnly)
          ? t + 1
          : readCue(
            c, at: t, paragraph: paragraph, block: block, participleComma: &participleComma)
      } else {
        t += 1
      }
    }
    // The words the list lacks are read after its cues, and report only where those made no
    // quote: a listed cue reads its own report (`Harbour master Owen Pryce told reporters …`).
    learnedReports(in: paragraph, block: block, besides: listed)
  }

  /// Reads the report of cue `c` at token `t`: emits the indirect quotes it makes and returns
  /// the token to go on from.
  mutating func readCue(
    _ c: LexiconPhrase, at t: Int, paragraph: Range<Int>, block: Int,
    participleComma: inout Int?
  ) -> Int {
    let sentence = scan.sentences[Int(facts[t].sentence)].tokens.clamped(
      to: paragraph.lowerBound..<paragraph.upperBound)
    var end = sentence.upperBound
    while end > sentence.lowerBound,
      facts[end - 1].shape.endsSentence
        || facts[end - 1].shape.isQuoteMark
          && !insideQuote[end - 1]
    {
      end -= 1
    }
    // A clause that quotes a phrase at its end keeps the closing mark with it.
    if end < sentence.upperBound, facts[end].shape == .closeQuote,
      (t..<end).contains(where: { facts[$0].shape == .openQuote })
    {
      end += 1
    }
    let after = t + c.words.count
    // `state` reports only a that-clause (`stated that the fees would rise`): elsewhere it is
    // mostly the noun (`the state's voters`, `swing states like Ohio`, `secretary of state`).
    // On PolNeAR train indirect F1 0.507 → 0.509 (P 0.662 → 0.670), dev 0.521 → 0.523.
    if Attribution.stateForms.contains(facts[t].hash)
      && (!thatFollows(after, end: end) || !stateVerb(t, after: after, end: end))
    {
      return after
    }
    // `find` names an aim far more often than a finding (`to find jobs that pay`), in a
    // clause as after an object: on PolNeAR train its clauses were right 4 times of 26.
    // Indirect F1 0.5595 → 0.5599 (P 0.6904 → 0.6915), dev 0.5783 → 0.5787.
    if Attribution.nounCues.contains(facts[t].hash) {
      return after
    }
    // `to see` is mostly sight or a wish (`went to see the tree`, `waited to see how …`, `hard
    // to see why`): on PolNeAR train its reports were right 6 times of 29. Indirect F1 0.5728 →
    // 0.5729 (P 0.6919 → 0.6930), dev 0.5836 → 0.5838.
    if facts[t].hash == Attribution.see, t > sentence.lowerBound, facts[t - 1].shape == .lower,
      facts[t - 1].hash == Attribution.to
    {
      return after
    }
    // `Councillors who opposed it said …`: the first cue is in a relative clause, and the
    // verb of saying after its object is the sentence's own.
    if c.cue.contains(.reportOnly), after + 1 < end, facts[after].shape == .lower,
      Attribution.objectPronouns.contains(facts[after].hash), facts[after + 1].shape == .lower,
      facts[after + 1].info.contains(.cue)
    {
      return after
    }
    let cueText = scan.text(t..<after)
    // An attribution of a quotation (`”, he said`) reports no clause, unless a clause of its
    // own follows (`“We’ll see,” he said when asked whether …`).
    if t > sentence.lowerBound,
      facts[t - 1].shape.isQuoteMark
        || (t > sentence.lowerBound + 1 && facts[t - 1].shape == .comma
          && facts[t - 2].shape.isQuoteMark)
        || (t > sentence.lowerBound + 1
          && quoteCloses(before: t, within: 8, floor: sentence.lowerBound)),
      !reportsAfterQuotation(t, after: after, end: end, sentence: sentence)
    {
      return after
    }
    if c.cue.contains(.hedge) {
      return hedge(c, at: t, after: after, sentence: sentence, end: end, block: block) ?? after
    }
    // A report phrase after a determiner or a possessive is a noun too (`his calls for a
    // ban`, `the push for a recount`): on PolNeAR train F1 0.5521 → 0.5525 (7 more right of
    // 11), dev 0.561 either way (1 more right).
    if c.cue.contains(.noun)
      || c.words.count > 1 && c.cue.contains(.reportOnly) && !c.cue.contains(.hedge)
        && t > paragraph.lowerBound
        && (facts[t - 1].possessive || Attribution.nounDeterminers.contains(facts[t - 1].hash))
    {
      return nominalReport(at: t, after: after, end: end, block: block, cueText: cueText) ?? after
    }
    if c.words.first == Attribution.according {
      accordingTo(t, after: after, sentence: sentence, end: end, block: block, cue: cueText)
      return end
    }
    // A cue of partial quotes (`urged`, `called`) reports no clause, but its object, as the
    // report verbs do (`urged a strong stand`, `called the squabble unusual`).
    if c.cue.contains(.partialOnly) {
      // `held a conference call to defend …`, `agreed in a phone call that …`: the noun. On
      // PolNeAR train 9 reports of `call` fewer, 8 of them wrong; indirect F1 0.5744 -> 0.5746.
      if callNoun(t, floor: sentence.lowerBound) { return after }
      return report(
        cue: c, at: t, after: after, sentence: sentence, end: end, block: block,
        cueText: cueText, participleComma: participleComma) ?? after
    }
    // `As the paper noted, …`: a verb of saying (not a report verb, `as she rode …,
    // highlighting`) in an `as` clause reports the words after its comma. On PolNeAR train
    // indirect F1 0.540 -> 0.541 (R 0.446 -> 0.448; 18 more reports, 19 more right), dev 0.551
    // either way.
    if !c.cue.contains(.reportOnly),
      let stop = asReport(
        cue: t, after: after, sentence: sentence, end: end, block: block, cueText: cueText)
    {
      return stop
    }
    if let stop = relativeReport(
      cue: t, after: after, sentence: sentence, end: end, block: block,
      cueText: cueText)
    {
      return stop
    }
    if let clause = clauseStart(
      after: after, objectFirst: c.cue.contains(.objectFirst), end: end,
      asks: Attribution.askForms.contains(facts[t].hash)),
      end - clause >= 3
    {
      var speaker = resolveSubject(sentence.lowerBound..<t, block: block)
      var stop = subordinateEnd(
        clause, end: clauseEnd(clause, end: end), cue: t, sentence: sentence)
      // A cue that opens its sentence is a participle (`Asked whether …, she said …`): its
      // report ends at the first comma, and the subject after that comma speaks it.
      if t == sentence.lowerBound,
        let comma = (clause..<stop).first(where: { facts[$0].shape == .comma })
      {
        stop = comma
        speaker = resolveSubject(
          (comma + 1)..<min(end, comma + 7), block: block, nearestFirst: false)
        participleComma = comma
      }
      if let comma = relativeClauseComma(cue: t, clause: clause, stop: stop, sentence: sentence) {
        stop = comma
      }
      emitIndirect(clause..<stop, speaker: speaker, cue: cueText, token: t, block: block)
      // A second report in the sentence (`She announced new support … and said some of the
      // women would campaign`) is looked for after the first one's clause: on PolNeAR train
      // indirect F1 0.323 → 0.325 (recall 0.204 → 0.206), dev 0.360 → 0.364.
      // A cue inside the clause that reports a clause of its own (`said the mayor had claimed
      // that the pier was safe`, `said most residents say …`) reports that clause too:
      // PolNeAR annotates both. With `that` only, on PolNeAR train indirect F1 0.5560 → 0.5565
      // (68 more right of 91 more), dev 0.5690 → 0.5693; with a verb of saying too, and after
      // a report verb's object as well (`Attribution+Reports.swift`), train 0.5565 → 0.5578
      // (P 0.6941 → 0.6872, R 0.4645 → 0.4695), dev 0.5693 → 0.5751.
      return innerCue(in: clause..<stop) ?? (stop < end ? stop : end)
    }
    // `…, the companies said in a statement.`; set in the clause, `The goal, he said, is to
    // forge a cease-fire`, the report is the whole sentence around the attribution (as
    // PolNeAR cuts it: train indirect F1 0.307 → 0.316, dev 0.341 → 0.353).
    let aside = after + 3 < end && facts[after].shape == .comma
    // Unless the cue's own object or clause follows it (`In a letter, Trump asked the network
    // to donate …`, `At the rally, she praised the plan`): the words before the comma are then
    // the author's. On PolNeAR train indirect F1 0.526 → 0.537 (P 0.671 → 0.683, R 0.432 →
    // 0.443), dev 0.538 → 0.549. A `that` later in the sentence stops it no longer (`The
    // closures, he said, hit the courses that …`): train F1 0.5430 → 0.5441 (19 more
    // right of 23 more), dev 0.552 → 0.554.
    if !takesWordsAfter(c, at: t, after: after, end: end),
      let comma = (max(sentence.lowerBound, t - 7)..<t).last(where: { facts[$0].shape == .comma }
      ),
      comma - sentence.lowerBound >= (aside ? 1 : 4), comma != participleComma,
      !(sentence.lowerBound..<end).contains(where: { facts[$0].shape.isQuoteMark })
    {
      let speaker = resolveSubject((comma + 1)..<t, block: block)
      if speaker != nil || (t - comma <= 5 && facts[comma + 1].info.contains(.determiner)) {
        emitIndirect(
          sentence.lowerBound..<(aside ? end : comma), speaker: speaker, cue: cueText, token: t,
          block: block)
        return end
      }
    }
    if let next = report(
      cue: c, at: t, after: after, sentence: sentence, end: end, block: block,
      cueText: cueText, participleComma: participleComma)
    {
      return next
    }
    return after
  }
}

extension Attribution {
  /// Whether a cue's own object or clause follows it: an infinitive or a clause after the object
  /// of `told` or `asked` (`asked the network to donate`), or any object after another cue
  /// (`praised the plan`, `wants to stay`), not a time or a place (`said on Tuesday`). A cue
  /// in a relative clause (`Tom Reed, a Republican who has refused to endorse her, spoke`) is
  /// left to the reading before the comma: the object rule would run past the clause's comma
  /// and take the apposition (`a Republican`) for the speaker.
  func takesWordsAfter(_ c: LexiconPhrase, at t: Int, after: Int, end: Int) -> Bool {
    guard after < end,
      !(max(0, t - 3)..<t).contains(where: {
        facts[$0].shape == .lower && Attribution.relatives.contains(facts[$0].hash)
      })
    else { return false }
    if c.cue.contains(.objectFirst) || Attribution.askForms.contains(facts[t].hash) {
      let rest = pastObject(after, end: end) ?? after
      // `he has accused Ana Holt of lying`: `of` after the object goes on with the report (as
      // `report` reads it), so the words before the comma are not it (PolNeAR train: 4 more
      // right, 4 more found).
      if rest > after, rest < end, facts[rest].shape == .lower,
        facts[rest].hash == Attribution.of
      {
        return true
      }
      return infinitive(rest, end: end) || rest > after && opensReport(rest, end: end)
    }
    return infinitive(after, end: end) || opensObject(after)
  }
}

extension Attribution {
  /// The first cue inside a reported clause that reports a clause of its own: one a `that`
  /// follows, or a verb of saying after the clause's first word (`said the board had claimed
  /// …`, `said most voters say they …`). The reading goes on from there.
  func innerCue(in clause: Range<Int>) -> Int? {
    clause.first { k in
      k + 1 < clause.upperBound && facts[k].shape == .lower && facts[k].info.contains(.cue)
        && (facts[k + 1].hash == Attribution.that || k > clause.lowerBound && cueVerb(at: k) != nil)
    }
  }
}

extension Attribution {
  /// Whether `state` or `states` before a that-clause is the verb (`the report states that the
  /// fees rose`), not the noun a relative clause follows (`the 15 states that have voted`,
  /// `states that Sanders won`): `that` follows it at once and a determiner or a subject pronoun
  /// opens the clause. `stated` is always the verb. On PolNeAR train the noun readings made 44
  /// wrong reports of 55; indirect F1 0.5588 → 0.5595 (P 0.6878 → 0.6904, R 0.4706 → 0.4704),
  /// dev 0.5774 → 0.5783.
  func stateVerb(_ t: Int, after: Int, end: Int) -> Bool {
    if facts[t].hash == Attribution.stated { return true }
    guard after + 1 < end, facts[after].hash == Attribution.that else { return false }
    let next = facts[after + 1]
    return next.shape == .lower
      && (next.info.contains(.determiner) || Attribution.subjectPronouns.contains(next.hash)
        || Attribution.clauseSubjects.contains(next.hash))
  }

  static let stated = WordHash.of("stated")
  static let see = WordHash.of("see")
  /// Pronouns besides the subject pronouns that open a clause (`states that it will`).
  static let clauseSubjects = Set(["it", "there"].map { WordHash.of($0) })
}

extension Attribution {
  /// Whether `call` ends a noun phrase (`a phone call that …`, `the roll call vote`, `a
  /// three-hour conference call`): a singular noun stands before it after a determiner.
  func callNoun(_ t: Int, floor: Int) -> Bool {
    guard facts[t].hash == Attribution.callWord, t - 1 > floor else { return false }
    let before = facts[t - 1]
    guard before.shape == .lower, !before.info.contains(.function),
      !before.info.contains(.auxiliary), !before.info.contains(.determiner),
      !Attribution.endsInS(scan, t - 1)
    else { return false }
    var k = t - 2
    while k > floor, k >= t - 3, facts[k].shape == .lower, !facts[k].info.contains(.function),
      !facts[k].info.contains(.determiner)
    {
      k -= 1
    }
    return k >= floor
      && (facts[k].possessive
        || facts[k].shape.isWord
          && Attribution.nounDeterminers.contains(facts[k].hash))
  }

  static let callWord = WordHash.of("call")

  /// Whether a lower-case word ends in `s`.
  static func endsInS(_ scan: ArticleScan, _ t: Int) -> Bool {
    scan.bytes[Int(scan.facts[t].end) - 1] == 0x73
  }
}
