import Foundation

/// Metadata read from file paths (`--path-meta`): plain-text corpora keep the outlet, the desk
/// and the date in folder and file names.
///
/// A pattern is matched against the end of a path, starting at a `/`:
///
/// - `{source}`, `{section}` (the desk) and any other `{name}` (kept in `meta`) match one path
///   part, or part of one: `{source}/{section}/*` reads `bbc/politics/001.txt`.
/// - `{date:FORMAT}` matches a date written with `%Y` (4 digits), `%m`, `%d` (1 or 2 digits)
///   and `%y` (2 digits, 20xx), slashes allowed: `*/{date:%Y/%m/%d}/*` reads
///   `2024/03/01/story.txt`, `reuters-{date:%Y-%m-%d}-*` reads `reuters-2024-03-01-x.txt`.
///   `{date}` is `{date:%Y-%m-%d}`. The date becomes ISO 8601 (`2024-03-01`, or `2024-03`
///   without a day).
/// - `*` matches within one part, `**` across parts; anything else matches itself.
///
/// Fields the source itself states (a JSON `date`, a feed's outlet) are kept: the path fills
/// only what is missing.
public struct PathPattern: Sendable {
  /// The pattern as written.
  public let text: String
  private let regex: NSRegularExpression
  /// The `{name}` fields in order of appearance, with the date's parts as `date.Y` etc.
  private let fields: [String]

  /// Parses a pattern.
  ///
  /// - Throws: `LoadIssue` (path `--path-meta`) quoting the pattern and saying what is wrong.
  public init(_ text: String) throws(LoadIssue) {
    self.text = text
    var pattern = "(?:^|/)"
    var fields: [String] = []
    var rest = Substring(text)
    // The match starts at any `/` already, so a leading `*/` or `**/` ("anything before")
    // must not demand a part there: `*/{date:%Y/%m/%d}/*` reads `2024/03/01/story.txt` too.
    while rest.hasPrefix("*/") || rest.hasPrefix("**/") {
      rest = rest.drop { $0 == "*" }.dropFirst()
    }
    func fail(_ reason: String) -> LoadIssue {
      LoadIssue(path: "--path-meta", "'\(text)': \(reason)")
    }
    while let c = rest.first {
      if c == "{" {
        guard let close = rest.firstIndex(of: "}") else { throw fail("a '{' is never closed") }
        let inner = rest[rest.index(after: rest.startIndex)..<close]
        rest = rest[rest.index(after: close)...]
        let parts = inner.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
          throw fail(
            "'{\(inner)}' is not a field: use {source}, {section}, {date:%Y-%m-%d} or {name}")
        }
        guard !fields.contains(name), !fields.contains(where: { $0.hasPrefix(name + ".") }) else {
          throw fail("{\(name)} appears twice")
        }
        if name == "date" {
          let format = parts.count == 2 ? String(parts[1]) : "%Y-%m-%d"
          pattern += try Self.datePattern(format, fields: &fields, fail: fail)
        } else {
          guard parts.count == 1 else { throw fail("only {date:…} takes a format") }
          fields.append(name)
          pattern += "([^/]+?)"
        }
      } else if c == "*" {
        if rest.hasPrefix("**") {
          pattern += ".*"
          rest = rest.dropFirst(2)
        } else {
          pattern += "[^/]*"
          rest = rest.dropFirst()
        }
      } else {
        pattern += NSRegularExpression.escapedPattern(for: String(c))
        rest = rest.dropFirst()
      }
    }
    guard !fields.isEmpty else {
      throw fail("it names no field; use {source}, {section}, {date:%Y-%m-%d} or {name}")
    }
    do {
      regex = try NSRegularExpression(pattern: pattern + "$")
    } catch {
      throw fail("cannot be matched (\(error.localizedDescription))")
    }
    self.fields = fields
  }

  private static func datePattern(
    _ format: String, fields: inout [String], fail: (String) -> LoadIssue
  ) throws(LoadIssue) -> String {
    var out = ""
    var chars = Substring(format)
    while let c = chars.first {
      chars = chars.dropFirst()
      guard c == "%" else {
        out += NSRegularExpression.escapedPattern(for: String(c))
        continue
      }
      guard let code = chars.first else { throw fail("the date format ends with '%'") }
      chars = chars.dropFirst()
      switch code {
      case "Y": out += "(\\d{4})"
      case "y": out += "(\\d{2})"
      case "m", "d": out += "(\\d{1,2})"
      default: throw fail("unknown date code %\(code); use %Y, %y, %m and %d")
      }
      let field = "date.\(code)"
      guard !fields.contains(field) else { throw fail("%\(code) appears twice in the date") }
      fields.append(field)
    }
    guard fields.contains("date.Y") || fields.contains("date.y") else {
      throw fail("the date has no year (%Y or %y)")
    }
    return out
  }

  /// The metadata with what the path says filled in, or nil when the path does not match (or
  /// its date is not a date).
  public func apply(to metadata: ArticleMetadata) -> ArticleMetadata? {
    guard let path = metadata.path else { return nil }
    let range = NSRange(path.startIndex..., in: path)
    guard let match = regex.firstMatch(in: path, range: range) else { return nil }
    var values: [String: String] = [:]
    for (i, field) in fields.enumerated() {
      guard let r = Range(match.range(at: i + 1), in: path) else { continue }
      values[field] = String(path[r])
    }
    var m = metadata
    if fields.contains(where: { $0.hasPrefix("date.") }) {
      guard let date = Self.isoDate(values) else { return nil }
      if m.date == nil { m.date = date }
    }
    for (field, value) in values where !field.hasPrefix("date.") {
      switch field {
      case "source": if m.source == nil { m.source = value }
      case "section": if m.section == nil { m.section = value }
      default: if m.meta[field] == nil { m.meta[field] = .string(value) }
      }
    }
    return m
  }

  private static func isoDate(_ values: [String: String]) -> String? {
    let year =
      values["date.Y"].flatMap { Int($0) } ?? values["date.y"].flatMap { Int($0) }.map { 2000 + $0 }
    guard let year else { return nil }
    var text = String(format: "%04d", year)
    if let month = values["date.m"].flatMap({ Int($0) }) {
      guard (1...12).contains(month) else { return nil }
      text += String(format: "-%02d", month)
      if let day = values["date.d"].flatMap({ Int($0) }) {
        guard (1...31).contains(day) else { return nil }
        text += String(format: "-%02d", day)
      }
    }
    return text
  }
}

extension PathPattern {
  /// Fills the metadata of `articles` from their paths; a note for each path that does not
  /// match.
  public func fill(_ articles: inout [Article]) -> [LoadIssue] {
    var notes: [LoadIssue] = []
    for i in articles.indices {
      let metadata = articles[i].metadata
      guard let filled = apply(to: metadata) else {
        notes.append(
          LoadIssue(
            path: metadata.path ?? "-", "path does not match --path-meta '\(text)'",
            severity: .note, kind: "path-meta"))
        continue
      }
      if filled != metadata { articles[i] = articles[i].with(metadata: filled) }
    }
    return notes
  }
}
