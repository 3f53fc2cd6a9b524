/// Renders one table of a report as CSV (RFC 4180 quoting); notes and evidence are not included.
///
/// CSV holds one table: a header row, then one record per row, which every tool reads as is.
/// A report with several tables is written one table at a time (`Report.only(table:)`; the
/// command line's `--table NAME`, or one file per table); asked for several at once, the
/// renderer refuses rather than write a file no CSV reader would read as meant. A field is
/// quoted when it holds a comma, a quote, a line break, or leading or trailing spaces, or (first
/// in a record) starts with `#`, which some readers take for a comment. Numbers carry every
/// significant digit, plainly for 1e-7 ≤ |x| < 1e21; null, NaN and infinities are empty; text
/// is never shortened. Lines end with "\n" by default: RFC 4180 asks for "\r\n", which
/// `lineEnding` gives, but Unix tools and every CSV reader in common use prefer or accept "\n".
public struct CSVRenderer: ReportRenderer {
  /// The record separator.
  public var lineEnding: String

  /// A CSV renderer ending records with `lineEnding`.
  public init(lineEnding: String = "\n") {
    self.lineEnding = lineEnding
  }

  /// The report's table as CSV; an empty string when there is none.
  ///
  /// - Throws: `ReportError.severalTables` when the report has more than one table.
  public func render(_ report: Report) throws(ReportError) -> String {
    guard report.tables.count <= 1 else {
      throw ReportError(
        .severalTables,
        "the report has \(report.tables.count) tables (\(report.tableList)) and CSV holds one: "
          + "choose one with --table NAME, or write one file per table with --output DIR")
    }
    guard let table = report.tables.first else { return "" }
    var out = record(table.columns.map(\.name))
    for row in table.rows { out += record(row.map(CellText.data)) }
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
