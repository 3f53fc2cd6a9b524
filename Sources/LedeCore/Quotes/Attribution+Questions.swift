extension Attribution {
  static let asked = WordHash.of("asked")

  /// The words of a question put to someone, with whom they are the asker's: `by Y` when the
  /// frame names them, none when it does not.
  struct AskedFrame {
    var asker: Speaker?
  }

  /// `Asked whether Clinton “has the integrity …,” 75 percent said yes`, `Blumenthal was asked,
  /// “…?”`, `Trump was asked by Megyn Kelly: “…?”`: a quotation inside a lead-in `asked` clause
  /// (the sentence opens with `Asked` or a subordinator and `asked`, and no comma closes the
  /// clause before the quotation), or right after a passive `was asked`, holds the asker's
  /// words, not those of whom the sentence names. Nil for any other quotation. On PolNeAR train
  /// direct sources right 5,527 → 5,529 of 6,319, dev 594 either way.
  func askedFrame(_ open: Int, sentence: Range<Int>, block: Int) -> AskedFrame? {
    let start = sentence.lowerBound
    // The lead-in clause: `Asked …` or `When asked …` up to the quotation, with no comma.
    var first = start
    if first < open, facts[first].shape.isWord,
      Attribution.subordinators.contains(facts[first].hash)
    {
      first += 1
    }
    if first < open, facts[first].shape.isWord, facts[first].hash == Attribution.asked,
      !(first..<open).contains(where: { facts[$0].shape == .comma && !insideQuote[$0] })
    {
      return AskedFrame(asker: nil)
    }
    // The passive frame right before the quotation: `was asked,`, `was asked by Y:`.
    var t = open - 1
    while t > start, facts[t].shape == .comma || facts[t].shape == .colon { t -= 1 }
    guard t > start else { return nil }
    if facts[t].shape.isWord, facts[t].hash == Attribution.asked,
      Attribution.passiveAuxiliaries.contains(facts[t - 1].hash)
    {
      return AskedFrame(asker: nil)
    }
    // `by Y` ends the frame: Y is the mention that ends at `t`.
    guard let m = analysis.mention(covering: t), m.tokens.upperBound - 1 == t,
      let name = m.canonical, m.kind == .person || m.kind == .organization
    else { return askerBefore(open, sentence: sentence, block: block) }
    let by = m.tokens.lowerBound - 1
    guard by > start + 1, facts[by].hash == Attribution.by, facts[by - 1].hash == Attribution.asked,
      Attribution.passiveAuxiliaries.contains(facts[by - 2].hash)
    else { return askerBefore(open, sentence: sentence, block: block) }
    return AskedFrame(
      asker: Speaker(
        name: name, span: m.span, token: m.tokens.lowerBound, block: block, gender: m.gender))
  }

  /// `Rubio was asked by moderator Gerard Baker whether his plan would risk “adding …”`,
  /// `Sanders was asked by host Bill Maher, who backs him, “…?”`: a quotation later in a
  /// sentence whose subject `was asked by Y` is Y's, when a question word (`whether`) opens
  /// the question after Y, or no cue stands between Y and the quotation. Nil otherwise. On
  /// PolNeAR train direct sources right 5,561 → 5,562 of 6,319, dev 600 either way.
  func askerBefore(_ open: Int, sentence: Range<Int>, block: Int) -> AskedFrame? {
    guard
      let by = (sentence.lowerBound + 2..<open).first(where: {
        !insideQuote[$0] && facts[$0].shape == .lower && facts[$0].hash == Attribution.by
          && facts[$0 - 1].hash == Attribution.asked
          && Attribution.passiveAuxiliaries.contains(facts[$0 - 2].hash)
      })
    else { return nil }
    var t = by + 1
    if facts[t].shape.isWord, facts[t].hash == RunParser.the, t + 1 < open { t += 1 }
    guard
      // Over a word in lower case before the name (`moderator Gerard Baker`, `host Bill Maher`).
      var m = analysis.mention(covering: t)
        ?? (facts[t].shape == .lower ? analysis.mention(covering: t + 1) : nil),
      m.tokens.lowerBound > by, m.kind == .person || m.kind == .organization,
      m.tokens.upperBound < open
    else { return nil }
    if m.kind != .person, let p = personAfterTitle(m.tokens.upperBound, open) { m = p }
    guard let name = m.canonical else { return nil }
    let after = m.tokens.upperBound
    let question =
      facts[after].shape == .lower && Attribution.questionWords.contains(facts[after].hash)
    guard question || !(after..<open).contains(where: { !insideQuote[$0] && cue(at: $0) != nil })
    else { return nil }
    return AskedFrame(
      asker: Speaker(
        name: name, span: m.span, token: m.tokens.lowerBound, block: block, gender: m.gender))
  }
}
