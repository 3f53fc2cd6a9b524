import CLua
import LedeCore

extension HostLibrary {
  /// An article's fields and methods.
  static func articleFunctions(_ bridge: ModelBridge) -> [HostFunction] {
    [
      HostFunction(
        name: "Article:__index", params: "key", result: "any",
        help:
          ObjectKind.article.fieldsHelp
      ) { call throws(HostError) in
        let ref = try bridge.receiver(call, .article)
        bridge.current = ref.article
        bridge.touch(ref.article)
        // Fields first: they are what loops touch; methods are looked up once per call site.
        if let field = ArticleField(call.stack.bytes(at: 2)),
          try bridge.pushArticleField(ref, field: field, call)
        {
          if ModelBridge.isCached(field) { try bridge.remember(field, article: ref.article, call) }
          return 1
        }
        if bridge.pushMethod(.article, key: 2, on: call.stack, session: call.session) { return 1 }
        throw bridge.unknownField(call, .article)
      },
      HostFunction(
        name: "Article:tokens", params: "", result: "TokenList",
        help: "The tokens: a list of {text, lower, kind, start, stop}, made as they are read"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .article)
        bridge.push(
          ObjectRef(kind: .tokenList, article: ref.article, index: 0), on: call.stack,
          session: call.session)
        return 1
      },
      HostFunction(
        name: "Article:words", params: "", result: "list of strings",
        help: "The word and number tokens, lowercased, in one list: the fast way over tokens"
      ) { call throws(HostError) in
        let ref = try bridge.check(call, 1, .article)
        let words = bridge.article(ref).lowercasedWords
        try call.stack.ensure(2)
        call.stack.newTable(arrayCount: words.count)
        for (i, w) in words.enumerated() {
          call.stack.push(w)
          call.stack.setIndex(i + 1, inTableAt: -2)
        }
        return 1
      },
      HostFunction(
        name: "Article:entities", params: "[kind]", result: "list of Entity",
        help:
          "People, organisations, places and groups; kind filters (person, organization, place, group)"
      ) { call throws(HostError) in
        try requireData(.entities)
        let ref = try bridge.check(call, 1, .article)
        let kind = try bridge.entityKind(call, 2)
        let entities = bridge.article(ref).entities
        let indices = entities.indices.filter { kind == nil || entities[$0].kind == kind }
        try bridge.pushList(indices, kind: .entity, article: ref.article, call)
        return 1
      },
      HostFunction(
        name: "Article:quotes", params: "", result: "list of Quote",
        help: "Direct, partial and indirect quotes with their speakers"
      ) { call throws(HostError) in
        try requireData(.entities)
        let ref = try bridge.check(call, 1, .article)
        try bridge.pushList(
          Array(bridge.article(ref).quotes.indices), kind: .quote, article: ref.article, call)
        return 1
      },
    ]
  }
}

extension ModelBridge {
  /// Pushes a field of an article.
  func pushArticleField(_ ref: ObjectRef, field: ArticleField, _ call: HostCall) throws(HostError)
    -> Bool
  {
    let a = article(ref)
    let stack = call.stack
    // Each field is read through `a.metadata.x`: binding the whole metadata would copy (and
    // retain) every string in it on each access.
    switch field {
    case .id: stack.push(a.id)
    case .title: stack.push(optional: a.metadata.title)
    case .standfirst: stack.push(optional: a.metadata.standfirst)
    case .byline: stack.push(optional: a.metadata.byline)
    case .date: stack.push(optional: a.metadata.date)
    case .source: stack.push(optional: a.metadata.source)
    case .section: stack.push(optional: a.metadata.section)
    case .url: stack.push(optional: a.metadata.url)
    case .path: stack.push(optional: a.metadata.path)
    case .format: stack.push(a.metadata.format)
    case .text: stack.push(a.text)
    case .meta: try stack.push(json: .object(a.metadata.meta))
    case .blocks: try pushBlocks(a, paragraphsOnly: false, stack)
    case .paragraphs: try pushBlocks(a, paragraphsOnly: true, stack)
    case .sentences:
      try pushList(Array(a.sentences.indices), kind: .sentence, article: ref.article, call)
    }
    return true
  }

  /// Blocks as plain tables: `{role, start, stop, text, heading, index}`.
  private func pushBlocks(_ a: Article, paragraphsOnly: Bool, _ stack: LuaStack) throws(HostError) {
    try stack.ensure(4)
    let blocks = a.blocks.enumerated().filter { !paragraphsOnly || $0.element.role == .paragraph }
    stack.newTable(arrayCount: blocks.count)
    for (position, (index, block)) in blocks.enumerated() {
      stack.newTable(fieldCount: 6)
      stack.push(block.role.rawValue)
      stack.setField("role", inTableAt: -2)
      stack.setSpan(block.span, inTableAt: -1)
      stack.push(a.text(of: block.span))
      stack.setField("text", inTableAt: -2)
      stack.push(optional: block.heading.map { a.text(of: a.blocks[$0].span) })
      stack.setField("heading", inTableAt: -2)
      stack.push(index + 1)
      stack.setField("index", inTableAt: -2)
      stack.setIndex(position + 1, inTableAt: -2)
    }
  }

  /// Pushes a list of objects of one kind from one article.
  func pushList(_ indices: [Int], kind: ObjectKind, article: Int32, _ call: HostCall)
    throws(HostError)
  {
    try call.stack.ensure(3)
    call.stack.newTable(arrayCount: indices.count)
    for (position, index) in indices.enumerated() {
      push(
        ObjectRef(kind: kind, article: article, index: Int32(index)), on: call.stack,
        session: call.session)
      call.stack.setIndex(position + 1, inTableAt: -2)
    }
  }

  /// The optional entity-kind argument.
  func entityKind(_ call: HostCall, _ argument: Int32) throws(HostError) -> EntityKind? {
    guard let name = try call.optionalString(argument) else { return nil }
    let normalized = name == "organisation" ? "organization" : name
    guard let kind = EntityKind(rawValue: normalized) else {
      let kinds = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
      throw call.argumentError(argument, "unknown entity kind '\(name)'; expected one of \(kinds)")
    }
    return kind
  }
}

/// The fields of an article, recognised from the key's bytes without making a Swift string:
/// field access is the hot path of every loop over a corpus.
enum ArticleField: CaseIterable {
  case id, title, standfirst, byline, date, source, section, url, path, format, text, meta,
    blocks, paragraphs
  case sentences

  private static let names: [(field: ArticleField, bytes: [UInt8])] = allCases.map {
    ($0, Array("\($0)".utf8))
  }

  init?(_ key: UnsafeRawBufferPointer?) {
    guard let key, key.count >= 2, key.count <= 10 else { return nil }
    for entry in ArticleField.names where entry.bytes.count == key.count {
      if entry.bytes.withUnsafeBytes({ $0.elementsEqual(key) }) {
        self = entry.field
        return
      }
    }
    return nil
  }
}
