import CLua
import LedeCore

extension HostLibrary {
  /// `lede.parse` and `lede.load`.
  static func ledeFunctions(_ bridge: ModelBridge) -> [HostFunction] {
    [
      HostFunction(
        name: "lede.parse", params: "text [, meta]", result: "Article",
        help:
          "Parses text into an article that is not in the corpus; meta may give format, path, title…"
      ) { call throws(HostError) in
        try requireData(.text)
        let text = try call.checkString(1)
        var format = "text"
        var path = "lede.parse"
        var overrides = JSONObject()
        if try call.optionalTable(2) {
          let meta = call.stack.value(at: 2)
          for entry in meta.tableValue?.entries ?? [] {
            guard let key = entry.key.stringValue else { continue }
            switch (key, entry.value) {
            case ("format", .string(let f)): format = f
            case ("format", let other):
              throw call.argumentError(2, "format must be a string, got \(other.typeName)")
            case ("path", .string(let p)): path = p
            default: overrides[key] = entry.value.jsonValue
            }
          }
        }
        let extensions = [
          "text": "txt", "markdown": "md", "md": "md", "json": "json", "jsonl": "jsonl",
          "html": "html", "rss": "rss", "atom": "atom",
        ]
        guard let ext = extensions[format] else {
          throw call.argumentError(
            2, "unknown format '\(format)'; expected text, markdown, json, jsonl, html, rss or atom"
          )
        }
        // Decoded as a file would be: BOM removed, CRLF to LF, bad bytes replaced.
        let decoded = SourceDocument.decode(Array(text.utf8), path: path).0
        let document = SourceDocument(path: path, text: decoded?.text ?? text, fileExtension: ext)
        let result = bridge.loader.read(document)
        guard var article = result.articles.first else {
          let reason = result.issues.first?.message ?? "no article in the text"
          throw .message("lede.parse: \(reason)")
        }
        if !overrides.isEmpty {
          var m = article.metadata
          for member in overrides.members {
            switch (member.key, member.value) {
            case ("title", .string(let s)): m.title = s
            case ("standfirst", .string(let s)): m.standfirst = s
            case ("byline", .string(let s)): m.byline = s
            case ("date", .string(let s)): m.date = DateNormalizer.normalize(s) ?? s
            case ("source", .string(let s)): m.source = s
            case ("url", .string(let s)): m.url = s
            default: m.meta[member.key] = member.value
            }
          }
          article = Article(text: article.text, metadata: m, blocks: article.blocks)
        }
        let index = bridge.keep(article)
        call.session.accountHostMemory(article.estimatedFootprint)
        bridge.push(
          ObjectRef(kind: .article, article: index, index: 0), on: call.stack,
          session: call.session)
        return 1
      },
      HostFunction(
        name: "lede.load", params: "path", result: "integer",
        help: "Adds a file, folder or glob to the session; returns the number of articles added"
      ) { call throws(HostError) in
        try requireData(.text)
        let path = try call.checkString(1)
        var loader = bridge.loader
        // A device or an endless stream (`/dev/zero`) is read no further than the memory the
        // script has left.
        if let room = call.session.memoryRoom {
          loader.maximumFileSize = min(loader.maximumFileSize, room)
        }
        let outcome = loader.load([path], standardInput: { [] })
        bridge.loadedFiles += outcome.files
        let (added, notes) = bridge.add(outcome.articles)
        call.session.accountHostMemory(
          bridge.store.suffix(added).reduce(0) { $0 + $1.estimatedFootprint })
        for issue in outcome.issues + notes {
          bridge.loadIssues.append(issue)
          if let report = bridge.onLoadIssue {
            report(issue)
          } else {
            // A duplicate loaded once is worth a line, not a warning.
            let level: LuaDiagnostic.Level = issue.severity == .note ? .log : .warning
            call.session.diagnostics(LuaDiagnostic(level: level, text: issue.description))
          }
        }
        call.stack.push(added)
        return 1
      },
    ]
  }
}

extension LuaValue {
  /// The value as JSON, for `meta`: tables with 1…n keys become arrays, others objects.
  var jsonValue: JSONValue {
    switch self {
    case .nil, .opaque: return .null
    case .boolean(let b): return .bool(b)
    case .integer(let i): return .integer(i)
    case .number(let d): return .number(d)
    case .string(let s): return .string(s)
    case .table(let t):
      let sequence = t.sequence
      if sequence.count == t.entries.count && !sequence.isEmpty {
        return .array(sequence.map(\.jsonValue))
      }
      return .object(
        JSONObject(t.entries.compactMap { e in e.key.stringValue.map { ($0, e.value.jsonValue) } }))
    }
  }
}
