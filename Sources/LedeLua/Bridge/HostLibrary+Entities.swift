import CLua
import LedeCore

extension HostLibrary {
  /// Corpus-wide entities: `corpus:entities`, `corpus:entity`, their fields and `lede.aliases`.
  static func entityFunctions(_ bridge: ModelBridge) -> [HostFunction] {
    [
      HostFunction(
        name: "Corpus:entities", params: "[kind]", result: "list of CorpusEntity",
        help:
          "Each person, organisation, place and group once across the corpus, most mentioned first"
      ) { call throws(HostError) in
        try requireData(.entities)
        let ref = try bridge.check(call, 1, .corpus)
        let kind = try bridge.entityKind(call, 2)
        let resolved = bridge.entities
        let list =
          ref.index == 0
          ? resolved.entities(kind: kind)
          : resolved.entities(
            in: bridge.views[Int(ref.index)].map { bridge.store[Int($0)] }, kind: kind)
        bridge.entityLists.append(list)
        try bridge.pushList(
          Array(list.indices), kind: .corpusEntity, article: Int32(bridge.entityLists.count - 1),
          call)
        return 1
      },
      HostFunction(
        name: "Corpus:entity", params: "name", result: "CorpusEntity",
        help:
          "The corpus entity with this id, name or alias (case and titles ignored), or that an Entity or a Quote's speaker names; nil if none"
      ) { call throws(HostError) in
        try requireData(.entities)
        _ = try bridge.check(call, 1, .corpus)
        let resolved = bridge.entities
        let found: Int?
        if let ref = bridge.object(at: 2, on: call.stack, session: call.session, kind: .entity) {
          found = resolved.index(of: bridge.article(ref).entities[Int(ref.index)])
        } else if let ref = bridge.object(
          at: 2, on: call.stack, session: call.session, kind: .quote)
        {
          found = resolved.index(of: bridge.article(ref).quotes[Int(ref.index)])
        } else {
          let type = call.stack.type(at: 2)
          guard type == LUA_TSTRING || type == LUA_TNUMBER else {
            throw call.typeError(2, expected: "string, Entity or Quote")
          }
          found = resolved.index(named: try call.checkString(2))
        }
        guard let index = found else {
          call.stack.pushNil()
          return 1
        }
        bridge.entityLists.append([resolved.all[index]])
        bridge.push(
          ObjectRef(kind: .corpusEntity, article: Int32(bridge.entityLists.count - 1), index: 0),
          on: call.stack, session: call.session)
        return 1
      },
      HostFunction(
        name: "CorpusEntity:__index", params: "key", result: "any",
        help: ObjectKind.corpusEntity.fieldsHelp
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .corpusEntity)
        let e = bridge.entityLists[Int(ref.article)][Int(ref.index)]
        switch try bridge.field(call, .corpusEntity) {
        case "id": call.stack.push(e.id)
        case "name": call.stack.push(e.name)
        case "kind": call.stack.push(e.kind.rawValue)
        case "articles": call.stack.push(e.articles)
        case "mentions": call.stack.push(e.mentions)
        case "aliases":
          try call.stack.ensure(2)
          call.stack.newTable(arrayCount: e.aliases.count)
          for (i, alias) in e.aliases.enumerated() {
            call.stack.push(alias)
            call.stack.setIndex(i + 1, inTableAt: -2)
          }
        default: throw bridge.unknownField(call, .corpusEntity)
        }
        return 1
      },
      HostFunction(
        name: "lede.aliases", params: "table", result: "",
        help:
          "Declares names of one entity: lede.aliases{ [\"Conservative Party\"] = {\"Tories\"} }"
      ) { call throws(HostError) in
        guard call.stack.type(at: 1) == LUA_TTABLE else {
          throw call.typeError(1, expected: "table")
        }
        var aliases = EntityAliases()
        let entries = (call.stack.value(at: 1).tableValue?.entries ?? []).sorted {
          ($0.key.stringValue ?? "") < ($1.key.stringValue ?? "")
        }
        for entry in entries {
          guard let name = entry.key.stringValue, !name.isEmpty else {
            throw call.argumentError(1, "keys must be entity names (strings)")
          }
          var names: [String] = []
          if let s = entry.value.stringValue {
            names = [s]
          } else if case .table(let t) = entry.value {
            for value in t.sequence {
              guard let s = value.stringValue else {
                throw call.argumentError(
                  1, "aliases of '\(name)' must be strings, got \(value.typeName)")
              }
              names.append(s)
            }
          } else {
            throw call.argumentError(
              1,
              "aliases of '\(name)' must be a string or a list of strings, got \(entry.value.typeName)"
            )
          }
          aliases.add(name: name, aliases: names)
        }
        bridge.addAliases(aliases)
        return 0
      },
    ]
  }
}
