extension Attribution {
  /// `“…,” X said`, `“…,” said X`, `“…,” the Russian president said`, `“…,” he added`,
  /// `“…”, according to X`.
  func speakerAfter(
    _ pair: QuoteMarkPair, paragraph: Range<Int>, block: Int, nameAndVerb: Bool = false
  ) -> (
    speaker: Speaker, cue: String?
  )? {
    guard let close = pair.close else { return nil }
    var t = close + 1
    if t < paragraph.upperBound, facts[t].shape == .comma { t += 1 }
    // Up to 20 tokens after the quotation (`“…” about fixing inequality and enabling public
    // unions, said Marla Kilfoyle`): on PolNeAR train 20 lifted source accuracy from 0.784
    // (12 tokens) to 0.787; 30 gave the same.
    var near = t + 20
    // Further on, to 45, only a cue within four words after a comma (`“…” before he laid
    // flowers at the memorial for the victims of the storm that hit the harbour town last
    // winter, he said`): on PolNeAR train direct sources right 5,610 → 5,613 of 6,319, dev
    // 608 → 609 of 705.
    var limit = min(paragraph.upperBound, t + 45)
    var k = t
    while k < limit {
      let f = facts[k]
      // `“They are painful” but necessary “for the business,” he said`: a few words on, a
      // second quoted piece of the sentence shares the cue after it. On PolNeAR train direct
      // sources right 5,196 → 5,203 of 6,319, dev 558 → 559 of 705.
      if f.shape.isQuoteMark, k - t <= 6, k + 1 < paragraph.upperBound, insideQuote[k + 1] {
        var j = k + 1
        while j < paragraph.upperBound, insideQuote[j] { j += 1 }
        if j < paragraph.upperBound, facts[j].shape.isQuoteMark {
          t = j + 1
          if t < paragraph.upperBound, facts[t].shape == .comma { t += 1 }
          near = t + 20
          limit = min(paragraph.upperBound, t + 45)
          k = t
          continue
        }
      }
      // `“…,” councillor Bill Eastland, wearing “Reyes Out” pins, said`: a short quoted name
      // inside the words before the cue is read over, as a title would be.
      if f.shape.isQuoteMark, k > t, let end = shortQuotedName(from: k, limit: limit) {
        k = end + 1
        continue
      }
      if f.shape.isQuoteMark || endsSentence(at: k) || f.shape == .semicolon { break }
      if let c = cueVerb(at: k), !c.cue.contains(.partialOnly) {
        if k >= near, !(max(t, k - 4)..<k).contains(where: { facts[$0].shape == .comma }) {
          break
        }
        let cueText = scan.text(k..<(k + c.words.count))
        // `“…” for the harbour, said Ruth Adebayo.`: a cue after a comma that names its speaker
        // after it is inverted, and that speaker says the words before the comma, whatever
        // names they hold; not a cue that a preposition or clause follows (`said of Reyes`). On
        // PolNeAR train direct sources right 5,603 → 5,610 of 6,319, dev 608 either way.
        let next = k + c.words.count
        if k > t, facts[k - 1].shape == .comma, !c.cue.contains(.objectFirst),
          next < paragraph.upperBound,
          facts[next].shape != .lower || facts[next].hash == RunParser.the
            || facts[next].info.contains(.title),
          let s = resolveObject(after: next, limit: paragraph.upperBound, block: block)
        {
          return (s, cueText)
        }
        // `“Fine,” I said`: a first-person pronoun right after the quotation and right before
        // the cue is the source, a writer the text does not name. On PolNeAR train direct
        // sources right 5,651 → 5,655 of 6,319 (all in one first-person memoir), dev 614 either
        // way.
        if k == t + 1, facts[t].shape.isWord,
          Attribution.firstPersonSubjects.contains(facts[t].hash)
        {
          return (unresolvedPronoun(t, block: block), cueText)
        }
        let subjectEnd = interjectionStart(before: k, floor: t) ?? k  // `the union, however, said`
        if k > t, let s = resolveSubject(t..<subjectEnd, block: block) { return (s, cueText) }
        if k > t, let s = phraseBetween(t..<subjectEnd, block: block) { return (s, cueText) }
        // `“…,” councillor Bill Eastland, wearing “Reyes Out” pins, said`: the person the
        // words after the quotation open with, before a comma, speaks. With the quoted name
        // read over, on PolNeAR train direct sources right 5,544 → 5,545 of 6,319.
        if k > t, let m = analysis.mention(covering: personStart(t)), m.kind == .person,
          let name = m.canonical, m.tokens.upperBound < k,
          facts[m.tokens.upperBound].shape == .comma
        {
          return (
            Speaker(
              name: name, span: m.span, token: m.tokens.lowerBound, block: block,
              gender: m.gender), cueText
          )
        }
        // `“…” about pay and pensions, said Dana Whitlock`: the speaker follows the cue, unless
        // the cue's object is whom it addresses (`told`, `accused`).
        if k == t || facts[k - 1].shape == .comma, !c.cue.contains(.objectFirst),
          let s = resolveObject(after: k + c.words.count, limit: paragraph.upperBound, block: block)
        {
          return (s, cueText)
        }
        // `“…,” said the designer, who works for another brand`: right after the quotation, a
        // cue's unnamed subject may have any head (`according to` reads its whole phrase in
        // `accordingAfter`). On PolNeAR train direct sources right 5,631 → 5,635 of 6,319, dev
        // 610 either way.
        if k == t, !c.cue.contains(.objectFirst), c.words.first != Attribution.according,
          let s = phraseAfterCue(k + c.words.count, limit: paragraph.upperBound, block: block)
        {
          return (s, cueText)
        }
        return nil
      }
      k += 1
    }
    return nameAndVerb ? nameAndVerbAfter(close, paragraph: paragraph, block: block) : nil
  }

  /// `“…,” Kelly charged.`, `“…?” Hannity pressed.`, `“…,” Trump shot back.`: a direct quotation
  /// that ends in a comma, `?` or `!` and is followed by a person's name or `he`/`she` and a verb
  /// the cue list lacks, at the end of the sentence or before `back`, `on`, `and` or a comma,
  /// is that person's; so is one followed by a verb in `-ed` and a person's name (`“…!” beamed
  /// Donald Hartley of Madison`). Nil for anything else.
  func nameAndVerbAfter(_ close: Int, paragraph: Range<Int>, block: Int) -> (
    speaker: Speaker, cue: String?
  )? {
    guard close > 0, facts[close - 1].shape == .comma || facts[close - 1].shape == .question
    else { return nil }
    let t = close + 1
    guard t < paragraph.upperBound else { return nil }
    // `“…!” beamed Donald Hartley of Madison`: the verb first, then the name.
    if facts[t].shape == .lower, Attribution.endsLikeParticiple(scan, t),
      facts[t].info.intersection([.function, .auxiliary, .determiner]).isEmpty,
      t + 1 < paragraph.upperBound, let m = analysis.mention(covering: t + 1),
      m.tokens.lowerBound == t + 1, m.kind == .person, let name = m.canonical,
      !facts[m.tokens.upperBound - 1].possessive
    {
      let after = m.tokens.upperBound
      if after >= paragraph.upperBound || endsSentence(at: after)
        || facts[after].shape == .comma
        || facts[after].shape == .lower && Attribution.nounPrepositions.contains(facts[after].hash)
      {
        return (
          Speaker(name: name, span: m.span, token: t + 1, block: block, gender: m.gender),
          scan.text(t..<(t + 1))
        )
      }
    }
    var speaker: Speaker?
    var verb = t + 1
    // `“…,” an angry Hollande retaliated.`: over an article and an adjective to the name. On
    // PolNeAR train direct sources right 5,628 → 5,629 of 6,319, dev 604 either way.
    var n = t
    if facts[t].shape.isWord, facts[t].info.contains(.determiner),
      facts[t].info.intersection(.pronoun).isEmpty, t + 2 < paragraph.upperBound,
      analysis.mention(covering: t) == nil
    {
      n = analysis.mention(covering: t + 1) != nil ? t + 1 : t + 2
    }
    if let m = analysis.mention(covering: n), m.tokens.lowerBound == n, m.kind == .person,
      let name = m.canonical, !facts[m.tokens.upperBound - 1].possessive
    {
      speaker = Speaker(name: name, span: m.span, token: t, block: block, gender: m.gender)
      verb = m.tokens.upperBound
    } else if facts[t].shape.isWord,
      !facts[t].info.intersection([.pronounMale, .pronounFemale]).isEmpty,
      !facts[t].info.contains(.determiner)
    {
      speaker = resolvePronoun(t, block: block) ?? unresolvedPronoun(t, block: block)
    } else if facts[t].shape.isWord, Attribution.firstPersonSubjects.contains(facts[t].hash) {
      speaker = unresolvedPronoun(t, block: block)  // `“…,” I confessed.`
    } else if analysis.mention(covering: t) == nil,
      let e = unnamedPhraseEnd(from: t, limit: paragraph.upperBound), facts[e].shape == .lower,
      scan.bytes[Int(facts[e].end) - 1] == 0x64, Attribution.endsLikeParticiple(scan, e)
    {
      // `“…,” the old ferryman grumbled.`: an unnamed phrase, whatever its head, and a
      // verb in `-ed`. On PolNeAR train direct sources right 5,635 → 5,636 of 6,319, dev 610
      // either way.
      speaker = unnamedSpeaker(t..<e, block: block)
      verb = e
    }
    guard var found = speaker, verb < paragraph.upperBound, facts[verb].shape == .lower,
      facts[verb].info.intersection([.function, .auxiliary, .determiner]).isEmpty
    else { return nil }
    let after = verb + 1
    let ends =
      after >= paragraph.upperBound || facts[after].shape.endsSentence
      || facts[after].shape == .comma
      || facts[after].shape == .lower
        && (Attribution.verbParticles.contains(facts[after].hash)
          || facts[after].hash == Attribution.and)
    guard ends else { return nil }
    found.token = t
    return (found, scan.text(verb..<(verb + 1)))
  }

  /// The closing mark of a quoted name that opens at token `k` (`“Reyes Out”`, `“The View”`):
  /// at most four words, each capitalised, with no punctuation. Nil for anything else.
  func shortQuotedName(from k: Int, limit: Int) -> Int? {
    guard k + 1 < limit, insideQuote[k + 1] else { return nil }
    var j = k + 1
    while j < limit, insideQuote[j] {
      guard j - k <= 4, facts[j].shape == .capitalized || facts[j].shape == .allCaps else {
        return nil
      }
      j += 1
    }
    return j < limit && facts[j].shape.isQuoteMark ? j : nil
  }

  /// `has been called “a stealth tax” by Joan Hendrick`, `labeled a “witch hunt” by Democrats`:
  /// a quoted phrase after a past participle (over `as` and an article) and before `by` and a
  /// name is the name's, the agent of the passive. Nil unless a person, organisation or group
  /// is named right after `by`. On PolNeAR train direct sources right 5,545 → 5,547 of 6,319.
  func passiveAgent(_ pair: QuoteMarkPair, block: Int) -> Speaker? {
    guard let close = pair.close, close + 2 < facts.count, facts[close + 1].shape == .lower,
      facts[close + 1].hash == Attribution.by
    else { return nil }
    var p = pair.open - 1
    while p > 0, pair.open - p <= 2, facts[p].shape == .lower,
      facts[p].hash == Attribution.asWord || facts[p].info.contains(.determiner)
    {
      p -= 1
    }
    guard p >= 0, facts[p].shape == .lower, scan.bytes[Int(facts[p].end) - 1] == 0x64,
      Attribution.endsLikeParticiple(scan, p)
    else { return nil }
    var a = close + 2
    if facts[a].shape.isWord, facts[a].hash == RunParser.the, a + 1 < facts.count { a += 1 }
    guard let m = analysis.mention(covering: a), m.tokens.lowerBound == a, let name = m.canonical,
      m.kind == .person || m.kind == .organization || m.kind == .group
    else { return nil }
    return Speaker(name: name, span: m.span, token: a, block: block, gender: m.gender)
  }

  /// Token `t`, or the word after it when `t` is a title in lower case that no mention covers
  /// (`councillor Bill Eastland`).
  func personStart(_ t: Int) -> Int {
    guard t + 1 < facts.count, analysis.mention(covering: t) == nil, facts[t].shape == .lower,
      facts[t].info.contains(.title)
    else { return t }
    return t + 1
  }
}
