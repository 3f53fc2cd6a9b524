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
            case ("path", .string(let p)): path = p
            case (_, .string(let s)): overrides[key] = .string(s)
            default: break
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
        let document = SourceDocument(path: path, text: text, fileExtension: ext)
        let result = bridge.loader.read(document)
        guard var article = result.articles.first else {
          let reason = result.issues.first?.message ?? "no article in the text"
          throw .message("lede.parse: \(reason)")
        }
        if !overrides.isEmpty {
          var m = article.metadata
          for member in overrides.members {
            guard case .string(let s) = member.value else { continue }
            switch member.key {
            case "title": m.title = s
            case "standfirst": m.standfirst = s
            case "byline": m.byline = s
            case "date": m.date = s
            case "source": m.source = s
            case "url": m.url = s
            default: m.meta[member.key] = .string(s)
            }
          }
          article = Article(text: article.text, metadata: m, blocks: article.blocks)
        }
        bridge.push(
          ObjectRef(kind: .article, article: bridge.keep(article), index: 0), on: call.stack,
          session: call.session)
        return 1
      },
      HostFunction(
        name: "lede.load", params: "path", result: "integer",
        help: "Adds a file, folder or glob to the session; returns the number of articles added"
      ) { call throws(HostError) in
        let path = try call.checkString(1)
        let outcome = bridge.loader.load([path], standardInput: { [] })
        let (added, notes) = bridge.add(outcome.articles)
        for issue in outcome.issues + notes {
          bridge.loadIssues.append(issue)
          if let report = bridge.onLoadIssue {
            report(issue)
          } else {
            call.session.diagnostics(LuaDiagnostic(level: .warning, text: issue.description))
          }
        }
        call.stack.push(added)
        return 1
      },
    ]
  }
}
