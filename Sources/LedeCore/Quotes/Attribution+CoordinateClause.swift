extension Attribution {
  /// The first token of the clause that `, and` or `, but` opens before a quotation, when a
  /// subject and a verb of its own follow the conjunction (`Cruz said he'd make sand “glow,” and
  /// Trump vowed to “bomb the hell” out of it`, `“…,” Stevens says, but she cautions that …`):
  /// the quotation stands in that clause, and a cue before the conjunction reports words of its
  /// own. The nearest such clause before `open` decides; nil when none stands after `floor`.
  func coordinateClauseStart(before open: Int, floor: Int, block: Int) -> Int? {
    var k = open - 1
    while k > floor + 1 {
      if !insideQuote[k], facts[k].shape == .lower,
        Attribution.coordinators.contains(facts[k].hash),
        endsWithComma(before: k), facts[k + 1].hash != Attribution.that,
        openingSubject((k + 1)..<open, before: open, block: block) != nil
      {
        // `Guccifer said that the server was open, and he had total access to the server that
        // “…”`: after a that-clause the conjunction may join two reported clauses, unless a verb
        // of saying of its own follows it (`…, and Ms. Acosta said the “…”`).
        return !reportsThatClause(floor..<k) || secondReport(after: k, end: open) ? k + 1 : nil
      }
      k -= 1
    }
    return nil
  }

  /// The first token of the main clause after a subordinate clause that opens the sentence at
  /// `start` (`When Trump announced his run, he referred to them as “criminals”`, `After Clinton
  /// accused him of sexism, he warned, “…”`), when the quotation stands after it and a subject
  /// and a verb open it: a cue in the lead-in reports words of its own. Nil otherwise.
  func mainClauseStart(after start: Int, before open: Int, block: Int) -> Int? {
    var s = start
    if s < open, facts[s].shape.isWord, Attribution.conjunctions.contains(facts[s].hash) { s += 1 }
    // Not `as`, whose clause names a source more often than it leads in (`As Ruth Marcus puts
    // it, Obama is …`).
    guard s < open, facts[s].shape.isWord, Attribution.subordinators.contains(facts[s].hash),
      facts[s].hash != Attribution.asWord,
      let comma = (s..<open).first(where: { facts[$0].shape == .comma && !insideQuote[$0] }),
      comma + 2 < open,
      openingSubject((comma + 1)..<open, before: open, block: block) != nil
    else { return nil }
    return comma + 1
  }

  /// Whether a comma stands before token `k`, or a quotation ends there (`are “non-entities,”
  /// but he …`, `accuses Obama of “leading from behind” and Trump says …`: train direct sources
  /// right 5,626 → 5,628 of 6,319, dev 604 either way).
  func endsWithComma(before k: Int) -> Bool {
    facts[k - 1].shape == .comma
      || facts[k - 1].shape.isQuoteMark && k >= 2 && insideQuote[k - 2]
  }

  /// Whether a cue and then `that` stand in `range`, outside quotations.
  func reportsThatClause(_ range: Range<Int>) -> Bool {
    guard let cue = range.first(where: { !insideQuote[$0] && cueVerb(at: $0) != nil }) else {
      return false
    }
    return (cue..<range.upperBound).contains {
      !insideQuote[$0] && facts[$0].shape == .lower && facts[$0].hash == Attribution.that
    }
  }

  /// The `and` or `but` right before cue `k`, over one adverb (`and later said`), that joins the
  /// cue to a verb before it: no subject stands between them. Nil when none stands after `floor`
  /// with words of the clause before it.
  func verbConjunction(before k: Int, floor: Int) -> Int? {
    var c = k - 1
    if c > floor, facts[c].shape == .lower, !insideQuote[c],
      !Attribution.coordinators.contains(facts[c].hash),
      facts[c].info.intersection(.pronoun).isEmpty,
      !facts[c].info.contains(.determiner), !readsAsVerb(c), analysis.mention(covering: c) == nil
    {
      c -= 1
    }
    guard c > floor + 1, !insideQuote[c], facts[c].shape == .lower,
      Attribution.coordinators.contains(facts[c].hash)
    else { return nil }
    return c
  }

  /// Conjunctions that join two clauses of the author's.
  static let coordinators = KeySet(["and", "but"].map { WordHash.of($0) })
}
