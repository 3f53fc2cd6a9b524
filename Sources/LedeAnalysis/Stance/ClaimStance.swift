/// How an article stands toward a claim, in the conventions of the Fake News Challenge.
public enum ClaimLabel: String, Sendable, CaseIterable, CustomStringConvertible {
  /// The article confirms the claim.
  case agree
  /// The article refutes the claim.
  case disagree
  /// The article reports the claim without settling it.
  case discuss
  /// The article is about something else.
  case unrelated

  public var description: String { rawValue }
}

/// The claim stance of one article: its label, how sure the rules are, and the sentences the
/// decision rests on.
public struct ClaimStance: Hashable, Sendable {
  /// The decision.
  public var label: ClaimLabel
  /// The winning label's share of the evidence, 0…1 (for `unrelated`, 1 − relatedness).
  public var score: Double
  /// How much of the claim the article covers, 0…1.
  public var relatedness: Double
  /// Indices in `Article.sentences` of the sentences that cover the claim best, best first.
  public var evidence: [Int]
  /// The cues found near the claim's words: `refute: denied`, `hedge: allegedly`, …
  public var cues: [String]
  /// The weight of evidence for `agree` (0 when unrelated).
  public var agree: Double
  /// The weight of evidence for `disagree` (0 when unrelated).
  public var disagree: Double
  /// The weight of evidence for `discuss` (0 when unrelated).
  public var discuss: Double

  /// A result from its parts.
  public init(
    label: ClaimLabel, score: Double, relatedness: Double, evidence: [Int], cues: [String] = [],
    agree: Double = 0, disagree: Double = 0, discuss: Double = 0
  ) {
    self.label = label
    self.score = score
    self.relatedness = relatedness
    self.evidence = evidence
    self.cues = cues
    self.agree = agree
    self.disagree = disagree
    self.discuss = discuss
  }
}
