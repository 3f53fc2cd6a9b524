import LedeCore

/// One actor's position toward one target, with the words that show it.
public struct StanceRecord: Hashable, Sendable {
  /// Who holds the position: an entity's canonical name (places by their gazetteer name).
  public var source: String
  /// Whether `source` names an entity; false for an unnamed holder named by its role ("a
  /// Russian official", "one Democratic source"), which the network view leaves out.
  public var sourceIsEntity: Bool
  /// What the position is about: an entity's canonical name when the target phrase names one
  /// (or its possession: "North Korea’s arms supplies" → `North Korea`), else the phrase.
  public var target: String
  /// The target phrase as written ("North Korea’s arms supplies to Russia").
  public var object: String
  /// Whether `target` is an entity name rather than a phrase.
  public var targetIsEntity: Bool
  /// Support, oppose or neutral, from the intensity.
  public var stance: StanceLabel
  /// Strength and direction on a −10 (conflict) … +10 (cooperation) scale.
  public var intensity: Double
  /// The cue as written ("expressed concern", "have denied", "did not back").
  public var cue: String
  /// Whether the source's own words, reported speech or the author's narration show it.
  public var voice: StanceVoice
  /// Who voiced the position when it is not the source itself (a spokesperson, the speaker
  /// of a reported clause).
  public var speaker: String?
  /// Index in `Article.sentences` of the evidence sentence.
  public var sentence: Int
  /// UTF-8 byte span of the cue in the article text.
  public var cueSpan: Span
  /// UTF-8 byte span of the source mention, when the source is named in the text.
  public var sourceSpan: Span?
  /// UTF-8 byte span of the target phrase.
  public var targetSpan: Span
  /// Whether the cue was negated ("did not condemn", "refused to accept").
  public var negated: Bool

  /// A record from its parts.
  public init(
    source: String, target: String, object: String, targetIsEntity: Bool, stance: StanceLabel,
    intensity: Double, cue: String, voice: StanceVoice, speaker: String? = nil, sentence: Int,
    cueSpan: Span, sourceSpan: Span? = nil, targetSpan: Span, negated: Bool = false,
    sourceIsEntity: Bool = true
  ) {
    self.source = source
    self.sourceIsEntity = sourceIsEntity
    self.target = target
    self.object = object
    self.targetIsEntity = targetIsEntity
    self.stance = stance
    self.intensity = intensity
    self.cue = cue
    self.voice = voice
    self.speaker = speaker
    self.sentence = sentence
    self.cueSpan = cueSpan
    self.sourceSpan = sourceSpan
    self.targetSpan = targetSpan
    self.negated = negated
  }
}
