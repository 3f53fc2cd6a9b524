extension Attribution {
  /// The quote of a pair of quotation marks, direct or partial, with its speaker.
  mutating func quote(
    _ pair: QuoteMarkPair, block: Int, paragraph: Range<Int>, continuing: Speaker?
  ) {
    let open = pair.open
    let sentence = scan.sentences[Int(facts[open].sentence)].tokens
    let isDirect =
      continuing != nil || opensSentence(open, sentence: sentence, paragraph: paragraph)
      || endsWithSentencePunctuation(pair)
        && (open == paragraph.lowerBound || facts[open - 1].shape == .comma
          || cue(at: open - 1) != nil)
    let kind: QuoteKind = isDirect ? .direct : .partial
    var found: (speaker: Speaker, cue: String?)?
    if var continuing {
      // A paragraph that continues a quotation may name its speaker at its end.
      continuing.rule = .carried
      found = speakerAfter(pair, paragraph: paragraph, block: block) ?? (continuing, nil)
    } else if let asked = askedFrame(open, sentence: sentence, block: block) {
      found = asked.asker.map { ($0, nil) }
    } else if kind == .direct {
      // A cue right before the quotation (`Feinstein said “…”`) names its speaker before a
      // cue after it does.
      var cueBefore = open - 1
      while cueBefore > sentence.lowerBound,
        facts[cueBefore].shape == .comma || facts[cueBefore].shape == .colon
      {
        cueBefore -= 1
      }
      let adjacent =
        cueBefore > sentence.lowerBound && !insideQuote[cueBefore]
          && cueVerb(at: cueBefore) != nil
        ? speakerBefore(open, sentence: sentence, paragraph: paragraph, block: block) : nil
      found =
        adjacent
        ?? speakerAfter(pair, paragraph: paragraph, block: block, nameAndVerb: true)
        ?? speakerBefore(open, sentence: sentence, paragraph: paragraph, block: block)
        ?? colonSubject(before: open, block: block).map { ($0, nil) }
        ?? midSentenceSubject(open, sentence: sentence, block: block)
        ?? signature(below: pair, paragraph: paragraph).map { ($0, nil) }
        ?? carriedSpeaker(before: open, block: block, paragraph: paragraph)
    } else {
      // A cue after the phrase in its sentence (`the prime minister “looked ashen,” Mr. Arad
      // said`) names its speaker before the sentence's subject does: on PolNeAR train direct
      // sources right 5,144 → 5,196 of 6,319, dev 554 → 558 of 705.
      found =
        passiveAgent(pair, block: block).map { ($0, nil) }
        ?? cuedRightAfter(pair, sentence: sentence, paragraph: paragraph, block: block)
        ?? speakerBefore(
          open, sentence: sentence, paragraph: paragraph, block: block, partial: true)
        ?? speakerAfter(pair, paragraph: paragraph, block: block)
        ?? sentenceSubject(sentence, before: open, block: block)
    }
    // The outer source names the quote, but the inner speaker is the one later quotations
    // carry on. A speaker named by a cue of its own keeps the quote ("…,” Sanders said,
    // according to CNN" is Sanders's words, though PolNeAR names CNN).
    let outer =
      continuing == nil && found?.cue == nil ? accordingAfter(pair, block: block) : nil
    quotes.append(
      makeQuote(
        pair.content, kind: kind, speaker: outer?.speaker ?? found?.speaker,
        cue: outer?.cue ?? found?.cue))
    if var s = found?.speaker {
      s.token = open
      s.block = block
      record(s)
    }
  }

  /// `Reyes could not say that “from his perspective,” Adebayo added`: a phrase that ends in a
  /// comma inside its marks, with a speaker and a cue right after it, is set off as a
  /// quotation is, and is that speaker's before any cue earlier in its sentence that does not
  /// report it. A sentence whose subject and cue stand before the marks keeps its speaker
  /// (`Mayor Tom Reyes told the council the pier was “beyond repair,” the Gazette reported` is
  /// Reyes's; after a review). On PolNeAR train direct sources right 5,666 → 5,667 of 6,319,
  /// dev 614 either way.
  func cuedRightAfter(
    _ pair: QuoteMarkPair, sentence: Range<Int>, paragraph: Range<Int>, block: Int
  ) -> (speaker: Speaker, cue: String?)? {
    guard let close = pair.close, close > pair.open + 1, facts[close - 1].shape == .comma,
      close + 1 < paragraph.upperBound
    else { return nil }
    // The speaker right after the marks (`Adebayo added`, `the Gazette reported`, `he said`;
    // `according to X` is left to `accordingAfter`), not a clause a conjunction opens (`…,”
    // and Reyes vowed`, `…,” as Reyes put it`); and no subordinate clause before the phrase,
    // whose own cue reports it (`After Reyes said that …“…,” Adebayo said`).
    let next = facts[close + 1]
    let before = sentence.lowerBound..<pair.open
    guard
      next.shape != .lower || next.hash == RunParser.the
        || Attribution.subjectPronouns.contains(next.hash),
      !before.contains(where: {
        !insideQuote[$0] && facts[$0].shape.isWord
          && Attribution.subordinators.contains(facts[$0].hash)
      }),
      !before.contains(where: { reportsInItsOwnRight($0, floor: sentence.lowerBound) }),
      let found = speakerAfter(pair, paragraph: paragraph, block: block), found.cue != nil,
      found.speaker.token <= close + 4
    else { return nil }
    return found
  }

  /// Whether token `k`, outside quotation marks, is a cue that says its subject said something:
  /// not one after a modal, a negation or a form of `be` (`could not say`, `cannot say`, `could
  /// be termed`), which reports nothing its subject said.
  func reportsInItsOwnRight(_ k: Int, floor: Int) -> Bool {
    guard !insideQuote[k], facts[k].shape == .lower, cueVerb(at: k) != nil else { return false }
    var p = k - 1
    while p >= floor, facts[p].shape == .lower, Attribution.endsInLy(scan, p) { p -= 1 }
    guard p >= floor, facts[p].shape.isWord else { return true }
    let h = facts[p].hash
    return !Attribution.modals.contains(h) && !Attribution.negations.contains(h)
      && !Attribution.passiveAuxiliaries.contains(h) && h != Attribution.cannot
  }

  /// The quotation that runs over paragraphs takes the speaker its last paragraph names
  /// (`“…` / `“…,” said Tom Reyes.`) where its earlier paragraphs named none of their own.
  mutating func backFillRun() {
    guard let last = quotes.last, last.speaker != nil || last.source != nil else { return }
    // Those with no source of their own (not those the carried rule gave one): tested on the
    // fields, so that retuning the confidences never moves it.
    for i in runOn where quotes[i].speaker == nil && quotes[i].source == nil {
      quotes[i].speaker = last.speaker
      quotes[i].source = last.source
      quotes[i].speakerSpan = last.speakerSpan
      quotes[i].cue = last.cue
      quotes[i].confidence = AttributionRule.carried.confidence
    }
  }

  /// A quote of `content` attributed to `speaker`: its source is the text of the speaker's span.
  func makeQuote(_ content: Span, kind: QuoteKind, speaker: Speaker?, cue: String?) -> Quote {
    let span = speaker?.span.map(withArticle)
    return Quote(
      articleText: scan.article.text, kind: kind, span: content,
      source: span.map { scan.text($0.start, $0.end) }, speakerSpan: span,
      speaker: speaker?.name, speakerKind: speaker?.name.flatMap { kindOfName[$0] }, cue: cue,
      confidence: speaker?.rule.confidence ?? AttributionRule.unattributed)
  }

  /// A name's span with the article written before it: `the US`, `The New York Post`.
  func withArticle(_ span: Span) -> Span {
    let b = scan.bytes
    let s = span.start
    guard s >= 4, b[s - 1] == 0x20, b[s - 2] == 0x65, b[s - 3] == 0x68,
      b[s - 4] == 0x74 || b[s - 4] == 0x54, s == 4 || !Self.isLetter(b[s - 5])
    else { return span }
    return Span(start: s - 4, end: span.end)
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  func opensSentence(_ open: Int, sentence: Range<Int>, paragraph: Range<Int>) -> Bool {
    if open <= paragraph.lowerBound || open <= sentence.lowerBound { return true }
    let previous = facts[open - 1].shape
    return previous == .colon || previous == .dash || previous.endsSentence
      || previous == .closeQuote || previous == .openParen
  }

  /// Whether token `t` ends a sentence: a period before a comma or a closing bracket ends an
  /// abbreviation instead (`Rep. Glenn Thompson, R-Pa., said`, `Rep. Gwen Moore (D-Wis.) said`).
  func endsSentence(at t: Int) -> Bool {
    guard facts[t].shape.endsSentence else { return false }
    guard facts[t].shape == .period, t + 1 < facts.count else { return true }
    return facts[t + 1].shape != .comma && facts[t + 1].shape != .closeParen
  }

  func endsWithSentencePunctuation(_ pair: QuoteMarkPair) -> Bool {
    guard let close = pair.close, close > pair.open + 1 else { return pair.close == nil }
    let last = facts[close - 1].shape
    return last == .comma || last.endsSentence
  }

  /// `“I went to Wall Street before the crash.”` ¶ `— Hillary Clinton.`: a quotation that
  /// fills its paragraph is signed by the next paragraph when that opens with a dash and a
  /// person's name (over a title, `-President Obama, tweeting`). Nil otherwise. On PolNeAR
  /// train direct sources right 5,547 → 5,554 of 6,319.
  func signature(below pair: QuoteMarkPair, paragraph: Range<Int>) -> Speaker? {
    guard pair.open == paragraph.lowerBound, let close = pair.close,
      (close + 1..<paragraph.upperBound).allSatisfy({ facts[$0].shape.endsSentence }),
      paragraph.upperBound + 1 < facts.count, facts[paragraph.upperBound].shape == .dash
    else { return nil }
    var t = paragraph.upperBound + 1
    let block = scan.block(of: t)
    guard block != scan.block(of: pair.open) else { return nil }
    if analysis.mention(covering: t) == nil, facts[t].info.contains(.title), t + 1 < facts.count {
      t += 1
    }
    guard let m = analysis.mention(covering: t), m.kind == .person, let name = m.canonical,
      scan.block(of: m.tokens.upperBound - 1) == block
    else { return nil }
    return Speaker(name: name, span: m.span, token: t, block: block, gender: m.gender)
  }
}
