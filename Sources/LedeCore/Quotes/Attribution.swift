/// One pass over an article's paragraphs that finds quotations and their speakers.
struct Attribution {
  let scan: ArticleScan
  let analysis: EntityAnalysis
  let facts: [TokenFact]
  /// The kind of entity each canonical name of the article is (a person where a name is also
  /// something else), so a quote's speaker keys its corpus-wide entity.
  let kindOfName: [String: EntityKind]
  var quotes: [Quote] = []
  /// Who spoke, in text order: direct, partial and indirect attributions all count.
  var speakers: [Speaker] = []
  var insideQuote: [Bool]
  /// Speakers of transcript labels by role (`correspondent`), for `REPORTER (voice-over):`.
  var labelledRoles: [UInt64: Speaker] = [:]
  /// The quotes (indices into `quotes`) of the quotation running on over paragraphs so far.
  var runOn: [Int] = []
  /// Whether the headline is being read: its cues may be capitalised (`Mayor Says Budget Will
  /// Pass`), and its speakers carry to no quotation of the body.
  var readingTitle = false

  /// Who a quote is attributed to: the canonical name (nil for a source that names no
  /// entity, `a Kremlin spokesman`) and the span of the words that name them at the quote.
  struct Speaker {
    var name: String?
    var span: Span?
    var token: Int
    var block: Int
    var gender: Gender
    var rule: AttributionRule = .named
  }

  static let that = WordHash.of("that")
  static let with = WordHash.of("with")
  /// Words before a verb that make it no speech act of the moment (`Rubio will continue`).
  static let modals = Set(
    ["will", "would", "could", "should", "may", "might", "to", "can"].map { WordHash.of($0) })
  static let according = WordHash.of("according")
  static let of = WordHash.of("of")
  /// Words after a verb of saying the cue list lacks (`shot back`, `went on`).
  static let verbParticles = Set(["back", "on", "in"].map { WordHash.of($0) })
  static let says = WordHash.of("says")
  static let said = WordHash.of("said")
  /// Prepositions after which a cue word is a noun (`secretary of state`); not `to`, which
  /// makes an infinitive (`declined to say`).
  static let nounPrepositions = Set(
    ["of", "in", "on", "at", "from", "for", "with", "by", "about", "into", "against"].map {
      WordHash.of($0)
    })
  /// Words that open a subordinate clause (`After Trump argued that …, Rubio said`).
  static let subordinators = Set(
    [
      "after", "when", "while", "as", "although", "though", "because", "if", "since", "before",
      "once", "until", "whereas", "whether",
    ].map { WordHash.of($0) })
  /// Words after which a cue word is a noun (`the report stated`, `his claims`).
  static let nounDeterminers = Set(
    ["the", "a", "an", "this", "his", "her", "its", "their", "our", "my", "your"].map {
      WordHash.of($0)
    })

  /// Records who spoke, keeping `speakers` in text order: a paragraph's reported speech is
  /// found before its quotations, and a quote with no cue takes the nearest speaker before it
  /// (`He urged the party to “do the right thing.” Then he promised that he would stay. “…!”`
  /// → he, not the party). On PolNeAR train direct sources right 5,060 → 5,062 of 6,319, dev
  /// 552 either way.
  mutating func record(_ s: Speaker) {
    var i = speakers.count
    while i > 0, speakers[i - 1].token > s.token { i -= 1 }
    speakers.insert(s, at: i)
  }
  static let reporterRoles = Set(["reporter", "correspondent"].map { WordHash.of($0) })

  init(scan: ArticleScan, analysis: EntityAnalysis) {
    self.scan = scan
    self.analysis = analysis
    self.facts = scan.facts
    var kinds: [String: EntityKind] = [:]
    for m in analysis.mentions {
      guard let kind = m.kind, let name = m.canonical, kinds[name] != .person else { continue }
      kinds[name] = kind
    }
    self.kindOfName = kinds
    self.insideQuote = [Bool](repeating: false, count: scan.facts.count)
  }

  /// The token range of each block that has sentences.
  func blockRanges() -> [(block: Int, tokens: Range<Int>)] {
    var ranges: [(Int, Range<Int>)] = []
    for sentence in scan.sentences {
      let r = sentence.tokens.clamped(to: 0..<facts.count)
      if let last = ranges.last, last.0 == sentence.block {
        ranges[ranges.count - 1].1 = last.1.lowerBound..<max(last.1.upperBound, r.upperBound)
      } else {
        ranges.append((sentence.block, r))
      }
    }
    return ranges
  }

  mutating func run() -> [Quote] {
    let blocks = scan.article.blocks
    var runsOnSpeaker: Speaker?
    for (block, tokens) in blockRanges() where !tokens.isEmpty {
      let role = block < blocks.count ? blocks[block].role : .paragraph
      // A headline reports speech as a sentence does (`Mayor says the budget will pass`):
      // PolNeAR annotates 430 attributions in its train headlines. Only its reported speech
      // is read; a quotation there is left to the body's rules.
      if role == .title {
        readingTitle = true
        indirectSpeech(in: tokens, block: block)
        headlineColon(tokens, block: block)
        readingTitle = false
        continue
      }
      guard role == .paragraph || role == .standfirst else { continue }
      let blockEnd =
        block < blocks.count ? blocks[block].span.end : Int(facts[tokens.upperBound - 1].end)
      var start = tokens.lowerBound
      if let label = SpeakerLabel.parse(scan, from: tokens.lowerBound, to: tokens.upperBound) {
        start = label.contentStart
        labelQuote(label, block: block, blockEnd: blockEnd)
      }
      let pairs = QuoteMarks.pairs(scan, in: start..<tokens.upperBound, blockEnd: blockEnd)
      for pair in pairs {
        for t in (pair.open + 1)..<(pair.close ?? tokens.upperBound) { insideQuote[t] = true }
      }
      indirectSpeech(in: start..<tokens.upperBound, block: block)
      let continues = pairs.first.map { $0.open == start } ?? false
      if !continues { runOn = [] }
      for (n, pair) in pairs.enumerated() {
        let continued = n == 0 && continues ? runsOnSpeaker : nil
        quote(pair, block: block, paragraph: start..<tokens.upperBound, continuing: continued)
        if n == 0 && continues { backFillRun() }
      }
      if let last = pairs.last, last.runsOn, quotes.last?.kind == .direct {
        if !continues || pairs.count > 1 { runOn = [] }
        runOn.append(quotes.count - 1)
      } else {
        runOn = []
      }
      runsOnSpeaker = nil
      if let last = pairs.last, last.runsOn, let q = quotes.last, q.kind == .direct,
        q.speaker != nil || q.source != nil
      {
        runsOnSpeaker = Speaker(
          name: q.speaker, span: q.speakerSpan, token: last.open, block: block,
          gender: q.speaker.flatMap { analysis.genders[$0] } ?? .unknown, rule: .carried)
      }
    }
    quotes.sort { $0.span < $1.span }
    return quotes
  }

  // MARK: Transcript labels

  mutating func labelQuote(_ label: SpeakerLabel, block: Int, blockEnd: Int) {
    guard label.contentStart < facts.count else { return }
    let content = QuoteMarks.trimmed(scan, Int(facts[label.contentStart].start), blockEnd)
    var speaker: Speaker?
    if let name = label.name {
      let canonical =
        analysis.mention(covering: name.lowerBound)?.canonical
        ?? SpeakerLabel.titleCased(scan.text(name))
      speaker = Speaker(
        name: canonical, span: scan.nameSpan(name), token: name.lowerBound, block: block,
        gender: analysis.genders[canonical] ?? .unknown, rule: .label)
      if let role = label.role {
        labelledRoles[Attribution.reporterRoles.contains(role) ? 0 : role] = speaker
      }
    } else if let role = label.role {
      speaker = labelledRoles[Attribution.reporterRoles.contains(role) ? 0 : role]
    }
    var s = speaker
    if label.name == nil { s?.span = nil }  // `REPORTER (voice-over):` names no one here
    quotes.append(makeQuote(content, kind: .direct, speaker: s, cue: nil))
    if var s = speaker {
      s.token = label.colon
      record(s)
    }
  }

  // MARK: Quotations

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
    } else if kind == .direct {
      found =
        speakerAfter(pair, paragraph: paragraph, block: block, nameAndVerb: true)
        ?? speakerBefore(open, sentence: sentence, paragraph: paragraph, block: block)
        ?? colonSubject(before: open, block: block).map { ($0, nil) }
        ?? midSentenceSubject(open, sentence: sentence, block: block)
        ?? carriedSpeaker(before: open, block: block, paragraph: paragraph)
    } else {
      // A cue after the phrase in its sentence (`the prime minister “looked ashen,” Mr. Arad
      // said`) names its speaker before the sentence's subject does: on PolNeAR train direct
      // sources right 5,144 → 5,196 of 6,319, dev 554 → 558 of 705.
      found =
        speakerBefore(open, sentence: sentence, paragraph: paragraph, block: block, partial: true)
        ?? speakerAfter(pair, paragraph: paragraph, block: block)
        ?? sentenceSubject(sentence, before: open, block: block)
    }
    quotes.append(makeQuote(pair.content, kind: kind, speaker: found?.speaker, cue: found?.cue))
    if var s = found?.speaker {
      s.token = open
      s.block = block
      record(s)
    }
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
    var limit = min(paragraph.upperBound, t + 20)
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
          limit = min(paragraph.upperBound, t + 20)
          k = t
          continue
        }
      }
      if f.shape.isQuoteMark || endsSentence(at: k) || f.shape == .semicolon { break }
      if let c = cueVerb(at: k), !c.cue.contains(.partialOnly) {
        let cueText = scan.text(k..<(k + c.words.count))
        if k > t, let s = resolveSubject(t..<k, block: block) { return (s, cueText) }
        if k > t, let s = phraseBetween(t..<k, block: block) { return (s, cueText) }
        // `“…” about pay and pensions, said Dana Whitlock`: the speaker follows the cue, unless
        // the cue's object is whom it addresses (`told`, `accused`).
        if k == t || facts[k - 1].shape == .comma, !c.cue.contains(.objectFirst),
          let s = resolveObject(after: k + c.words.count, limit: paragraph.upperBound, block: block)
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
    if let m = analysis.mention(covering: t), m.tokens.lowerBound == t, m.kind == .person,
      let name = m.canonical, !facts[m.tokens.upperBound - 1].possessive
    {
      speaker = Speaker(name: name, span: m.span, token: t, block: block, gender: m.gender)
      verb = m.tokens.upperBound
    } else if facts[t].shape.isWord,
      !facts[t].info.intersection([.pronounMale, .pronounFemale]).isEmpty,
      !facts[t].info.contains(.determiner)
    {
      speaker = resolvePronoun(t, block: block) ?? unresolvedPronoun(t, block: block)
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
    let floor = max(lower, paragraphStart)
    // A cue right before the quotation (`Tyler said, “…”`) attributes it whatever came before.
    var adjacent = open - 1
    while adjacent > floor, facts[adjacent].shape == .comma || facts[adjacent].shape == .colon {
      adjacent -= 1
    }
    let nearFirst =
      !partial
      || (adjacent >= floor && facts[adjacent].info.contains(.cue)
        && !reportsEarlier(floor..<max(floor, adjacent - 1)))
    var order: [Int] = nearFirst ? Array((floor..<open).reversed()) : Array(floor..<open)
    // `After Trump argued that …, Rubio said only that his “numbers don’t add up”`: a cue in a
    // subordinate clause that opens the sentence comes after those of the main clause. On
    // PolNeAR train direct sources right 5,136 → 5,144 of 6,319, dev 554 either way.
    if !nearFirst, facts[floor].shape.isWord, Attribution.subordinators.contains(facts[floor].hash),
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
        if let s = resolveSubject(floor..<k, block: block, nearestFirst: true) {
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

  /// The subject of a partial quote's sentence: its first person or organisation.
  func sentenceSubject(_ sentence: Range<Int>, before open: Int, block: Int) -> (
    speaker: Speaker, cue: String?
  )? {
    if let s = possessorOfCueNoun(before: open, sentence: sentence, block: block) {
      return (s, nil)
    }
    if let s = openingSubject(sentence, before: open, block: block) { return (s, nil) }
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

  /// A quote with no cue of its own: the last speaker of this paragraph, else of the
  /// paragraph before when this one opens with the quote.
  func carriedSpeaker(before open: Int, block: Int, paragraph: Range<Int>) -> (
    speaker: Speaker, cue: String?
  )? {
    if let last = speakers.last(where: { $0.token < open }) {
      var carried = last
      carried.rule = .carried
      if last.block == block { return (carried, nil) }
      if open == paragraph.lowerBound, last.block >= block - 2 { return (carried, nil) }
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
}
