import LedeCore

/// One article being read for stances: the token view, the entities and quotes, and the
/// records found so far.
struct StanceScan {
  /// A source or target actor: its name and where it is mentioned.
  struct Actor: Hashable {
    var name: String
    var span: Span?
    /// Who voiced the actor's position, when someone else (a spokesperson).
    var speaker: String?
    /// False for a holder named by its role only ("a Russian official").
    var named = true
  }

  /// Nouns and adjectives for a crowd before a nominal cue: "voter opposition", "public
  /// support" (drawn PolNeAR train records, seed 1005).
  static let crowdModifiers: Set<String> = [
    "voter", "public", "popular", "grassroots", "bipartisan", "widespread", "party", "member",
    "donor", "union", "worker", "business", "industry", "international", "local",
  ]

  let article: Article
  let lexicon: StanceLexicon
  let text: StanceText
  let entities: [Entity]
  let quotes: [Quote]
  /// Whom the article's gendered pronouns refer to (Core's rule, the quote layer's).
  let pronouns: PronounReferents
  /// Gazetteer names of place entities, by the entity's start offset.
  let placeNames: [Int: String]
  /// Start offsets of states and towns named as places, not for who governs them.
  let localPlaces: Set<Int>
  /// Starts of the places the geoparser reads as actors (metonymy: "Washington claimed").
  let actorPlaces: Set<Int>
  var records: [StanceRecord] = []
  private var seen: Set<String> = []

  init(article: Article, lexicon: StanceLexicon) {
    self.article = article
    self.lexicon = lexicon
    self.text = StanceText(article)
    self.entities = article.entities
    self.quotes = article.quotes
    self.pronouns = article.pronounReferents
    var names: [Int: String] = [:]
    var local: Set<Int> = []
    var actors: Set<Int> = []
    for place in article.places {
      names[place.span.start] = place.name
      if place.role == .actor { actors.insert(place.span.start) }
      if place.kind == .admin || place.kind == .city, place.role != .actor, !place.isSeatMetonym {
        local.insert(place.span.start)
      }
    }
    self.placeNames = names
    self.localPlaces = local
    self.actorPlaces = actors
  }

  mutating func run() -> [StanceRecord] {
    // Read through locals: `self.text` and `self.lexicon`, passed from this mutating method,
    // were copied for every token (a 168-byte memcpy and more, about 4M instructions over 200
    // PolNeAR train texts).
    let text = self.text
    let lexicon = self.lexicon
    for (index, sentence) in article.sentences.enumerated() {
      let lower = sentence.tokens.lowerBound
      let limit = min(sentence.tokens.upperBound, text.count)
      var i = lower
      while i < limit {
        guard let (compiled, end) = lexicon.longestMatch(in: text, at: i, limit: limit) else {
          i += 1
          continue
        }
        // A cue inside a name ("Rapid Support Forces") is no cue.
        // "announced four votes for Trump, 31 for Cruz": a count makes the cue a noun.
        if text.entityOf[i] < 0, i == 0 || !isCount(i - 1),
          compiled.elements.count > 1 || !isNounUse(i)
        {
          read(compiled.cue, i..<end, sentence: index, in: lower..<limit)
        }
        i = end
      }
    }
    var used: Set<Int> = []
    for record in records {
      let t = tokenIndex(at: record.cueSpan.start)
      if t >= 0, text.quoteOf[t] >= 0 { used.insert(Int(text.quoteOf[t])) }
    }
    readEvaluations(skipping: used)
    records.sort { ($0.cueSpan.start, $0.source) < ($1.cueSpan.start, $1.source) }
    return records
  }

  /// Reads the clause around one cue and records what it says.
  private mutating func read(
    _ cue: StanceCue, _ cueRange: Range<Int>, sentence: Int, in bounds: Range<Int>
  ) {
    let q = text.quoteOf[cueRange.lowerBound]
    let quote = q >= 0 ? quotes[Int(q)] : nil
    // Inside a quote the clause cannot reach past the quoted words.
    var region = bounds
    if q >= 0 {
      var first = cueRange.lowerBound
      while first > bounds.lowerBound, text.quoteOf[first - 1] == q { first -= 1 }
      var last = cueRange.upperBound
      while last < bounds.upperBound, text.quoteOf[last] == q { last += 1 }
      region = first..<last
    }
    let voice: StanceVoice =
      quote.map { $0.kind == .indirect ? .indirect : .direct } ?? .author
    // "Washington backed out", "backed off his proposals", "we've got to back away from that":
    // a phrasal verb, not the cue.
    if cueRange.upperBound < bounds.upperBound,
      ["out", "off", "down", "away"].contains(text.words[cueRange.upperBound])
    {
      return
    }
    // "evidence that would back up his earlier statements", "backed up to his account": "back
    // up" confirms or moves; only "back up Putin", with a person after it, is support (PolNeAR
    // train: 4 such records, the 3 without a name wrong).
    if cueRange.upperBound + 1 < bounds.upperBound,
      text.words.matches(cueRange.upperBound, "up"),
      text.words[cueRange.upperBound - 1].hasPrefix("back"),
      text.entityOf[cueRange.upperBound + 1] < 0,
      // ("backed up the mayor", "backed up him": a person after it is still support; "her" is
      // read as a determiner, "back up her earlier statements".)
      !["him", "them", "me", "us"].contains(text.words[cueRange.upperBound + 1]),
      !StanceWords.keys.determiners.contains(text.keys[cueRange.upperBound + 1])
        || !Self.namesPeople(text.words[min(cueRange.upperBound + 2, text.count - 1)])
    {
      return
    }
    // "as opposed to": a contrast, not opposition.
    if cueRange.lowerBound > bounds.lowerBound, text.words.matches(cueRange.lowerBound - 1, "as"),
      text.words.matches(cueRange.lowerBound, "opposed"), cueRange.lowerBound + 1 < text.count,
      text.words.matches(cueRange.lowerBound + 1, "to")
    {
      return
    }
    // "refused to condemn": a report's words start after its cue, so the negation before an
    // indirect quote is read over the whole sentence (no quotation mark stands between).
    let negationLower = quote?.kind == .indirect ? bounds.lowerBound : region.lowerBound
    // "could embrace", "might back": a possibility, not a position held; over a report's cue
    // too ("is well positioned to block any plan", where `positioned` reports the clause).
    if isHedged(cueRange, lower: negationLower) { return }
    if holdsNoPosition(cueRange, in: region) { return }
    if isAskedOfAnother(cueRange.lowerBound, in: bounds) { return }
    // "due to voter opposition to trade agreements", "growing public support for": a noun
    // for people before the cue's noun holds it, unnamed.
    if cueRange.lowerBound > bounds.lowerBound,
      ["opposition", "support", "backing"].contains(text.words[cueRange.lowerBound]),
      Self.crowdModifiers.contains(text.words[cueRange.lowerBound - 1])
    {
      return
    }
    if isToBlame(cueRange.lowerBound, lower: bounds.lowerBound)
      || isClaimed(cueRange.lowerBound, lower: bounds.lowerBound)
    {
      return
    }
    // "A vote for Kasich actually helps Trump", "get out the vote for Sanders": after an article
    // the cue is a noun no one here casts (PolNeAR train: 6 such records, none right; "her vote
    // for the auto bailout" keeps its owner).
    if cueRange.lowerBound > bounds.lowerBound,
      ["a", "an", "the", "every", "one", "any"].contains(text.words[cueRange.lowerBound - 1]),
      ["vote", "campaign", "appeal"].contains(text.words[cueRange.lowerBound])
    {
      return
    }
    let negated = isNegated(cueRange, lower: negationLower)
    var intensity = cue.intensity * modifier(cueRange, lower: region.lowerBound)

    var sources: [Actor]
    var target: Range<Int>
    if cue.frame == .subject {
      // "Russia faces criticism for …": Russia is criticised by people left unnamed.
      let found = subjects(before: cueRange.lowerBound, in: region, quote: q).actors
      guard let subject = found.first, let span = subject.span else { return }
      // "came under fire from Trump", "will face the criticism of her party rival, Senator
      // Bernie Sanders": the critic is named after the cue.
      // ("came under fire from Democrat nominee Hillary Clinton": a party adjective is no
      // critic, and the unnamed critics stand in.)
      let critics =
        namedCritic(after: cueRange.upperBound, in: region).flatMap { isNoHolder($0) ? nil : $0 }
        ?? Actor(name: "critics", span: nil, named: false)
      for actor in found where actor.name != critics.name {
        addSubjectTarget(
          critics, actor, span: actor.span ?? span, cue: cue, cueRange: cueRange,
          intensity: intensity, negated: negated, voice: voice, sentence: sentence)
      }
      return
    }
    if modifiesUnnamedNoun(cueRange.lowerBound, in: region) { return }
    if let passive = passive(cueRange, in: region) {
      // "was being treated by his fellow Republicans", "is viewed more positively by
      // Republicans": a description cue takes its direction from the description, which a
      // passive's reading does not reach, and the cue's own sign is no reading (PolNeAR train:
      // 7 such records, 2 of them right).
      // A description after the cue ("was described as a liar by", "was called a traitor by")
      // is read as in the active.
      let next = cueRange.upperBound
      let described =
        next < text.count
        && (text.words.matches(next, "as")
          || StanceWords.keys.determiners.contains(text.keys[next]))
      if cue.frame == .describe, !described { return }
      guard !passive.agents.isEmpty, let patient = passive.patient else { return }
      sources = passive.agents
      target = patient
    } else {
      let found = subjects(before: cueRange.lowerBound, in: region, quote: q)
      // Reported words with a clause of their own: the lead-in subject of a quote that opens
      // mid-clause, or no holder for an action urged on someone.
      guard
        let reported = reportedHolders(
          found, quote: quote, cue: cueRange.lowerBound, region: region, bounds: bounds)
      else { return }
      sources = reported
      if sources.isEmpty, !found.blocked, let quote, let speaker = quote.speaker,
        mayBeSpeakers(region.lowerBound, cueRange.lowerBound)
      {
        sources = [Actor(name: speaker, span: quote.speakerSpan)]
      }
      if sources.isEmpty {
        // "the two leaders heaped praise upon one another": the pair named earlier.
        guard cue.frame == .object || cue.frame == .warn,
          let found = objectPhrase(from: cueRange.upperBound, in: region, quote: q),
          isReciprocal(found)
        else { return }
        sources = coordinatedPair(in: bounds)
      }
      switch cue.frame {
      case .object:
        // "would endorse in this year's contest", "voted on Tuesday": a one-word verb cue
        // followed by a place or time preposition has no object here.
        if cueRange.count == 1, cueRange.upperBound < region.upperBound,
          ["in", "at", "during", "on", "into"].contains(text.words[cueRange.upperBound]),
          !text.words[cueRange.lowerBound].hasPrefix("blam")
        {
          return
        }
        // "expressed frustration in an interview this year that …": a setting of speech right
        // after a phrase cue is no object, and what the phrase is about is not reached (a judged
        // PolNeAR train draw).
        if cueRange.count > 1, opensSetting(at: cueRange.upperBound, in: region) { return }
        // ("back up Putin": the name after the particle is the object.)
        let objectStart =
          cueRange.upperBound < region.upperBound && text.words.matches(cueRange.upperBound, "up")
          ? cueRange.upperBound + 1 : cueRange.upperBound
        guard
          let found = blamedOn(cueRange, in: region, quote: q)
            ?? objectPhrase(from: objectStart, in: region, quote: q)
        else {
          return
        }
        if cueRange.count == 1, opensFactClause(at: cueRange.upperBound, in: region) { return }
        if callsForAction(found, cue: cueRange, in: region) { return }
        target = withoutAdjunct(found, cue: cueRange)
      case .warn:
        guard let found = objectPhrase(from: cueRange.upperBound, in: region, quote: q) else {
          return
        }
        let phrase = text.text(found.lowerBound, found.upperBound - 1)
        guard SentimentAnalyzer.shared.score(phrase).compound <= -0.25 else { return }
        target = found
        // "warned China against provocative behavior": the one warned is the target; what
        // they are warned against is the warning's content (a judged PolNeAR train draw).
        if text.entityOf[found.lowerBound] >= 0,
          let name = text.entityTokens[Int(text.entityOf[found.lowerBound])],
          name.upperBound + 1 < found.upperBound,
          text.words.matches(name.upperBound + 1, "against")
        {
          target = found.lowerBound..<(name.upperBound + 1)
        }
      case .urge:
        // "urged voters to slow down", "called on Trump to resign", "called on Congress to
        // block the deal": the urged action is a verb phrase, not a target, and its sign is the
        // action's, not a side taken toward anyone named (a strict reading of PolNeAR train's
        // 60 such records found few right). The cue still keeps the urged action's own cue
        // from being read as the urged party's position (`isUrgedAction`).
        return
      case .subject:
        return  // read above
      case .describe:
        // Reported speech may end in the speaker's own words: "said Russia considered the
        // attack “as a crime”" (a partial quote inside an indirect one), so the description may
        // run to the end of the sentence.
        let reach = quote?.kind == .indirect ? region.lowerBound..<bounds.upperBound : region
        guard
          let (object, tone) = description(
            from: cueRange.upperBound, in: reach, quote: quote?.kind == .indirect ? -1 : q)
        else { return }
        // "make a joke about yoga and call Trump “very flexible”": praise in a joke is none.
        if tone > 0, isIronic(cueRange, in: bounds) { return }
        target = object
        intensity = tone * abs(cue.intensity) * modifier(cueRange, lower: region.lowerBound)
      }
    }
    sources.removeAll { isNoHolder($0) }
    if sources.isEmpty { return }
    if negated {
      // Refusing cooperation is opposition; refusing conflict ("did not condemn") is no more
      // than a weak lean the other way.
      intensity = intensity > 0 ? -intensity * 0.6 : min(1, -intensity * 0.2)
    }
    intensity = max(-10, min(10, intensity))
    let speaker = quote?.speaker
    let cueText = text.text(
      negationStart(cueRange, lower: negationLower), cueRange.upperBound - 1)
    let stance = cue.stance == .neutral && !negated ? .neutral : StanceLabel(intensity: intensity)
    // A description too weak to lean either way holds no position ("sees the platform as
    // incredibly important"; PolNeAR train had 6 such neutral records, none a stance).
    if cue.frame == .describe, stance == .neutral { return }

    if isReciprocal(target) {
      var group = sources
      if group.count < 2 { group = coordinatedPair(in: bounds) }
      guard group.count >= 2 else { return }
      for a in group {
        for b in group where b.name != a.name {
          add(
            source: a, target: b, object: text.text(target.lowerBound, target.upperBound - 1),
            stance: stance, intensity: intensity, cue: cueText, voice: voice,
            speaker: a.speaker ?? speaker, sentence: sentence, cueRange: cueRange,
            targetRange: target, negated: negated)
        }
      }
      return
    }
    if isNoPosition(cueRange, target: target) || isOtherSense(cueRange, target: target)
      || dropsOwnPlan(cueRange, target: target) || (negated && isTowardNoOne(target))
      || opensWithNone(target)
    {
      return
    }
    // "after being warned by the Russian government that he was a threat": a lone clause word
    // or preposition is no target.
    if target.count == 1,
      StanceWords.keys.clauseWords.contains(text.keys[target.lowerBound])
        || StanceWords.keys.prepositions.contains(text.keys[target.lowerBound])
    {
      return
    }
    // "dismissed as a whitewash": the target is what came before.
    guard !text.words.matches(target.lowerBound, "as"),
      let resolved = resolveTarget(target, holders: sources)
    else {
      return
    }
    for source in sources where source.name != resolved.name {
      add(
        source: source, target: resolved,
        object: text.text(target.lowerBound, target.upperBound - 1),
        stance: stance, intensity: intensity, cue: cueText, voice: voice,
        speaker: source.speaker ?? (speaker == source.name ? nil : speaker), sentence: sentence,
        cueRange: cueRange, targetRange: target, negated: negated)
    }
  }

  /// Whether the speaker of the quote around tokens `from..<to` may hold the clause's stance
  /// when no subject was found: the words before the cue are a verb group; or they hold a
  /// subject pronoun that may be the speaker ("“I’m going to support the nominee,” Rubio
  /// said"); or the cue is no finite verb and no auxiliary stands before it, so the reported
  /// words are a noun phrase the speaker made ("released a statement in opposition to", "wrote
  /// a letter congratulating"). Any other clause has a subject of its own: "noted that “many of
  /// those elected … support other candidates”", "“Voters consistently reject …”", "said
  /// abortion rights supporters are ready to reject" (PolNeAR train: this dropped 48 of 1,412
  /// records, 39 of them wrong on a strict reading).
  private func mayBeSpeakers(_ from: Int, _ to: Int) -> Bool {
    // "“He’s against the harbour tax,” Lopez said of her deputy": a cue that opens with a
    // contraction names its own subject, which is the speaker only in the first person.
    if let pronoun = contractedSubject(to) { return pronoun == "i" || pronoun == "we" }
    if onlyVerbGroup(from, to) { return true }
    for k in from..<to where text.isWord(k) {
      // Subject pronouns only: "our employees … support", "my … support goes out" have
      // subjects of their own (with us/our/my/me too, PolNeAR train gained 4 records, all
      // wrong).
      if text.words.matches(k, "i") || text.words.matches(k, "we")
        || StanceWords.keys.personPronouns.contains(text.keys[k])
      {
        return true
      }
      if let pronoun = contractedSubject(k), pronoun != "they" { return true }
    }
    let nonFinite =
      text.words.hasSuffix(to, "ing")
      || (to > from && text.isWord(to - 1)
        && StanceWords.keys.prepositions.contains(text.keys[to - 1]))
    return nonFinite
      && !(from..<to).contains { StanceWords.keys.auxiliaries.contains(text.keys[$0]) }
  }

  /// The subject pronoun of a contraction at token `k` ("he’s", "I’m", "they’re"), whose word the
  /// stance reading keeps as its verb ("is", "am", "are"); nil for any other token ("it’s" too,
  /// mostly no one: "it’s time to").
  func contractedSubject(_ k: Int) -> String? {
    guard text.isWord(k), StanceWords.keys.auxiliaries.contains(text.keys[k]),
      let pronoun = SubjectContraction.subject(of: text.text(k, k))
    else { return nil }
    return pronoun == "you" || pronoun == "it" ? nil : pronoun
  }

  /// Records unnamed `source` against `target`, named where `span` is.
  private mutating func addSubjectTarget(
    _ source: Actor, _ target: Actor, span: Span, cue: StanceCue, cueRange: Range<Int>,
    intensity: Double, negated: Bool, voice: StanceVoice, sentence: Int
  ) {
    let first = text.spans.firstIndex { $0.start >= span.start } ?? cueRange.lowerBound
    var last = first
    while last + 1 < text.count, text.spans[last + 1].end <= span.end { last += 1 }
    var value = intensity
    if negated { value = min(1, -value * 0.2) }
    add(
      source: source, target: target, object: target.name,
      stance: StanceLabel(intensity: value), intensity: value,
      cue: text.text(cueRange.lowerBound, cueRange.upperBound - 1), voice: voice, speaker: nil,
      sentence: sentence, cueRange: cueRange, targetRange: first..<(last + 1), negated: negated)
  }

  private mutating func add(
    source: Actor, target: Actor, object: String, stance: StanceLabel, intensity: Double,
    cue: String, voice: StanceVoice, speaker: String?, sentence: Int, cueRange: Range<Int>,
    targetRange: Range<Int>, negated: Bool
  ) {
    // "declined to comment on", "refused to condemn", "remained neutral": a record is a position
    // taken, and these take none (a strict reading of PolNeAR train counted all 22 such records
    // wrong); their cues stay in the lexicon so that they still block the shorter cues inside.
    guard stance != .neutral else { return }
    let key = "\(source.name)\u{1}\(target.name)\u{1}\(text.spans[cueRange.lowerBound].start)"
    guard seen.insert(key).inserted else { return }
    let cueSpan = Span(
      start: text.spans[cueRange.lowerBound].start, end: text.spans[cueRange.upperBound - 1].end)
    let targetSpan = Span(
      start: text.spans[targetRange.lowerBound].start,
      end: text.spans[targetRange.upperBound - 1].end)
    records.append(
      StanceRecord(
        source: Self.withoutTitle(source.name), target: target.name, object: object,
        targetIsEntity: target.span != nil, stance: stance,
        intensity: (intensity * 100).rounded() / 100, cue: cue, voice: voice,
        speaker: speaker == source.name ? nil : speaker, sentence: sentence, cueSpan: cueSpan,
        sourceSpan: source.span, targetSpan: targetSpan, negated: negated,
        sourceIsEntity: source.named))
  }
}
