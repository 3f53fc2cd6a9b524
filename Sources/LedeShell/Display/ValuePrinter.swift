import Foundation
import LedeCore
import LedeLua
import LedeReport

/// Shows results the way a reader wants them: scalars as Lua writes them, tables with nesting,
/// sorted keys, cycles marked and long tables cut, model objects on one line, lists of articles
/// as a table with a row count, and reports rendered.
///
/// Strings are quoted as Lua source would write them (`"café\n"`), so `""` and `"1"` stay
/// distinct from nothing and from 1. A table is written on one line when it fits the width,
/// otherwise one entry per line, indented.
package struct ValuePrinter: Sendable {
  /// Line width for tables and reports, in terminal columns.
  package var width: Int
  /// The format of article tables and reports; `json` also writes values as JSON.
  package var format: ReportFormat
  /// Strings inside tables are cut to this many characters.
  package var stringLimit: Int
  /// An article's number in the session, shown in article tables.
  package var number: @Sendable (Article) -> Int?

  /// A printer for `width` columns in `format`.
  package init(
    width: Int = 100, format: ReportFormat = .text, stringLimit: Int = 200,
    number: @escaping @Sendable (Article) -> Int? = { _ in nil }
  ) {
    self.width = width
    self.format = format
    self.stringLimit = stringLimit
    self.number = number
  }

  /// The results of one chunk, ending with a newline; empty for no results. Several one-line
  /// results share a line, separated by tabs, as `lua.c` prints them.
  package func render(_ values: [ShellValue]) -> String {
    guard !values.isEmpty else { return "" }
    let parts = values.map(render)
    if parts.allSatisfy({ !$0.dropLast().contains("\n") }) {
      return parts.map { String($0.dropLast()) }.joined(separator: "\t") + "\n"
    }
    return parts.joined()
  }

  /// One result, ending with a newline.
  package func render(_ value: ShellValue) -> String {
    if format == .json { return JSONValuePrinter.render(value) + "\n" }
    switch value {
    case .report(let report):
      return renderReport(report)
    case .corpus(let articles, let total):
      return ArticleTable(articles: articles, total: total, number: number)
        .render(format: format, width: width)
    case .table(_, let total):
      if let articles = value.articles {
        return ArticleTable(articles: articles, total: total, number: number)
          .render(format: format, width: width)
      }
      return block(value, indent: 0).joined(separator: "\n") + "\n"
    case .string(let s):
      return Self.quote(s) + "\n"
    default:
      return inline(value) + "\n"
    }
  }

  private func renderReport(_ report: Report) -> String {
    do {
      return try format.render(report, width: width)
    } catch {
      return "(this report cannot be shown as \(format.rawValue): \(error))\n"
    }
  }

  // MARK: Tables

  /// The value on one line (tables compact, strings cut).
  func inline(_ value: ShellValue) -> String {
    switch value {
    case .nil: return "nil"
    case .boolean(let b): return b ? "true" : "false"
    case .integer(let i): return String(i)
    case .number(let d): return Self.format(d)
    case .string(let s): return Self.quote(clip(s))
    case .cycle: return "<cycle>"
    case .deep: return "{…}"
    case .object(_, let description, _): return description
    case .other(_, let description): return description
    case .corpus(_, let total): return "Corpus of \(total) article\(total == 1 ? "" : "s")"
    case .report(let report): return "Report “\(report.title)”"
    case .table:
      let items = tableItems(value) { inline($0) }
      return items.isEmpty ? "{}" : "{" + items.joined(separator: ", ") + "}"
    }
  }

  /// The value as lines, indented by `indent` columns after the first.
  func block(_ value: ShellValue, indent: Int) -> [String] {
    let compact = inline(value)
    guard case .table = value, indent + DisplayWidth.of(compact) > width else { return [compact] }
    let pad = String(repeating: " ", count: indent + 2)
    var lines = ["{"]
    let entries = tableItems(value) { block($0, indent: indent + 2).joined(separator: "\n") }
    for (i, entry) in entries.enumerated() {
      let comma = i < entries.count - 1 && !entry.hasPrefix("… ") ? "," : ""
      lines.append(pad + entry + comma)
    }
    lines.append(String(repeating: " ", count: indent) + "}")
    return lines
  }

  /// The entries as `key = value` (sequence values bare), and a last `… N more` when cut.
  private func tableItems(_ value: ShellValue, render: (ShellValue) -> String) -> [String] {
    guard case .table(let entries, let total) = value else { return [] }
    var next = 1
    var items: [String] = []
    for entry in entries {
      if case .integer(let i) = entry.key, i == next {
        next += 1
        items.append(render(entry.value))
      } else {
        items.append(key(entry.key) + " = " + render(entry.value))
      }
    }
    if total > entries.count { items.append("… \(total - entries.count) more") }
    return items
  }

  private func key(_ key: ShellValue) -> String {
    if case .string(let s) = key, Self.isName(s) { return s }
    return "[" + inline(key) + "]"
  }

  private func clip(_ s: String) -> String {
    s.count <= stringLimit ? s : String(s.prefix(stringLimit)) + "…"
  }

  // MARK: Lua's ways

  /// Numbers and strings are shown as Lua shows them (the snapshot type knows how).
  static func format(_ d: Double) -> String { LuaValue.format(d) }
  static func quote(_ s: String) -> String { LuaValue.quote(s) }

  static let keywords: Set<String> = [
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
    "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
  ]

  /// Whether `s` can be written as a bare field name.
  static func isName(_ s: String) -> Bool {
    guard let first = s.utf8.first, !(0x30...0x39).contains(first), !keywords.contains(s) else {
      return false
    }
    return s.utf8.allSatisfy {
      $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0)
        || (0x61...0x7A).contains($0)
    }
  }
}
