/// The tone of a text: VADER's normalised compound score and the proportions of its parts.
public struct SentimentScores: Hashable, Sendable, CustomStringConvertible {
  /// The overall tone, from −1 (most negative) to +1 (most positive).
  public var compound: Double
  /// The share of the text that reads positive, 0…1.
  public var pos: Double
  /// The share of the text that reads neutral, 0…1.
  public var neu: Double
  /// The share of the text that reads negative, 0…1.
  public var neg: Double

  /// Scores from their four parts.
  public init(compound: Double, pos: Double, neu: Double, neg: Double) {
    self.compound = compound
    self.pos = pos
    self.neu = neu
    self.neg = neg
  }

  /// The scores of a text with no words: everything zero, as the reference method reports it.
  public static let empty = SentimentScores(compound: 0, pos: 0, neu: 0, neg: 0)

  public var description: String {
    "compound \(compound), pos \(pos), neu \(neu), neg \(neg)"
  }
}
