/// VADER's per-token valence rules (SPEC.md §4): lexicon, "no", ALL CAPS, boosters, negation,
/// "never so", idioms and "least". News mode runs the same rules over its own token traits.
struct ValenceRules {
  let resources: SentimentResources

  /// Whether some but not all tokens are ALL CAPS (§3).
  static func capsDifferential(_ tokens: UnsafeBufferPointer<SentimentToken>) -> Bool {
    var upper = 0
    for token in tokens where token.isUpper { upper += 1 }
    let rest = tokens.count - upper
    return rest > 0 && rest < tokens.count
  }

  /// Writes one valence per token into `valences`.
  func valences(
    _ tokens: UnsafeBufferPointer<SentimentToken>, into valences: UnsafeMutableBufferPointer<Double>
  ) {
    let count = tokens.count
    let caps = ValenceRules.capsDifferential(tokens)
    let negation = resources.rules.negationScalar
    let capsIncrement = resources.rules.capsIncrement
    for i in 0..<count {
      valences[i] = 0
      // Most tokens have no valence, or are boosters, which have none here: one test of the
      // traits before the token is read whole.
      let traits = tokens[i].traits
      if !traits.contains(.valence) || traits.contains(.booster) { continue }
      let token = tokens[i]
      if token.role == .kind && i + 1 < count && tokens[i + 1].role == .of { continue }
      let base = token.valence
      var v = base
      // b. "no" before a lexicon word is a negation, not a sentiment word.
      if token.role == .no && i != count - 1 && tokens[i + 1].hasValence { v = 0 }
      if (i > 0 && tokens[i - 1].role == .no) || (i > 1 && tokens[i - 2].role == .no)
        || (i > 2 && tokens[i - 3].role == .no
          && (tokens[i - 1].role == .or || tokens[i - 1].role == .nor))
      {
        v = base * negation
      }
      // c. ALL CAPS among mixed case.
      if token.isUpper && caps { v += v > 0 ? capsIncrement : -capsIncrement }
      // d. Up to three preceding words that are not themselves sentiment words.
      for k in 0..<3 {
        let j = i - k - 1
        if j < 0 || tokens[j].hasValence { continue }
        let previous = tokens[j]
        var s = 0.0
        if previous.isBooster {
          s = previous.booster
          if v < 0 { s = -s }
          if previous.isUpper && caps { s += v > 0 ? capsIncrement : -capsIncrement }
        }
        if s != 0 { s *= resources.rules.distanceScales[k] }
        v += s
        switch k {
        case 0:
          if tokens[i - 1].negates { v *= negation }
        case 1:
          if tokens[i - 2].role == .never && isSoOrThis(tokens[i - 1]) {
            v *= resources.rules.neverSoThisScalar
          } else if tokens[i - 2].role == .without && tokens[i - 1].role == .doubt {
            // "without doubt" affirms.
          } else if tokens[i - 2].negates {
            v *= negation
          }
        default:
          if (tokens[i - 3].role == .never && isSoOrThis(tokens[i - 2]))
            || isSoOrThis(tokens[i - 1])
          {
            v *= resources.rules.neverSoThisScalar
          } else if tokens[i - 3].role == .without
            && (tokens[i - 2].role == .doubt || tokens[i - 1].role == .doubt)
          {
            // "without (a) doubt" affirms.
          } else if tokens[i - 3].negates {
            v *= negation
          }
          v = idioms(tokens, at: i, valence: v)
        }
      }
      // e. "least" negates unless it is "at least" or "very least".
      if i > 0 && tokens[i - 1].role == .least
        && !(i > 1 && (tokens[i - 2].role == .at || tokens[i - 2].role == .very))
      {
        v *= negation
      }
      valences[i] = v
    }
  }

  @inline(__always)
  private func isSoOrThis(_ token: SentimentToken) -> Bool {
    token.role == .so || token.role == .this
  }

  /// The idiom step (§4d, at distance 3 only): SPECIAL_CASES around the word replace its
  /// valence; booster phrases just before it add theirs.
  private func idioms(_ tokens: UnsafeBufferPointer<SentimentToken>, at i: Int, valence: Double)
    -> Double
  {
    // Every phrase below starts at one of tokens i−3…i: when none of them can start one, none
    // matches, and the nine look-ups are skipped (most sentiment words; they were a third of
    // this rule's instructions, callgrind over NewsMTSC train sentences).
    var startsPhrase = false
    for j in max(0, i - 3)...i {
      let entry = tokens[j].entry
      if entry >= 0 && resources.table[entry].flags.contains(.inPhrase) {
        startsPhrase = true
        break
      }
    }
    if !startsPhrase { return valence }
    var v = valence
    if let value = specialCase(tokens, from: i - 1, length: 2)
      ?? specialCase(tokens, from: i - 2, length: 3)
      ?? specialCase(tokens, from: i - 2, length: 2)
      ?? specialCase(tokens, from: i - 3, length: 3)
      ?? specialCase(tokens, from: i - 3, length: 2)
    {
      v = value
    }
    if let value = specialCase(tokens, from: i, length: 2) { v = value }
    if let value = specialCase(tokens, from: i, length: 3) { v = value }
    if let value = phrase(resources.rules.boosterPhrases, tokens, from: i - 3, length: 2) {
      v += value
    }
    if let value = phrase(resources.rules.boosterPhrases, tokens, from: i - 2, length: 2) {
      v += value
    }
    return v
  }

  @inline(__always)
  private func specialCase(
    _ tokens: UnsafeBufferPointer<SentimentToken>, from start: Int, length: Int
  ) -> Double? {
    phrase(resources.rules.specialCases, tokens, from: start, length: length)
  }

  private func phrase(
    _ phrases: [WordPhrase], _ tokens: UnsafeBufferPointer<SentimentToken>, from start: Int,
    length: Int
  ) -> Double? {
    guard start >= 0, start + length <= tokens.count else { return nil }
    let first = tokens[start].entry
    guard first >= 0, resources.table[first].flags.contains(.inPhrase) else { return nil }
    for phrase in phrases where phrase.words.count == length {
      if phrase.matches({ tokens[$0].entry }, at: start, count: tokens.count) {
        return phrase.value
      }
    }
    return nil
  }
}
