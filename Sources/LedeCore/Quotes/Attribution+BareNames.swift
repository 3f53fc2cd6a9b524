extension Attribution {
  /// `Westmacott also said`, `Brill has argued`: a capitalised word the entity layer left
  /// unnamed, alone before a cue (over auxiliaries and adverbs), is the cue's speaker: the
  /// person whose name ends in it, else the word itself. On PolNeAR train direct sources right
  /// 5,507 → 5,509 of 6,319, dev 596 either way; without the test that the word is a name
  /// (below), weekdays and sentence-opening nouns took it (`Thursday said`, `Polling shows`).
  func bareName(endingBefore cue: Int, floor: Int, block: Int) -> Speaker? {
    var k = cue - 1
    while k > floor, cue - k <= 3, facts[k].shape == .lower,
      facts[k].info.contains(.auxiliary) || Attribution.endsInLy(scan, k)
    {
      k -= 1
    }
    guard k >= floor, isBareName(k),
      k == floor || !facts[k - 1].shape.isWord || facts[k - 1].shape == .lower
    else { return nil }
    return bareSpeaker(k, block: block)
  }

  /// `“…,” said Sexton.`: an unnamed capitalised word right after a cue, which a sentence's
  /// end or a comma follows.
  func bareName(startingAt t: Int, limit: Int, block: Int) -> Speaker? {
    guard t < limit, isBareName(t) else { return nil }
    let next = t + 1
    guard next >= limit || endsSentence(at: next) || facts[next].shape == .comma else {
      return nil
    }
    return bareSpeaker(t, block: block)
  }

  /// Whether token `t` is a capitalised word no mention covers and no function word,
  /// determiner, pronoun or possessive.
  func isBareName(_ t: Int) -> Bool {
    guard facts[t].shape == .capitalized, analysis.mention(covering: t) == nil,
      facts[t].info.intersection([.function, .determiner, .pronoun, .cue]).isEmpty,
      !facts[t].possessive, !RunParser.weekdays.contains(facts[t].hash),
      !Attribution.monthWords.contains(facts[t].hash)
    else { return false }
    // A name, not a word capitalised to open its sentence (`Students say`, `Polling
    // shows`): some person's surname, or capitalised elsewhere inside a sentence.
    let hash = facts[t].hash
    let word = scan.text(t..<(t + 1))
    if analysis.mentions.contains(where: {
      $0.kind == .person && $0.canonical?.split(separator: " ").last.map(String.init) == word
    }) {
      return true
    }
    return facts.indices.contains { i in
      i != t && i > 0 && facts[i].hash == hash && facts[i].shape == .capitalized
        && facts[i].sentence == facts[i - 1].sentence && !facts[i - 1].shape.endsSentence
        && !facts[i - 1].shape.isQuoteMark
    }
  }

  static let monthWords = KeySet(DateNormalizer.months.keys.map { WordHash.of($0) })

  func bareSpeaker(_ t: Int, block: Int) -> Speaker {
    let word = scan.text(t..<(t + 1))
    let person = analysis.mentions.first {
      $0.kind == .person && $0.canonical?.split(separator: " ").last.map(String.init) == word
    }?.canonical
    let name = person ?? word
    return Speaker(
      name: name, span: Span(start: Int(facts[t].start), end: Int(facts[t].end)), token: t,
      block: block, gender: analysis.genders[name] ?? .unknown)
  }
}
