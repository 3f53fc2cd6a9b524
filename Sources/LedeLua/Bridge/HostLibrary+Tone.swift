import CLua
import LedeAnalysis
import LedeCore

extension HostLibrary {
  /// Tone toward an entity (`a:toward`, `s:toward`) and the interval statistics every mean tone
  /// a plugin reports goes through (`lede.stats`).
  static func toneFunctions(_ bridge: ModelBridge) -> [HostFunction] {
    [
      HostFunction(
        name: "Article:toward", params: "entity", result: "table",
        help:
          "Tone toward an entity (CorpusEntity, Entity, Place, name or {start=, stop=} span) over its "
          + "mentions: \(ResultTable.tone.braced)"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .article)
        try requireData(.toward)
        let a = bridge.article(ref)
        let spans = try bridge.mentionSpans(call, 2, in: a)
        try call.stack.push(tone: a.toward(mentions: spans), article: a)
        return 1
      },
      HostFunction(
        name: "Sentence:toward", params: "entity", result: "table",
        help:
          "Tone of the sentence toward an entity (CorpusEntity, Entity, Place, name or span) over its "
          + "mentions in the sentence: \(ResultTable.tone.braced)"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .sentence)
        try requireData(.toward)
        let a = bridge.article(ref)
        let sentence = a.sentences[Int(ref.index)].span
        let spans = try bridge.mentionSpans(call, 2, in: a).filter { sentence.contains($0) }
        try call.stack.push(tone: a.toward(mentions: spans), article: a)
        return 1
      },
      HostFunction(
        name: "lede.stats.mean", params: "values", result: "table",
        help: "The mean of a list of numbers with its 95% interval: {n, mean, sd, low, high}"
      ) { call throws(HostError) in
        try call.checkTable(1)
        var values: [Double] = []
        let count = Int(lua_rawlen(call.stack.L, 1))
        values.reserveCapacity(count)
        for i in 1...max(count, 1) where count > 0 {
          lua_rawgeti(call.stack.L, 1, lua_Integer(i))
          let value = call.stack.number(at: -1)
          call.stack.pop()
          guard let value else {
            throw call.argumentError(1, "list of numbers expected, item \(i) is not a number")
          }
          values.append(value)
        }
        try call.stack.push(interval: MeanInterval(values))
        return 1
      },
      HostFunction(
        name: "lede.stats.interval", params: "summary", result: "table",
        help:
          "The 95% interval of a mean given as {n, mean, sd} (a merged aggregate's): "
          + "{n, mean, sd, low, high}"
      ) { call throws(HostError) in
        try call.stack.push(interval: call.meanInterval(1))
        return 1
      },
      HostFunction(
        name: "lede.stats.differ", params: "a, b", result: "boolean",
        help:
          "Whether two means {n, mean, sd} (as lede.stats.mean gives) differ at the 5% level (Welch's t-test)"
      ) { call throws(HostError) in
        let a = try call.meanInterval(1)
        let b = try call.meanInterval(2)
        call.stack.push(a.differs(from: b))
        return 1
      },
    ]
  }
}

extension HostCall {
  /// Argument `argument` as a mean summary `{n, mean, sd}`.
  fileprivate func meanInterval(_ argument: Int32) throws(HostError) -> MeanInterval {
    try checkTable(argument)
    stack.getField("n", inTableAt: argument)
    stack.getField("mean", inTableAt: argument)
    stack.getField("sd", inTableAt: argument)
    let n = stack.integer(at: -3)
    let mean = stack.number(at: -2)
    let sd = stack.number(at: -1)
    stack.pop(3)
    guard let n, let mean, let sd else {
      throw argumentError(argument, "{n=, mean=, sd=} expected")
    }
    return MeanInterval(count: n, mean: mean, deviation: sd)
  }
}

extension ModelBridge {
  /// The mention spans argument `argument` names in `article`: a CorpusEntity (every mention
  /// that points to it), an Entity (the mentions of its corpus entity, so "Mr Brown" and
  /// "Gordon Brown" count together), a Place (its name), a name (a corpus entity's id, name or
  /// alias when one has mentions here, else the name as the article writes it), or a
  /// `{start=, stop=}` span in article positions.
  fileprivate func mentionSpans(_ call: HostCall, _ argument: Int32, in article: Article)
    throws(HostError) -> [Span]
  {
    switch call.stack.type(at: argument) {
    case LUA_TSTRING:
      let name = call.stack.string(at: argument) ?? ""
      if let index = entities.index(named: name) {
        let spans = mentionSpans(ofEntityAt: index, in: article)
        if !spans.isEmpty { return spans }
      }
      return article.mentionSpans(of: name)
    case LUA_TTABLE:
      call.stack.getField("start", inTableAt: argument)
      call.stack.getField("stop", inTableAt: argument)
      let start = call.stack.integer(at: -2)
      let stop = call.stack.integer(at: -1)
      call.stack.pop(2)
      guard let start, let stop, start >= 1, stop >= start, stop <= article.text.utf8.count else {
        throw call.argumentError(argument, "span must have integer start and stop within the text")
      }
      return [Span(start: start - 1, end: stop)]
    case LUA_TUSERDATA:
      if let ref = object(at: argument, on: call.stack, session: call.session, kind: .corpusEntity)
      {
        let id = entityLists[Int(ref.article)][Int(ref.index)].id
        guard let index = entities.index(named: id) else { return [] }
        return mentionSpans(ofEntityAt: index, in: article)
      }
      if let ref = object(at: argument, on: call.stack, session: call.session, kind: .entity) {
        let mention = self.article(ref).entities[Int(ref.index)]
        if let index = entities.index(of: mention) {
          let spans = mentionSpans(ofEntityAt: index, in: article)
          if !spans.isEmpty { return spans }
        }
        return article.mentionSpans(of: mention.canonical)
      }
      if let ref = object(at: argument, on: call.stack, session: call.session, kind: .place) {
        return article.mentionSpans(of: self.article(ref).places[Int(ref.index)].name)
      }
      throw call.typeError(argument, expected: "CorpusEntity, Entity, Place, name or span")
    default:
      throw call.typeError(argument, expected: "CorpusEntity, Entity, Place, name or span")
    }
  }
}

extension ModelBridge {
  /// The spans of `article`'s mentions that point to the corpus entity at `index`.
  fileprivate func mentionSpans(ofEntityAt index: Int, in article: Article) -> [Span] {
    let resolved = entities
    return article.entities.filter { resolved.index(of: $0) == index }.map(\.span).sorted()
  }
}

extension LuaStack {
  /// Pushes a mean summary as `{n, mean, sd, low, high}` (low and high nil below two values).
  func push(interval: MeanInterval) throws(HostError) {
    try ensure(2)
    newTable(fieldCount: 5)
    push(interval.count)
    setField("n", inTableAt: -2)
    push(interval.mean)
    setField("mean", inTableAt: -2)
    push(interval.deviation)
    setField("sd", inTableAt: -2)
    if let range = interval.interval {
      push(range.lowerBound)
      setField("low", inTableAt: -2)
      push(range.upperBound)
      setField("high", inTableAt: -2)
    }
  }

  /// Pushes a tone summary with its mentions as evidence (article positions).
  func push(tone: ToneSummary, article: Article) throws(HostError) {
    try push(interval: tone.mean)
    push(tone.label.rawValue)
    setField("label", inTableAt: -2)
    push(tone.mean.mean)
    setField("score", inTableAt: -2)
    push(tone.mentions.count)
    setField("mentions", inTableAt: -2)
    for label in TowardResult.Label.allCases {
      push(tone.count(label))
      setField(label.rawValue, inTableAt: -2)
    }
    try ensure(3)
    newTable(arrayCount: tone.mentions.count)
    for (i, m) in tone.mentions.enumerated() {
      newTable(fieldCount: 6)
      push(article.text(of: m.span))
      setField("text", inTableAt: -2)
      push(m.span.start + 1)
      setField("start", inTableAt: -2)
      push(m.span.end)
      setField("stop", inTableAt: -2)
      push(m.sentence + 1)
      setField("sentence", inTableAt: -2)
      push(m.tone.label.rawValue)
      setField("label", inTableAt: -2)
      push(m.tone.score)
      setField("score", inTableAt: -2)
      setIndex(i + 1, inTableAt: -2)
    }
    setField("evidence", inTableAt: -2)
  }
}
