import CLua
import LedeAnalysis
import LedeCore

extension HostLibrary {
  /// Places, sentiment and the gazetteer: the analyses of LedeAnalysis.
  static func analysisFunctions(_ bridge: ModelBridge) -> [HostFunction] {
    [
      HostFunction(
        name: "Article:places", params: "", result: "list of Place",
        help:
          "Place mentions resolved to GeoNames, each with its role: location (a place as a place), actor (\"Washington claimed\") or modifier (\"Russian shelling\", \"the Texas Forest Service\")"
      ) { call throws(HostError) in
        try requireData(.places)
        let ref = try bridge.check(call, 1, .article)
        try bridge.pushList(
          Array(bridge.article(ref).places.indices), kind: .place, article: ref.article, call)
        return 1
      },
      HostFunction(
        name: "Article:focus", params: "", result: "Focus",
        help: "The article's geographic focus: the country and city it is about"
      ) { call throws(HostError) in
        try requireData(.places)
        let ref = try bridge.check(call, 1, .article)
        bridge.push(
          ObjectRef(kind: .focus, article: ref.article, index: 0), on: call.stack,
          session: call.session)
        return 1
      },
      HostFunction(
        name: "Focus:__index", params: "key", result: "any",
        help: ObjectKind.focus.fieldsHelp
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .focus)
        let a = bridge.article(ref)
        let focus = a.geoFocus
        switch try bridge.field(call, .focus) {
        case "country": call.stack.push(optional: focus.country)
        case "countries":
          try call.stack.ensure(4)
          call.stack.newTable(arrayCount: focus.countries.count)
          for (i, score) in focus.countries.enumerated() {
            call.stack.newTable(fieldCount: 2)
            call.stack.push(score.country)
            call.stack.setField("country", inTableAt: -2)
            call.stack.push(score.score)
            call.stack.setField("score", inTableAt: -2)
            call.stack.setIndex(i + 1, inTableAt: -2)
          }
        case "city":
          if let city = focus.city, let index = a.places.firstIndex(of: city) {
            bridge.push(
              ObjectRef(kind: .place, article: ref.article, index: Int32(index)), on: call.stack,
              session: call.session)
          } else {
            call.stack.pushNil()
          }
        case "article": bridge.pushArticle(ref.article, call)
        default: throw bridge.unknownField(call, .focus)
        }
        return 1
      },
      HostFunction(
        name: "Article:sentiment", params: "", result: "table",
        help: "The article's tone \(ResultTable.scores.braced): the mean over its body sentences"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .article)
        try requireData(.sentiment)
        try call.stack.push(scores: bridge.article(ref).sentiment)
        return 1
      },
      HostFunction(
        name: "Sentence:sentiment", params: "", result: "table",
        help: "The sentence's tone \(ResultTable.scores.braced) (news mode, names masked)"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .sentence)
        try requireData(.sentiment)
        if bridge.lastSentenceTones.article != ref.article {
          bridge.lastSentenceTones = (ref.article, bridge.article(ref).sentenceSentiments)
        }
        try call.stack.push(scores: bridge.lastSentenceTones.tones[Int(ref.index)])
        return 1
      },
      HostFunction(
        name: "Place:__index", params: "key", result: "any",
        help: ObjectKind.place.fieldsHelp
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .place)
        let p = bridge.article(ref).places[Int(ref.index)]
        switch try bridge.field(call, .place) {
        case "name": call.stack.push(p.name)
        case "text": call.stack.push(p.text)
        case "geonameid": call.stack.push(p.geonameid)
        case "lat": call.stack.push((p.latitude * 10_000).rounded() / 10_000)
        case "lon": call.stack.push((p.longitude * 10_000).rounded() / 10_000)
        case "country": call.stack.push(optional: p.country.isEmpty ? nil : p.country)
        case "kind": call.stack.push(p.kind.description)
        case "role": call.stack.push(p.role.description)
        case "start": call.stack.push(p.span.start + 1)
        case "stop": call.stack.push(p.span.end)
        case "article":
          bridge.pushArticle(ref.article, call)
        default: throw bridge.unknownField(call, .place)
        }
        return 1
      },
      HostFunction(
        name: "lede.sentiment.score", params: "text [, {mode = \"news\"|\"vader\"}]",
        result: "table",
        help: "The tone of text \(ResultTable.scores.braced); vader mode is the reference method"
      ) { call throws(HostError) in
        // A valid UTF-8 Lua string is scored in place; anything else (a number, malformed
        // bytes) as the `String` `checkString` makes of it.
        let raw = call.stack.bytes(at: 1)
        let text = raw == nil ? try call.checkString(1) : ""
        try requireData(.sentiment)
        var mode = SentimentMode.news
        if try call.optionalTable(2) {
          call.stack.getField(literal: "mode", inTableAt: 2)
          defer { call.stack.pop() }
          if !call.stack.isNoneOrNil(-1) {
            guard let name = call.stack.bytes(at: -1), let m = sentimentMode(named: name) else {
              throw call.argumentError(2, "mode must be \"news\" or \"vader\"")
            }
            mode = m
          }
        }
        let scores =
          raw.flatMap { raw in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            return UTF8Decoder.firstMalformed(bytes) == nil
              ? SentimentAnalyzer.shared.score(validUTF8: bytes, mode: mode) : nil
          }
          ?? SentimentAnalyzer.shared.score(
            raw.map { String(decoding: $0, as: UTF8.self) } ?? text, mode: mode)
        try call.stack.push(scores: scores)
        return 1
      },
      HostFunction(
        name: "lede.sentiment.toward", params: "text, target", result: "table",
        help:
          "The tone of text toward target (a name, or a {start=, stop=} byte span): "
          + ResultTable.toward.braced
      ) { call throws(HostError) in
        let text = try call.checkString(1)
        try requireData(.toward)
        let result: TowardResult
        switch call.stack.type(at: 2) {
        case LUA_TSTRING:
          result = SentimentAnalyzer.shared.toward(text, target: call.stack.string(at: 2) ?? "")
        case LUA_TTABLE:
          call.stack.getField("start", inTableAt: 2)
          call.stack.getField("stop", inTableAt: 2)
          let start = call.stack.integer(at: -2)
          let stop = call.stack.integer(at: -1)
          call.stack.pop(2)
          guard let start, let stop, start >= 1, stop >= start - 1, stop <= text.utf8.count else {
            throw call.argumentError(2, "span must have integer start and stop within the text")
          }
          result = SentimentAnalyzer.shared.toward(text, target: (start - 1)..<stop)
        default:
          throw call.typeError(2, expected: "string or span")
        }
        try call.stack.ensure(2)
        call.stack.newTable(fieldCount: 2)
        call.stack.push(result.label.rawValue)
        call.stack.setField("label", inTableAt: -2)
        call.stack.push(result.score)
        call.stack.setField("score", inTableAt: -2)
        return 1
      },
      HostFunction(
        name: "lede.gazetteer.lookup", params: "name", result: "list of GazetteerPlace",
        help: "Gazetteer places named name, best first"
      ) { call throws(HostError) in
        try requireData(.places)
        let records = Gazetteer.shared.lookupRecords(try call.checkString(1))
        try call.stack.ensure(3)
        call.stack.newTable(arrayCount: records.count)
        for (i, record) in records.enumerated() {
          bridge.push(
            ObjectRef(kind: .gazetteerPlace, article: -1, index: Int32(record)), on: call.stack,
            session: call.session)
          call.stack.setIndex(i + 1, inTableAt: -2)
        }
        return 1
      },
      HostFunction(
        name: "GazetteerPlace:__index", params: "key", result: "any",
        help: ObjectKind.gazetteerPlace.fieldsHelp
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .gazetteerPlace)
        let p = Gazetteer.shared.place(Int(ref.index))
        switch try bridge.field(call, .gazetteerPlace) {
        case "geonameid": call.stack.push(p.geonameid)
        case "name": call.stack.push(p.name)
        case "kind": call.stack.push(p.kind.description)
        case "country": call.stack.push(optional: p.country.isEmpty ? nil : p.country)
        case "admin1": call.stack.push(optional: p.admin1.isEmpty ? nil : p.admin1)
        case "lat": call.stack.push((p.latitude * 10_000).rounded() / 10_000)
        case "lon": call.stack.push((p.longitude * 10_000).rounded() / 10_000)
        case "population": call.stack.push(p.population)
        default: throw bridge.unknownField(call, .gazetteerPlace)
        }
        return 1
      },
      HostFunction(
        name: "lede.gazetteer.country", params: "code", result: "GazetteerPlace or nil",
        help:
          "The country of an ISO 3166 code (\"GB\", any case) as lookup gives it; nil for an unknown code"
      ) { call throws(HostError) in
        try requireData(.places)
        let code = try call.checkString(1)
        try call.stack.ensure(2)
        if let record = Gazetteer.shared.countryRecord(code: code) {
          bridge.push(
            ObjectRef(kind: .gazetteerPlace, article: -1, index: Int32(record)), on: call.stack,
            session: call.session)
        } else {
          call.stack.pushNil()
        }
        return 1
      },
    ]
  }
}

/// The mode a Lua string names, compared as bytes: a `String` and a string switch per call were
/// about 4% of the time of a call that scores an empty text.
private func sentimentMode(named name: UnsafeRawBufferPointer) -> SentimentMode? {
  func named(_ literal: StaticString) -> Bool {
    UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
      .elementsEqual(name)
  }
  return named("vader") ? .vader : named("news") ? .news : nil
}

extension ModelBridge {
  func placeDescription(_ ref: ObjectRef) -> String {
    let p = article(ref).places[Int(ref.index)]
    let country = p.country.isEmpty ? "" : " \(p.country)"
    return "Place \(p.kind) “\(p.text)” → \(p.name)\(country) (\(p.role))"
  }
}

extension LuaStack {
  /// Pushes sentiment scores as `{compound, pos, neu, neg}`.
  func push(scores: SentimentScores) throws(HostError) {
    try ensure(3)
    newTable(fieldCount: 4)
    setField(literal: "compound", scores.compound)
    setField(literal: "pos", scores.pos)
    setField(literal: "neu", scores.neu)
    setField(literal: "neg", scores.neg)
  }
}
