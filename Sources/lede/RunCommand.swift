import ArgumentParser
import Foundation
import LedeCore
import LedeLua
import LedeReport

/// `lede run`: a saved script (or `-e CHUNK`) over the articles, for analyses and CI gates.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a Lua script over articles.",
    discussion: """
      The script sees `corpus` and `lede`; arguments after -- are in the global `arg` \
      (arg[0] is the script). If the script returns a report (lede.report{…}), it is rendered. \
      lede.fail(message) makes the run exit 1: a CI gate. A script that fails itself (a Lua \
      error) exits 70, with a traceback unless it raised error(message, 0).
      """)

  @Option(
    name: .customShort("e"),
    help: ArgumentHelp("Run CHUNK instead of a script file.", valueName: "CHUNK"))
  var chunk: String?

  @Argument(
    help:
      "The script (unless -e), then files, folders, globs or - for the articles; after --, arguments for the script."
  )
  var paths: [String] = []

  @Option(
    name: .customLong("map"),
    help: ArgumentHelp("Read an article part from a JSON field.", valueName: "PART=FIELD"))
  var mappings: [String] = []

  @Option(
    name: .customLong("path-meta"),
    help: ArgumentHelp("Fill source, section and date from each path.", valueName: "PATTERN"))
  var pathMeta: String?

  @Option(help: ArgumentHelp("Repeated articles: exact, near or none.", valueName: "MODE"))
  var dedup: Deduplication = .exact

  @Flag(help: "Treat any unreadable input as an error (exit 65).") var strict = false
  @Flag(name: .shortAndLong, help: "Do not print warnings about inputs.") var quiet = false
  @Flag(help: "List every warning about inputs, not one line per kind.") var verbose = false

  @OptionGroup var output: ReportOutputOptions
  @OptionGroup var script: ScriptOptions

  func validate() throws {
    if chunk == nil && paths.count <= scriptArguments.count {
      throw ValidationError("give a script to run, or -e CHUNK")
    }
  }

  /// The words after `--` on the command line: the parser puts them among the paths, last.
  var scriptArguments: [String] {
    let all = CommandLine.arguments
    guard let terminator = all.firstIndex(of: "--") else { return [] }
    return Array(all[(terminator + 1)...])
  }

  func run() throws {
    let arguments = scriptArguments
    var articlePaths = Array(paths.dropLast(min(arguments.count, paths.count)))
    var scriptPath: String?
    if chunk == nil { scriptPath = articlePaths.removeFirst() }
    var input = try InputOptions.parse(
      articlePaths + mappings.flatMap { ["--map", $0] }
        + (pathMeta.map { ["--path-meta", $0] } ?? []))
    input.strict = strict
    input.quiet = quiet
    input.verbose = verbose
    input.dedup = dedup
    try OutputTarget(path: output.output).check(
      against: input.paths + (scriptPath.map { [$0] } ?? []))
    if let scriptPath, !FileManager.default.isReadableFile(atPath: scriptPath) {
      Diagnostics.error("cannot read script \(scriptPath)")
      throw ExitCode(ExitCodes.noInput)
    }
    let corpus = try input.loadCorpus()
    do {
      let runtime = try ScriptRuntime(
        corpus: corpus, limits: script.limits(output: output.output), plugins: script.registry)
      LuaInterrupt.installSignalHandler()
      LoadWarnings.install(on: runtime, quiet: quiet)
      var argTable: [LuaTable.Entry] = [
        LuaTable.Entry(key: .integer(0), value: .string(scriptPath ?? "-e"))
      ]
      for (i, a) in arguments.enumerated() {
        argTable.append(LuaTable.Entry(key: .integer(i + 1), value: .string(a)))
      }
      try runtime.session.setGlobal("arg", .table(LuaTable(entries: argTable)))
      let luaArguments = arguments.map { LuaValue.string($0) }
      let results: [LuaValue]
      if let chunk {
        results = try runtime.session.run(chunk, name: "(command line)", arguments: luaArguments)
      } else {
        results = try runtime.session.runFile(at: scriptPath ?? "", arguments: luaArguments)
      }
      try ScriptFailure.checkFailures(runtime)
      if let first = results.first, ScriptRuntime.isReport(first) {
        let inputs = OutputTarget.inputFiles(
          input.paths + (scriptPath.map { [$0] } ?? []), loaded: runtime.bridge.loadedFiles)
        do { try output.write(try runtime.report(from: first), inputs: inputs) } catch let error
          as ReportError
        {
          throw ScriptFailure.report(error.message)
        }
      }
    } catch let error as LuaError {
      throw ScriptFailure.exit(error)
    }
  }
}
