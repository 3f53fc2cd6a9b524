extension Attribution {
  /// The reports of the words the cue list lacks in a paragraph whose listed cues have been
  /// read: none overlaps a quote made since `earlier` (the paragraph's first).
  mutating func learnedReports(in paragraph: Range<Int>, block: Int, besides earlier: Int) {
    guard !readingTitle, candidates != nil || learnedCues != nil else { return }
    var t = paragraph.lowerBound
    var participleComma: Int?
    while t < paragraph.upperBound {
      guard learnedCandidate(t) else {
        t += 1
        continue
      }
      t =
        learnedReport(
          at: t, paragraph: paragraph, block: block, participleComma: &participleComma,
          besides: earlier) ?? t + 1
    }
  }

  /// A word the cue list lacks, taken for a cue when `CueModel` says it reports (`The board
  /// ruled that the tolls will rise`): the clause it would report is read as a listed cue's is
  /// (no object or infinitive: `readingLearnedCue`), and kept when the model's score of the
  /// word, its neighbours and that report reaches the threshold. PolNeAR's cues are a long tail: on train 4,589 of its 5,286
  /// attributions that no Lede quote touched had a cue the list lacks, and by the word alone
  /// only 27% of the cue-like words outside the list were a cue. A report that overlaps a quote
  /// made since `earlier` is the listed cue's. Returns the token to go on from when the word
  /// reports; with `candidates` set, records the word and reports nothing.
  mutating func learnedReport(
    at t: Int, paragraph: Range<Int>, block: Int, participleComma: inout Int?, besides earlier: Int
  ) -> Int? {
    let sentence = scan.sentences[Int(facts[t].sentence)].tokens.clamped(
      to: paragraph.lowerBound..<paragraph.upperBound)
    let model = candidates == nil ? learnedCues : nil
    var features = cueWordFeatures(t, sentence: sentence, weights: model?.weights)
    let early = features.keys.count
    // Most words the model knows are no cue where they stand (`more than`, `two of`): their
    // report is not read when the word and its neighbours score too low.
    if let model, features.score < model.early { return nil }
    let phrase = LexiconPhrase(
      words: [facts[t].hash], kind: .cue, cue: .reportOnly,
      text: scan.text(t..<(t + 1)).lowercased())
    let saved = (quotes: quotes.count, speakers: speakers)
    var comma = participleComma
    readingLearnedCue = true
    let next = readCue(phrase, at: t, paragraph: paragraph, block: block, participleComma: &comma)
    readingLearnedCue = false
    let spans = quotes[saved.quotes...].map(\.span)
    // "It is unclear whether …": an expletive "it" reports nothing. (Requiring a source at all
    // would also drop "The gale meant that …", but on PolNeAR train 95 of the 160 learned
    // reports without one are right: F1 0.570 -> 0.566, dev 0.582 -> 0.580. Dropping the
    // "it" ones leaves both as they were: 11 of 23 right.)
    let source = quotes.count > saved.quotes ? quotes[saved.quotes].source : nil
    let expletive = source.map { $0.utf8.count == 2 && $0.lowercased() == "it" } ?? false
    guard !spans.isEmpty, !expletive,
      !quotes[earlier..<saved.quotes].contains(where: { q in
        spans.contains { $0.start < q.span.end && q.span.start < $0.end }
      })
    else {
      quotes.removeSubrange(saved.quotes...)
      speakers = saved.speakers
      return nil
    }
    addReportFeatures(&features, t, sentence: sentence, quote: quotes[saved.quotes])
    if candidates != nil {
      candidates?.append(
        CueCandidate(
          keys: features.keys, names: features.names ?? [], early: early,
          cue: Span(start: Int(facts[t].start), end: Int(facts[t].end)), spans: spans))
    } else if let model, features.score >= model.threshold {
      participleComma = comma
      return next
    }
    quotes.removeSubrange(saved.quotes...)
    speakers = saved.speakers
    return nil
  }

  /// Whether token `t` may be a cue the list lacks: outside a quotation, a lowercase word of
  /// three letters or more that is no function word, determiner, pronoun or auxiliary, nor a
  /// listed cue; when the model reads, one it knows (`CueModel.words`).
  /// The cheap tests come first: this runs on every token of the paragraph.
  func learnedCandidate(_ t: Int) -> Bool {
    let f = facts[t]
    guard f.shape == .lower, f.end - f.start >= 3, !insideQuote[t], !f.info.contains(.cue),
      f.info.isDisjoint(with: [
        .function, .determiner, .auxiliary, .pronounMale, .pronounFemale, .pronounPlural,
      ])
    else { return false }
    if candidates == nil, let model = learnedCues, !model.reads(f.hash) { return false }
    return cue(at: t, reports: true) == nil
  }
}
