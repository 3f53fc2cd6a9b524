extension Attribution {
  /// Words that name a poll, whose findings PolNeAR annotates as attributions with the poll as
  /// their source.
  static let pollWords = Set(["poll", "polls", "survey", "surveys"].map { WordHash.of($0) })
  static let inWord = WordHash.of("in")

  /// `In a Harbour Gazette poll released Monday, 45 percent backed the plan`: the clause after
  /// a sentence-opening `In` phrase that names a poll is what the poll found, with the phrase as
  /// its source. No cue opens it, so the cue scan does not see it. On PolNeAR train such
  /// openings stood before 15 annotated contents of 22; a trailing `… in the polls` before 32
  /// of 160, so it is left alone. Train indirect F1 0.5582 → 0.5588 (13 more right of 16 more,
  /// 11 more found), dev 0.5763 → 0.5774.
  mutating func pollOpenings(in paragraph: Range<Int>, block: Int) {
    for t in paragraph
    where facts[t].shape == .capitalized && facts[t].hash == Attribution.inWord
      && scan.sentences[Int(facts[t].sentence)].tokens.lowerBound == t
    {
      let sentence = scan.sentences[Int(facts[t].sentence)].tokens.clamped(to: paragraph)
      var end = sentence.upperBound
      while end > t, facts[end - 1].shape.endsSentence { end -= 1 }
      guard !sentence.contains(where: { isQuoted($0) }),
        let comma = ((t + 1)..<min(end, t + 16)).first(where: { facts[$0].shape == .comma }),
        ((t + 1)..<comma).contains(where: {
          facts[$0].shape == .lower && Attribution.pollWords.contains(facts[$0].hash)
        }),
        end - comma > 3
      else { continue }
      let poll = Speaker(
        name: nil, span: Span(start: Int(facts[t + 1].start), end: Int(facts[comma - 1].end)),
        token: t, block: block, gender: .unknown, rule: .nominal)
      let content = Span(start: Int(facts[comma + 1].start), end: Int(facts[end - 1].end))
      quotes.append(makeQuote(content, kind: .indirect, speaker: poll, cue: scan.text(t..<(t + 1))))
    }
  }
}
