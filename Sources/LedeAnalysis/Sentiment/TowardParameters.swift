/// The weights `toward` gives the words of a sentence, by where they stand from the target.
/// The defaults were chosen on the development set; `SentimentEvaluation` prints the sweep.
struct TowardParameters: Sendable {
  /// The |score| from which a tone is positive or negative rather than neutral.
  var threshold = 0.2
  /// How fast a word's weight falls with its distance from the target, in words.
  var distanceDecay = 0.1
  /// The factor for each comma, bracket or dash between a word and the target.
  var commaFactor = 0.6
  /// The factor for each hard break between a word and the target: a sentence end, `;`,
  /// `:`, or a contrast ("but", "while", "although").
  var breakFactor = 0.25
  /// Words before a subject or an object. The dev set prefers 1: in news the words before a
  /// name are mostly about it too ("embattled X", "Furious X stars").
  var beforeFactor = 1.0
  /// A harmful act toward its patient ("the storm lashed X"): being hit is not being judged.
  /// Judgements ("sentenced X", "criticised X") and help ("helping X") count in full. Set by
  /// reasoning: no dev-set target exercises it.
  var patientFactor = 0.3
  /// Quoted words, when the target is outside the quotation.
  var quoteFactor = 0.5
  /// What the target says, toward the target (it is the speaker, not the topic): good news
  /// from a speaker is mostly their own side's; bad news is mostly about others.
  var speakerPositive = 0.6
  var speakerNegative = 0.15
  /// A speech act toward its agent: "X condemned Y" says little about X.
  var agentFactor = 0.2
  /// Everything, when the target is a complement ("in Kyiv", "parts of Kharkiv").
  var settingFactor = 0.2
  /// With the learned model, the rules keep the say where their reading of the structure is
  /// sure who judges whom (`TargetRoles.Sure`). On the tune part of NewsMTSC train (macro-F1,
  /// `lede-bench tone`, names left out of the features): the model alone 0.618; with the rules
  /// for the agent of a speech act ("X condemned Y") 0.618, for what is judged ("praised X")
  /// 0.618, both 0.618; for every speaker ("X said") 0.614, for settings ("in Kyiv") 0.604.
  /// The critic and the judged are kept: they cost nothing there and the speaker of a criticism
  /// is not its object (held out they cost 0.009: NewsMTSC's annotators often rate a harsh
  /// critic negative). Reporters and settings are left to the model. Cross-validated over the
  /// whole train part (`lede-bench tone`, after the move to Core's token layer) the pair costs
  /// 0.005 (model alone 0.621, critic and judged 0.616); without them the Tests dev set falls
  /// from 0.492 to 0.481 and `TowardStructureTests` fail, which hold Lede's reading.
  /// The critic is the agent of a negative act only (a verb of negative valence): agents of
  /// praise ("thanked": 7 of 8 rated positive on the train part), vows and neutral acts
  /// ("called", "described", "urged") are no critics and go to the model. Held back through
  /// the library 0.621 → 0.627, tune part 0.628 → 0.629, cross-validated 0.619 → 0.621;
  /// leaving only positive acts to the model: 0.622, 0.628, 0.620.
  var rulesWhereSure: TargetRoles.Sure = [.critic, .judged]
  /// A rules' score from which the rules win over a neutral from the model. Tune part: 0.2 →
  /// 0.618, 0.4 → 0.613, 0.6 → 0.617, never → 0.618: never.
  var ruleOverride = Double.infinity
  /// The normalisation constant of the score.
  var alpha = 15.0

  static let standard = TowardParameters()
}
