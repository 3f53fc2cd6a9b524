extension Attribution {
  /// Relative pronouns that may be a cue's object (`which he called`, `whom she described as`).
  static let objectRelatives = KeySet(["who", "whom", "which"].map { WordHash.of($0) })

  /// `Mr. Scott, who has called the remarks “racially toxic”`: a relative pronoun that is the
  /// cue's subject is the source where the quote stands (as `he` is), and its antecedent the
  /// speaker. Nil unless `who` or `which` follows a name (or a comma or dash after one) and at
  /// most four words in lower case (`has`, `in the past`) lead from it to the cue; `critics who
  /// say` and `the statement, which said` were tried with no name and lost as many as they won. On PolNeAR train direct sources right
  /// 5,320 → 5,336 of 6,319, dev 568 → 570 of 705.
  func relativeSubject(before cue: Int, floor: Int) -> Speaker? {
    if let s = objectRelativeSubject(before: cue, floor: floor) { return s }
    var t = cue - 1
    // `Bret Stephens, who, after trading insults with Mr. Hannity, said`: over the aside.
    if t > floor, facts[t].shape == .comma {
      var c = t - 1
      while c > floor, t - c < 16, facts[c].shape != .comma, !facts[c].shape.endsSentence {
        c -= 1
      }
      guard c > floor, facts[c].shape == .comma else { return nil }
      t = c - 1
    } else {
      while t > floor, cue - t <= 4, facts[t].shape == .lower,
        !Attribution.relativeWords.contains(facts[t].hash), !facts[t].info.contains(.cue)
      {
        t -= 1
      }
    }
    guard t > floor + 1, facts[t].shape == .lower, Attribution.relatives.contains(facts[t].hash)
    else { return nil }
    return relativeAntecedent(t, floor: floor)
  }

  /// The speaker a relative pronoun at `t` stands for, named by the pronoun's span: the entity
  /// right before it, or the person before an apposition. Nil when neither is there.
  func relativeAntecedent(_ t: Int, floor: Int) -> Speaker? {
    guard t > floor + 1 else { return nil }
    let block = scan.block(of: t)
    let span = Span(start: Int(facts[t].start), end: Int(facts[t].end))
    // `Mr. Scott, who`, `Donald Trump - who`, `a Hispanic Republican who`.
    let punctuated = facts[t - 1].shape == .comma || facts[t - 1].shape == .dash
    var before = punctuated ? t - 2 : t - 1
    // `Sen. Marco Rubio of Florida, who`: the place a person is of is no antecedent.
    if let p = analysis.mention(covering: before), p.kind == .place,
      p.tokens.lowerBound > floor + 1,
      facts[p.tokens.lowerBound - 1].hash == Attribution.of,
      analysis.mention(covering: p.tokens.lowerBound - 2)?.kind == .person
    {
      before = p.tokens.lowerBound - 2
    }
    if let m = analysis.mention(covering: before), let name = m.canonical,
      m.kind == .person || m.kind == .organization || m.kind == .group
    {
      return Speaker(name: name, span: span, token: t, block: block, gender: m.gender)
    }
    // `Robby Mook, her campaign manager, who said`: the name before the apposition.
    if punctuated, var s = personBeforeApposition(t - 1, floor: floor, block: block) {
      s.span = span
      s.token = t
      return s
    }
    return nil
  }

  /// `accreditation bodies, which he called “a cartel”`, `Trump, whom she described as
  /// “reckless”`: a relative pronoun that a subject (a pronoun or a person's name) follows is
  /// the cue's object, and the subject speaks, as in any clause. Nil unless the words before the
  /// cue are a relative pronoun, the subject and at most two auxiliaries or adverbs.
  /// With the same reading for quotes with no cue of their own (`relativeClauseSubject`), on
  /// PolNeAR train direct sources right 5,530 → 5,538 of 6,319, dev 594 either way.
  func objectRelativeSubject(before cue: Int, floor: Int) -> Speaker? {
    var s = cue - 1
    while s > floor, cue - s <= 3, facts[s].shape == .lower,
      facts[s].info.contains(.auxiliary) || Attribution.endsInLy(scan, s)
        || Attribution.sentenceAdverbs.contains(facts[s].hash)
    {
      s -= 1
    }
    guard s > floor else { return nil }
    let block = scan.block(of: s)
    var speaker: Speaker
    var start = s
    if facts[s].shape.isWord, Attribution.subjectPronouns.contains(facts[s].hash) {
      speaker = resolvePronoun(s, block: block) ?? unresolvedPronoun(s, block: block)
    } else if let m = analysis.mention(covering: s), m.tokens.upperBound - 1 == s,
      m.kind == .person, let name = m.canonical, !facts[s].possessive
    {
      speaker = Speaker(
        name: name, span: m.span, token: m.tokens.lowerBound, block: block, gender: m.gender)
      start = m.tokens.lowerBound
    } else {
      return nil
    }
    let relative = start - 1
    guard relative > floor, facts[relative].shape == .lower,
      Attribution.objectRelatives.contains(facts[relative].hash)
    else { return nil }
    speaker.token = s
    return speaker
  }
}
