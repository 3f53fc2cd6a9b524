/// How `SentimentAnalyzer` scores a text.
public enum SentimentMode: String, Sendable, CaseIterable, CustomStringConvertible {
  /// Tuned for news: names masked, quoted speech weighed apart, a news lexicon and phrases,
  /// hedges dampened. The default.
  case news
  /// The published VADER method, matching the reference implementation (vaderSentiment 3.3.2).
  case vader

  public var description: String { rawValue }
}
