extension Attribution {
  /// The clause an author's hedge stands in, reported with no source (`The ferry seemed to
  /// slow`, `…, who is expected to resign`, `Reed reportedly left`): from the clause's start (a
  /// relative word, or the word after a comma or a subordinator) to its end; none when a
  /// later attribution reports it (`…, according to X`). `seem` and `appear` hedge only before
  /// a word in lower case that is no preposition but `to` (`appeared on television` is no
  /// hedge), `expected` only before `to`. Returns the token to go on from when it reported.
  mutating func hedge(
    _ c: LexiconPhrase, at t: Int, after: Int, sentence: Range<Int>, end: Int, block: Int
  ) -> Int? {
    guard after < end, !insideQuote[t] else { return nil }
    let next = facts[after]
    if c.words.count > 1 {
      guard next.shape == .lower, next.hash == Attribution.to else { return nil }
    } else if c.words[0] != Attribution.reportedly {
      guard next.shape == .lower,
        !Attribution.prepositions.contains(next.hash) || next.hash == Attribution.to
      else { return nil }
    }
    // A clause with no subject before the hedge stands after an apposition (`Lavrov's trip,
    // his first since 2018, is expected to …`): the clause runs on over its commas.
    var start = clauseStart(before: t, floor: sentence.lowerBound, overCommas: false)
    if start == t { start = clauseStart(before: t, floor: sentence.lowerBound, overCommas: true) }
    var stop = clauseEnd(after, end: end)
    // `…, who is expected to resign next week, opened …`: a relative clause ends at its comma.
    if facts[start].shape == .lower, Attribution.relativeWords.contains(facts[start].hash),
      let comma = (after..<stop).first(where: { facts[$0].shape == .comma })
    {
      stop = comma
    }
    // `…, according to the poll`, `…, officials said`: a later attribution reports the clause
    // with its source, also after the comma that ends the clause (`…, which …, according to`).
    guard
      !(after..<end).contains(where: { k in
        facts[k].shape == .comma && k + 1 < end && facts[k + 1].shape == .lower
          && (facts[k + 1].hash == Attribution.according || facts[k + 1].info.contains(.cue))
      }), stop - start >= 3, !(start..<stop).contains(where: isQuoted)
    else { return nil }
    emitIndirect(start..<stop, speaker: nil, cue: scan.text(t..<after), token: t, block: block)
    return stop
  }

  /// Where the clause holding token `t` starts: at a relative word before it, or after a
  /// subordinator, a conjunction or punctuation; with `overCommas`, over commas and the words
  /// of an apposition (`, his first since 2018,`) to a relative word or other punctuation.
  func clauseStart(before t: Int, floor: Int, overCommas: Bool) -> Int {
    var start = t
    while start > floor {
      let f = facts[start - 1]
      if f.shape == .comma && !overCommas || f.shape.isQuoteMark || f.shape == .colon
        || f.shape == .dash
      {
        break
      }
      if f.shape == .lower, Attribution.relativeWords.contains(f.hash) { return start - 1 }
      if !overCommas, f.shape == .lower,
        Attribution.subordinators.contains(f.hash) || Attribution.conjunctions.contains(f.hash)
      {
        break
      }
      start -= 1
    }
    return start
  }
}
