/// A claim as the rules read it: its content stems with weights, their pairs, whether it is
/// negated and how hedged it is.
struct ClaimText: Sendable {
  /// Stem → weight (numbers and long words count more than short ones).
  var weights: [String: Double] = [:]
  /// Adjacent content stems, for phrase matches.
  var bigrams: [(String, String)] = []
  var total = 0.0
  /// Stems in claim order.
  var stems: [String] = []
  var negated = false
  /// The weight of hedges in the claim itself ("reportedly", "could", "?").
  var hedge = 0.0
  /// The weight of refutation in the claim itself ("denies", "hoax"): an article that refutes
  /// what such a claim calls false agrees with it.
  var refutes = 0.0

  init(_ claim: String, cues: ClaimCues) {
    let words = ClaimWords.words(claim)
    var previous: String?
    for word in words {
      if ClaimWords.negators.contains(word) || word.hasSuffix("n't") { negated = true }
      guard !ClaimWords.stopwords.contains(word), !ClaimWords.negators.contains(word),
        word.count >= 2
      else {
        previous = nil
        continue
      }
      let stem = ClaimWords.stem(word)
      let weight = word.first?.isNumber == true ? 1.2 : word.count <= 3 ? 0.6 : 1.0
      if weights[stem] == nil {
        weights[stem] = weight
        total += weight
        stems.append(stem)
      }
      if let previous { bigrams.append((previous, stem)) }
      previous = stem
    }
    let found = cues.find(in: words)
    hedge = found.filter { $0.kind == .hedge || $0.kind == .judge }.reduce(0) { $0 + $1.weight }
    refutes = found.filter { $0.kind == .refute }.reduce(0) { $0 + $1.weight }
    if claim.contains("?") { hedge += 1 }
  }
}

/// The cues found in a claim's evidence sentences.
struct EvidenceReading {
  let claim: ClaimText
  let index: ClaimIndex
  let cues: ClaimCues
  var refute = 0.0
  var hedge = 0.0
  var confirm = 0.0
  var antonyms = 0.0
  var negation = 0.0
  /// Evidence weight of sentences in someone else's words.
  var attributed = 0.0
  var found: [String] = []

  /// A refutation cue refutes the claim when one of the claim's words it says something of
  /// (not a name: "Brightwater denies" refutes nothing about Brightwater's plant) stands up to
  /// this many words after it ("denied reports that X resigned")…
  static let scopeAfter = 8
  /// …or up to this many before it ("the claim that X resigned is false").
  static let scopeBefore = 6
  /// A hedge this near after a refutation cue is what it refutes ("dismissed the reports as
  /// speculation", "rejected claims"), not a hedge of the article's own.
  static let refutedHedgeAfter = 6
  /// …and this near before it ("the claim is false").
  static let refutedHedgeBefore = 4

  /// What the claim says of its names: its stems the article does not write as names, or
  /// all of them for a claim of names alone.
  let focusStems: Set<String>

  init(claim: ClaimText, index: ClaimIndex, cues: ClaimCues) {
    self.claim = claim
    self.index = index
    self.cues = cues
    let said = Set(claim.stems.filter { !index.names.contains($0) })
    focusStems = said.isEmpty ? Set(claim.stems) : said
  }

  /// Refutation and negation aimed at what the claim says, in every sentence that holds it:
  /// a debunk often refutes the rumour in a sentence that shares few of the claim's words.
  func sweep() -> Double {
    var lines: Set<Int32> = []
    for stem in focusStems { lines.formUnion(index.linesByStem[stem] ?? []) }
    var total = 0.0
    for i in lines {
      let line = index.lines[Int(i)]
      let focus = line.stems.indices.filter { focusStems.contains(line.stems[$0]) }
      let share = self.share(of: line)
      for cue in line.cues {
        let end = cue.at + cue.length - 1
        switch cue.kind {
        case .refute
        where focus.contains {
          ($0 > end && $0 - end <= Self.scopeAfter)
            || ($0 < cue.at && cue.at - $0 <= Self.scopeBefore)
        }:
          total += cue.weight * share
        case .negate where focus.contains { $0 > end && $0 - end <= 5 }:
          total += Self.sweptNegation * share
        default: continue
        }
      }
    }
    return total
  }

  /// How much of what the claim says a sentence holds, 0…1: it reaches 1 at half of the
  /// focus words' weight, since a refuting sentence names the rumour in its own words.
  func share(of line: ClaimIndex.Line) -> Double {
    let total = focusStems.reduce(0) { $0 + (claim.weights[$1] ?? 0) }
    let here = Set(line.stems).intersection(focusStems).reduce(0) { $0 + (claim.weights[$1] ?? 0) }
    return total == 0 ? 0 : min(1, 2 * here / total)
  }

  /// What a negation of the claim's words outside the evidence counts in the sweep, against a
  /// refutation cue's own weight (0.5–2).
  static let sweptNegation = 0.5

  /// Reads one evidence sentence, counting its cues at `weight`; `outOfScope` is the share a
  /// refutation cue keeps when none of the claim's words is in its scope.
  mutating func read(_ i: Int, weight: Double, outOfScope: Double) {
    let line = index.lines[i]
    var refuteHere = 0.0
    var hedgeHere = 0.0
    var confirmHere = 0.0
    var negatedNearClaim = false
    var refutedHere = false
    let claimPositions = line.stems.indices.filter { claim.weights[line.stems[$0]] != nil }
    let focus = claimPositions.filter { focusStems.contains(line.stems[$0]) }
    let share = self.share(of: line)
    let refutations = line.cues.filter { $0.kind == .refute }
    for cue in line.cues {
      let phrase = line.words[cue.at..<(cue.at + cue.length)].joined(separator: " ")
      switch cue.kind {
      case .refute:
        let end = cue.at + cue.length - 1
        let inScope = focus.contains {
          ($0 > end && $0 - end <= Self.scopeAfter)
            || ($0 < cue.at && cue.at - $0 <= Self.scopeBefore)
        }
        refuteHere += cue.weight * (inScope ? share : outOfScope)
        if inScope { refutedHere = true }
      case .hedge:
        let refuted = refutations.contains {
          (cue.at > $0.at && cue.at - $0.at <= Self.refutedHedgeAfter)
            || ($0.at > cue.at && $0.at - cue.at <= Self.refutedHedgeBefore)
        }
        if refuted { continue }
        hedgeHere += cue.weight
      case .confirm: confirmHere += cue.weight
      case .judge: continue
      case .negate:
        // Negation counts when it governs what the claim says: within five words before it.
        if focus.contains(where: { $0 > cue.at && $0 - cue.at <= 5 }) {
          negatedNearClaim = true
        } else {
          continue
        }
      }
      if found.count < 12 { found.append("\(cue.kind.rawValue): \(phrase)") }
    }
    refute += weight * min(3, refuteHere)
    hedge += weight * min(3, hedgeHere)
    confirm += weight * min(2, confirmHere)
    if negatedNearClaim != claim.negated { negation += weight * share }
    // A refutation in someone's words is still a refutation, not a report of the claim.
    if line.attributed && !refutedHere { attributed += weight }
    // Antonyms: a claim word whose opposite the sentence holds, and the word itself it lacks.
    let here = Set(line.stems)
    for stem in claim.stems where !here.contains(stem) {
      if let opposites = cues.antonyms[stem],
        let hit = opposites.first(where: { here.contains($0) })
      {
        antonyms += weight
        if found.count < 12 { found.append("antonym: \(stem)/\(hit)") }
      }
    }
  }
}
