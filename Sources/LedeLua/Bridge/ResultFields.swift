/// The plain tables analyses return (stances, cues, claim results, a focus's countries, tone),
/// their fields declared once like `ModelField`: the functions' help, `Reference.md` and the
/// test that reads the live tables (`APISurfaceTests`) all read this declaration.
enum ResultTable: CaseIterable, Sendable {
  case stance, cue, claim, claimScores, focusCountry, scores, toward, tone, toneMention

  /// The heading in the reference.
  var title: String {
    switch self {
    case .stance: "Stance"
    case .cue: "Stance cue"
    case .claim: "Claim stance"
    case .claimScores: "Claim scores"
    case .focusCountry: "Focus country"
    case .scores: "Tone scores"
    case .toward: "Tone toward a target"
    case .tone: "Tone toward an entity"
    case .toneMention: "Tone mention"
    }
  }

  /// Where scripts get one, as the reference shows it ("From …").
  var returnedBy: String {
    switch self {
    case .stance: "`article:stances()`, one per item of the list"
    case .cue: "`lede.stance.cues()`, one per item of the list"
    case .claim: "`lede.stance.claim(claim, article)`"
    case .claimScores: "the `scores` field of a claim stance"
    case .focusCountry: "the `countries` list of a Focus"
    case .scores: "`article:sentiment()`, `sentence:sentiment()`, `lede.sentiment.score(text)`"
    case .toward: "`lede.sentiment.toward(text, target)`"
    case .tone: "`article:toward(entity)`, `sentence:toward(entity)`"
    case .toneMention: "the `evidence` list of a tone toward an entity"
    }
  }

  /// The name a field is shown under in the reference (`stance.source`).
  var prefix: String {
    switch self {
    case .stance: "stance"
    case .cue: "cue"
    case .claim: "claim"
    case .claimScores: "claim.scores"
    case .focusCountry: "focus.countries[i]"
    case .scores: "scores"
    case .toward: "toward"
    case .tone: "tone"
    case .toneMention: "tone.evidence[i]"
    }
  }

  var fields: [ModelField] {
    switch self {
    case .stance:
      [
        ModelField("source", "string", "Who holds the position: an entity's canonical name"),
        ModelField(
          "source_is_entity", "boolean", "Whether source names an entity (not \"an official\")"),
        ModelField("target", "string", "What it is about: an entity's name, else the phrase"),
        ModelField("object", "string", "The target phrase as written"),
        ModelField("target_is_entity", "boolean", "Whether target is an entity name"),
        ModelField("stance", "string", "support or oppose (no neutral records)"),
        ModelField("intensity", "number", "−10 (conflict) … +10 (cooperation)"),
        ModelField("cue", "string", "The cue as written (\"expressed concern\")"),
        ModelField("voice", "string", "direct (own quoted words), indirect (reported) or author"),
        ModelField("speaker", "string or nil", "Who voiced it, when not the source itself"),
        ModelField("negated", "boolean", "Whether the cue was negated (\"did not condemn\")"),
        ModelField("sentence", "Sentence", "The evidence sentence"),
        ModelField("evidence", "string", "The evidence sentence's text"),
        ModelField("start", "integer", "First byte of the cue, 1-based"),
        ModelField("stop", "integer", "Last byte of the cue, inclusive"),
        ModelField("target_start", "integer", "First byte of the target phrase"),
        ModelField("target_stop", "integer", "Last byte of the target phrase"),
        ModelField("source_start", "integer or nil", "First byte of the source, when named"),
        ModelField("source_stop", "integer or nil", "Last byte of the source, when named"),
      ]
    case .cue:
      [
        ModelField("pattern", "string", "The words it matches"),
        ModelField("stance", "string", "support, oppose or neutral"),
        ModelField("intensity", "number", "−10 … +10"),
        ModelField(
          "frame", "string", "Where the target is: object, urge, describe, warn or subject"),
        ModelField("note", "string", "Why the cue is there"),
      ]
    case .claim:
      [
        ModelField("label", "string", "agree, disagree, discuss or unrelated"),
        ModelField("score", "number", "The label's share of the evidence, 0 to 1"),
        ModelField("relatedness", "number", "How much of the claim the article covers, 0 to 1"),
        ModelField("evidence", "list of strings", "The sentences the label rests on"),
        ModelField("sentences", "list of Sentence", "The same sentences as objects"),
        ModelField("cues", "list of strings", "The cues that decided it"),
        ModelField("scores", "table", "{agree, disagree, discuss}: the score of each label"),
      ]
    case .claimScores:
      [
        ModelField("agree", "number", "The score of agree"),
        ModelField("disagree", "number", "The score of disagree"),
        ModelField("discuss", "number", "The score of discuss"),
      ]
    case .focusCountry:
      [
        ModelField("country", "string", "ISO 3166-1 alpha-2 code"),
        ModelField("score", "number", "Weighted number of mentions in the country"),
      ]
    case .scores:
      [
        ModelField("compound", "number", "Overall tone, −1 … +1"),
        ModelField("pos", "number", "Share of positive words"),
        ModelField("neu", "number", "Share of neutral words"),
        ModelField("neg", "number", "Share of negative words"),
      ]
    case .toward:
      [
        ModelField("label", "string", "positive, neutral or negative"),
        ModelField("score", "number", "−1 … +1"),
      ]
    case .tone:
      [
        ModelField("label", "string", "positive, neutral or negative"),
        ModelField("score", "number", "The mean tone of the mentions, −1 … +1"),
        ModelField("mentions", "integer", "How many mentions were read"),
        ModelField("n", "integer", "The mentions the mean is over"),
        ModelField("mean", "number", "The mean tone"),
        ModelField("sd", "number", "Its standard deviation"),
        ModelField("low", "number or nil", "Low end of the 95% interval of the mean"),
        ModelField("high", "number or nil", "High end of the 95% interval of the mean"),
        ModelField("positive", "integer", "Mentions read as positive"),
        ModelField("neutral", "integer", "Mentions read as neutral"),
        ModelField("negative", "integer", "Mentions read as negative"),
        ModelField("evidence", "list", "Each mention: {text, start, stop, sentence, label, score}"),
      ]
    case .toneMention:
      [
        ModelField("text", "string", "The mention as written"),
        ModelField("start", "integer", "First byte, 1-based"),
        ModelField("stop", "integer", "Last byte, inclusive"),
        ModelField("sentence", "integer", "The index of its sentence"),
        ModelField("label", "string", "positive, neutral or negative"),
        ModelField("score", "number", "Its tone, −1 … +1"),
      ]
    }
  }

  /// The field names in braces, for a function's help: `{label, score}`.
  var braced: String { "{" + fields.map(\.name).joined(separator: ", ") + "}" }
}
