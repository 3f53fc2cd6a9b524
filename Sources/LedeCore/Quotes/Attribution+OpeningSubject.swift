extension Attribution {
  /// Words that open a lead-in before a sentence's subject (`In an interview on Sunday, …`,
  /// `After the debate, …`): prepositions and subordinators, those in `-ing` (`During the
  /// debate, …`, `Following the vote, …`) and the prepositions that compare or concede (`Like
  /// Adebayo, Reyes rejected …`, `Despite what she wrote, …`). The latter six: on PolNeAR train direct sources right 5,645 → 5,646 of 6,319, dev 610
  /// either way (5,648 and 611 with the cue order of `speakerBefore`).
  static let leadInOpeners = prepositions.union(subordinators).union(ingPrepositions).union(
    ["despite", "like", "unlike", "amid", "alongside"].map { WordHash.of($0) })

  /// The subject that opens a partial quote's sentence, when a verb follows it: `She
  /// escalated her criticism, telling CNN that Trump is a “faker”` → she, not Trump; `The town
  /// released a statement saying Trump’s comments “are based on …”` → the town. A pronoun, a
  /// name, or an unnamed phrase (`Multiple outlets reported`, `The former secretary of state
  /// mocked`), after a lead-in that ends in a comma (`In an interview, …`) or a conjunction.
  /// Nil when the sentence opens otherwise, or a name or phrase is followed by no verb
  /// (`Putin and Kim heaped praise …, with the North Korean leader backing …` is left to the
  /// nearest subject).
  /// With `cued`, the subject of a cue (`He issued a statement, saying …`) takes the rule of
  /// the words that name it (pronoun, name, role phrase, unnamed phrase) rather than `subject`.
  func openingSubject(
    _ sentence: Range<Int>, before open: Int, block: Int, cued: Bool = false, loose: Bool = false
  )
    -> Speaker?
  {
    var s = sentence.lowerBound
    guard s < open else { return nil }
    if let dash = datelineEnd(from: s, before: open) { s = dash + 1 }
    if facts[s].shape.isWord, Attribution.conjunctions.contains(facts[s].hash) { s += 1 }
    if s + 1 < open, facts[s].shape.isWord, facts[s + 1].shape == .comma {
      s += 2  // `However, …`, `Meanwhile, …`
    } else if s < open, facts[s].shape.isWord, Attribution.leadInOpeners.contains(facts[s].hash),
      let comma = (s..<min(open, s + 16)).first(where: {
        facts[$0].shape == .comma || facts[$0].shape.isQuoteMark
      }), facts[comma].shape == .comma
    {
      s = comma + 1
    } else if let comma = leadInEnd(from: s, before: open) {
      s = comma + 1
    }
    // `17-year-old Ruth Adebayo echoed: “…”`: an age before the name is read over, as a title
    // is. On PolNeAR train direct sources right 5,664 → 5,665 of 6,319, dev 614 either way.
    if s + 1 < open, !insideQuote[s], Attribution.endsInYearOld(scan, s),
      analysis.mention(covering: s) == nil, analysis.mention(covering: s + 1) != nil
    {
      s += 1
    }
    guard s < open, !insideQuote[s], facts[s].shape.isWord else { return nil }
    if Attribution.subjectPronouns.contains(facts[s].hash) {
      guard s + 1 < open, facts[s + 1].shape == .lower else { return nil }
      var speaker = resolvePronoun(s, block: block) ?? unresolvedPronoun(s, block: block)
      speaker.rule = cued ? .pronoun : .subject
      return speaker
    }
    // Over `the` and words before a name (`Governor Mark Ellery`, `Republican front-runner
    // Donald Trump`).
    var start = s
    while start < min(open, s + 4), analysis.mention(covering: start) == nil,
      facts[start].shape.isWord, !readsAsVerb(start),
      facts[start].shape != .lower || facts[start].hash == RunParser.the
        || facts[start].info.contains(.title)
    {
      start += 1
    }
    if var m = analysis.mention(covering: start), m.tokens.lowerBound == start {
      if m.kind != .person, let p = personAfterTitle(m.tokens.upperBound, open) { m = p }
      guard !facts[m.tokens.upperBound - 1].possessive,
        verbFollows(m.tokens.upperBound, open, loose: loose)
      else { return nil }
      if let name = m.canonical, m.kind == .person || m.kind == .organization || m.kind == .group {
        return Speaker(
          name: name, span: m.span, token: start, block: block, gender: m.gender,
          rule: cued ? .named : .subject)
      }
      if m.isRolePhrase, m.kind == nil {
        var speaker = recentPerson(before: start, block: block, gender: m.gender, span: m.span)
        speaker?.rule = cued ? .rolePhrase : .subject
        return speaker
      }
      return nil
    }
    // An unnamed phrase: an opener and up to five words, then a verb; its last word a source
    // noun (`outlets`, `the ad`), since the head of most opening phrases speaks for no one
    // (`The music seemed to match …`, `Those stances have helped …`).
    guard Attribution.phraseOpeners.contains(facts[s].hash) else { return nil }
    let possessive =
      facts[s].info.contains(.determiner) && !facts[s].info.intersection(.pronoun).isEmpty
    var k = s + 1
    while k < min(open, s + 6), facts[k].shape.isWord, !readsAsVerb(k),
      !facts[k].info.contains(.function), !facts[k].info.contains(.determiner),
      // `His office put out a statement saying`: read loosely, in a phrase a possessive opens,
      // a word after a source noun that may be a verb ends the phrase (an irregular past reads
      // as no verb otherwise). On PolNeAR train direct sources right 5,564 → 5,565 of 6,319,
      // dev 600 either way; for any opener, train 5,565 and dev 599.
      !(loose && possessive && k > s + 1 && isSourceHead(k - 1) && !isSourceHead(k)
        && readsAsAnyVerb(k))
    {
      k += 1
    }
    let head = k - 1
    // `The victim's sister, Ruth Adebayo, spoke outside the court`: a person named in
    // apposition to the phrase is its subject.
    if k > s + 1, k + 1 < open, facts[k].shape == .comma,
      let m = analysis.mention(covering: k + 1), m.tokens.lowerBound == k + 1, m.kind == .person,
      let name = m.canonical, m.tokens.upperBound + 1 < open,
      facts[m.tokens.upperBound].shape == .comma, !facts[m.tokens.upperBound - 1].possessive,
      verbFollows(m.tokens.upperBound + 1, open, loose: loose)
    {
      return Speaker(
        name: name, span: m.span, token: k + 1, block: block, gender: m.gender,
        rule: cued ? .named : .subject)
    }
    // The subject of a cue is its speaker whatever its head noun (`The justice sounded off on
    // Reyes, saying she did not “want to contemplate” it`): only `the music seemed …`, with no
    // cue of its own, needs a source noun; its verb a cue or one in `-ed` or `-ing`, not an
    // adverb the lexicon counts with auxiliaries (`A few days later, …`). Not when the verb makes
    // a person named after it act (`The scandal forced Senator Ruth Adebayo to resign …,
    // saying` is hers; after a review). On PolNeAR train direct sources right 5,667 → 5,668 of
    // 6,319, dev 614 either way.
    guard k > s + 1, k < open, readsAsVerb(k) || loose && readsAsAnyVerb(k),
      isSourceHead(head)
        || loose && facts[head].shape == .lower
          && (cued && readsAsVerb(k) && !facts[k].info.contains(.auxiliary)
            && !causesPerson(at: k, before: open)
            || !Attribution.nounDeterminers.contains(facts[s].hash))
          && !Attribution.demonstratives.contains(facts[s].hash)
    else { return nil }
    return Speaker(
      name: organization(in: s..<head) ?? onlyHolder(ofRole: head),
      span: Span(start: Int(facts[s].start), end: Int(facts[head].end)), token: head,
      block: block, gender: gender(ofHead: head), rule: cued ? .nominal : .subject)
  }

  /// `Kasich resisted: “…”`, `President Clinton released the following statement:` ¶ `“…”`:
  /// a quotation after a colon, with no cue before it, belongs to the subject of the sentence
  /// the colon ends (in this paragraph or the one before); `Bush: “…”` to the name alone
  /// before the colon.
  func colonSubject(before open: Int, block: Int) -> Speaker? {
    guard open > 1, facts[open - 1].shape == .colon else { return nil }
    let colon = open - 1
    let sentence = scan.sentences[Int(facts[colon].sentence)].tokens
    if let m = analysis.mention(covering: colon - 1), m.tokens.lowerBound == sentence.lowerBound,
      m.tokens.upperBound == colon, m.kind == .person, let name = m.canonical
    {
      return Speaker(
        name: name, span: m.span, token: m.tokens.lowerBound, block: block, gender: m.gender)
    }
    // `Reid called them non-entities, but he gave the Texan a compliment: “…”`, `When Reyes
    // suggested a sale, Adebayo fired back: “…”`: the clause the colon ends.
    let start =
      coordinateClauseStart(before: colon, floor: sentence.lowerBound, block: block)
      ?? mainClauseStart(after: sentence.lowerBound, before: colon, block: block)
      ?? sentence.lowerBound
    return openingSubject(start..<colon, before: colon, block: block, loose: true)
  }

  /// `He has coined a new phrase, “undocumented Democrats,” to describe …`: a quotation inside
  /// its sentence with no cue belongs to the subject that opens the sentence, not to the
  /// speaker of the quotation before.
  func midSentenceSubject(_ open: Int, sentence: Range<Int>, block: Int) -> (
    speaker: Speaker, cue: String?
  )? {
    guard open > sentence.lowerBound, facts[open - 1].shape != .colon else { return nil }
    // `Reyes praised Adebayo, who he called “the hardest worker in the town hall.”`: the
    // relative clause's subject, as for a partial quote.
    if var s = relativeClauseSubject(sentence, before: open) {
      s.rule = .subject
      return (s, nil)
    }
    guard let s = openingSubject(sentence, before: open, block: block, loose: true)
    else { return nil }
    return (s, nil)
  }

  /// `her remark that “there’s a special place …”`, `Trump’s claim that the plan is “a
  /// disaster”`: a cue word used as a noun after a possessive, a few words before a partial
  /// quote, names its speaker, the possessor. The nearest cue word decides; nil when no
  /// possessive names a person or organisation before it.
  func possessorOfCueNoun(before open: Int, sentence: Range<Int>, block: Int) -> Speaker? {
    var k = open - 1
    while k > sentence.lowerBound, open - k <= 12 {
      if facts[k].shape.isQuoteMark || facts[k].shape == .semicolon { return nil }
      if !insideQuote[k], facts[k].shape == .lower, facts[k].info.contains(.cue) {
        // `Hollande denounced Trump’s remarks as “hurtful”`: a cue noun that a verb governs
        // names words the phrase characterizes, and the sentence's subject speaks; its
        // possessor speaks only for what `that`, the quotation itself or a preposition before
        // it opens after it (`his call for “a total ban”`).
        guard
          k + 1 == open || facts[k + 1].hash == Attribution.that
            || k + 2 == open && Attribution.nounPrepositions.contains(facts[k + 1].hash)
        else { return nil }
        let p = k - 1
        if facts[p].possessive, let m = analysis.mention(covering: p),
          m.kind == .person || m.kind == .organization, let name = m.canonical
        {
          return Speaker(
            name: name, span: m.span, token: m.tokens.lowerBound, block: block, gender: m.gender,
            rule: .subject)
        }
        if facts[p].shape.isWord, facts[p].info.contains(.determiner),
          !facts[p].info.intersection([.pronounMale, .pronounFemale]).isEmpty
        {
          var s = resolvePronoun(p, block: block) ?? unresolvedPronoun(p, block: block)
          s.rule = .subject
          return s
        }
        return nil
      }
      k -= 1
    }
    return nil
  }

  /// Whether the verb at `k` makes someone act and a person is named right after it, over a
  /// title (`forced Senator Ruth Adebayo to resign`, `led Reyes to quit`): that person, not
  /// the verb's subject, is the one a participle later in the clause speaks for.
  func causesPerson(at k: Int, before open: Int) -> Bool {
    guard Attribution.causativeVerbs.contains(facts[k].hash) else { return false }
    var t = k + 1
    while t < min(open, k + 3), analysis.mention(covering: t) == nil, facts[t].shape.isWord,
      facts[t].info.contains(.title)
    {
      t += 1
    }
    guard t < open, let m = analysis.mention(covering: t) else { return false }
    return m.kind == .person
  }

  /// Verbs whose object is made to act (`forced Adebayo to resign`), from the review's example
  /// and their common neighbours in news.
  static let causativeVerbs = KeySet(
    [
      "forced", "prompted", "led", "caused", "drove", "pushed", "pressured", "pressed", "urged",
      "persuaded", "convinced", "compelled", "spurred", "made", "got", "moved", "inspired",
    ].map { WordHash.of($0) })

  /// Whether a verb follows token `t` before `open`: over an adverb in `-ly` and an apposition
  /// between commas (`Bush, Florida’s former governor, also attacked`).
  func verbFollows(_ t: Int, _ open: Int, loose: Bool = false) -> Bool {
    var k = t
    if k < open, facts[k].shape == .comma {
      guard let close = ((k + 1)..<min(open, k + 12)).first(where: { facts[$0].shape == .comma })
      else { return false }
      k = close + 1
    }
    // `Sen. Ruth Adebayo (D-Maine) on Wednesday played down …`: a short aside in brackets and
    // the day (as `resolveSubject` reads over the one and `bareName` refuses the other) stand
    // between the name and its verb. On PolNeAR train direct sources right 5,648 → 5,649 of
    // 6,319, dev 611 → 612 of 705.
    if k < open, facts[k].shape == .openParen,
      let close = ((k + 1)..<min(open, k + 8)).first(where: { facts[$0].shape == .closeParen })
    {
      k = close + 1
    }
    // `Republicans on Capitol Hill seized on the memo, arguing …`: a postmodifier a
    // preposition opens before a name, `the` and a name, or `the` and a noun. On PolNeAR train
    // direct sources right 5,668 → 5,669 of 6,319, dev 614 either way.
    if k + 2 < open, facts[k].shape == .lower,
      Attribution.postmodifierPrepositions.contains(facts[k].hash),
      !RunParser.weekdays.contains(facts[k + 1].hash)
    {
      var j = k + 1
      let the = facts[j].hash == RunParser.the
      if the { j += 1 }
      if let m = analysis.mention(covering: j), m.tokens.lowerBound == j, m.kind != nil {
        j = m.tokens.upperBound
      } else if the, j + 1 < open, facts[j].shape == .lower, !readsAsVerb(j) {
        j += 1
      }
      if j > k + 1, j < open, readsAsVerb(j) || loose && readsAsAnyVerb(j) { k = j }
    }
    if k + 1 < open, facts[k].shape == .lower, facts[k].hash == Attribution.on,
      RunParser.weekdays.contains(facts[k + 1].hash)
    {
      k += 2
    } else if k < open, RunParser.weekdays.contains(facts[k].hash) {
      k += 1
    }
    while k < open, facts[k].shape == .lower,
      Attribution.endsInLy(scan, k) || Attribution.sentenceAdverbs.contains(facts[k].hash)
    {
      k += 1
    }
    return k < open && (readsAsVerb(k) || loose && readsAsAnyVerb(k))
  }

  /// Whether token `t` may be a verb of any form (`hit back`, `went on`, `shot back`): a word
  /// in lower case that is no function word, determiner or preposition. Before a colon or a
  /// comma that opens a quotation the sentence's subject speaks whatever its verb (`Ruth
  /// Adebayo hit back: “…”`, `Another child responded, “…”`), so there (`loose`) any such
  /// word counts, and an unnamed phrase needs no source noun unless a possessive or a
  /// demonstrative opens it (`His face …`, `That view …`). On PolNeAR train direct sources
  /// right 5,509 → 5,513 of 6,319, dev 596 → 595.
  func readsAsAnyVerb(_ t: Int) -> Bool {
    t < facts.count && facts[t].shape == .lower
      && facts[t].info.intersection([.function, .determiner]).isEmpty
      && !Attribution.prepositions.contains(facts[t].hash)
  }

  /// `Council leader Ruth Adebayo`, `Labour MP Jo Cox`: the person a title after a body's
  /// name leads to, within two words; nil when none does. On PolNeAR train direct sources
  /// right 5,541 → 5,542 of 6,319, dev 594 either way.
  func personAfterTitle(_ t: Int, _ open: Int) -> Mention? {
    var k = t
    while k < min(open, t + 2), facts[k].shape.isWord, facts[k].info.contains(.title),
      analysis.mention(covering: k) == nil
    {
      k += 1
    }
    guard k > t, k < open, let p = analysis.mention(covering: k), p.tokens.lowerBound == k,
      p.kind == .person
    else { return nil }
    return p
  }

  /// The comma that ends a lead-in before a sentence's subject: `Later on Sunday, …`,
  /// `Minutes later, …`, `Smiling broadly throughout her speech, …`. The lead-in opens with a
  /// capitalised word that is no name, pronoun or determiner, then a word in lower case or a
  /// number (`Htay Oo, its chairman, …` is a name and its apposition), and holds no cue before
  /// its comma unless a participle opens it (`Asked about the pier, …`). Nil otherwise. On
  /// PolNeAR train direct sources right 5,640 → 5,644 of 6,319, dev 610 either way. The comma
  /// is looked for up to the quote with no window in tokens: a window of 12 gave 5,645 (6:
  /// 5,644), none 5,646, dev 610 each; the stance records of PolNeAR train do not move.
  func leadInEnd(from s: Int, before open: Int) -> Int? {
    guard s + 2 < open, facts[s].shape == .capitalized, analysis.mention(covering: s) == nil,
      !Attribution.phraseOpeners.contains(facts[s].hash),
      !Attribution.subjectPronouns.contains(facts[s].hash),
      facts[s + 1].shape == .lower || facts[s + 1].shape == .number,
      let comma = (s..<open).first(where: {
        facts[$0].shape == .comma || facts[$0].shape.isQuoteMark || endsSentence(at: $0)
      }), facts[comma].shape == .comma
    else { return nil }
    guard
      Attribution.endsLikeParticiple(scan, s)
        || !(s..<comma).contains(where: { cueVerb(at: $0) != nil })
    else { return nil }
    return comma
  }

  static let on = WordHash.of("on")

  /// The dash that ends a dateline opening at token `s` (`HARBOURTON, Maine, June 3 (UPI) —`,
  /// `KYIV (AP) —`): a word in capitals, then within twelve tokens a dash with no word in lower
  /// case before it. The subject comes after it: on PolNeAR train direct sources right 5,649 →
  /// 5,651 of 6,319 (here and in `resolveSubject`), dev 612 → 614 of 705. Nil for anything else.
  func datelineEnd(from s: Int, before open: Int) -> Int? {
    guard s < open, facts[s].shape == .allCaps,
      let dash = (s..<min(open, s + 12)).first(where: {
        facts[$0].shape == .dash || facts[$0].shape == .lower || insideQuote[$0]
      }), facts[dash].shape == .dash, dash + 1 < open
    else { return nil }
    return dash
  }

  /// Prepositions that open a postmodifier between a subject and its verb.
  static let postmodifierPrepositions = KeySet(
    ["of", "on", "in", "at", "from"].map { WordHash.of($0) })
  static let demonstratives = KeySet(["this", "that", "these", "those"].map { WordHash.of($0) })
  static let sentenceAdverbs = KeySet(["also", "then", "now", "again"].map { WordHash.of($0) })

  /// `fully`, `strongly`: a word that ends in `ly`.
  static func endsInLy(_ scan: ArticleScan, _ t: Int) -> Bool {
    let end = Int(scan.facts[t].end)
    return end - Int(scan.facts[t].start) > 2 && scan.bytes[end - 1] == 0x79
      && scan.bytes[end - 2] == 0x6C
  }
}
