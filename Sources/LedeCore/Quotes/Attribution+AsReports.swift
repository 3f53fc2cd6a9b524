extension Attribution {
  /// `As the paper noted, the fees rose`: a cue in a clause opened by `as` reports the words
  /// after that clause's comma, up to where a reported clause ends. `as` opens its sentence or
  /// follows a conjunction, a bracket or a comma (`But as Reed noted,`, `(As POLITICO
  /// reported,`), and a few words may stand between the cue and its comma (`reported just
  /// today,`). Returns the token to go on from when it found one.
  mutating func asReport(
    cue t: Int, after: Int, sentence: Range<Int>, end: Int, block: Int, cueText: String
  ) -> Int? {
    guard
      let opener = (max(sentence.lowerBound, t - 8)..<t).last(where: {
        facts[$0].shape.isWord && facts[$0].hash == Attribution.as
      }),
      !((opener + 1)..<t).contains(where: { !facts[$0].shape.isWord }),
      opener == sentence.lowerBound || facts[opener - 1].shape == .comma
        || facts[opener - 1].shape == .openParen
        || facts[opener - 1].shape.isWord
          && Attribution.conjunctions.contains(facts[opener - 1].hash),
      let comma = (after..<min(end, after + 5)).first(where: { !facts[$0].shape.isWord }),
      facts[comma].shape == .comma, end - comma > 3,
      !((comma + 1)..<end).contains(where: isQuoted)
    else { return nil }
    let stop = clauseEnd(comma + 1, end: end)
    let speaker = resolveSubject((opener + 1)..<t, block: block)
    emitIndirect((comma + 1)..<stop, speaker: speaker, cue: cueText, token: t, block: block)
    return stop
  }

  static let `as` = WordHash.of("as")
}
