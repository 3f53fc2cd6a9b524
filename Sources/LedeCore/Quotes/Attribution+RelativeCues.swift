extension Attribution {
  /// Words that open a clause whose object a quotation is (`what Gilbert called “…”`): the
  /// relative pronouns that may be a cue's object (`objectRelatives`), `what` and `that`.
  static let objectClauseWords = objectRelatives.union(["what", "that"].map { WordHash.of($0) })

  /// `what Gilbert called “a perception problem”`, `a clip that Judge Ann Mosman called
  /// “distasteful”`: a quotation right after a cue (or after the cue and `as`) whose subject, a
  /// name, follows a relative word is that name's, whatever the sentence says around the
  /// clause. Nil when the cue has no such subject. A pronoun subject (`what he called “…”`) is
  /// left to the other rules: taking it too gave PolNeAR train 5,644 → 5,652 but dev 610 → 609.
  /// Names alone: train direct sources right 5,644 → 5,647 of 6,319, dev 610 either way.
  func relativeCueSubject(adjacent: Int, floor: Int, block: Int) -> (
    speaker: Speaker, cue: String
  )? {
    var end = adjacent
    if end > floor, facts[end].shape == .lower, facts[end].hash == Attribution.asWord { end -= 1 }
    guard
      let k = (max(floor, end - 2)...end).first(where: { k in
        !insideQuote[k] && cueVerb(at: k).map { k + $0.words.count - 1 == end } ?? false
      }), k - 2 >= floor
    else { return nil }
    guard let m = analysis.mention(covering: k - 1), m.tokens.upperBound == k,
      let name = m.canonical, m.kind == .person || m.kind == .organization || m.kind == .group
    else { return nil }
    let subject = Speaker(
      name: name, span: m.span, token: m.tokens.lowerBound, block: block, gender: m.gender)
    // Over the title words before the name (`U.S. District Judge Michael W. Mosman`), as many as
    // stand there: on PolNeAR train a bound of 2 words loses a right source (5,645 → 5,644 of
    // 6,319), any of 3 or more gives the same sources as none, dev 610 either way.
    var first = m.tokens.lowerBound
    while first > floor, facts[first - 1].shape.isWord,
      facts[first - 1].shape != .lower || facts[first - 1].info.contains(.title),
      analysis.mention(covering: first - 1).map({ $0.kind != .person }) ?? true
    {
      first -= 1
    }
    guard first - 1 >= floor, facts[first - 1].shape == .lower,
      Attribution.objectClauseWords.contains(facts[first - 1].hash), !insideQuote[first - 1]
    else { return nil }
    // `said that Obama shows “great charm”`, `He said, however, that he hopes …`: `that` is
    // a relative word only after a noun (`a clip that …`); after a verb or a comma it opens
    // the reported clause.
    if facts[first - 1].hash == Attribution.that {
      let before = first - 2
      guard before >= floor, facts[before].shape.isWord, !readsAsVerb(before),
        cueVerb(at: before) == nil,
        facts[before].shape != .lower || !facts[before].info.contains(.function)
      else { return nil }
    }
    return (subject, scan.text(k..<(end + 1)))
  }
}
