/// The phrases of headlines and lines in capitals that wait for the body to say what they
/// name: one walk over them, which the place decision (`RunParser.namedSpans`) and
/// coreference (`Coreference.confirmDeferred`) both take, each with its own look-up.
enum DeferredPhrases {
  /// Per token, whether one of `mentions` holds it (an array, not a Set: every capitalised
  /// word of a deferred range asks).
  static func covered(by mentions: [Mention], count: Int) -> [Bool] {
    var covered = [Bool](repeating: false, count: count)
    for i in mentions.indices {
      for t in mentions[i].tokens where t < count { covered[t] = true }
    }
    return covered
  }

  /// Offers `take` the capitalised phrases of `ranges` that no mention covers, longest first
  /// (at most four words, no possessive before the last word), and goes on after each phrase
  /// it takes, else after the word.
  static func walk(
    _ ranges: [Range<Int>], facts: [TokenFact], covered: [Bool],
    take: (Range<Int>) -> Bool
  ) {
    for range in ranges {
      var t = range.lowerBound
      while t < range.upperBound {
        guard facts[t].shape.isCapitalized, !covered[t] else {
          t += 1
          continue
        }
        var matched = 0
        for length in stride(from: min(4, range.upperBound - t), through: 1, by: -1) {
          let r = t..<(t + length)
          guard r.allSatisfy({ facts[$0].shape.isCapitalized && !covered[$0] }),
            !r.dropLast().contains(where: { facts[$0].possessive })
          else { continue }
          if take(r) {
            matched = length
            break
          }
        }
        t += max(matched, 1)
      }
    }
  }

  /// A headline's full names (`Ben Carson Defends …`): a capitalised given name before a word
  /// the body writes alone as a name (`isAlone`, asked with the word's hash), two words at a
  /// time.
  static func fullNames(
    _ ranges: [Range<Int>], facts: [TokenFact], isAlone: (UInt64) -> Bool
  ) -> [Range<Int>] {
    var names: [Range<Int>] = []
    for range in ranges where range.count >= 2 {
      var t = range.lowerBound
      while t + 1 < range.upperBound {
        if facts[t].shape == .capitalized, !facts[t].info.intersection(.given).isEmpty,
          !facts[t].possessive, facts[t + 1].shape == .capitalized,
          isAlone(facts[t + 1].hash),
          facts[t].info.intersection([.notName, .function, .title]).isEmpty
        {
          names.append(t..<(t + 2))
          t += 2
        } else {
          t += 1
        }
      }
    }
    return names
  }
}
