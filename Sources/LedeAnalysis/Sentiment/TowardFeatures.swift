import LedeCore

/// The features `TowardModel` reads: what the rules found (their score, the target's role, the
/// sentence's tone, the valences around the target by region) and the words near it.
///
/// Features are named strings ("w:blamed", "pos:object") hashed with `StableHash`; the model file
/// keeps the names, and the hash of a word is computed over its bytes without building a
/// string, so scoring allocates nothing but the two arrays. Target words and other names are
/// left out on purpose: a learned prior about a name ("Trump is negative") is not a tone of the
/// sentence.
package struct TowardFeatures {
  /// Hashes of the features present, with their values (a feature may repeat; values add).
  package var hashes: [UInt64] = []
  package var values: [Double] = []
  /// The names, kept only when training (`names != nil`).
  package var names: [String]?

  package init(keepNames: Bool = false) {
    hashes.reserveCapacity(96)
    values.reserveCapacity(96)
    names = keepNames ? [] : nil
  }

  /// How many words on each side of the target get a side-specific feature: about a clause, set
  /// by reasoning. What the side words add (`lede-bench tone`, macro-F1): on the tune part 0.618
  /// with them, 0.600 without; held out 0.624 and 0.623.
  static let window = 8

  mutating func add(_ name: StaticString, _ value: Double = 1) {
    guard value != 0 else { return }
    var hash = StableHash()
    name.withUTF8Buffer { hash.mix($0) }
    hashes.append(hash.value)
    values.append(value)
    names?.append(name.description)
  }

  /// A feature named `prefix` followed by the word's bytes, lowercased. `range` is a token's
  /// (or two tokens', for a pair), whose edges the tokenizer has already cut from the
  /// punctuation around them.
  mutating func add(
    _ prefix: StaticString, word range: Range<Int>, in text: UnsafeBufferPointer<UInt8>,
    _ value: Double = 1
  ) {
    let low = range.lowerBound
    let high = range.upperBound
    guard low < high, high - low <= 40 else { return }
    var hash = StableHash()
    prefix.withUTF8Buffer { hash.mix($0) }
    for i in low..<high { hash.mix(ASCII.lowercase(text[i])) }
    hashes.append(hash.value)
    values.append(value)
    if names != nil {
      let word = String(decoding: text[low..<high].map(ASCII.lowercase), as: UTF8.self)
      names?.append(prefix.description + word)
    }
  }

  /// A feature named `prefix` followed by two words joined by `_`.
  mutating func add(
    _ prefix: StaticString, words first: Range<Int>, _ second: Range<Int>,
    in text: UnsafeBufferPointer<UInt8>
  ) {
    add(prefix, word: first.lowerBound..<second.upperBound, in: text)
  }

  /// The features of the target `target` (token indices) in a tokenized sentence.
  ///
  /// - Parameters:
  ///   - rule: the rules' compound toward the target; `sentence`: the sentence's news-mode
  ///     compound.
  static func extract(
    _ tokens: UnsafeBufferPointer<SentimentToken>, _ valences: UnsafeBufferPointer<Double>,
    text: UnsafeBufferPointer<UInt8>, target: ClosedRange<Int>, roles: TargetRoles,
    rule: Double, sentence: Double, into f: inout TowardFeatures
  ) {
    f.add("bias")
    f.add("rule", rule)
    f.add(rule >= 0.2 ? "rule:positive" : rule <= -0.2 ? "rule:negative" : "rule:neutral")
    f.add("sentence+", max(0, sentence))
    f.add("sentence-", min(0, sentence))
    switch roles.position {
    case .subject: f.add("position:subject")
    case .object: f.add("position:object")
    case .agent: f.add("position:agent")
    case .against: f.add("position:against")
    case .complement: f.add("position:complement")
    }
    if roles.speakerVerb != nil { f.add(roles.speakerBefore ? "speaker:after" : "speaker:before") }
    if roles.targetQuoted { f.add("target:quoted") }
    if !roles.apposition.isEmpty { f.add("target:apposition") }
    if target.lowerBound == 0 { f.add("target:first") }
    if target.count == 1, isPronoun(tokens[target.lowerBound], text) { f.add("target:pronoun") }
    regions(tokens, valences, target: target, roles: roles, into: &f)
    // Names (masked tokens) are left out like the target: "Kim" or "North Korean" near a target
    // would teach the model a prior about a country or a person, not a tone.
    for i in tokens.indices where !target.contains(i) && !tokens[i].traits.contains(.masked) {
      let range = Int(tokens[i].start)..<Int(tokens[i].end)
      f.add("w:", word: range, in: text)
      if i < target.lowerBound && target.lowerBound - i <= window {
        f.add("b:", word: range, in: text)
      } else if i > target.upperBound && i - target.upperBound <= window {
        f.add("a:", word: range, in: text)
        // The verb phrase right after the target: "was accused", "has praised".
        if i + 1 < tokens.count && i - target.upperBound <= 3 {
          f.add("ab:", words: range, Int(tokens[i + 1].start)..<Int(tokens[i + 1].end), in: text)
        }
      }
    }
  }

  /// Positive and negative valence by where it stands: in the target's clause after or
  /// before it, in another clause, in quotation marks the target is outside of, in the
  /// target's apposition, and negations in its clause.
  private static func regions(
    _ tokens: UnsafeBufferPointer<SentimentToken>, _ valences: UnsafeBufferPointer<Double>,
    target: ClosedRange<Int>, roles: TargetRoles, into f: inout TowardFeatures
  ) {
    var clauseStart = target.lowerBound
    while clauseStart > 0 && !isBreak(tokens, clauseStart - 1) { clauseStart -= 1 }
    var clauseEnd = target.upperBound
    while clauseEnd + 1 < tokens.count && !isBreak(tokens, clauseEnd) { clauseEnd += 1 }
    var sums = (after: (0.0, 0.0), before: (0.0, 0.0), far: (0.0, 0.0), quote: (0.0, 0.0))
    var negations = 0
    for i in tokens.indices where !target.contains(i) {
      let inClause = i >= clauseStart && i <= clauseEnd
      if inClause && tokens[i].negates { negations += 1 }
      let v = valences[i]
      guard v != 0 else { continue }
      let pair = v > 0 ? (v, 0.0) : (0.0, v)
      if tokens[i].traits.contains(.quoted) && !roles.targetQuoted {
        sums.quote = (sums.quote.0 + pair.0, sums.quote.1 + pair.1)
      } else if inClause || roles.apposition.contains(i) {
        if i > target.upperBound {
          sums.after = (sums.after.0 + pair.0, sums.after.1 + pair.1)
        } else {
          sums.before = (sums.before.0 + pair.0, sums.before.1 + pair.1)
        }
      } else {
        sums.far = (sums.far.0 + pair.0, sums.far.1 + pair.1)
      }
    }
    // Valences are on VADER's −4…4 scale; a quarter keeps the features near 1.
    f.add("after+", sums.after.0 / 4)
    f.add("after-", sums.after.1 / 4)
    f.add("before+", sums.before.0 / 4)
    f.add("before-", sums.before.1 / 4)
    f.add("far+", sums.far.0 / 4)
    f.add("far-", sums.far.1 / 4)
    f.add("quote+", sums.quote.0 / 4)
    f.add("quote-", sums.quote.1 / 4)
    if negations > 0 { f.add("clause:negated") }
    if clauseStart == 0 && clauseEnd == tokens.count - 1 { f.add("clause:whole") }
  }

  private static func isBreak(_ tokens: UnsafeBufferPointer<SentimentToken>, _ i: Int) -> Bool {
    !tokens[i].edges.isDisjoint(with: [.clauseEnd, .sentenceEnd])
      || (i + 1 < tokens.count
        && (tokens[i + 1].role == .but || tokens[i + 1].role == .contrast
          || tokens[i + 1].role == .relative))
  }

  private static func isPronoun(_ token: SentimentToken, _ text: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    let count = Int(token.end - token.start)
    guard count >= 2, count <= 4 else { return false }
    var word: [UInt8] = []
    for i in Int(token.start)..<Int(token.end) { word.append(ASCII.lowercase(text[i])) }
    return pronouns.contains(word)
  }

  private static let pronouns: Set<[UInt8]> = Set(
    ["he", "she", "him", "her", "they", "them", "his", "its", "it", "we", "us"].map {
      Array($0.utf8)
    })
}
