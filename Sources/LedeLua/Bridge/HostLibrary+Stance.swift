import CLua
import LedeAnalysis
import LedeCore

extension HostLibrary {
  /// Actor → target stance and claim stance: `Article:stances`, `lede.stance.claim`,
  /// `lede.stance.cues`.
  static func stanceFunctions(_ bridge: ModelBridge) -> [HostFunction] {
    [
      HostFunction(
        name: "Article:stances", params: "[{cues = {{pattern, stance, intensity [, frame]}…}}]",
        result: "list of tables",
        help: "Actor → target stances \(ResultTable.stance.braced); cues add to the lexicon"
      ) { call throws(HostError) in
        try requireData(.stance)
        let ref = try bridge.check(call, 1, .article)
        let article = bridge.article(ref)
        var records = article.stances
        if try call.optionalTable(2) {
          let extra = try stanceCues(call, 2)
          if !extra.isEmpty {
            guard case .success(var lexicon) = StanceLexicon.bundled else { return 0 }
            for cue in extra {
              do throws(StanceDataError) {
                try lexicon.add(cue)
              } catch {
                throw call.argumentError(2, error.reason)
              }
            }
            records = StanceExtractor(lexicon: lexicon).stances(in: article)
          }
        }
        try call.stack.ensure(4)
        call.stack.newTable(arrayCount: records.count)
        for (i, r) in records.enumerated() {
          try pushStance(r, article: article, ref: ref, bridge: bridge, call)
          call.stack.setIndex(i + 1, inTableAt: -2)
        }
        return 1
      },
      HostFunction(
        name: "lede.stance.claim", params: "claim, article", result: "table",
        help:
          "Whether article agrees with, disagrees with, discusses or is unrelated to claim: "
          + ResultTable.claim.braced
      ) { call throws(HostError) in
        try requireData(.claims)
        let claim = try call.checkString(1)
        let ref = try bridge.check(call, 2, .article)
        let article = bridge.article(ref)
        let result = article.claimStance(claim)
        try call.stack.ensure(4)
        call.stack.newTable(fieldCount: 8)
        call.stack.push(result.label.rawValue)
        call.stack.setField("label", inTableAt: -2)
        call.stack.push(result.score)
        call.stack.setField("score", inTableAt: -2)
        call.stack.push(result.relatedness)
        call.stack.setField("relatedness", inTableAt: -2)
        call.stack.newTable(arrayCount: result.evidence.count)
        for (i, s) in result.evidence.enumerated() {
          call.stack.push(article.text(of: article.sentences[s].span))
          call.stack.setIndex(i + 1, inTableAt: -2)
        }
        call.stack.setField("evidence", inTableAt: -2)
        call.stack.newTable(arrayCount: result.evidence.count)
        for (i, s) in result.evidence.enumerated() {
          bridge.push(
            ObjectRef(kind: .sentence, article: ref.article, index: Int32(s)), on: call.stack,
            session: call.session)
          call.stack.setIndex(i + 1, inTableAt: -2)
        }
        call.stack.setField("sentences", inTableAt: -2)
        call.stack.newTable(arrayCount: result.cues.count)
        for (i, cue) in result.cues.enumerated() {
          call.stack.push(cue)
          call.stack.setIndex(i + 1, inTableAt: -2)
        }
        call.stack.setField("cues", inTableAt: -2)
        call.stack.newTable(fieldCount: 3)
        call.stack.push(result.agree)
        call.stack.setField("agree", inTableAt: -2)
        call.stack.push(result.disagree)
        call.stack.setField("disagree", inTableAt: -2)
        call.stack.push(result.discuss)
        call.stack.setField("discuss", inTableAt: -2)
        call.stack.setField("scores", inTableAt: -2)
        return 1
      },
      HostFunction(
        name: "lede.stance.cues", params: "", result: "list of tables",
        help: "The bundled stance lexicon: \(ResultTable.cue.braced) per cue"
      ) { call throws(HostError) in
        try requireData(.stance)
        guard case .success(let lexicon) = StanceLexicon.bundled else { return 0 }
        try call.stack.ensure(3)
        call.stack.newTable(arrayCount: lexicon.cues.count)
        for (i, cue) in lexicon.cues.enumerated() {
          call.stack.newTable(fieldCount: 5)
          call.stack.push(cue.pattern)
          call.stack.setField("pattern", inTableAt: -2)
          call.stack.push(cue.stance.rawValue)
          call.stack.setField("stance", inTableAt: -2)
          call.stack.push(cue.intensity)
          call.stack.setField("intensity", inTableAt: -2)
          call.stack.push(cue.frame.rawValue)
          call.stack.setField("frame", inTableAt: -2)
          call.stack.push(cue.note)
          call.stack.setField("note", inTableAt: -2)
          call.stack.setIndex(i + 1, inTableAt: -2)
        }
        return 1
      },
    ]
  }

  /// The `cues` of an options table: `{pattern, stance, intensity [, frame]}` or named fields.
  private static func stanceCues(_ call: HostCall, _ argument: Int32) throws(HostError)
    -> [StanceCue]
  {
    guard let options = call.stack.value(at: argument).tableValue, let list = options["cues"] else {
      return []
    }
    guard let entries = list.tableValue else {
      throw call.argumentError(argument, "cues must be a list of {pattern, stance, intensity}")
    }
    var cues: [StanceCue] = []
    for (i, value) in entries.sequence.enumerated() {
      guard let entry = value.tableValue,
        let pattern = (entry["pattern"] ?? entry[1])?.stringValue
      else {
        throw call.argumentError(argument, "cue \(i + 1) has no pattern")
      }
      let stanceName = (entry["stance"] ?? entry[2])?.stringValue ?? ""
      guard let stance = StanceLabel(rawValue: stanceName) else {
        throw call.argumentError(
          argument, "cue \(i + 1): stance must be support, oppose or neutral, got '\(stanceName)'")
      }
      var intensity: Double
      switch entry["intensity"] ?? entry[3] {
      case .integer(let n): intensity = Double(n)
      case .number(let x): intensity = x
      default: intensity = stance == .support ? 4 : stance == .oppose ? -4 : 0
      }
      intensity = max(-10, min(10, intensity))
      let frameName = (entry["frame"] ?? entry[4])?.stringValue ?? "object"
      guard let frame = StanceFrame(rawValue: frameName) else {
        throw call.argumentError(argument, "cue \(i + 1): unknown frame '\(frameName)'")
      }
      cues.append(StanceCue(pattern: pattern, stance: stance, intensity: intensity, frame: frame))
    }
    return cues
  }

  /// Pushes one stance record as a table.
  private static func pushStance(
    _ r: StanceRecord, article: Article, ref: ObjectRef, bridge: ModelBridge, _ call: HostCall
  ) throws(HostError) {
    let stack = call.stack
    stack.newTable(fieldCount: 19)
    stack.push(r.source)
    stack.setField("source", inTableAt: -2)
    stack.push(r.sourceIsEntity)
    stack.setField("source_is_entity", inTableAt: -2)
    stack.push(r.target)
    stack.setField("target", inTableAt: -2)
    stack.push(r.object)
    stack.setField("object", inTableAt: -2)
    stack.push(r.targetIsEntity)
    stack.setField("target_is_entity", inTableAt: -2)
    stack.push(r.stance.rawValue)
    stack.setField("stance", inTableAt: -2)
    stack.push(r.intensity)
    stack.setField("intensity", inTableAt: -2)
    stack.push(r.cue)
    stack.setField("cue", inTableAt: -2)
    stack.push(r.voice.rawValue)
    stack.setField("voice", inTableAt: -2)
    stack.push(optional: r.speaker)
    stack.setField("speaker", inTableAt: -2)
    stack.push(r.negated)
    stack.setField("negated", inTableAt: -2)
    bridge.push(
      ObjectRef(kind: .sentence, article: ref.article, index: Int32(r.sentence)), on: stack,
      session: call.session)
    stack.setField("sentence", inTableAt: -2)
    stack.push(article.text(of: article.sentences[r.sentence].span))
    stack.setField("evidence", inTableAt: -2)
    stack.setSpan(r.cueSpan, inTableAt: -1)
    stack.setSpan(r.targetSpan, inTableAt: -1, prefix: "target_")
    if let span = r.sourceSpan { stack.setSpan(span, inTableAt: -1, prefix: "source_") }
  }
}
