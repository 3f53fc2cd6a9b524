import LedeCore

/// Stances shown by evaluation rather than by a cue verb, in a speaker's own words: `“Reed is
/// a disgrace,” Hollins said`, `"The Harbour Act was a genuinely important tool," Mwale said`.
extension StanceScan {
  /// Verb forms without "-ed" that end a subject phrase ("the verdict sent …", "Melanie
  /// knew …") and are no reporting verbs (`ReportingVerbs`, read through
  /// `StanceWords.speechVerbs`).
  private static let irregularPast: Set<String> = [
    "sent", "made", "took", "gave", "kept", "left", "put", "set", "became", "came", "went",
    "brought", "held", "meant", "showed", "shown", "looks", "look", "looked", "seems", "seemed",
    "remains", "remained", "marks", "marked", "represents", "represented", "thought", "knew",
    "knows", "felt", "feels",
    // "Marco Rubio won tonight and I was very glad" (a judged PolNeAR train draw, seed 1002).
    "won", "lost", "ran", "began", "got",
  ]
  /// `irregularPast` by key, for `subjectEnd`'s loop (see `StanceWordKeys`).
  private static let irregularPastKeys = StanceWordKeys.keys(irregularPast)
  /// Nouns that weigh a candidate's chances ("remains the clear favorite").
  static let chanceWords: Set<String> = [
    "favorite", "favourite", "favorites", "favourites", "front-runner", "frontrunner",
    "underdog", "odds-on",
  ]
  /// The weakest tone, either way, that counts as an evaluation.
  static let evaluationThreshold = 0.4

  /// Reads reported clauses that evaluate their subject, for quotes no cue has used.
  mutating func readEvaluations(skipping used: Set<Int>) {
    for (index, quote) in quotes.enumerated() where !used.contains(index) {
      // Only the speaker's own words: in reported speech the clause's subject is as often the
      // speaker's topic as what is judged ("said the golf industry had ''made great strides''",
      // "said Trump represents ''New York values''", "is an unfounded perception that Trump is
      // racist"), and the tone of a few quoted words misreads the sign (a strict reading of 20
      // such PolNeAR train records found 11 right, of 8 in direct quotes 7).
      guard let speaker = quote.speaker, quote.kind == .direct, !Self.isAbbreviation(speaker),
        !Self.partyAdjectives.contains(speaker),
        let range = tokens(of: quote), range.count >= 3
      else { continue }
      let subjectEnd = subjectEnd(in: range)
      guard let subjectEnd, subjectEnd > range.lowerBound, subjectEnd - range.lowerBound <= 6
      else { continue }
      var subject = range.lowerBound..<subjectEnd
      while subject.count > 1,
        text.isQuoteMark(subject.lowerBound) || !text.isWord(subject.lowerBound)
      {
        subject = (subject.lowerBound + 1)..<subject.upperBound
      }
      let first = text.words[subject.lowerBound]
      guard !StanceWords.objectPronouns.contains(first), !StanceWords.firstPerson.contains(first),
        !StanceWords.personPronouns.contains(first), first != "there", first != "you"
      else { continue }
      // `his staff “did the wrong thing”`: the quotation opens after the subject.
      while subject.count > 1, text.isQuoteMark(subject.upperBound - 1) {
        subject = subject.lowerBound..<(subject.upperBound - 1)
      }
      // "the move reeks of “fear”": a subject that ends in a preposition or holds a quotation
      // mark runs past its verb (no auxiliary or past form ended it), so nothing is judged.
      if subject.dropFirst().contains(where: { text.isQuoteMark($0) })
        || StanceWords.keys.prepositions.contains(text.keys[subject.upperBound - 1])
      {
        continue
      }
      // "because terrorists are Muslim does not mean …": a subordinate clause, not a subject.
      if StanceWords.clauseWords.contains(first) { continue }
      // "The left is saying": a subject of determiners alone names nothing.
      if !subject.contains(where: { names($0) }) { continue }
      // "The people who are supporting Trump represent …": the subject is still open.
      if subject.contains(where: { StanceWords.keys.clauseWords.contains(text.keys[$0]) }) {
        continue
      }
      // Direct quotes say many things; only an evaluation of something named counts ("The
      // voters are furious", "The divisions in our discourse are great" describe, and of such
      // records with a definite common-noun subject on PolNeAR train few were positions).
      let head = first == "the" ? subject.lowerBound + 1 : subject.lowerBound
      if head >= subject.upperBound || text.entityOf[head] < 0 { continue }
      if text.kinds[subject.lowerBound] == .number
        || ["at", "no", "none", "some", "many"].contains(first)
      {
        continue
      }
      let predicateEnd = min(range.upperBound, subjectEnd + 20)
      // "Clinton remains the clear favorite, but …": a candidate's chances are weighed, not
      // judged (a judged PolNeAR train draw).
      // ("the party's favorite and a corrupt liar": someone's favorite is their liking, not a
      // weighing of chances, and the rest of the predicate still judges; a review of the
      // session-41 rules.)
      if (subjectEnd..<min(predicateEnd, subjectEnd + 6)).contains(where: {
        Self.chanceWords.contains(text.words[$0]) && !text.possessive[$0 - 1]
      }) {
        continue
      }
      guard let evaluation = evaluation(from: subjectEnd, to: predicateEnd) else { continue }
      let tone = SentimentAnalyzer.shared.score(
        text.text(evaluation.lowerBound, evaluation.upperBound - 1)
      ).compound
      guard abs(tone) >= Self.evaluationThreshold, let target = resolveTarget(subject) else {
        continue
      }
      let source = Actor(name: speaker, span: quote.speakerSpan)
      guard source.name != target.name else { continue }
      // "Libya today is completely chaotic", "America is already great": a place described is
      // a state of affairs, not a position toward it (PolNeAR train: 6 such records, none
      // read as a stance). A place the geoparser reads as an actor ("Iran is a dishonest
      // regime", a government) is judged like a person.
      if let span = target.span, !actorPlaces.contains(span.start),
        entities.contains(where: { $0.span == span && $0.kind == .place })
      {
        continue
      }
      let cueEnd = min(predicateEnd, subjectEnd + 6)
      let sentence = Int(text.sentenceOf[subjectEnd])
      guard sentence >= 0 else { continue }
      appendEvaluation(
        source: source, target: target, subject: subject, cue: subjectEnd..<cueEnd,
        intensity: tone * 5, voice: .direct,
        sentence: sentence)
    }
  }

  /// Adjectives of a feeling: "The American people are not happy with their government"
  /// tells what the subject feels, not how the speaker judges it (a judged PolNeAR train
  /// draw, seed 4201; the "-ed" ones, "frustrated", are read as participles already).
  /// "sick" and "mad" belong: after a copula they say how the subject feels or fares ("is sick
  /// of the fighting", "was mad at the council", "is sick"), not how it is judged; the
  /// judging sense wants a thing as the subject ("the plan is mad"), rare in news.
  private static let feelings: Set<String> = [
    "happy", "unhappy", "glad", "sad", "angry", "upset", "furious", "proud", "afraid",
    "nervous", "anxious", "eager", "keen", "fed", "sick", "mad",
    // Readiness: "is still reluctant to call", "remains ready to contribute".
    "reluctant", "ready", "willing", "unwilling", "hesitant", "loath",
  ]

  private static let copulas: Set<String> = [
    "is", "are", "was", "were", "looks", "looked", "seems", "seemed", "remains", "remained",
  ]

  /// The evaluative part of a predicate: quoted words in it ("sent “an important signal”"), or
  /// what follows a copula ("was a genuinely important tool"); nil for a report of events
  /// ("were injured", "had fallen").
  private func evaluation(from start: Int, to end: Int) -> Range<Int>? {
    var q = start
    while q < end, !text.isQuoteMark(q) { q += 1 }
    // The quoted words judge the subject only when they open its predicate, after the verb and
    // its auxiliaries ("was a “respectful arrangement”", "has become a “dumping ground”"), not
    // when other words come first ("were being subject to “vicious trolling”", "had
    // demonstrated a fondness for … ''He would have loved Stalin''"): on PolNeAR train 35 such
    // records went, about 30 of them wrong (5 read right).
    if q < end {
      guard ((start + 1)..<q).allSatisfy({ opensPredicate($0) }) else { return nil }
      var close = q + 1
      while close < end, !text.isQuoteMark(close) { close += 1 }
      if close > q + 1 { return (q + 1)..<close }
    }
    var c = start
    while c < end, text.isWord(c), StanceWords.keys.adverbs.contains(text.keys[c]) { c += 1 }
    guard c + 1 < end, Self.copulas.contains(text.words[c]) else { return nil }
    // "is not registered" reports an event as much as "is registered" does.
    let participle =
      StanceWords.keys.negators.contains(text.keys[c + 1]) && c + 2 < end ? c + 2 : c + 1
    let next = text.words[participle]
    if next.hasSuffix("ed") || next.hasSuffix("en") || next == "being" || next == "to" {
      return nil
    }
    // "the legend is that Patriot was set up": what is said, not how the subject is judged.
    if next == "that" { return nil }
    // "was in South Carolina the day before", "are like a great composer", "was one of his
    // biggest supporters", "is now giving large sums to": a place, a likeness, a count or an
    // action, not a judgment (PolNeAR train: 9 such evaluations, one read right).
    var head = c + 1
    while head + 1 < end, text.isWord(head), StanceWords.keys.adverbs.contains(text.keys[head]) {
      head += 1
    }
    let opener = text.words[head]
    // "are so frustrated with the FBI", "is still reluctant to call": past adverbs, a participle
    // is the subject's state as much as right after the copula (PolNeAR train: of 32 direct
    // evaluations, the 3 with an adverb before a participle or a readiness were all wrong).
    var state = c + 1
    while state + 1 < end, text.isWord(state),
      StanceWords.keys.adverbs.contains(text.keys[state])
        // Degree adverbs, which the subject-verb list has no use for.
        || ["so", "very", "really", "quite"].contains(text.words[state])
    {
      state += 1
    }
    if state > c + 1, text.words.hasSuffix(state, "ed"), text.entityOf[state] < 0 { return nil }
    if StanceWords.keys.prepositions.contains(text.keys[head]) || opener == "like"
      || opener == "one" || Self.feelings.contains(opener)
    {
      return nil
    }
    if head > c + 1, opener.hasSuffix("ing"), head + 1 < end, text.isWord(head + 1),
      !StanceWords.keys.clauseWords.contains(text.keys[head + 1])
    {
      return nil
    }
    // "the focus was increasing wages": a verb in -ing with its object reports an action ("is
    // misleading because …" still judges).
    if next.hasSuffix("ing"), participle + 1 < end, text.isWord(participle + 1),
      !StanceWords.keys.clauseWords.contains(text.keys[participle + 1]),
      !["and", "or"].contains(text.words[participle + 1])
    {
      return nil
    }
    var stop = c + 1
    while stop < end, text.isWord(stop) || text.isQuoteMark(stop) {
      // "is one of at least 707 people shot and killed": a count reports, it does not judge.
      if text.kinds[stop] == .number { return nil }
      stop += 1
    }
    return stop > c + 1 ? (c + 1)..<stop : nil
  }

  /// Words a predicate may open with before its quoted words: auxiliaries, copulas, adverbs,
  /// negation and articles.
  private func opensPredicate(_ k: Int) -> Bool {
    let w = text.words[k]
    return text.isWord(k)
      && (StanceWords.auxiliaries.contains(w) || StanceWords.beForms.contains(w)
        || Self.copulas.contains(w) || StanceWords.adverbs.contains(w)
        || StanceWords.negators.contains(w) || text.clitic[k]
        || ["a", "an", "the", "become", "became", "becomes", "truly", "very"].contains(w))
  }

  /// The tokens of a quote's text.
  private func tokens(of quote: Quote) -> Range<Int>? {
    var low = 0
    var high = text.count
    while low < high {
      let mid = (low + high) / 2
      if text.spans[mid].end <= quote.span.start { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < text.count, text.spans[end].start < quote.span.end { end += 1 }
    return end > low ? low..<end : nil
  }

  /// Where the subject phrase of a clause ends: at its first auxiliary or past verb.
  private func subjectEnd(in range: Range<Int>) -> Int? {
    var t = range.lowerBound
    while t < range.upperBound, t - range.lowerBound <= 7 {
      if text.isWord(t), t > range.lowerBound, text.entityOf[t] < 0 {
        let key = text.keys[t]
        // "the left", "the set": after a determiner the word is a noun.
        let afterDeterminer = StanceWords.keys.determiners.contains(text.keys[t - 1])
        // "Melanie thought the whole thing was outrageous": a verb of saying or thinking ends
        // the subject, and what follows is no evaluation of it; after a determiner a reporting
        // verb is a noun ("the claim", "their hopes").
        // By key and on the bytes: the word's `String`, made for every token, was most of this
        // loop's cost.
        let verb =
          Self.irregularPastKeys.contains(key) || StanceWords.keys.speechVerbs.contains(key)
        if StanceWords.keys.auxiliaries.contains(key) || (verb && !afterDeterminer)
          || StanceWords.keys.adverbs.contains(key)
          || (text.words.hasSuffix(t, "ed") && text.words[t].count > 4)
        {
          return t
        }
      }
      if !text.isWord(t), !text.isQuoteMark(t), !text.words.matches(t, "-") { return nil }
      t += 1
    }
    return nil
  }

  private mutating func appendEvaluation(
    source: Actor, target: Actor, subject: Range<Int>, cue: Range<Int>, intensity: Double,
    voice: StanceVoice, sentence: Int
  ) {
    let bounded = max(-10, min(10, intensity))
    let cueSpan = Span(
      start: text.spans[cue.lowerBound].start, end: text.spans[cue.upperBound - 1].end)
    records.append(
      StanceRecord(
        source: Self.withoutTitle(source.name), target: target.name,
        object: text.text(subject.lowerBound, subject.upperBound - 1),
        targetIsEntity: target.span != nil, stance: StanceLabel(intensity: bounded),
        intensity: (bounded * 100).rounded() / 100,
        cue: text.text(cue.lowerBound, cue.upperBound - 1), voice: voice, sentence: sentence,
        cueSpan: cueSpan, sourceSpan: source.span,
        targetSpan: Span(
          start: text.spans[subject.lowerBound].start, end: text.spans[subject.upperBound - 1].end))
    )
  }
}
