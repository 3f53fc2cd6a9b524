/// Picking one table of a report, and naming a file per table, for formats that hold one
/// table (CSV) and for `--table NAME`.
extension Report {
  /// The report with only the table called `name` (notes and evidence kept).
  ///
  /// - Throws: `ReportError` naming the tables there are.
  public func only(table name: String) throws(ReportError) -> Report {
    guard let table = table(named: name) else {
      throw ReportError(.unknownTable, "no table '\(name)' in the report (tables: \(tableList))")
    }
    var report = self
    report.tables = [table]
    report.charts = charts.filter { $0.table == name }
    return report
  }

  /// The names of the tables, quoted, for messages.
  public var tableList: String {
    tables.isEmpty ? "none" : tables.map { "'\($0.name)'" }.joined(separator: ", ")
  }

  /// A file name part for a table: its name lowercased, with runs of anything but letters
  /// and digits as one `-` ("top terms" → `top-terms`).
  public static func fileName(forTable name: String) -> String {
    var out = ""
    var pendingDash = false
    for scalar in name.lowercased().unicodeScalars {
      if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingDash && !out.isEmpty { out += "-" }
        pendingDash = false
        out.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
    }
    return out.isEmpty ? "table" : out
  }
}
