import CLua
import LedeCore

extension HostLibrary {
  /// Sentences, tokens, entities and quotes.
  static func itemFunctions(_ bridge: ModelBridge) -> [HostFunction] {
    [
      HostFunction(
        name: "Sentence:__index", params: "key", result: "any",
        help: ObjectKind.sentence.fieldsHelp
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .sentence)
        if bridge.pushMethod(.sentence, key: 2, on: call.stack, session: call.session) { return 1 }
        let a = bridge.article(ref)
        let s = a.sentences[Int(ref.index)]
        switch try bridge.field(call, .sentence) {
        case "text": call.stack.push(a.text(of: s.span))
        case "start": call.stack.push(s.span.start + 1)
        case "stop": call.stack.push(s.span.end)
        case "block": call.stack.push(s.block + 1)
        case "index": call.stack.push(Int(ref.index) + 1)
        case "article":
          bridge.pushArticle(ref.article, call)
        default: throw bridge.unknownField(call, .sentence)
        }
        return 1
      },
      HostFunction(
        name: "Sentence:tokens", params: "", result: "list of Token", help: "The sentence's tokens"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .sentence)
        let s = bridge.article(ref).sentences[Int(ref.index)]
        try bridge.pushList(Array(s.tokens), kind: .token, article: ref.article, call)
        return 1
      },
      HostFunction(
        name: "Sentence:entities", params: "[kind]", result: "list of Entity",
        help: "The entities mentioned in the sentence"
      ) { call throws(HostError) in
        try requireData(.entities)
        let ref = try bridge.check(call, 1, .sentence)
        let kind = try bridge.entityKind(call, 2)
        let a = bridge.article(ref)
        let span = a.sentences[Int(ref.index)].span
        let entities = a.entities
        let indices = entities.indices.filter {
          span.contains(entities[$0].span) && (kind == nil || entities[$0].kind == kind)
        }
        try bridge.pushList(indices, kind: .entity, article: ref.article, call)
        return 1
      },
      HostFunction(
        name: "TokenList:__index", params: "i", result: "Token", help: "list[i] is the i-th token"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .tokenList)
        if call.stack.type(at: 2) == LUA_TNUMBER, let i = call.stack.integer(at: 2) {
          if i >= 1, i <= bridge.article(ref).tokens.count {
            bridge.push(
              ObjectRef(kind: .token, article: ref.article, index: Int32(i - 1)), on: call.stack,
              session: call.session)
          } else {
            call.stack.pushNil()
          }
          return 1
        }
        if bridge.pushMethod(.tokenList, key: 2, on: call.stack, session: call.session) { return 1 }
        call.stack.pushNil()
        return 1
      },
      HostFunction(
        name: "TokenList:__len", params: "", result: "integer", help: "The number of tokens"
      ) {
        call throws(HostError) in
        let ref = try bridge.check(call, 1, .tokenList)
        call.stack.push(bridge.article(ref).tokens.count)
        return 1
      },
      HostFunction(
        name: "Token:__index", params: "key", result: "any",
        help: ObjectKind.token.fieldsHelp
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .token)
        let a = bridge.article(ref)
        let t = a.tokens[Int(ref.index)]
        switch try bridge.field(call, .token) {
        case "text": call.stack.push(a.text(of: t.span))
        case "lower": call.stack.push(a.text(of: t.span).lowercased())
        case "kind": call.stack.push(t.kind.description)
        case "start": call.stack.push(t.start + 1)
        case "stop": call.stack.push(t.end)
        case "index": call.stack.push(Int(ref.index) + 1)
        default: throw bridge.unknownField(call, .token)
        }
        return 1
      },
      HostFunction(
        name: "Entity:__index", params: "key", result: "any",
        help: ObjectKind.entity.fieldsHelp
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .entity)
        let e = bridge.article(ref).entities[Int(ref.index)]
        switch try bridge.field(call, .entity) {
        case "text": call.stack.push(e.text)
        case "kind": call.stack.push(e.kind.rawValue)
        case "canonical": call.stack.push(e.canonical)
        case "entity": call.stack.push(optional: bridge.entities.entity(of: e)?.id)
        case "start": call.stack.push(e.span.start + 1)
        case "stop": call.stack.push(e.span.end)
        case "article":
          bridge.pushArticle(ref.article, call)
        default: throw bridge.unknownField(call, .entity)
        }
        return 1
      },
      HostFunction(
        name: "Quote:__index", params: "key", result: "any",
        help:
          ObjectKind.quote.fieldsHelp
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .quote)
        let q = bridge.article(ref).quotes[Int(ref.index)]
        switch try bridge.field(call, .quote) {
        case "text": call.stack.push(q.text)
        case "kind": call.stack.push(q.kind.rawValue)
        case "source": call.stack.push(optional: q.source)
        case "speaker": call.stack.push(optional: q.speaker)
        case "entity": call.stack.push(optional: bridge.entities.entity(of: q)?.id)
        case "confidence": call.stack.push(q.confidence)
        case "cue": call.stack.push(optional: q.cue)
        case "start": call.stack.push(q.span.start + 1)
        case "stop": call.stack.push(q.span.end)
        case "speaker_start":
          if let s = q.speakerSpan { call.stack.push(s.start + 1) } else { call.stack.pushNil() }
        case "speaker_stop":
          if let s = q.speakerSpan { call.stack.push(s.end) } else { call.stack.pushNil() }
        case "article":
          bridge.pushArticle(ref.article, call)
        default: throw bridge.unknownField(call, .quote)
        }
        return 1
      },
    ]
  }
}
