extension Attribution {
  /// Words that open a clause of its own inside a sentence: subordinators and conjunctions;
  /// not `whether` or `if`, whose clause is the object of the sentence's verb (`questioning
  /// whether Ayodele would have voted for it “…”` is the questioner's).
  static let clauseOpeners = subordinators.union(conjunctions).subtracting(
    ["whether", "if"].map { WordHash.of($0) })

  /// `Christie refers to him as “Mr. Trump,” while Trump calls the governor “Chris”`: a quoted
  /// phrase in a clause that a subordinator or a conjunction opens inside its sentence belongs
  /// to that clause's subject, when one (a pronoun, a name or a source phrase and its verb)
  /// follows the word; the nearest such clause before the phrase decides. Nil when none does.
  /// On PolNeAR train direct sources right 5,556 → 5,561 of 6,319, dev 600 either way.
  func clauseSubject(_ sentence: Range<Int>, before open: Int, block: Int) -> Speaker? {
    var t = open - 1
    while t > sentence.lowerBound {
      if !insideQuote[t], facts[t].shape == .lower,
        Attribution.clauseOpeners.contains(facts[t].hash)
      {
        // `when he does, he feels “…”`: the phrase stands in the main clause after the lead-in.
        if Attribution.subordinators.contains(facts[t].hash),
          ((t + 1)..<open).contains(where: { facts[$0].shape == .comma && !insideQuote[$0] })
        {
          return nil
        }
        // `Cruz and Trump have used …`: a conjunction after a name joins names, not clauses.
        if Attribution.conjunctions.contains(facts[t].hash),
          analysis.mention(covering: t - 1) != nil
        {
          return nil
        }
        guard let s = openingSubject((t + 1)..<open, before: open, block: block) else {
          return nil
        }
        // `citizens and some officials professing a “sincere belief”`: a participle after the
        // phrase modifies it; the clause needs a verb of its own.
        var verb = s.token + 1
        while verb < open, let span = s.span, Int(facts[verb].start) < span.end { verb += 1 }
        if verb < open, facts[verb].shape == .lower,
          scan.bytes[Int(facts[verb].end) - 1] == 0x67, Attribution.endsLikeParticiple(scan, verb)
        {
          return nil
        }
        return s
      }
      t -= 1
    }
    return nil
  }

  /// The subject of the cue right before pronoun `p` (over `that`), and the cue's words, when
  /// `p` is a subject pronoun that opens the clause the cue reports (`Adebayo said he would`,
  /// `the mayor insisted that she`). Nil otherwise, or when the cue names no subject after
  /// `floor`.
  func reportingSubject(of p: Speaker, floor: Int, block: Int) -> (
    speaker: Speaker, cue: String?
  )? {
    guard p.rule == .pronoun, Attribution.subjectPronouns.contains(facts[p.token].hash),
      p.token > floor + 1
    else { return nil }
    var end = p.token - 1
    if facts[end].shape == .lower, facts[end].hash == Attribution.that { end -= 1 }
    guard end > floor, !insideQuote[end],
      let cue = (max(floor + 1, end - 2)...end).first(where: { k in
        cueVerb(at: k).map { k + $0.words.count - 1 == end } ?? false
      }),
      let s = resolveSubject(floor..<cue, block: block, nearestFirst: true)
    else { return nil }
    return (s, scan.text(cue..<(end + 1)))
  }
}
