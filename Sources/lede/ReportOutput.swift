import ArgumentParser
import LedeLua
import LedeReport

/// `--format` and `--output` for commands that render a report.
struct ReportOutputOptions: ParsableArguments {
  @Option(
    name: .shortAndLong,
    help: "text, json, csv, md or geojson (default: from --output's extension, else text).")
  var format: String?

  @Option(
    name: .shortAndLong, help: "Write the report to FILE (atomically) instead of standard output.")
  var output: String?

  func validate() throws {
    if let format, ReportFormat(name: format) == nil {
      let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError("unknown format '\(format)'; expected one of \(known)")
    }
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

  /// Renders and writes a report.
  func write(_ report: Report) throws {
    let text: String
    do {
      text = try resolvedFormat.render(report, width: Terminal.columns ?? 100)
    } catch {
      Diagnostics.error("\(error)")
      throw ExitCode(ExitCodes.failure)
    }
    try OutputTarget(path: output).write(Array(text.utf8))
  }
}
