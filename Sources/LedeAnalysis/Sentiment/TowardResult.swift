/// The tone a sentence takes toward one target (a person, organisation or place it names).
public struct TowardResult: Hashable, Sendable, CustomStringConvertible {
  /// A three-way tone label.
  public enum Label: String, Hashable, Sendable, CaseIterable {
    case positive, neutral, negative
  }

  /// The tone, from `score` and the analyzer's thresholds.
  public var label: Label
  /// The tone toward the target, −1…+1 (0 when the target was not found or nothing bears on it).
  public var score: Double

  /// A result from its parts.
  public init(label: Label, score: Double) {
    self.label = label
    self.score = score
  }

  /// No tone: the target is absent or nothing in its clause bears on it.
  public static let neutral = TowardResult(label: .neutral, score: 0)

  public var description: String { "\(label.rawValue) (\(score))" }
}
