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
    else { return nil }
    let by = m.tokens.lowerBound - 1
    guard by > start + 1, facts[by].hash == Attribution.by, facts[by - 1].hash == Attribution.asked,
      Attribution.passiveAuxiliaries.contains(facts[by - 2].hash)
    else { return nil }
    return AskedFrame(
      asker: Speaker(
        name: name, span: m.span, token: m.tokens.lowerBound, block: block, gender: m.gender))
  }
}
