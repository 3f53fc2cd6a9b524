/// Where a cue's target is found.
public enum StanceFrame: String, Sendable, CaseIterable {
  /// The phrase after the cue: "condemned the strike", "expressed concern over X".
  case object
  /// "urged Western partners to speed up deliveries": the urged action, which gives no record
  /// (it is no target) but keeps the urged party from holding the action's cue.
  case urge
  /// "called X Y", "described X as Y": the target is X, the tone of Y gives the direction.
  case describe
  /// "warned that X": a stance only when X is bad news ("would violate UN resolutions"), not
  /// a forecast ("repairs could take weeks").
  case warn
  /// "X faces criticism", "X came under fire": the subject is the target, and the holders are
  /// unnamed critics.
  case subject
}

/// One entry of the stance lexicon: a verb or phrase and the position it expresses.
public struct StanceCue: Hashable, Sendable {
  /// Words separated by spaces; `word+` adds inflections, `a|b` alternatives, `*` a short gap.
  public var pattern: String
  /// The position the cue expresses.
  public var stance: StanceLabel
  /// −10 … +10, in the spirit of the Goldstein conflict–cooperation scale.
  public var intensity: Double
  /// Where the target is.
  public var frame: StanceFrame
  /// Free text: an example or why the intensity is what it is.
  public var note: String

  /// A cue from its parts.
  public init(
    pattern: String, stance: StanceLabel, intensity: Double, frame: StanceFrame = .object,
    note: String = ""
  ) {
    self.pattern = pattern
    self.stance = stance
    self.intensity = intensity
    self.frame = frame
    self.note = note
  }
}

/// A stance data file or an analyst's cue is malformed or missing.
public struct StanceDataError: Error, Sendable, CustomStringConvertible {
  /// The file (inside Lede's data folder) or `cue` for a cue given from code.
  public var file: String
  /// The 1-based line, when the error is in a file.
  public var line: Int?
  /// What is wrong.
  public var reason: String

  /// An error from its parts.
  public init(file: String, line: Int? = nil, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  public var description: String {
    "stance data '\(file)'\(line.map { ":\($0)" } ?? ""): \(reason)"
  }
}
