import CLua
import Foundation
import LedeAnalysis
import LedeCore

extension HostLibrary {
  /// The model library: metamethods and methods of every model object, and `lede.parse`,
  /// `lede.load`. Functions named `Kind:name` become methods; `Kind:__event` metamethods.
  package static func model(_ bridge: ModelBridge) -> HostLibrary {
    var functions: [HostFunction] = []
    for kind in ObjectKind.allCases {
      functions += common(kind, bridge)
    }
    return HostLibrary(
      functions: functions + corpusFunctions(bridge) + articleFunctions(bridge)
        + itemFunctions(bridge) + ledeFunctions(bridge) + analysisFunctions(bridge)
        + toneFunctions(bridge)
        + stanceFunctions(bridge) + entityFunctions(bridge))
  }

  /// What every model object has: read-only fields, equality and `tostring`.
  private static func common(_ kind: ObjectKind, _ bridge: ModelBridge) -> [HostFunction] {
    let name = kind.typeName
    return [
      HostFunction(
        name: "\(name):__newindex", params: "key, value", result: "",
        help: "\(name)s are read-only"
      ) { call throws(HostError) in
        let key = call.stack.tostring(at: 2)
        throw .message("attempt to set field '\(key)' of a read-only \(name)")
      },
      HostFunction(
        name: "\(name):__eq", params: "other", result: "boolean",
        help: "Whether two values are the same \(name)"
      ) { call throws(HostError) in
        let a = bridge.object(at: 1, on: call.stack, session: call.session)
        let b = bridge.object(at: 2, on: call.stack, session: call.session)
        call.stack.push(a != nil && a == b)
        return 1
      },
      HostFunction(
        name: "\(name):__tostring", params: "", result: "string",
        help: "A one-line description of the \(name)"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, kind)
        call.stack.push(bridge.describe(ref))
        return 1
      },
    ]
  }
}

extension ModelBridge {
  /// The one-line description `tostring` gives an object.
  func describe(_ ref: ObjectRef) -> String {
    switch ref.kind {
    case .corpus:
      let n = views[Int(ref.index)].count
      return "Corpus of \(n) article\(n == 1 ? "" : "s")"
    case .article:
      let a = article(ref)
      let title = a.metadata.title ?? a.metadata.path ?? a.id
      let date = a.metadata.date.map { ", \($0)" } ?? ""
      return "Article \(a.id.prefix(8)) “\(Self.clip(title, 60))”\(date)"
    case .sentence:
      let a = article(ref)
      let s = a.sentences[Int(ref.index)]
      return
        "Sentence \(ref.index + 1) of \(a.sentences.count): “\(Self.clip(a.text(of: s.span), 70))”"
    case .token:
      let a = article(ref)
      let t = a.tokens[Int(ref.index)]
      return "Token \(t.kind) “\(a.text(of: t.span))” at \(t.start + 1)"
    case .tokenList:
      return "TokenList of \(article(ref).tokens.count) tokens"
    case .entity:
      let e = article(ref).entities[Int(ref.index)]
      let canonical = e.canonical == e.text ? "" : " → \(e.canonical)"
      return "Entity \(e.kind) “\(e.text)”\(canonical)"
    case .quote:
      let q = article(ref).quotes[Int(ref.index)]
      return "Quote \(q.kind) by \(q.speaker ?? q.source ?? "unknown"): “\(Self.clip(q.text, 60))”"
    case .place:
      return placeDescription(ref)
    case .focus:
      let focus = article(ref).geoFocus
      let city = focus.city.map { ", \($0.name)" } ?? ""
      return "Focus \(focus.country ?? "none")\(city)"
    case .gazetteerPlace:
      let p = Gazetteer.shared.place(Int(ref.index))
      let country = p.country.isEmpty ? "" : ", \(p.country)"
      return "GazetteerPlace \(p.kind) “\(p.name)”\(country) (\(p.geonameid))"
    case .corpusEntity:
      let e = entityLists[Int(ref.article)][Int(ref.index)]
      let n = e.mentions
      return
        "CorpusEntity \(e.kind) “\(e.name)” (\(n) mention\(n == 1 ? "" : "s") in \(e.articles))"
    }
  }

  /// Shortens text to `n` characters with an ellipsis, on one line.
  static func clip(_ s: String, _ n: Int) -> String {
    let flat = s.replacingOccurrences(of: "\n", with: " ")
    return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
  }
}
