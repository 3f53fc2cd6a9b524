/// Renders a report's tables as CSV (RFC 4180 quoting); notes and evidence are not included.
///
/// A report with one table gives plain CSV: a header row, then one record per row, which every
/// tool reads as is. With several tables, each starts with a record holding only `# name` and
/// tables are separated by an empty line:
///
/// ```
/// # articles
/// title,compound
/// …
///
/// # places
/// name,lat,lon
/// ```
///
/// so a reader can split the records at `# ` lines (pandas: `comment="#"` plus
/// `skip_blank_lines`, one table at a time). A field is quoted when it holds a comma, a quote,
/// a line break, leading or trailing spaces, or (first in a record) starts with `#`, so data
/// never looks like a section line. Numbers carry every significant digit, plainly for
/// 1e-7 ≤ |x| < 1e21; null, NaN and infinities are empty. Lines end with "\n" by default:
/// RFC 4180 asks for "\r\n", which `lineEnding` gives, but Unix tools and every CSV reader in
/// common use prefer or accept "\n".
public struct CSVRenderer: ReportRenderer {
  /// The record separator.
  public var lineEnding: String

  /// A CSV renderer ending records with `lineEnding`.
  public init(lineEnding: String = "\n") {
    self.lineEnding = lineEnding
  }

  /// The report's tables as CSV; an empty string when there are none.
  public func render(_ report: Report) -> String {
    var out = ""
    let sections = report.tables.count > 1
    for (i, table) in report.tables.enumerated() {
      if i > 0 { out += lineEnding }
      if sections { out += Self.field("# " + table.name, first: false) + lineEnding }
      out += record(table.columns.map(\.name))
      for row in table.rows { out += record(row.map(CellText.data)) }
    }
    return out
  }

  private func record(_ fields: [String]) -> String {
    fields.enumerated().map { Self.field($1, first: $0 == 0) }.joined(separator: ",") + lineEnding
  }

  /// `value` quoted when a CSV reader would otherwise misread it; `first` marks the first field
  /// of a record, where a leading `#` is quoted too.
  static func field(_ value: String, first: Bool = false) -> String {
    let needsQuotes =
      value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      || value.unicodeScalars.first == " " || value.unicodeScalars.last == " "
      || (first && value.unicodeScalars.first == "#")
    guard needsQuotes else { return value }
    // Scalars, not characters: a quote followed by a combining mark is one Character.
    var quoted = String.UnicodeScalarView()
    quoted.append("\"")
    for scalar in value.unicodeScalars {
      if scalar == "\"" { quoted.append("\"") }
      quoted.append(scalar)
    }
    quoted.append("\"")
    return String(quoted)
  }
}
