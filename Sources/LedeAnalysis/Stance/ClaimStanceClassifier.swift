import LedeCore

/// Decides whether an article agrees with a claim, disagrees, only discusses it, or is about
/// something else, with transparent rules over words, no trained model.
///
/// Relatedness is the weighted share of the claim's content words (lightly stemmed) the
/// article holds, words in its title and first sentences counting most. For a related
/// article, the sentences that cover the claim best are its evidence: refutation cues,
/// antonyms of the claim's words and negation the claim lacks point to `disagree`; hedges and
/// attribution to `discuss`; a lead that restates the claim and confirmation cues to `agree`.
public struct ClaimStanceClassifier: Sendable {
  /// Thresholds and weights of the rules, exposed so that analysts can tune them.
  public struct Parameters: Sendable, Hashable {
    /// Below this relatedness an article is `unrelated`.
    public var relatedness = 0.34
    /// The evidence for `disagree` must reach this (2.5: best macro-F1 over the dev claims and
    /// the tune part of the refutation set, 1.240 summed, against 1.222 at 2.0).
    public var disagree = 2.5
    /// `agree` must beat `discuss` by this margin.
    public var agreeMargin = 0.6
    /// How many sentences are read as evidence.
    public var evidenceSentences = 3
    /// The weight of a claim word the article writes as a name when ranking evidence: the
    /// sentences that hold what the claim says of its names come first (0.7 on the same grid
    /// as `disagree`; 0.4 scored 0.002 less, 1.0 — no names — 0.02 less).
    public var nameWeight = 0.7
    /// The share a refutation cue keeps when none of the claim's words is in its scope (0.3:
    /// same grid; 0 scored 0.006 less, 1 — no scope — 0.036 less on the tune part).
    public var outOfScope = 0.3
    /// The weight of the sweep: refutation aimed at the claim's words anywhere in the article
    /// (1.5: same grid, against 1.0, 0.75 and 0.5).
    public var sweep = 1.5
    /// The most the sweep adds (the cap the article-wide refutation rate had before).
    public var sweepCap = 1.5
    /// A parameter set with the defaults.
    public init() {}
  }

  /// The cue words and antonyms the rules read.
  public let cues: ClaimCues
  /// The thresholds and weights.
  public var parameters: Parameters

  /// A classifier over `cues`.
  public init(cues: ClaimCues, parameters: Parameters = Parameters()) {
    self.cues = cues
    self.parameters = parameters
  }

  /// The classifier over the bundled cues, or the error that kept them from loading.
  public static let bundled: Result<ClaimStanceClassifier, DataFileError> = ClaimCues.bundled.map {
    ClaimStanceClassifier(cues: $0)
  }

  /// The stance of `article` toward `claim`.
  public func classify(_ claim: String, article: Article) -> ClaimStance {
    let index = article.cached("claimIndex") { ClaimIndex(article: $0, cues: cues) }
    return classify(ClaimText(claim, cues: cues), index: index)
  }

  func classify(_ claim: ClaimText, index: ClaimIndex) -> ClaimStance {
    guard claim.total > 0, !index.lines.isEmpty else {
      return ClaimStance(label: .unrelated, score: 1, relatedness: 0, evidence: [])
    }
    // Relatedness: where each claim word occurs, and the sentence that holds most of them.
    var covered = 0.0
    var leadCovered = 0.0
    var perLine: [Int32: Double] = [:]
    var focus: [Int32: Double] = [:]
    for (stem, weight) in claim.weights {
      guard let lines = index.linesByStem[stem] else { continue }
      let inLead = lines.contains { index.lines[Int($0)].lead }
      let count = index.counts[stem] ?? 0
      covered += weight * (inLead ? 1 : count >= 2 ? 0.8 : 0.6)
      if inLead { leadCovered += weight }
      let said = index.names.contains(stem) ? parameters.nameWeight : 1
      for line in lines {
        perLine[line, default: 0] += weight
        focus[line, default: 0] += weight * said
      }
    }
    for (a, b) in claim.bigrams {
      guard let lines = index.linesByStem[a] else { continue }
      for line in lines where index.lines[Int(line)].stems.contains(b) {
        perLine[line, default: 0] += 0.25
      }
    }
    let coverage = covered / claim.total
    let best = min(1, (perLine.values.max() ?? 0) / claim.total)
    let relatedness = 0.6 * coverage + 0.4 * best
    // Evidence: the sentences that hold most of what the claim says, then most of its words.
    let ranked = perLine.sorted {
      let (a, b) = (focus[$0.key] ?? 0, focus[$1.key] ?? 0)
      return a != b ? a > b : $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
    }
    let evidence = ranked.filter { $0.value / claim.total >= 0.2 }
      .prefix(parameters.evidenceSentences).map { Int($0.key) }
    guard relatedness >= parameters.relatedness, !evidence.isEmpty else {
      return ClaimStance(
        label: .unrelated, score: 1 - relatedness, relatedness: relatedness, evidence: evidence)
    }
    var reading = EvidenceReading(claim: claim, index: index, cues: cues)
    for (rank, line) in evidence.enumerated() {
      reading.read(line, weight: rank == 0 ? 1 : 0.6, outOfScope: parameters.outOfScope)
    }
    let leadShare = leadCovered / claim.total
    let swept = min(parameters.sweepCap, parameters.sweep * reading.sweep())
    var disagree =
      reading.refute + 1.5 * min(2, reading.antonyms) + 1.2 * reading.negation
      + swept
    let discuss =
      reading.hedge + 1.5 * claim.hedge + 0.8 * reading.attributed + 0.5 * (1 - leadShare)
    var agree = 2.5 * leadShare + reading.confirm + (reading.attributed < 0.5 ? 0.5 : 0)
    // A claim that itself calls something false ("… denies …", "… is a hoax") is confirmed
    // by the article's refutation, not contradicted by it.
    if claim.refutes > 0 {
      agree += reading.refute
      disagree -= reading.refute + swept
    }
    let label: ClaimLabel
    if disagree >= parameters.disagree && disagree >= discuss {
      label = .disagree
    } else if agree - discuss >= parameters.agreeMargin {
      label = .agree
    } else {
      label = .discuss
    }
    let total = max(1e-9, max(0, agree) + max(0, disagree) + max(0, discuss))
    let winner = label == .agree ? agree : label == .disagree ? disagree : discuss
    return ClaimStance(
      label: label, score: (max(0, winner) / total * 1000).rounded() / 1000,
      relatedness: (relatedness * 1000).rounded() / 1000, evidence: evidence, cues: reading.found,
      agree: agree, disagree: disagree, discuss: discuss)
  }
}

extension Article {
  /// This article's stance toward `claim`, with the bundled cues.
  public func claimStance(_ claim: String) -> ClaimStance {
    guard case .success(let classifier) = ClaimStanceClassifier.bundled else {
      return ClaimStance(label: .unrelated, score: 0, relatedness: 0, evidence: [])
    }
    return classifier.classify(claim, article: self)
  }
}
