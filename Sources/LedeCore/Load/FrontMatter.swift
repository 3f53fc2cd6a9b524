/// YAML front matter at the top of a Markdown file: the subset news tools write.
///
/// Scalars (plain, quoted), flow lists `[a, b]`, block lists (`- a`) and one level of nested
/// mappings. Anything else is an error naming the line, and the article still loads.
enum FrontMatter {
  struct ParseError: Error {
    var line: Int
    var message: String
  }

  /// The front matter's text and the body after it, if the document opens with `---`.
  static func split(_ text: String) -> (String, String)? {
    guard text.hasPrefix("---\n") else { return nil }
    let utf8 = Array(text.utf8)
    var lineStart = 4
    while lineStart <= utf8.count {
      var lineEnd = lineStart
      while lineEnd < utf8.count, utf8[lineEnd] != 0x0A { lineEnd += 1 }
      let line = String(decoding: utf8[lineStart..<lineEnd], as: UTF8.self)
      if line == "---" || line == "..." {
        let yaml = String(decoding: utf8[4..<lineStart], as: UTF8.self)
        let bodyStart = min(lineEnd + 1, utf8.count)
        return (yaml, String(decoding: utf8[bodyStart...], as: UTF8.self))
      }
      lineStart = lineEnd + 1
    }
    return nil
  }

  static func parse(_ yaml: String) -> Result<JSONObject, ParseError> {
    var object = JSONObject()
    var openKey: String?
    var list: [JSONValue] = []
    var nested = JSONObject()
    func close() {
      guard let key = openKey else { return }
      object[key] = nested.isEmpty ? .array(list) : .object(nested)
      openKey = nil
      list = []
      nested = JSONObject()
    }
    for (i, rawLine) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = stripComment(rawLine)
      if line.allSatisfy(\.isWhitespace) { continue }
      let indented = line.first == " " || line.first == "\t"
      let content = line.drop(while: { $0 == " " || $0 == "\t" })
      if indented || content.hasPrefix("- ") || content == "-" {
        guard openKey != nil else {
          return .failure(ParseError(line: i + 2, message: "unexpected indented line"))
        }
        if content.hasPrefix("-") {
          list.append(scalar(content.dropFirst().drop(while: { $0 == " " })))
        } else if let colon = keyColon(content) {
          let key = content[..<colon].trimmingCharacters(in: " ")
          nested[key] = value(content[content.index(after: colon)...])
        } else {
          return .failure(ParseError(line: i + 2, message: "cannot read '\(content)'"))
        }
        continue
      }
      close()
      guard let colon = keyColon(content) else {
        return .failure(ParseError(line: i + 2, message: "expected 'key: value', got '\(content)'"))
      }
      let key = unquote(content[..<colon].trimmingCharacters(in: " "))
      let rest = content[content.index(after: colon)...].drop(while: { $0 == " " })
      if rest.isEmpty {
        openKey = key
      } else {
        object[key] = value(rest)
      }
    }
    close()
    return .success(object)
  }

  private static func keyColon(_ s: Substring) -> Substring.Index? {
    var quote: Character?
    for i in s.indices {
      let c = s[i]
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == ":" {
        let next = s.index(after: i)
        if next == s.endIndex || s[next] == " " { return i }
      }
    }
    return nil
  }

  private static func stripComment(_ line: Substring) -> Substring {
    var quote: Character?
    var previous: Character = " "
    for i in line.indices {
      let c = line[i]
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "#" && (previous == " " || i == line.startIndex) {
        return line[..<i]
      }
      previous = c
    }
    return line
  }

  private static func value(_ raw: Substring) -> JSONValue {
    let s = raw.trimmingCharacters(in: " ")
    if s.hasPrefix("[") && s.hasSuffix("]") {
      let inner = s.dropFirst().dropLast()
      if inner.allSatisfy(\.isWhitespace) { return .array([]) }
      return .array(splitFlow(inner).map { scalar($0) })
    }
    return scalar(Substring(s))
  }

  private static func splitFlow(_ s: Substring) -> [Substring] {
    var parts: [Substring] = []
    var quote: Character?
    var start = s.startIndex
    for i in s.indices {
      let c = s[i]
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "," {
        parts.append(s[start..<i])
        start = s.index(after: i)
      }
    }
    parts.append(s[start...])
    return parts
  }

  private static func scalar(_ raw: Substring) -> JSONValue {
    let s = raw.trimmingCharacters(in: " ")
    if s.count >= 2, let f = s.first, f == "\"" || f == "'", s.last == f {
      return .string(unquote(s))
    }
    switch s {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE", "yes", "Yes": return .bool(true)
    case "false", "False", "FALSE", "no", "No": return .bool(false)
    default: break
    }
    if let i = Int(s) { return .integer(i) }
    if let d = Double(s), s.contains(".") { return .number(d) }
    return .string(s)
  }

  private static func unquote(_ s: String) -> String {
    guard s.count >= 2, let f = s.first, f == "\"" || f == "'", s.last == f else { return s }
    let inner = String(s.dropFirst().dropLast())
    if f == "'" { return inner.replacingOccurrences("''", with: "'") }
    return inner.replacingOccurrences("\\\"", with: "\"").replacingOccurrences("\\n", with: "\n")
  }
}

extension String {
  /// Replaces every occurrence of `target` (without Foundation).
  func replacingOccurrences(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    result += rest
    return result
  }
}
