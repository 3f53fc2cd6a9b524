import LedeCore

/// Word tests of the scan: counts, noun uses, adverbs, token positions.
extension StanceScan {
  /// Number words that count a noun.
  static let numberWords: Set<String> = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens",
    "hundreds", "thousands", "millions",
  ]

  /// Whether token `k` is a count: a number or a number word.
  func isCount(_ k: Int) -> Bool {
    text.kinds[k] == .number || Self.numberWords.contains(text.words[k])
  }

  /// The token that starts at byte `offset`, or −1.
  func tokenIndex(at offset: Int) -> Int {
    var low = 0
    var high = text.count
    while low < high {
      let mid = (low + high) / 2
      if text.spans[mid].start < offset { low = mid + 1 } else { high = mid }
    }
    return low < text.count && text.spans[low].start == offset ? low : -1
  }

  /// A one-word cue used as a noun: "its support", "Russia’s backing", "said praise from
  /// Putin would not affect his policy" (a verb takes its object before "from": "expelled
  /// them from").
  func isNounUse(_ i: Int) -> Bool {
    // "drew deep support among women": a share of a group, not a verb.
    if i + 1 < text.count, text.words.matches(i + 1, "from") || text.words.matches(i + 1, "among") {
      return true
    }
    let p = i - 1
    // "refrained from criticising", "stopped short of backing": a gerund, read as negated.
    if p > 0, ["from", "of"].contains(text.words[p]),
      StanceWords.keys.avoidingVerbs.contains(text.keys[p - 1])
    {
      return false
    }
    guard p >= 0, text.isWord(p) else { return false }
    if StanceWords.keys.nounMarkers.contains(text.keys[p]) || text.possessive[p] { return true }
    // "an exceptionally welcoming scene", "the widely criticised plan": an adverb between an
    // article and the cue makes the cue an adjective.
    var q = p
    while q >= 0, text.isWord(q), isAdverb(text.words[q]) { q -= 1 }
    // ("Sanders' widely criticized interview": after a possessive too; a judged PolNeAR train
    // draw, seed 4108.)
    if q < p, q >= 0, ["a", "an", "the"].contains(text.words[q]) || text.possessive[q] {
      return true
    }
    // "different questions for", "a simple question", "the Republican contest": a bare or -s
    // form is a verb after its subject (a name, a pronoun, a plural noun), an auxiliary, "to",
    // an adverb or a conjunction joining it to another verb, or when an object follows it
    // ("the governor endorses Cruz", "the campaign denies any wrongdoing").
    let w = text.words[i]
    // "decades of Republican support for free trade": a party adjective before a bare form makes
    // it a noun ("Republicans support" keeps the verb).
    if !w.hasSuffix("s"), !w.hasSuffix("ed"), !w.hasSuffix("ing"), text.entityOf[p] >= 0,
      ["republican", "democratic", "democrat", "gop"].contains(text.words[p])
    {
      return true
    }
    if w.hasSuffix("ed") || w.hasSuffix("ing") || text.entityOf[p] >= 0 { return false }
    let before = text.words[p]
    if StanceWords.verbOpeners.contains(before) || StanceWords.auxiliaries.contains(before)
      || StanceWords.adverbs.contains(before) || StanceWords.negators.contains(before)
      || StanceWords.boosters[before] != nil || before.hasSuffix("ly")
      || (before.hasSuffix("s") && !w.hasSuffix("s"))
    {
      return false
    }
    // "the nominating contests", "growing questions": an "-ing" word before an "-s" form is
    // an adjective on a plural noun; a verb in "-s" follows no "-ing" form.
    if w.hasSuffix("s"), before.count > 5, before.hasSuffix("ing") { return true }
    let next = i + 1
    return
      !(next < text.count
      && (text.entityOf[next] >= 0 || StanceWords.keys.determiners.contains(text.keys[next])
        || StanceWords.keys.objectPronouns.contains(text.keys[next])))
  }

  /// Nouns in "-ly" that an adverb test by suffix would take ("the rally denounced").
  static let lyNouns: Set<String> = [
    "rally", "ally", "family", "assembly", "supply", "reply", "bully", "belly", "monopoly",
    "anomaly", "july", "italy", "homily", "oligopoly", "duopoly", "tally", "folly", "panoply",
    "jelly", "lily", "gully",
  ]

  static let lyNounKeys = StanceWordKeys.keys(lyNouns)

  /// Whether `w` is an adverb: a listed one, or an "-ly" word that is no "-ly" noun.
  func isAdverb(_ w: String) -> Bool {
    StanceWords.adverbs.contains(w) || (w.hasSuffix("ly") && !Self.lyNouns.contains(w))
  }

  /// `isAdverb(text.words[k])`, read from token `k`'s key and bytes without making its word.
  func isAdverb(at k: Int) -> Bool {
    StanceWords.keys.adverbs.contains(text.keys[k])
      || (text.words.hasSuffix(k, "ly") && !Self.lyNounKeys.contains(text.keys[k]))
  }
}
