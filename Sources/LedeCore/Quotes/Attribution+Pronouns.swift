/// Pronouns as speakers: the person a `he`, `she` or `they` stands for.
extension Attribution {
  /// `he`, `she`, `they`: the nearest person of a compatible gender mentioned before in the
  /// paragraph, else the last speaker, else the nearest earlier person.
  ///
  /// A pronoun that is no quote's source (`speaking` false: "he supported the cuts") does not
  /// fall back on the last speaker: the speakers are a prior for who speaks next, not for who
  /// acts.
  func resolvePronoun(_ t: Int, block: Int, speaking: Bool = true) -> Speaker? {
    let info = facts[t].info
    let gender: Gender =
      info.contains(.pronounMale) ? .male : info.contains(.pronounFemale) ? .female : .unknown
    let plural = info.contains(.pronounPlural)
    let span = Span(start: Int(facts[t].start), end: Int(facts[t].end))
    if plural {
      if let last = speakers.last(where: { $0.token < t && $0.block >= block - 1 }) {
        return Speaker(
          name: last.name, span: span, token: t, block: block, gender: last.gender, rule: .pronoun)
      }
      return nil
    }
    // `Dan Whitcombe toured the harbour with Sam Okafor, and later he called …`: the person who
    // opens the pronoun's own sentence, when they agree with it, is the likelier antecedent
    // than a nearer name (an object, or a name inside a phrase). On PolNeAR train direct
    // sources right 5,638 → 5,640 of 6,319, dev 610 either way.
    if let o = sentenceOpener(before: t, block: block, gender: gender) {
      return Speaker(
        name: o.name, span: span, token: t, block: block, gender: o.gender, rule: .pronoun)
    }
    var k = t - 1
    while k >= 0, scan.block(of: k) == block {
      if let m = analysis.mention(covering: k), m.kind == .person, let name = m.canonical,
        compatible(m.gender, analysis.genders[name], gender)
      {
        return Speaker(
          name: name, span: span, token: t, block: block, gender: m.gender, rule: .pronoun)
      }
      k -= 1
    }
    // `A Downing Street spokesman said the two men got on. “There is no rift,” he said.`: with
    // no person named before it in the paragraph, the pronoun is the paragraph's last source
    // when that is a phrase (the spokesman, and the office he speaks for), not a person named
    // paragraphs before. PolNeAR's scoring compares the source words (`he` either way), so
    // its figures do not move; on our own British set it rights 2 of 47 quotes.
    if speaking, let last = speakers.last(where: { $0.token < t }), last.block == block,
      last.rule == .nominal, last.span != nil, compatible(last.gender, nil, gender)
    {
      return Speaker(
        name: last.name, span: span, token: t, block: block, gender: last.gender, rule: .pronoun)
    }
    if speaking,
      let last = speakers.last(where: {
        guard let name = $0.name, let known = analysis.genders[name] else { return false }
        return $0.token < t && $0.block >= block - 2 && compatible($0.gender, known, gender)
      })
    {
      return Speaker(
        name: last.name, span: span, token: t, block: block, gender: last.gender, rule: .pronoun)
    }
    var person = recentPerson(before: t, block: block, gender: gender, span: span)
    person?.rule = .pronoun
    return person
  }

  /// A pronoun beside a cue that names no one we know: still the quote's source.
  func unresolvedPronoun(_ t: Int, block: Int) -> Speaker {
    Speaker(
      name: nil, span: Span(start: Int(facts[t].start), end: Int(facts[t].end)), token: t,
      block: block, gender: .unknown, rule: .pronoun)
  }

  /// The person mentioned before token `t` within the last few paragraphs: in the nearest
  /// sentence that mentions one, its subject if one is (`Brown met Blair. “…,” he said` →
  /// Brown), else the nearest.
  func recentPerson(before t: Int, block: Int, gender: Gender, span: Span) -> Speaker? {
    var k = t - 1
    var nearest: Mention?
    while k >= 0, scan.block(of: k) >= block - 3 {
      if let n = nearest, facts[k].sentence != facts[n.tokens.lowerBound].sentence { break }
      if let m = analysis.mention(covering: k), m.kind == .person, let name = m.canonical,
        compatible(m.gender, analysis.genders[name], gender)
      {
        if nearest == nil { nearest = m }
        if isSubjectLike(m) { nearest = m }
        k = m.tokens.lowerBound
      }
      k -= 1
    }
    guard let m = nearest, let name = m.canonical else { return nil }
    return Speaker(
      name: name, span: span, token: t, block: block, gender: m.gender, rule: .rolePhrase)
  }

  /// Whether a mention after a cue is the subject of a reported clause: a verb follows it,
  /// or a noun follows its possessive (`Trump’s remarks`).
  func opensClause(_ m: Mention) -> Bool {
    let last = m.tokens.upperBound - 1
    if facts[last].possessive { return true }
    let next = m.tokens.upperBound
    guard next < facts.count, facts[next].shape == .lower else { return false }
    return readsAsVerb(next)
  }

  /// Whether a verb seems to follow a mention: a word in lower case that is no function word
  /// (`Brown met`, `Kim pledged`), or an auxiliary or cue.
  func isSubjectLike(_ m: Mention) -> Bool {
    let next = m.tokens.upperBound
    guard next < facts.count, facts[next].shape == .lower else { return false }
    let info = facts[next].info
    if info.contains(.auxiliary) || info.contains(.cue) { return true }
    return !info.contains(.function) && !info.contains(.determiner)
  }

  func compatible(_ a: Gender, _ b: Gender?, _ wanted: Gender) -> Bool {
    guard wanted != .unknown else { return true }
    let known = a != .unknown ? a : (b ?? .unknown)
    return known == .unknown || known == wanted
  }
}

extension Attribution {
  /// The person who opens the sentence of pronoun `t` as its subject (`Dan Whitcombe toured …`,
  /// over a lead-in), when their gender is known to be the pronoun's and no subordinate clause
  /// stands between; nil otherwise.
  func sentenceOpener(before t: Int, block: Int, gender: Gender) -> Speaker? {
    let sentence = scan.sentences[Int(facts[t].sentence)].tokens
    guard sentence.lowerBound < t,
      let opener = openingSubject(sentence.lowerBound..<t, before: t, block: block, cued: true),
      opener.token < t, let name = opener.name, kindOfName[name] == .person,
      // (`Councillor Okoro introduced Maria Lopez …, and later she called …`: an opener whose
      // gender is not known to agree is no likelier than the nearer name.)
      gender != .unknown,
      (opener.gender != .unknown ? opener.gender : analysis.genders[name] ?? .unknown) == gender
    else { return nil }
    // (`Dan Whitcombe said that when Tom Reyes saw the pier, he called it …`: a subordinate
    // clause between has a subject of its own, the likelier antecedent.)
    if (opener.token + 1..<t).contains(where: { Attribution.subordinators.contains(facts[$0].hash) }
    ) {
      return nil
    }
    if let span = opener.span, span.start >= Int(facts[t].start) { return nil }
    return opener
  }
}
