extension Attribution {
  /// The token after an unnamed phrase that a determiner or quantifier opens at token `start`
  /// (`the designer`, `one Republican`, `a 2013 article`; not `this` or `that`, which open
  /// clauses): its words run to the first verb, function word, participle or punctuation,
  /// within six words. Nil when the opener stands alone or the phrase reaches `limit`.
  func unnamedPhraseEnd(from start: Int, limit: Int) -> Int? {
    guard start < limit, facts[start].shape.isWord,
      Attribution.phraseOpeners.contains(facts[start].hash),
      !Attribution.demonstratives.contains(facts[start].hash)
    else { return nil }
    var e = start + 1
    while e < min(limit, start + 7),
      facts[e].shape.isWord || facts[e].shape == .number || facts[e].shape == .dash,
      !readsAsVerb(e),
      !(facts[e].shape == .lower
        && (facts[e].info.contains(.function) || Attribution.endsLikeParticiple(scan, e)))
    {
      e += 1
    }
    return e > start + 1 && e < limit ? e : nil
  }

  /// `“…,” said the designer, who …`, `“…?” asked the boy`, `“…,” concluded a 2013 article in
  /// the journal`: after a cue right after a quotation, a phrase a determiner opens is the
  /// speaker, whatever its head noun, when a comma, the sentence's end or a postmodifier
  /// (`involved in the planning`) ends it; nil otherwise (`said the plan was …` reports).
  func phraseAfterCue(_ start: Int, limit: Int, block: Int) -> Speaker? {
    guard let e = unnamedPhraseEnd(from: start, limit: limit) else { return nil }
    let f = facts[e]
    let postmodifier =
      f.shape == .lower
      && (Attribution.postmodifierStarts.contains(f.hash)
        || Attribution.endsLikeParticiple(scan, e) && e + 1 < limit
          && facts[e + 1].shape == .lower && Attribution.prepositions.contains(facts[e + 1].hash))
    guard f.shape.endsSentence || f.shape == .comma || postmodifier else { return nil }
    return unnamedSpeaker(start..<e, block: block)
  }

  /// The speaker an unnamed phrase names: its span, the organisation in it if any, its last
  /// word as head.
  func unnamedSpeaker(_ r: Range<Int>, block: Int) -> Speaker {
    let head = r.upperBound - 1
    return Speaker(
      name: organization(in: r),
      span: Span(start: Int(facts[r.lowerBound].start), end: Int(facts[head].end)),
      token: head, block: block, gender: gender(ofHead: head), rule: .nominal)
  }
}
