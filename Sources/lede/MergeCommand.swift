import ArgumentParser
import Foundation
import LedeCore
import LedeLua
import LedeReport

/// `lede merge`: combines partial reports (`lede report … --partial`) and renders the report.
struct MergeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge partial reports and render the report.",
    discussion: """
      Each input holds partial reports, one JSON line each, made by `lede report NAME … \
      --partial` over shards of a corpus. They merge in any order and grouping into the \
      report one run over the whole corpus gives. Partials of another plugin version or \
      source, another Lede version or other parameters are refused.
      """)

  @Argument(help: "Files of partial reports, or - for standard input (the default).")
  var files: [String] = []

  @OptionGroup var output: ReportOutputOptions
  @OptionGroup var script: ScriptOptions

  @Flag(help: "Write the merged partial (one JSON line) instead of the report, to merge again.")
  var partial = false

  func run() throws {
    try OutputTarget(path: output.output).check(against: files)
    let partials = try readPartials(files.isEmpty ? ["-"] : files)
    guard let (firstSource, first) = partials.first else {
      Diagnostics.error(
        "no partial reports in \((files.isEmpty ? ["-"] : files).joined(separator: " "))")
      throw ExitCode(ExitCodes.noInput)
    }
    for (source, partial) in partials.dropFirst() {
      if let mismatch = first.mismatch(with: partial) {
        Diagnostics.error(
          "cannot merge \(firstSource) with \(source): \(mismatch). "
            + "Merge partials made by one plugin source and Lede version with the same parameters.")
        throw ExitCode(ExitCodes.noInput)
      }
    }
    let registry = script.registry
    guard registry.find(first.plugin) != nil else {
      Diagnostics.error(
        "the partials in \(firstSource) were made by plugin '\(first.plugin)', which is not "
          + "installed here (`lede plugins` lists them; --plugins DIR adds a folder)")
      throw ExitCode(ExitCodes.usage)
    }
    do {
      let runtime = try ScriptRuntime(
        corpus: Corpus(), limits: script.limits(output: output.output), plugins: registry)
      LuaInterrupt.installSignalHandler()
      let info = try runtime.plugin(named: first.plugin)
      let hash = try PartialReports.sourceHash(of: info)
      guard info.isMergeable, info.version == first.pluginVersion, hash == first.pluginHash,
        first.ledeVersion == LedeVersion.string
      else {
        Diagnostics.error(
          "the partials in \(firstSource) were made by lede \(first.ledeVersion) with "
            + "\(first.plugin) \(first.pluginVersion) (source \(first.pluginHash)); this is lede "
            + "\(LedeVersion.string) with \(info.name) \(info.version) (source \(hash)) from "
            + "\(info.path). Make the partials and merge them with the same lede and plugin.")
        throw ExitCode(ExitCodes.noInput)
      }
      if partial {
        let merged = try PartialReports.partial(merging: partials.map(\.1), runtime: runtime)
        try OutputTarget(path: output.output).write(
          Array((merged.jsonLine + "\n").utf8), inputs: inputFiles)
        return
      }
      let errors = partials.reduce(0) { $0 + $1.1.errors }
      if errors > 0 {
        Diagnostics.warn("\(errors) input(s) could not be read when the partials were made")
      }
      try output.write(
        try PartialReports.report(merging: partials.map(\.1), runtime: runtime),
        inputs: inputFiles)
    } catch let error as LuaError {
      throw ScriptFailure.exit(error)
    }
  }

  /// The files merged, which the output must not replace.
  private var inputFiles: [String] { files.filter { $0 != "-" } }

  /// Every partial in the inputs, with where it was read ("file:line").
  private func readPartials(_ inputs: [String]) throws -> [(String, PartialReport)] {
    var partials: [(String, PartialReport)] = []
    for input in inputs {
      // FileHandle reads pipes and process substitutions (/dev/fd/N) too.
      let handle = input == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: input)
      guard let handle, let data = try? handle.readToEnd() ?? Data() else {
        Diagnostics.error("cannot read \(input)")
        throw ExitCode(ExitCodes.noInput)
      }
      let name = input == "-" ? "<stdin>" : input
      var number = 0
      for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
        number += 1
        let text = String(decoding: line, as: UTF8.self)
        if text.allSatisfy(\.isWhitespace) { continue }
        do {
          partials.append(("\(name):\(number)", try PartialReport(line: text)))
        } catch {
          Diagnostics.error("\(name):\(number): \(error.message)")
          throw ExitCode(ExitCodes.noInput)
        }
      }
    }
    return partials
  }
}
