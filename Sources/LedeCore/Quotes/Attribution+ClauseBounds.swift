extension Attribution {
  /// Where a reported clause ends before its sentence does: at a semicolon, at a comma that
  /// opens a contrast of the author's (`…, while 22 percent said`), and at `and` that opens a
  /// second report (`… and noted that`, `… and she accused`). On PolNeAR train indirect F1
  /// 0.314 → 0.316 (precision 0.728 → 0.731, recall 0.200 → 0.202), dev 0.347 either way
  /// (precision 0.780 → 0.782). Cutting also at dashes and participles (`, calling`) lowered
  /// train F1 (0.316 → 0.309 with `, but` and `, which`; participles alone 0.512 → 0.512, P 0.670
  /// → 0.667; dashes 0.512 → 0.509): PolNeAR keeps those in the content.
  /// `, but` and `, which` do end it (the gold reports ended before them 156 and 121 times and
  /// ran on past them 82 and 69 times): train indirect F1 0.512 → 0.515 (R 0.414 → 0.418, P
  /// 0.670 → 0.669).
  /// A comma before a cue word ends it too (`…, adding that`, `…, saying`): on PolNeAR train
  /// gold reports ended before `, saying` 72 times and ran on past it once; indirect F1 0.509 →
  /// 0.512 (recall 0.410 → 0.414, precision 0.670 either way). So does `, according to`, whose
  /// report is the sentence before it (`Most voters believe that …, according to the poll`):
  /// train indirect F1 0.516 → 0.518 (R 0.421 → 0.422, P 0.669 → 0.670).
  func clauseEnd(_ clause: Int, end: Int) -> Int {
    var k = clause + 2
    while k < end {
      let f = facts[k]
      switch f.shape {
      case .semicolon: return k
      case .comma where k + 1 < end:
        let next = facts[k + 1]
        if next.shape == .lower,
          Attribution.clauseBreaks.contains(next.hash) || next.info.contains(.cue)
            || next.hash == Attribution.according
        {
          return k
        }
      case .lower where f.hash == Attribution.and && k + 1 < end:
        if secondReport(after: k, end: end) { return facts[k - 1].shape == .comma ? k - 1 : k }
        let next = facts[k + 1]
        if next.info.contains(.cue) && next.shape == .lower
          || Attribution.subjectPronouns.contains(next.hash) && k + 2 < end
            && facts[k + 2].shape == .lower && readsAsVerb(k + 2)
        {
          return k
        }
      default: break
      }
      k += 1
    }
    return end
  }

  /// Where a report in a subordinate clause that opens its sentence ends: at the comma that
  /// closes that clause (`While he said he would stay, the board …`, `And as officials said the
  /// bridge was safe, …`). On PolNeAR train indirect F1 0.473 → 0.478 (precision 0.671 → 0.676,
  /// recall 0.365 → 0.370), dev 0.501 → 0.504.
  func subordinateEnd(_ clause: Int, end: Int, cue t: Int, sentence: Range<Int>) -> Int {
    var first = sentence.lowerBound
    if first < t, facts[first].shape.isWord, Attribution.conjunctions.contains(facts[first].hash) {
      first += 1
    }
    guard first < t, facts[first].shape.isWord,
      Attribution.subordinators.contains(facts[first].hash),
      !(first..<t).contains(where: { facts[$0].shape == .comma }),
      let comma = ((clause + 2)..<max(clause + 2, end)).first(where: { facts[$0].shape == .comma })
    else { return end }
    return comma
  }

  /// Where the report of a cue in a relative clause set off by commas ends: at the clause's
  /// comma (`Mr. Reed, who said he would campaign with him, did not show up`), as the hedges'
  /// relative clauses end. The relative word stands within three words before the cue (`who has
  /// also said`). On PolNeAR train indirect F1 0.505 -> 0.507 (P 0.661 -> 0.662, R 0.409 ->
  /// 0.410), dev 0.521 either way.
  func relativeClauseComma(cue t: Int, clause: Int, stop: Int, sentence: Range<Int>) -> Int? {
    guard t > sentence.lowerBound + 1,
      let who = (max(sentence.lowerBound + 1, t - 3)..<t).last(where: {
        facts[$0].shape == .lower && Attribution.relatives.contains(facts[$0].hash)
      }), facts[who - 1].shape == .comma
    else { return nil }
    return ((clause + 2)..<max(clause + 2, stop)).first(where: { facts[$0].shape == .comma })
  }

  static let and = WordHash.of("and")
  /// The forms of the cue `state`, which report only a that-clause.
  static let stateForms = KeySet(["state", "states", "stated"].map { WordHash.of($0) })

  /// Whether the reported clause after a cue opens with `that` (`stated that …`, `stated to
  /// reporters that …`).
  func thatFollows(_ after: Int, end: Int) -> Bool {
    guard let clause = clauseStart(after: after, objectFirst: true, end: end) else {
      return false
    }
    return clause > after && facts[clause - 1].hash == Attribution.that
  }
  static let reportedly = WordHash.of("reportedly")
  static let objectPronouns = KeySet(
    ["it", "them", "him", "her", "us", "me"].map { WordHash.of($0) })
  /// Words that open a reported question after a cue (`asked whether`, `wondered how`).
  static let questionWords = KeySet(
    ["whether", "why", "how", "what"].map { WordHash.of($0) })
  static let whether = WordHash.of("whether")
  /// The forms of `ask`, whose clause is a question.
  static let askForms = KeySet(["ask", "asks", "asked", "asking"].map { WordHash.of($0) })
  /// Words that open a question after `ask`.
  static let askedQuestionWords = KeySet(
    ["if", "whether", "why", "how", "what", "which", "who", "when", "where"].map {
      WordHash.of($0)
    })
  /// Words after a comma that open a clause of the author's (`, while`), a comment on the report
  /// (`, which`) or a contrast with it (`, but`), not the reported clause itself.
  static let clauseBreaks = KeySet(
    ["while", "whereas", "compared", "but", "which"].map { WordHash.of($0) })

  /// Whether a cue after a quotation reports words of its own: another verb of saying stands
  /// between the quotation and it (`“…,” McCain said, citing low growth`), or a conjunction, a
  /// subordinator or a relative word opens a clause of its own there (`called her “third-rate”
  /// and boycotted the debate`, `echoing commentators who have suggested that …`; train indirect
  /// F1 0.526 → 0.527), or a that-clause or a question follows it (`“We’ll see,” he said when
  /// asked whether he would run`).
  func reportsAfterQuotation(_ t: Int, after: Int, end: Int, sentence: Range<Int>) -> Bool {
    var k = t - 1
    while k >= max(sentence.lowerBound, t - 8), !facts[k].shape.isQuoteMark {
      if facts[k].shape == .lower, !insideQuote[k],
        facts[k].info.contains(.cue) || Attribution.conjunctions.contains(facts[k].hash)
          || Attribution.subordinators.contains(facts[k].hash)
          || Attribution.relatives.contains(facts[k].hash)
      {
        return true
      }
      k -= 1
    }
    guard
      let clause = clauseStart(
        after: after, objectFirst: true, end: end,
        asks: Attribution.askForms.contains(facts[t].hash))
    else { return false }
    return clause > after && facts[clause - 1].hash == Attribution.that
      || facts[clause].shape == .lower
        && (Attribution.questionWords.contains(facts[clause].hash)
          || Attribution.askedQuestionWords.contains(facts[clause].hash))
  }

  func quoteCloses(before t: Int, within n: Int, floor: Int) -> Bool {
    var k = t - 1
    while k >= max(floor, t - n) {
      let shape = facts[k].shape
      if shape == .closeQuote || (shape == .straightQuote && insideQuote[max(k - 1, 0)]) {
        return true
      }
      if shape.endsSentence || shape.isQuoteMark { return false }
      k -= 1
    }
    return false
  }

  /// Where the reported clause starts after a cue: after `that` (within a few words of
  /// object or adverbial), or straight after the cue when a clause can start there.
  func clauseStart(after: Int, objectFirst: Bool, end: Int, asks: Bool = false) -> Int? {
    var k = after
    // The object of `told` may run past a phrase or two before `that` (`told a crowded hall at
    // a hotel in Baltimore that …`): on PolNeAR train 6 more reports, all right (F1 0.542 ->
    // 0.543), dev 0.551 either way.
    while k < min(end, after + (objectFirst ? 15 : 9)) {
      let f = facts[k]
      if f.hash == Attribution.that, f.shape.isWord { return k + 1 }
      // A reported question (`asked whether …`, `asked reporters whether …`, `explained why
      // …`) is its words from the question word on. After an object only `whether` opens one:
      // `how`/`what` there are mostly the author's. `if`, `when`, `where` and `who` after a cue
      // are mostly conditions and relatives (on PolNeAR train they found 8 and added 70 wrong).
      if f.shape == .lower, Attribution.questionWords.contains(f.hash),
        k == after || f.hash == Attribution.whether, end - k >= 3
      {
        return k
      }
      // After `ask` any question word opens the question, `if` too (`asked if he would run`,
      // `was asked which candidate …`), right after the cue or after its object.
      if asks, f.shape == .lower, Attribution.askedQuestionWords.contains(f.hash), end - k >= 3 {
        return k
      }
      if !f.shape.isWord && f.shape != .number { break }
      // `said the service would resemble that of …`, `said he was confident that …`: a `that`
      // after a finite verb is inside a clause that began at the cue. On PolNeAR train 8 more
      // right, 3 more found (indirect F1 0.5744 -> 0.5748), dev 2 more right and found.
      if !objectFirst, k > after, f.shape == .lower,
        f.info.contains(.auxiliary) || Attribution.modalVerbs.contains(f.hash),
        opensSubject(after)
      {
        break
      }
      // A capitalised cue word is a name's (`told The Post that …`), no second verb of saying.
      if f.info.contains(.cue) && k > after && f.shape == .lower { break }
      k += 1
    }
    guard !objectFirst, after < end, looksLikeClause(after..<end) else { return nil }
    let f = facts[after]
    if f.shape == .lower, f.info.contains(.clauseStart) { return after }
    // `said he'd welcome …`, `says they’re ready`: on PolNeAR train indirect F1 0.325 → 0.328
    // (recall 0.206 → 0.208), dev 0.364 either way.
    if subjectContraction(after) { return after }
    // `said much of his discussion was …`, `said inevitable changes cost …`: a content word
    // opens the clause's subject when a finite verb follows (looksLikeClause). On PolNeAR
    // train indirect F1 0.307 → 0.314 (recall 0.194 → 0.200, precision 0.735 → 0.728).
    if f.shape == .lower, !f.info.contains(.function), !f.info.contains(.cue),
      !Attribution.endsLikeParticiple(scan, after)
    {
      return after
    }
    if f.shape == .capitalized, !f.info.contains(.notName) { return after }
    if f.shape == .number { return after }
    return nil
  }

  /// Whether words read as a clause (a finite verb near the start) rather than a noun phrase:
  /// `Moscow would resist …` but not `the U.S. allegations`.
  func looksLikeClause(_ r: Range<Int>) -> Bool {
    // A subject pronoun opens a clause whatever its verb (`said she took …`, `says he plans`):
    // on PolNeAR train indirect F1 0.298 → 0.307 (recall 0.187 → 0.194, precision 0.731 → 0.735).
    if let first = r.first, r.count >= 3,
      Attribution.subjectPronouns.contains(facts[first].hash) || subjectContraction(first),
      facts[first + 1].shape == .lower
    {
      return true
    }
    for k in r.prefix(10).dropFirst() where facts[k].shape == .lower {
      if facts[k].info.contains(.auxiliary) { return true }
      // `said Mr. Kasich should leave`, `said it can't work`: on PolNeAR train indirect F1
      // 0.315 → 0.318 (recall 0.198 → 0.200, precision 0.776 → 0.777), dev 0.354 → 0.359.
      if Attribution.modalVerbs.contains(facts[k].hash) { return true }
      let end = Int(facts[k].end)
      if end - Int(facts[k].start) > 4, scan.bytes[end - 1] == 0x64, scan.bytes[end - 2] == 0x65 {
        return true
      }
    }
    return false
  }

  mutating func accordingTo(
    _ t: Int, after: Int, sentence: Range<Int>, end: Int, block: Int, cue: String
  ) {
    let speaker = resolveObject(after: after, limit: end, block: block)
    if t > sentence.lowerBound + 3, facts[t - 1].shape == .comma {
      guard !(sentence.lowerBound..<t).contains(where: { facts[$0].shape.isQuoteMark }) else {
        return
      }
      // Set in the clause after a short opening (`Fundraising, according to the campaign, has
      // surged`), the report is the whole sentence, as for `The goal, he said, is …`: on
      // PolNeAR train 11 more right, F1 0.5460 → 0.5468, dev 0.555 either way.
      let aside =
        t - 1 - sentence.lowerBound <= 7
        && (after..<end).first(where: { facts[$0].shape == .comma }).map {
          // Not before a participle of the author's (`…, according to the filings, making it
          // the largest`).
          end - $0 > 2 && !Attribution.endsInIng(scan, $0 + 1)
        } ?? false
      emitIndirect(
        sentence.lowerBound..<(aside ? end : t - 1), speaker: speaker, cue: cue, token: t,
        block: block)
    } else if t == sentence.lowerBound
      || t <= sentence.lowerBound + 3 && facts[t - 1].shape == .comma,
      let comma = (after..<end).first(where: { facts[$0].shape == .comma }), end - comma > 3
    {
      emitIndirect((comma + 1)..<end, speaker: speaker, cue: cue, token: t, block: block)
    }
  }

  mutating func emitIndirect(
    _ clause: Range<Int>, speaker: Speaker?, cue: String, token: Int, block: Int
  ) {
    guard var first = clause.first, var last = clause.last else { return }
    // A report's quotation marks pair up: `said that "nobody has the right … arms".` ends
    // before the closing mark, so its opening mark goes too; a report that ends on the word
    // before a closing mark in its sentence takes the mark; one that ends on an opening mark
    // (`the union would strike, "and we will win," he added`) leaves it, and the comma before.
    if clause.filter({ facts[$0].shape.isQuoteMark }).count % 2 == 1 {
      if facts[first].shape.isQuoteMark, first < last {
        first += 1
      } else if facts[last].shape.isQuoteMark, first < last {
        last -= 1
        while last > first, facts[last].shape == .comma { last -= 1 }
      } else if last + 1 < facts.count, facts[last + 1].shape.isQuoteMark,
        facts[last + 1].sentence == facts[last].sentence
      {
        last += 1
      }
    }
    let span = Span(start: Int(facts[first].start), end: Int(facts[last].end))
    quotes.append(makeQuote(span, kind: .indirect, speaker: speaker, cue: cue))
    if var s = speaker, !readingTitle {
      s.token = token
      s.block = block
      record(s)
    }
  }
}

extension Attribution {
  /// Finite verbs that are not in the name lists' auxiliaries (`should`, `can't`): one of them
  /// near the start of the words after a cue makes them a clause.
  static let modalVerbs = KeySet(
    [
      "should", "must", "can", "cannot", "shall", "won't", "can't", "don't", "doesn't", "didn't",
      "isn't", "wasn't", "aren't", "weren't", "wouldn't", "couldn't", "shouldn't", "hasn't",
      "haven't", "won’t", "can’t", "don’t", "doesn’t", "didn’t", "isn’t", "wasn’t", "aren’t",
      "weren’t", "wouldn’t", "couldn’t", "shouldn’t", "hasn’t", "haven’t",
    ].map { WordHash.of($0) })
}

extension Attribution {
  /// `he'd`, `they’re`, `I'm`: a subject pronoun with a contracted verb.
  func subjectContraction(_ t: Int) -> Bool {
    let f = facts[t]
    guard f.shape == .lower || f.shape == .capitalized, f.end - f.start <= 9 else { return false }
    return SubjectContraction.subject(of: scan.text(t..<(t + 1))) != nil
  }
}

extension Attribution {
  /// Whether a clause's subject may open at `t`: a name, a number, a determiner, a subject
  /// pronoun or a content word.
  func opensSubject(_ t: Int) -> Bool {
    let f = facts[t]
    switch f.shape {
    case .capitalized, .allCaps, .number: return true
    case .lower:
      return f.info.contains(.determiner) || Attribution.subjectPronouns.contains(f.hash)
        || !f.info.contains(.function) && !f.info.contains(.auxiliary)
    default: return false
    }
  }
}
