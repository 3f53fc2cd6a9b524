extension Attribution {
  /// `X said: “…”`, `X told reporters, “…”`, `Kim pledged support for Russia’s “sacred fight”`.
  func speakerBefore(
    _ open: Int, sentence: Range<Int>, paragraph: Range<Int>, block: Int, partial: Bool = false
  ) -> (speaker: Speaker, cue: String?)? {
    var lower = sentence.lowerBound
    var paragraphStart = paragraph.lowerBound
    // A quote that opens its sentence after a colon: the cue is in the sentence before, in
    // this paragraph or at the end of the one before (`Reporter Jomana Karadsheh says:`).
    if open == sentence.lowerBound, open > 0, facts[open - 1].shape == .colon {
      lower = scan.sentences[Int(facts[open - 1].sentence)].tokens.lowerBound
      paragraphStart = min(paragraphStart, lower)
    }
    // A quoted phrase inside reported speech belongs to the report's speaker, the first cue
    // of the sentence (`Cruz said he is certain Rubio will continue to be “a champion”` →
    // Cruz); a quotation to the nearest cue before it.
    var floor = max(lower, paragraphStart)
    if let clause = coordinateClauseStart(before: open, floor: floor, block: block) {
      floor = clause
    } else if let clause = mainClauseStart(after: floor, before: open, block: block) {
      floor = clause
    }
    // A cue right before the quotation (`Tyler said, “…”`) attributes it whatever came before.
    var adjacent = open - 1
    while adjacent > floor, facts[adjacent].shape == .comma || facts[adjacent].shape == .colon {
      adjacent -= 1
    }
    // `in a clip that Judge Ann Mosman called “distasteful,” Tom Reyes …`: the relative
    // clause's subject speaks before any cue of the sentence around it.
    if adjacent >= floor,
      let found = relativeCueSubject(adjacent: adjacent, floor: floor, block: block)
    {
      return found
    }
    let nearFirst =
      !partial
      || (adjacent >= floor && facts[adjacent].info.contains(.cue)
        && !reportsEarlier(floor..<max(floor, adjacent - 1)))
    var order: [Int] = nearFirst ? Array((floor..<open).reversed()) : Array(floor..<open)
    // `After Trump argued that …, Rubio said only that his “numbers don’t add up”`: a cue in a
    // subordinate clause that opens the sentence comes after those of the main clause. On
    // PolNeAR train direct sources right 5,136 → 5,144 of 6,319, dev 554 either way. So does
    // one in a lead-in a preposition opens (`Despite what she wrote, Reyes said he “could
    // still back it”`): train 5,646 → 5,648, dev 610 → 611.
    if !nearFirst, facts[floor].shape.isWord,
      Attribution.leadInOpeners.contains(facts[floor].hash),
      let comma = (floor..<open).first(where: { facts[$0].shape == .comma })
    {
      order = Array((comma + 1)..<open) + Array(floor..<comma)
    } else if !nearFirst,
      let sub = ((floor + 1)..<open).last(where: {
        facts[$0].shape == .lower && Attribution.subordinators.contains(facts[$0].hash)
          && !insideQuote[$0]
      }),
      (sub..<open).contains(where: { !insideQuote[$0] && cueVerb(at: $0) != nil })
    {
      // `Axelrod tweeted after Clinton argued that “if everyone had voted as he voted …”`: a
      // phrase inside a subordinate clause with a cue of its own is that cue's. On PolNeAR
      // train direct sources right 5,242 → 5,252 of 6,319, dev 564 → 565 of 705.
      order = Array(sub..<open) + Array(floor..<sub)
    }
    // `“…,” said Mr. Ekovich, who noted that prices had “cratered”`, `Trump, who has called the
    // pact “insanity,” and Sanders, who says it is “disastrous”`: a phrase after a relative
    // clause's cue is that clause's, whose `who` stands for its speaker where the phrase is.
    if !nearFirst,
      let k = (floor..<open).last(where: {
        !insideQuote[$0] && cueVerb(at: $0) != nil
          && relativeSubject(before: $0, floor: floor) != nil
      })
    {
      order = [k] + order.filter { $0 != k }
    }
    for k in order {
      if k > floor, Attribution.modals.contains(facts[k - 1].hash) { continue }
      if !insideQuote[k], let c = cueVerb(at: k), partial || !c.cue.contains(.partialOnly) {
        let cueText = scan.text(k..<(k + c.words.count))
        if c.words.first == Attribution.according {
          if let s = resolveObject(after: k + c.words.count, limit: open, block: block) {
            return (s, cueText)
          }
        }
        // `The town released a statement Wednesday saying Reyes’s comments “are …”`: a participle
        // right after a source noun (over a weekday) speaks for the subject that opens the
        // sentence, not for a name in the clause it reports. On PolNeAR train direct sources
        // right 5,669 → 5,670 of 6,319, dev 614 either way.
        if Attribution.endsLikeParticiple(scan, k), scan.bytes[Int(facts[k].end) - 1] == 0x67,
          let noun = sourceNounObject(before: k, floor: floor),
          let s = openingSubject(floor..<noun, before: noun, block: block, cued: true, loose: true)
        {
          return (s, cueText)
        }
        // `The two councillors, however, argue that …`: a short aside before the cue ends the
        // words that name its subject. On PolNeAR train direct sources right 5,655 → 5,658 of
        // 6,319 (here and in `speakerAfter`), dev 614 either way.
        let subjectEnd = interjectionStart(before: k, floor: floor) ?? k
        let near = resolveSubject(floor..<subjectEnd, block: block, nearestFirst: true)
        // `The mayor came close to admitting that the pier had failed in north Harbourton,
        // saying, “…”`: a participle in `-ing` after a comma speaks for the subject that opens
        // the sentence before any name nearer to it; a pronoun nearer to it is a subject
        // itself (`Reyes …, though last week he used stronger words, saying`), though not a
        // reflexive (`Adebayo compared herself to Reyes, saying`). Any verb follows the subject
        // (`Ruth Adebayo threw her support behind Tom Reyes, saying`). On PolNeAR train direct
        // sources right 5,597 → 5,601 of 6,319, dev 604 → 607 of 705.
        let nearPronoun = near.map {
          $0.rule == .pronoun && Attribution.subjectPronouns.contains(facts[$0.token].hash)
        }
        // A name with a cue of its own keeps it (`Reyes left early, Adebayo said, adding, “…”`).
        let nearCued =
          near.map { n in
            (n.token + 1..<k).contains { !insideQuote[$0] && cueVerb(at: $0) != nil }
          } ?? false
        if nearPronoun != true, !nearCued, k > floor + 1, facts[k - 1].shape == .comma,
          Attribution.endsLikeParticiple(scan, k), scan.bytes[Int(facts[k].end) - 1] == 0x67,
          let s = openingSubject(
            floor..<(k - 1), before: k - 1, block: block, cued: true, loose: true)
        {
          return (s, cueText)
        }
        // `Adebayo praised Mayor Tom Reyes and said, “…”`, `Adebayo backed Reyes for years, but
        // now says …`: a cue right after `and` or `but` is a second verb of the clause's
        // subject, not of the name or pronoun nearest to it. On PolNeAR train direct sources
        // right 5,621 → 5,631 of 6,319, dev 610 either way. A relative pronoun before the first
        // verb is the subject of both (`Tom Reyes, who backed the pier and said`).
        if let conjunction = verbConjunction(before: k, floor: floor),
          relativeSubject(before: k, floor: floor) == nil,
          let s = openingSubject(
            floor..<conjunction, before: conjunction, block: block, cued: true, loose: true)
        {
          return (s, cueText)
        }
        // `The senator said he rarely asks for help, “except from friends.”`: a pronoun that
        // opens the clause an earlier cue reports stands for that cue's subject, which names
        // the speaker. On PolNeAR train direct sources right 5,636 → 5,639 of 6,319, dev 610
        // either way.
        if let n = near, let outer = reportingSubject(of: n, floor: floor, block: block) {
          return outer
        }
        if let s = near { return (s, cueText) }
        // `The radioman pointed out, “…”`: an unnamed phrase that is all the sentence holds
        // before a cue adjacent to a quotation is its source, whatever its head noun (a title
        // or slogan stands in no such frame). On PolNeAR train direct sources right 5,562 →
        // 5,564 of 6,319, dev 600 either way. Before a quoted phrase the cue need not be
        // adjacent (`Her economic plan promises to “lift up …”`, `Another notes her summer job
        // “sliming” fish`): train 5,574 → 5,580, dev 600 → 602.
        if k > floor, partial || k + c.words.count == adjacent + 1,
          let s = phraseBetween(floor..<subjectEnd, block: block)
        {
          return (s, cueText)
        }
        // `Ms. Warren praised Mrs. Clinton's advocacy for families, saying she had “steady
        // hands”`: a participle after a comma speaks for the subject of its sentence. On PolNeAR
        // train direct sources right 5,203 → 5,218 of 6,319, dev 559 → 561 of 705.
        // The subject that opens the sentence comes first (`He also issued a statement,
        // saying, “…”`, `The billionaire businessman began …, saying`): PolNeAR train direct
        // sources right 5,483 -> 5,490 of 6,319, dev 590 either way.
        if k > floor + 1, facts[k - 1].shape == .comma, Attribution.endsLikeParticiple(scan, k),
          let s = openingSubject(floor..<(k - 1), before: k - 1, block: block, cued: true)
            ?? resolveSubject(floor..<(k - 1), block: block, nearestFirst: false)
        {
          return (s, cueText)
        }
        // `telling CNN that Trump is a “faker”`: whom a cue addresses is not its speaker (on
        // PolNeAR train direct sources right 5,052 → 5,060 of 6,319, dev 551 → 552 of 705).
        if !c.cue.contains(.objectFirst),
          let s = resolveObject(after: k + c.words.count, limit: open, block: block)
        {
          return (s, cueText)
        }
      }
    }
    return nil
  }

  /// `released a statement Wednesday saying`: the source noun in lower case right before the cue
  /// at `k`, over a weekday, after its determiner or modifier, which follows a verb that issues
  /// it. Nil otherwise: the subject of "received an email saying" or "obtained a memo saying"
  /// did not write it (second review of 4fc2e05).
  func sourceNounObject(before k: Int, floor: Int) -> Int? {
    var t = k - 1
    if t > floor, RunParser.weekdays.contains(facts[t].hash) { t -= 1 }
    guard t > floor + 2, facts[t].shape == .lower, facts[t].info.contains(.sourceNoun),
      facts[t - 1].shape == .lower, Attribution.issuingVerbs.contains(facts[t - 2].hash)
    else { return nil }
    return t
  }

  /// Verbs whose subject puts out the statement it names (`released`, `issued`, `sent`, `put
  /// out`): the ones news uses before "a statement … saying"; written for Lede.
  static let issuingVerbs = KeySet(
    [
      "released", "releases", "issued", "issues", "sent", "sends", "out", "posted", "posts",
      "published", "publishes", "circulated", "distributed", "emailed", "tweeted",
    ].map { WordHash.of($0) })

  /// The subject of a partial quote's sentence: its first person or organisation.
  func sentenceSubject(_ sentence: Range<Int>, before open: Int, block: Int) -> (
    speaker: Speaker, cue: String?
  )? {
    if let s = possessorOfCueNoun(before: open, sentence: sentence, block: block) {
      return (s, nil)
    }
    if var s = relativeClauseSubject(sentence, before: open) {
      s.rule = .subject
      return (s, nil)
    }
    if let s = clauseSubject(sentence, before: open, block: block) { return (s, nil) }
    // Read loosely, as before a colon: any verb after the opening subject (`Mills forwards an
    // email with the subject line “…”`), and a phrase a quantifier opens whatever its head (`Some
    // students may have thought …`). On PolNeAR train direct sources right 5,613 → 5,621 of
    // 6,319, dev 609 → 610 of 705.
    if let s = openingSubject(sentence, before: open, block: block, loose: true) {
      return (s, nil)
    }
    // The nearest person or organisation before the quote that a verb follows: the subject
    // of the clause the quote stands in (`Putin and Kim met, with the North Korean leader
    // backing Russia and wishing the president victory against the “…”` → Kim).
    var t = open - 1
    while t >= sentence.lowerBound {
      // `He talks about how his forces must be ready “to fight tonight”`: a subject pronoun
      // and the word after it, whatever the verb. On PolNeAR train direct sources right 5,090
      // → 5,136 of 6,319 (dev 555 → 554 of 705).
      if !insideQuote[t], facts[t].shape.isWord,
        Attribution.subjectPronouns.contains(facts[t].hash), t + 1 < open,
        facts[t + 1].shape == .lower
      {
        var s = resolvePronoun(t, block: block) ?? unresolvedPronoun(t, block: block)
        s.rule = .subject
        return (s, nil)
      }
      // A possessive is no subject (`calling Rubio’s proposed credit “a welfare payment”`).
      if !insideQuote[t], let m = analysis.mention(covering: t), m.tokens.upperBound - 1 == t,
        let name = m.canonical, m.kind == .person || m.kind == .organization, !facts[t].possessive
      {
        var next = m.tokens.upperBound
        while next < open, facts[next].shape == .lower,
          scan.bytes[Int(facts[next].end) - 1] == 0x79,
          scan.bytes[Int(facts[next].end) - 2] == 0x6C
        {
          next += 1  // `fully`, `strongly`
        }
        let before = m.tokens.lowerBound - 1
        // `with X backing …` makes X a subject; `against X`, `for X` do not.
        let afterPreposition =
          before >= sentence.lowerBound && facts[before].hash != Attribution.with
          && Attribution.prepositions.contains(facts[before].hash)
        if next < open, readsAsVerb(next), !afterPreposition {
          return (
            Speaker(
              name: name, span: m.span, token: m.tokens.lowerBound, block: block, gender: m.gender,
              rule: .subject), nil
          )
        }
        t = m.tokens.lowerBound
      }
      t -= 1
    }
    guard var s = resolveSubject(sentence.lowerBound..<open, block: block, nearestFirst: false)
    else { return nil }
    s.rule = .subject
    return (s, nil)
  }

  /// `Trump, who has cast himself as the “law and order candidate,” …`: a phrase inside a
  /// relative clause on a name is the name's, and `who` (or `which`) is its source as `he`
  /// would be; the nearest such pronoun before the phrase whose antecedent is named (`Ivanka
  /// Trump, who called him an executive who would be “…”` → Ivanka Trump). On PolNeAR train
  /// direct sources right 5,523 → 5,527 of 6,319, dev 594 either way.
  func relativeClauseSubject(_ sentence: Range<Int>, before open: Int) -> Speaker? {
    var t = open - 1
    while t > sentence.lowerBound + 1 {
      // `Trump, who he branded a “bully”`, `Bannon, who Beck on Wednesday called “…”`: a
      // subject right after the pronoun makes it the object, and the subject speaks.
      if !insideQuote[t], facts[t].shape == .lower,
        Attribution.objectRelatives.contains(facts[t].hash),
        let s = subject(at: t + 1, before: open)
      {
        return s
      }
      if !insideQuote[t], facts[t].shape == .lower, Attribution.relatives.contains(facts[t].hash),
        let s = relativeAntecedent(t, floor: sentence.lowerBound)
      {
        return s
      }
      t -= 1
    }
    return nil
  }

  /// A quote with no cue of its own: the last speaker of this paragraph, else (when this one
  /// opens with the quote) the person the paragraph before names as reading or writing, else
  /// the last speaker of the two paragraphs before.
  func carriedSpeaker(before open: Int, block: Int, paragraph: Range<Int>) -> (
    speaker: Speaker, cue: String?
  )? {
    if let last = speakers.last(where: { $0.token < open }) {
      var carried = last
      carried.rule = .carried
      if last.block == block { return (carried, nil) }
    }
    if open == paragraph.lowerBound, let n = narrator(before: open, block: block) {
      return (n, nil)
    }
    if let last = speakers.last(where: { $0.token < open }), open == paragraph.lowerBound,
      last.block >= block - 2
    {
      var carried = last
      carried.rule = .carried
      return (carried, nil)
    }
    // The nearest person mentioned before the quote in this paragraph.
    var k = open - 1
    while k >= paragraph.lowerBound {
      if let m = analysis.mention(covering: k), m.kind == .person, let name = m.canonical {
        return (
          Speaker(
            name: name, span: m.span, token: k, block: block, gender: m.gender, rule: .nearby),
          nil
        )
      }
      k -= 1
    }
    return nil
  }

  /// The subject that starts at token `t`, before `open`: a subject pronoun a word in lower
  /// case follows, or a person's name that is no possessive. Nil for anything else.
  func subject(at t: Int, before open: Int) -> Speaker? {
    guard t + 1 < open, !insideQuote[t] else { return nil }
    let block = scan.block(of: t)
    if facts[t].shape.isWord, Attribution.subjectPronouns.contains(facts[t].hash),
      facts[t + 1].shape == .lower
    {
      return resolvePronoun(t, block: block) ?? unresolvedPronoun(t, block: block)
    }
    guard let m = analysis.mention(covering: t), m.tokens.lowerBound == t, m.kind == .person,
      let name = m.canonical, m.tokens.upperBound < open, !facts[m.tokens.upperBound - 1].possessive
    else { return nil }
    return Speaker(name: name, span: m.span, token: t, block: block, gender: m.gender)
  }
}

extension Attribution {
  /// The comma that opens an aside of one or two words in lower case right before token `k`
  /// (`The union, however, said`, `The board, in turn, called`): no cue, determiner or
  /// relative pronoun among them (`, who said`, `, a spokesman, said` are read elsewhere). Nil
  /// when none does.
  func interjectionStart(before k: Int, floor: Int) -> Int? {
    guard k - 3 > floor, facts[k - 1].shape == .comma else { return nil }
    for width in 1...2 {
      let c = k - 2 - width
      guard c > floor else { return nil }
      if facts[c].shape == .comma,
        ((c + 1)..<(k - 1)).allSatisfy({
          facts[$0].shape == .lower && !insideQuote[$0] && cueVerb(at: $0) == nil
            && !facts[$0].info.contains(.determiner)
            && !Attribution.relativeWords.contains(facts[$0].hash)
        })
      {
        return c
      }
    }
    return nil
  }
}
