extension Coreference {
  /// The words of a mention read lazily off the token facts: the indices of its word tokens
  /// but particles. Every name rule here reads them so, instead of each making a list of
  /// tokens or hashes first (`nameWords` made two arrays a mention).
  struct WordTokens: Sequence {
    let facts: [TokenFact]
    let tokens: Range<Int>

    struct Iterator: IteratorProtocol {
      let facts: [TokenFact]
      var position: Int
      let end: Int

      mutating func next() -> Int? {
        while position < end {
          let t = position
          position += 1
          let f = facts[t]
          if f.shape.isWord && !f.info.contains(.particle) { return t }
        }
        return nil
      }
    }

    func makeIterator() -> Iterator {
      Iterator(facts: facts, position: tokens.lowerBound, end: tokens.upperBound)
    }
  }

  /// The word tokens of `tokens`, read lazily.
  func words(of tokens: Range<Int>) -> WordTokens { WordTokens(facts: scan.facts, tokens: tokens) }

  /// The `WordHash.combine` key of a mention's words, with their number and the last of them,
  /// without making their list: `confirmDeferred` keys every named mention so.
  func wordKey(of tokens: Range<Int>) -> (key: UInt64, count: Int, last: UInt64) {
    var phrase = WordHash.Phrase()
    var count = 0
    var last: UInt64 = 0
    for t in words(of: tokens) {
      let hash = scan.facts[t].hash
      phrase.append(hash)
      count += 1
      last = hash
    }
    return (phrase.value, count, last)
  }

  /// How many words a mention has and the last of them: most callers ask whether a mention is
  /// one word (109,000 lists on PolNeAR train).
  func wordCount(of tokens: Range<Int>) -> (count: Int, last: UInt64) {
    var count = 0
    var last: UInt64 = 0
    for t in words(of: tokens) {
      count += 1
      last = scan.facts[t].hash
    }
    return (count, last)
  }

  /// The words a person's name is matched by: the formal form of a familiar given name (`Joe`
  /// → `Joseph`, names/nicknames.tsv), without middle initials or a suffix, so `Joseph R.
  /// Biden Jr.`, `Joe Biden` and `Biden` are one person.
  func nameWords(of tokens: Range<Int>) -> [UInt64] {
    let facts = scan.facts
    let count = wordCount(of: tokens).count
    var w: [UInt64] = []
    w.reserveCapacity(count)
    for (i, t) in words(of: tokens).enumerated() {
      let f = facts[t]
      if i > 0, i == count - 1, Coreference.suffixes.contains(f.hash) { continue }
      if i > 0, i < count - 1, f.shape == .initial { continue }
      w.append(i == 0 && count > 1 ? scan.lexicon.formalGiven[f.hash] ?? f.hash : f.hash)
    }
    return w
  }
}
