extension Attribution {
  /// `threatening “a major lawsuit,” according to a copy of the letter`: a quotation whose
  /// sentence goes on to `, according to` names, after it, the source that reports the whole.
  /// Nil unless `, according to` follows the quotation in its sentence with no other quotation
  /// between. The caller asks only when no cue names the speaker: PolNeAR credits
  /// `“…,” Sanders said, according to CNN.` to CNN (train direct sources right 5,607 with it,
  /// 5,583 without; dev 603 either way), but the words are Sanders's, and who said what is
  /// what a reader asks.
  func accordingAfter(_ pair: QuoteMarkPair, block: Int) -> (speaker: Speaker, cue: String)? {
    guard let close = pair.close, close + 1 < facts.count,
      facts[close + 1].sentence == facts[close].sentence
    else { return nil }
    let end = scan.sentences[Int(facts[close].sentence)].tokens.upperBound
    var k = close + 1
    while k + 1 < min(end, close + 30) {
      // The comma may stand inside the quotation (`“a major lawsuit,” according to`).
      let comma = facts[k - 1].shape == .comma || k == close + 1 && facts[close - 1].shape == .comma
      if facts[k].shape.isQuoteMark { return nil }
      if comma, facts[k].hash == Attribution.according, let c = cue(at: k),
        c.words.first == Attribution.according
      {
        let start = k + c.words.count
        guard start < end,
          let s = resolveObject(after: start, limit: end, block: block)
            ?? phraseAfter(start, end: end, block: block)
        else { return nil }
        return (s, scan.text(k..<start))
      }
      k += 1
    }
    return nil
  }

  /// The words from `start` to the next punctuation (at most twelve), as an unnamed source:
  /// `a transcript of the show`, `excerpts of his speech released by the White House`.
  func phraseAfter(_ start: Int, end: Int, block: Int) -> Speaker? {
    var t = start
    while t < min(end, start + 12), facts[t].shape.isWord || facts[t].shape == .number {
      t += 1
    }
    guard t > start else { return nil }
    let head = t - 1
    return Speaker(
      name: organization(in: start..<t),
      span: Span(start: Int(facts[start].start), end: Int(facts[head].end)), token: head,
      block: block, gender: .unknown, rule: .nominal)
  }
}
