/// The position an actor takes toward a target.
public enum StanceLabel: String, Sendable, CaseIterable, CustomStringConvertible {
  /// Cooperation: backing, praise, acceptance.
  case support
  /// Conflict: criticism, denial, rejection, sanctions.
  case oppose
  /// No side: the label of a weak aggregate ("declined to comment", "not against"); the
  /// extractor records no neutral positions.
  case neutral

  public var description: String { rawValue }

  /// The label for an intensity on the −10…+10 scale: weak positions are neutral.
  public init(intensity: Double) {
    if intensity >= StanceLabel.threshold {
      self = .support
    } else if intensity <= -StanceLabel.threshold {
      self = .oppose
    } else {
      self = .neutral
    }
  }

  /// The smallest intensity, either way, that takes a side.
  public static let threshold = 1.5
}

/// Whose words carry a stance.
public enum StanceVoice: String, Sendable, CaseIterable, CustomStringConvertible {
  /// The source's own quoted words: `“Moscow is categorically against …,” Burmistrov said`.
  case direct
  /// Reported speech: `Burmistrov said Moscow would resist …`.
  case indirect
  /// The author's narration: `The United States has expressed concern over …`.
  case author

  public var description: String { rawValue }
}
