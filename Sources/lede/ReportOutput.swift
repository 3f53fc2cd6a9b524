import ArgumentParser
import Foundation
import LedeLua
import LedeReport

/// `--format`, `--output` and `--table` for commands that render a report.
struct ReportOutputOptions: ParsableArguments {
  @Option(
    name: .shortAndLong,
    help: "text, json, csv, md, geojson or html (default: from --output's extension, else text).")
  var format: String?

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp(
      "Write the report to FILE (atomically) instead of standard output. CSV of a report with "
        + "several tables: one file per table, DIR/TABLE.csv for a folder, else FILE.TABLE.csv.",
      valueName: "FILE|DIR"))
  var output: String?

  @Option(help: ArgumentHelp("Render only the table NAME.", valueName: "NAME"))
  var table: String?

  @Option(
    help: ArgumentHelp(
      "Fit text tables into N columns, cutting long text with …; 0 never cuts (default: the "
        + "terminal's width, else $COLUMNS, else 100).",
      valueName: "N"))
  var width: Int?

  mutating func validate() throws {
    // `-` is standard output, as for inputs; it names no file to write.
    if output == "-" { output = nil }
    if let width, width < 0 || width > 100_000 {
      throw ValidationError("--width \(width) is out of range; give 0 (never cut) to 100000")
    }
    if let format, ReportFormat(name: format) == nil {
      let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError("unknown format '\(format)'; expected one of \(known)")
    }
  }

  /// The width text tables are fitted to: `--width` (0: wide enough never to cut), the
  /// terminal's, `$COLUMNS` (a pipe or file has no width of its own), or the renderer's default.
  var textWidth: Int {
    if let width { return width == 0 ? 1_000_000 : width }
    if let columns = Terminal.columns { return columns }
    if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text),
      columns > 0, columns <= 100_000
    {
      return columns
    }
    return TextRenderer.defaultWidth
  }

  var resolvedFormat: ReportFormat {
    if let format, let f = ReportFormat(name: format) { return f }
    if let output, let ext = output.split(separator: ".").last, output.contains("."),
      let f = ReportFormat(pathExtension: String(ext))
    {
      return f
    }
    return .text
  }

  /// Renders and writes a report: the table `--table` names, or every table; CSV of several
  /// tables goes to one file per table. `inputs` are the files it must not replace.
  func write(_ report: Report, inputs: [String]) throws {
    var report = report
    if let table {
      guard report.table(named: table) != nil else {
        let hint =
          Suggestion.closest(to: table, among: report.tables.map(\.name))
          .map { " Did you mean '\($0)'?" } ?? ""
        Diagnostics.error("no table '\(table)' in the report (tables: \(report.tableList)).\(hint)")
        throw ExitCode(ExitCodes.usage)
      }
      report = try report.only(table: table)
    }
    let format = resolvedFormat
    if format == .csv && report.tables.count > 1 {
      try writeTables(of: report, inputs: inputs)
      return
    }
    let text: String
    do {
      text = try format.render(report, width: textWidth)
    } catch {
      Diagnostics.error("\(error)")
      throw ExitCode(Self.status(of: error))
    }
    try OutputTarget(path: output).write(Array(text.utf8), inputs: inputs)
  }

  /// The exit status of a report that cannot be rendered. Never 1, which says a check failed: a
  /// format the report cannot take (GeoJSON of a report with no coordinates) is a usage error,
  /// as CSV of several tables is; anything else (a missing or corrupt data file the page embeds,
  /// a table, row or chart the plugin made wrong) is the report failing itself, 70.
  static func status(of error: Error) -> Int32 {
    switch (error as? ReportError)?.code {
    case .noCoordinates?, .severalTables?, .unknownTable?: ExitCodes.usage
    default: ExitCodes.software
    }
  }

  /// CSV of several tables: one valid CSV file per table, `DIR/TABLE.csv` when `--output` is
  /// a folder (or ends with `/`), else `NAME.TABLE.csv` beside `--output NAME.csv`.
  private func writeTables(of report: Report, inputs: [String]) throws {
    guard let output else {
      Diagnostics.error(
        "the report has \(report.tables.count) tables (\(report.tableList)) and CSV holds one: "
          + "choose one with --table NAME, or write one file per table with --output DIR "
          + "or --output NAME.csv")
      throw ExitCode(ExitCodes.usage)
    }
    let paths = Self.tablePaths(for: report.tables.map(\.name), output: output)
    if output.hasSuffix("/") {
      try? FileManager.default.createDirectory(
        atPath: output, withIntermediateDirectories: true)
    }
    for (table, path) in zip(report.tables, paths) {
      let text: String
      do { text = try CSVRenderer().render(report.only(table: table.name)) } catch {
        Diagnostics.error("\(error)")
        throw ExitCode(Self.status(of: error))
      }
      try OutputTarget(path: path).write(Array(text.utf8), inputs: inputs)
    }
    Diagnostics.write(
      "lede: wrote \(paths.count) CSV files, one per table: \(paths.joined(separator: ", "))\n")
  }

  /// The file for each table: in the folder `output`, or beside it named after it.
  static func tablePaths(for names: [String], output: String) -> [String] {
    var isDirectory: ObjCBool = false
    let folder =
      output.hasSuffix("/")
      || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
        && isDirectory.boolValue)
    var base = output
    if !folder, base.lowercased().hasSuffix(".csv") { base.removeLast(4) }
    var used: Set<String> = []
    return names.map { name in
      var part = Report.fileName(forTable: name)
      var n = 2
      while used.contains(part) {
        part = Report.fileName(forTable: name) + "-\(n)"
        n += 1
      }
      used.insert(part)
      if folder {
        return (output as NSString).appendingPathComponent(part + ".csv")
      }
      return base + "." + part + ".csv"
    }
  }
}
