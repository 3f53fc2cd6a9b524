extension Attribution {
  /// The cue that starts at token `t` read as a verb: after a determiner it is a noun (`the
  /// report stated`, `The ad claims`), which may name a quotation's source but not its cue. Only
  /// the speaker search reads it so: PolNeAR annotates `his claim that …` as a report. On
  /// PolNeAR train direct sources right 5,062 → 5,068 of 6,319, dev 552 either way.
  func cueVerb(at t: Int) -> LexiconPhrase? {
    if t > 0, facts[t - 1].shape.isWord, Attribution.nounDeterminers.contains(facts[t - 1].hash) {
      return nil
    }
    // After a possessive too (`the Harbour Party’s state convention`): PolNeAR train direct
    // sources right 5,228 → 5,231 of 6,319, dev 562 either way.
    if t > 0, facts[t - 1].possessive { return nil }
    // After a preposition too (`as secretary of state`, `in a statement`): PolNeAR train
    // direct sources right 5,336 → 5,344 of 6,319, dev 570 either way.
    if t > 0, facts[t - 1].shape == .lower, Attribution.nounPrepositions.contains(facts[t - 1].hash)
    {
      return nil
    }
    // Before `of` too (`his home state of Vermont`, `reports of`, `the promise of`), unless a
    // past form or `says` makes it the verb (`said of Clinton`, `warned of`).
    if t + 1 < facts.count, facts[t + 1].shape == .lower, facts[t + 1].hash == Attribution.of,
      facts[t].hash != Attribution.says, facts[t].hash != Attribution.said,
      !Attribution.endsLikeParticiple(scan, t)
    {
      return nil
    }
    guard let c = cue(at: t) else { return nil }
    // Before a verb of saying too (`the congressional report said`, `the suit claims`): the
    // word is the noun that names the source, unless it is a verb's form (`said`, `warned`).
    if t + c.words.count < facts.count, facts[t].hash != Attribution.says,
      facts[t].hash != Attribution.said, !Attribution.endsLikeParticiple(scan, t),
      let next = cue(at: t + c.words.count), !next.cue.contains(.partialOnly)
    {
      return nil
    }
    return c
  }

  /// The cue that starts at token `t`; with `reports`, a report verb too (`criticized`).
  func cue(at t: Int, reports: Bool = false) -> LexiconPhrase? {
    // A cue may open its sentence (`According to the poll, …`): on PolNeAR train indirect F1
    // 0.294 → 0.298 and direct sources right 0.786 → 0.789 of all.
    guard t >= 0, t < facts.count,
      facts[t].shape == .lower || facts[t].shape == .allCaps
        || facts[t].shape == .capitalized && (facts[t].initial || readingTitle),
      facts[t].info.contains(.phraseStart),
      let phrases = scan.lexicon.phrases[facts[t].hash]
    else { return nil }
    for p in phrases
    where p.kind == .cue && t + p.words.count <= facts.count
      && (reports || !p.cue.contains(.reportOnly))
    {
      if p.words.indices.allSatisfy({ facts[t + $0].hash == p.words[$0] }) { return p }
    }
    return nil
  }
}
