extension Attribution {
  /// Words that open a noun phrase naming a source: determiners, possessives, quantifiers.
  static let phraseOpeners = KeySet(
    [
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
      "several", "some", "many", "two", "three", "four", "five", "other", "another", "one",
      "both", "most", "few", "multiple", "numerous", "top",
    ].map { WordHash.of($0) })
  static let conjunctions = KeySet(["and", "or", "but"].map { WordHash.of($0) })
  /// Words that may follow a source's head before its cue: `officials briefed on the case`,
  /// `a spokesman for the ministry`, `sources familiar with the talks`.
  static let postmodifierStarts = KeySet(
    ["for", "at", "in", "with", "from", "close", "familiar", "of"].map { WordHash.of($0) })

  /// The speaker of the words that end just before a cue when they name a source that is not
  /// an entity (`a Downing Street spokesman said`, `several officials briefed on the case
  /// said`, `Russia’s foreign ministry spokeswoman said`): the span is the whole phrase and
  /// the name nil. Nil when the words before the cue are a name or no source phrase.
  func nominalSubject(endingBefore cue: Int, floor: Int, block: Int) -> Speaker? {
    var k = cue - 1
    while k >= floor, facts[k].shape == .lower, facts[k].info.contains(.auxiliary) { k -= 1 }
    // `The lawmaker, who represents a district in Albay, said`: the clause is not the source.
    if k > floor, facts[k].shape == .comma {
      var c = k - 1
      while c > floor, c > k - 24, facts[c].shape != .comma, !facts[c].shape.endsSentence { c -= 1 }
      guard c > floor, facts[c].shape == .comma, c + 1 < k,
        Attribution.relativeWords.contains(facts[c + 1].hash)
      else { return nil }
      k = c - 1
    }
    // `denounced her record as secretary of state and said`: a phrase ends in no conjunction
    // (PolNeAR train direct sources right 5,344 → 5,345 of 6,319, dev 570 → 571; every
    // function word was tried and lost 2 on train, with pronouns like `what he said`).
    guard k >= floor,
      !(facts[k].shape == .lower && Attribution.conjunctions.contains(facts[k].hash))
    else { return nil }
    // The head is the last word, or a word a short postmodifier follows.
    var head = k
    if !isSourceHead(head) {
      var h = k - 1
      var found: Int?
      while h >= floor, h >= k - 8 {
        let f = facts[h]
        if !f.shape.isWord && f.shape != .number { break }
        if isSourceHead(h), h + 1 <= k, facts[h + 1].shape == .lower,
          Attribution.postmodifierStarts.contains(facts[h + 1].hash)
            || Attribution.endsLikeParticiple(scan, h + 1)
        {
          found = h
          break
        }
        h -= 1
      }
      guard let found else { return nil }
      head = found
    }
    guard var start = phraseStart(before: head, floor: floor) else { return nil }
    // `a spokesman for the premier's office told`: a source noun that is the object of a
    // postmodifier belongs to the phrase of the source noun before it, which is who speaks;
    // not when it names someone (`a statement from the transport secretary said` is Helen
    // Marsh's).
    if organization(in: start..<head) == nil, onlyHolder(ofRole: head) == nil,
      start - 2 >= floor, facts[start - 1].shape == .lower,
      Attribution.postmodifierStarts.contains(facts[start - 1].hash), isSourceHead(start - 2),
      let outer = phraseStart(before: start - 2, floor: floor)
    {
      head = start - 2
      start = outer
    }
    let span = Span(start: Int(facts[start].start), end: Int(facts[k].end))
    return Speaker(
      name: organization(in: start..<head) ?? onlyHolder(ofRole: head), span: span, token: head,
      block: block, gender: gender(ofHead: head), rule: .nominal)
  }

  /// The one person introduced with the title at token `t` (`the transport secretary` after
  /// `Transport Secretary Helen Marsh`); when several hold it, the one whose title had the
  /// word before `t` (`transport`, not `Scotland Secretary Alan Dalby`); nil for a source noun
  /// or when that leaves several or none.
  func onlyHolder(ofRole t: Int) -> String? {
    guard !facts[t].info.contains(.sourceNoun), let names = analysis.roles[facts[t].hash]
    else { return nil }
    let holders = Set(names)
    if holders.count == 1 { return holders.first }
    guard t > 0, facts[t - 1].shape.isWord else { return nil }
    let modifier = facts[t - 1].hash
    let qualified = Set(
      analysis.mentions.compactMap { m -> String? in
        guard m.kind == .person, m.role == facts[t].hash, m.roleModifiers.contains(modifier),
          let name = m.canonical, holders.contains(name)
        else { return nil }
        return name
      })
    return qualified.count == 1 ? qualified.first : nil
  }

  /// The organisation a source phrase speaks for (`An FA spokesman` → Football Association);
  /// a person or a place in it is not the speaker (`her spokesman`, `Russia’s spokeswoman`).
  func organization(in r: Range<Int>) -> String? {
    for t in r {
      if let m = analysis.mention(covering: t), m.kind == .organization { return m.canonical }
    }
    return nil
  }

  /// The source phrase that starts a cue's object (`according to Russia’s state news agency`,
  /// `said a spokesman for the ministry`), when it names no entity.
  func nominalObject(startingAt start: Int, limit: Int, block: Int) -> Speaker? {
    var t = start
    var head: Int?
    while t < min(limit, start + 8), t < facts.count {
      let f = facts[t]
      let opener = Attribution.phraseOpeners.contains(f.hash) && f.shape.isWord
      let age = Attribution.endsInYearOld(scan, t)
      if t > start && (!f.shape.isWord && !age || opener) { break }
      if f.shape.isWord, f.info.contains(.function) && !opener { break }
      if isSourceHead(t) { head = t }
      t += 1
    }
    guard let head else { return nil }
    // The head ends the phrase only where no further noun of the phrase follows it, or where
    // a postmodifier does (`said a source close to the campaign`, `says a source involved in
    // the talks`), as before a cue (`nominalSubject`). On PolNeAR train direct sources right
    // 5,538 → 5,541 of 6,319, dev 594 either way.
    if head + 1 < t, facts[head + 1].shape.isWord,
      !(facts[head + 1].shape == .lower
        && (Attribution.postmodifierStarts.contains(facts[head + 1].hash)
          || Attribution.endsLikeParticiple(scan, head + 1)))
    {
      return nil
    }
    let span = Span(start: Int(facts[start].start), end: Int(facts[head].end))
    return Speaker(
      name: organization(in: start..<head), span: span, token: head, block: block,
      gender: gender(ofHead: head), rule: .nominal)
  }

  /// The name a possessive and its noun lead to after a cue: `said Clinton’s top foreign policy
  /// aide Jake Sullivan`, `said Florida’s Rick Wilson, a consultant`. Nil when a verb comes
  /// first or the name is followed by one (`said Trump’s remarks were …`, `said Ohio’s
  /// governor John Kasich would …`: the possessive opens the reported clause).
  func nameAfterPossessive(_ start: Int, limit: Int, block: Int) -> Speaker? {
    var u = start
    while u < min(limit, start + 6), facts[u].shape.isWord {
      if let m = analysis.mention(covering: u), m.tokens.lowerBound == u {
        guard let name = m.canonical, m.kind == .person || m.kind == .organization,
          !facts[m.tokens.upperBound - 1].possessive, !readsAsVerb(m.tokens.upperBound)
        else { return nil }
        return Speaker(name: name, span: m.span, token: u, block: block, gender: m.gender)
      }
      if facts[u].shape == .lower, readsAsVerb(u) || facts[u].info.contains(.function) {
        return nil
      }
      u += 1
    }
    return nil
  }

  /// `“…,” the progressive heavyweights wrote`, `“…?” the 43-year-old asked`: the words
  /// between a quotation and its cue name its source when they open with a determiner and hold
  /// no verb, though their head is no source noun. Nil for anything longer than six tokens.
  func phraseBetween(_ r: Range<Int>, block: Int) -> Speaker? {
    guard r.count <= 6, facts[r.lowerBound].shape.isWord,
      Attribution.phraseOpeners.contains(facts[r.lowerBound].hash),
      r.dropFirst().allSatisfy({
        (facts[$0].shape.isWord || facts[$0].shape == .number || facts[$0].shape == .dash)
          && !readsAsVerb($0)
          && !(facts[$0].shape == .lower && facts[$0].info.contains(.function))
      })
    else { return nil }
    let head = r.upperBound - 1
    return Speaker(
      name: organization(in: r),
      span: Span(start: Int(facts[r.lowerBound].start), end: Int(facts[head].end)),
      token: head, block: block, gender: gender(ofHead: head), rule: .nominal)
  }

  /// Whether token `t` is the head of an unnamed source: a source noun that is not part of a
  /// name (`the Daily Caller`, `Press Secretary Josh Earnest` are names).
  func isSourceHead(_ t: Int) -> Bool {
    // `said the 58-year-old`: the age names the person it describes.
    if Attribution.endsInYearOld(scan, t) { return true }
    guard facts[t].shape == .lower || facts[t].info.contains(.sourceNoun) && facts[t].shape.isWord,
      !facts[t].info.intersection([.sourceNoun, .title]).isEmpty
    else { return false }
    if let m = analysis.mention(covering: t), m.kind != nil, !m.isRolePhrase || m.canonical != nil {
      return false
    }
    return true
  }

  /// The first token of the noun phrase whose head is `head`: back over modifiers (words in
  /// lower case or capitals, possessives, numbers) to a determiner, a quantifier or the start.
  func phraseStart(before head: Int, floor: Int) -> Int? {
    var s = head
    var t = head - 1
    while t >= floor {
      let f = facts[t]
      if f.shape.isWord, Attribution.phraseOpeners.contains(f.hash) { return t }
      guard f.shape.isWord || f.shape == .number || f.shape == .dash && t > floor else { break }
      if f.shape == .lower,
        f.info.contains(.function) || f.info.contains(.cue) || f.info.contains(.auxiliary)
      {
        break
      }
      if f.shape == .lower, Attribution.endsLikeParticiple(scan, t) { break }
      s = t
      t -= 1
    }
    return s
  }

  /// `the 58-year-old`: a word that ends in `-year-old`.
  static func endsInYearOld(_ scan: ArticleScan, _ t: Int) -> Bool {
    let end = Int(scan.facts[t].end)
    let suffix = Array("-year-old".utf8)
    guard end - Int(scan.facts[t].start) > suffix.count else { return false }
    return scan.bytes[(end - suffix.count)..<end].elementsEqual(suffix)
  }

  func gender(ofHead t: Int) -> Gender {
    guard let phrases = scan.lexicon.phrases[facts[t].hash] else { return .unknown }
    return phrases.first { $0.kind == .title && $0.words.count == 1 }?.gender ?? .unknown
  }

  /// Words in `-ing` that are prepositions, not participles: after a name they open no clause
  /// (`“…,” said Ruth Adebayo following the vote`), before a subject they open a lead-in
  /// (`Following the vote, …`). `including`, `regarding`, `concerning` and `excluding` as well
  /// left PolNeAR train direct sources right at 5,670 of 6,319 and lost one on dev (614 → 613).
  static let ingPrepositions = KeySet(["during", "following"].map { WordHash.of($0) })

  /// `briefed`, `speaking`: a word that reads as a participle.
  static func endsLikeParticiple(_ scan: ArticleScan, _ t: Int) -> Bool {
    let f = scan.facts[t]
    let end = Int(f.end)
    guard end - Int(f.start) > 4 else { return false }
    let b = scan.bytes
    return b[end - 2] == 0x65 && b[end - 1] == 0x64
      || b[end - 3] == 0x69 && b[end - 2] == 0x6E && b[end - 1] == 0x67
  }

  /// Whether token `t` reads as a verb after a subject: a cue, an auxiliary, or a word in
  /// `-ed` or `-ing` (`Kim pledged`, `the North Korean leader fully backing`) that is no
  /// function word other than a form of `be`, nor a preposition in `-ing`: `“…,” said Ruth
  /// Adebayo during the meeting` has no clause after the name. On PolNeAR train direct sources
  /// right 5,663 → 5,664 of 6,319, dev 614 either way (`following` too: 5,670 and 614 either
  /// way).
  func readsAsVerb(_ t: Int) -> Bool {
    guard t < facts.count, facts[t].shape == .lower else { return false }
    let info = facts[t].info
    return info.contains(.cue) || info.contains(.auxiliary)
      || Attribution.endsLikeParticiple(scan, t)
        && !Attribution.ingPrepositions.contains(facts[t].hash)
        && (!info.contains(.function) || Attribution.passiveAuxiliaries.contains(facts[t].hash))
  }
}
