extension Attribution {
  static let reportedWords = Set(["reported", "reports"].map { WordHash.of($0) })

  /// `“…,” Sanders said, according to CNN.`, `“…,” said Kristen Day, reports USA Today.`: a
  /// source that reports the attribution itself, after a comma later in the quotation's
  /// sentence, is the source PolNeAR annotates (the outer one), whoever the cue names. On
  /// PolNeAR train direct sources right 5,519 → 5,539 of 6,319, dev 595 → 594.
  func outerSource(after close: Int, paragraph: Range<Int>, block: Int) -> (
    speaker: Speaker, cue: String?
  )? {
    var k = close + 1
    while k + 1 < paragraph.upperBound, k < close + 40 {
      if endsSentence(at: k) || facts[k].shape.isQuoteMark || facts[k].shape == .semicolon {
        return nil
      }
      if facts[k].shape == .comma {
        let next = k + 1
        if let c = cue(at: next), c.words.first == Attribution.according {
          let after = next + c.words.count
          guard let s = resolveObject(after: after, limit: paragraph.upperBound, block: block)
          else { return nil }
          return (s, scan.text(next..<after))
        }
        if facts[next].shape == .lower, Attribution.reportedWords.contains(facts[next].hash),
          let s = resolveObject(after: next + 1, limit: paragraph.upperBound, block: block)
        {
          return (s, scan.text(next..<(next + 1)))
        }
        // `, The Post reported.`: up to five words, then the verb, then the sentence's end.
        if let r = (next..<min(paragraph.upperBound - 1, next + 6)).first(where: {
          facts[$0].shape == .lower && Attribution.reportedWords.contains(facts[$0].hash)
        }), r > next, endsSentence(at: r + 1),
          let s = resolveSubject(next..<r, block: block)
        {
          return (s, scan.text(r..<(r + 1)))
        }
      }
      k += 1
    }
    return nil
  }
}
