import ArgumentParser
import LedeCore
import LedeLua
import LedeReport

/// `lede report NAME`: runs a plugin over the articles and renders its report.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Run a plugin over articles and render its report.",
    discussion:
      "Parameters are checked against the plugin's declaration: `lede plugins NAME` lists them.")

  @Argument(help: "The plugin to run (`lede plugins` lists them).")
  var name: String

  @OptionGroup var input: InputOptions

  @Option(
    name: .customLong("param"),
    help: ArgumentHelp("A plugin parameter (repeatable).", valueName: "KEY=VALUE"))
  var parameters: [String] = []

  @OptionGroup var output: ReportOutputOptions
  @OptionGroup var script: ScriptOptions

  @Flag(
    help:
      "Write the report's unfinished state as one JSON line, for `lede merge` (mergeable plugins)."
  )
  var partial = false

  @Option(
    help: ArgumentHelp(
      "With --partial: only every N-th article, from the K-th (shards of one input read in "
        + "parallel; evidence keeps the corpus's article numbers).",
      valueName: "K/N"))
  var shard: String?

  /// `--shard K/N` as numbers, checked.
  private func shardNumbers() throws -> (index: Int, count: Int) {
    guard let shard else { return (1, 1) }
    let parts = shard.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n
    else {
      Diagnostics.error("bad --shard '\(shard)': give K/N with 1 ≤ K ≤ N, e.g. --shard 2/4")
      throw ExitCode(ExitCodes.usage)
    }
    guard partial else {
      Diagnostics.error("--shard makes one shard's partial report: add --partial")
      throw ExitCode(ExitCodes.usage)
    }
    return (k, n)
  }

  func run() throws {
    let shardNumbers = try shardNumbers()
    try OutputTarget(path: output.output).check(against: input.paths)
    let registry = script.registry
    guard registry.find(name) != nil else {
      let hint = registry.suggestion(for: name).map { " Did you mean '\($0)'?" } ?? ""
      Diagnostics.error("unknown plugin '\(name)'.\(hint) `lede plugins` lists them.")
      throw ExitCode(ExitCodes.usage)
    }
    let (corpus, errors) = try input.load(allowEmpty: partial)
    do {
      let runtime = try ScriptRuntime(
        corpus: corpus, limits: script.limits(output: output.output), plugins: registry)
      LuaInterrupt.installSignalHandler()
      LoadWarnings.install(on: runtime, quiet: input.quiet)
      let info = try runtime.plugin(named: name)
      let arguments: [(String, LuaValue)]
      do {
        arguments = try PluginValidator.arguments(parameters, for: info)
      } catch {
        // A bad --param is the user's to fix (64); a parameter the plugin declared wrongly
        // is the plugin failing itself (70).
        Diagnostics.error(error.message)
        throw ExitCode(error.kind == .plugin ? ExitCodes.software : ExitCodes.usage)
      }
      if info.isMergeable {
        // A partial of its own input numbers its articles from 1: only --shard's are the
        // corpus's numbers.
        let made = try PartialReports.make(
          runtime: runtime, plugin: info, parameters: arguments, errors: errors,
          shard: shardNumbers, numbered: !partial || shard != nil)
        try ScriptFailure.checkFailures(runtime)
        let inputs = OutputTarget.inputFiles(input.paths, loaded: runtime.bridge.loadedFiles)
        if partial {
          try OutputTarget(path: output.output).write(
            Array((made.jsonLine + "\n").utf8), inputs: inputs)
        } else {
          try output.write(
            try PartialReports.report(merging: [made], runtime: runtime), inputs: inputs)
        }
        return
      }
      if partial {
        Diagnostics.error(
          "plugin '\(name)' is not mergeable: --partial needs a plugin with state, add and finish "
            + "(see 'Mergeable plugins' in the README)")
        throw ExitCode(ExitCodes.usage)
      }
      let value = try runtime.runPlugin(named: name, parameters: arguments)
      try ScriptFailure.checkFailures(runtime)
      guard ScriptRuntime.isReport(value) else {
        throw ScriptFailure.report(
          "plugin '\(name)' returned \(value.typeName), not a report: its run must return lede.report{…}"
        )
      }
      let report: LedeReport.Report
      do { report = try runtime.report(from: value) } catch {
        throw ScriptFailure.report("plugin '\(name)': \(error.message)")
      }
      var described = report
      described.parameters = arguments.map { ReportParameter($0.0, $0.1.reportCell) }
      try output.write(
        described,
        inputs: OutputTarget.inputFiles(input.paths, loaded: runtime.bridge.loadedFiles))
    } catch let error as LuaError {
      throw ScriptFailure.exit(error)
    }
  }
}

extension LuaValue {
  /// The value as a report cell, for the parameters a report records.
  var reportCell: ReportCell {
    switch self {
    case .boolean(let b): .boolean(b)
    case .integer(let i): .integer(i)
    case .number(let d): .number(d)
    case .string(let s): .string(s)
    case .nil: .null
    case .table, .opaque: .string(description)
    }
  }
}
