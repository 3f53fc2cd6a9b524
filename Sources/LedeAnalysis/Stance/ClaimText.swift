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
    hedge = cues.find(in: words).filter { $0.kind == .hedge || $0.kind == .judge }
      .reduce(0) { $0 + $1.weight }
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

  init(claim: ClaimText, index: ClaimIndex, cues: ClaimCues) {
    self.claim = claim
    self.index = index
    self.cues = cues
  }

  /// Reads one evidence sentence, counting its cues at `weight`.
  mutating func read(_ i: Int, weight: Double) {
    let line = index.lines[i]
    var refuteHere = 0.0
    var hedgeHere = 0.0
    var confirmHere = 0.0
    var negatedNearClaim = false
    let claimPositions = line.stems.indices.filter { claim.weights[line.stems[$0]] != nil }
    for cue in line.cues {
      let phrase = line.words[cue.at..<(cue.at + cue.length)].joined(separator: " ")
      switch cue.kind {
      case .refute: refuteHere += cue.weight
      case .hedge: hedgeHere += cue.weight
      case .confirm: confirmHere += cue.weight
      case .judge: continue
      case .negate:
        // Negation counts when it governs the claim's words: within five words before one.
        if claimPositions.contains(where: { $0 > cue.at && $0 - cue.at <= 5 }) {
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
    if negatedNearClaim != claim.negated { negation += weight }
    if line.attributed { attributed += weight }
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
