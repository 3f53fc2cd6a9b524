import LedeCore
import LedeLua
import LedeReport

/// Results as JSON, for `.mode json`: sequences as arrays, other tables as objects with their
/// keys as strings, model objects as their description, articles as their metadata.
enum JSONValuePrinter {
  static func render(_ value: ShellValue) -> String {
    if case .report(let report) = value {
      let text = JSONRenderer().render(report)
      return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
    return JSONWriter.encode(json(value), pretty: true)
  }

  static func json(_ value: ShellValue) -> JSONValue {
    switch value {
    case .nil: return .null
    case .boolean(let b): return .bool(b)
    case .integer(let i): return .integer(i)
    case .number(let d): return d.isFinite ? .number(d) : .null
    case .string(let s): return .string(s)
    case .cycle: return .string("<cycle>")
    case .deep: return .string("{…}")
    case .object(_, _, let article?):
      return json(article)
    case .object(_, let description, nil), .other(_, let description):
      return .string(description)
    case .corpus(let articles, _):
      return .array(articles.map { json($0) })
    case .report(let report):
      return .string("Report “\(report.title)”")
    case .table(let entries, _):
      if entries.enumerated().allSatisfy({ i, e in
        if case .integer(let k) = e.key { return k == i + 1 }
        return false
      }) {
        return .array(entries.map { json($0.value) })
      }
      var object = JSONObject()
      for entry in entries {
        let key: String
        switch entry.key {
        case .string(let s): key = s
        default: key = ValuePrinter().inline(entry.key)
        }
        object[key] = json(entry.value)
      }
      return .object(object)
    }
  }

  static func json(_ article: Article) -> JSONValue {
    var object = JSONObject()
    let m = article.metadata
    object["id"] = .string(article.id)
    object["title"] = m.title.map { .string($0) } ?? .null
    object["date"] = m.date.map { .string($0) } ?? .null
    object["source"] = m.source.map { .string($0) } ?? .null
    object["path"] = m.path.map { .string($0) } ?? .null
    return .object(object)
  }
}
