import ArgumentParser
import Foundation
import LedeCore
import LedeLua
import LedeReport

/// Partial reports of mergeable plugins: made from a runtime's corpus, and finished into a
/// report. `lede report` without `--partial` makes one partial and finishes it, exactly as
/// `lede merge` finishes many, so the two print the same bytes.
enum PartialReports {
  /// The partial of `plugin` over the runtime's corpus.
  static func make(
    runtime: ScriptRuntime, plugin: PluginInfo, parameters: [(String, LuaValue)], errors: Int,
    shard: (index: Int, count: Int) = (1, 1), numbered: Bool = true
  ) throws -> PartialReport {
    let (text, articles) = try runtime.partialState(
      named: plugin.name, parameters: parameters, shard: shard, numbered: numbered)
    let state: JSONValue
    do { state = try JSONParser.parse(text) } catch {
      Diagnostics.error("plugin '\(plugin.name)': its state is not JSON: \(error)")
      throw ExitCode(ExitCodes.software)
    }
    return PartialReport(
      ledeVersion: LedeVersion.string, plugin: plugin.name, pluginVersion: plugin.version,
      pluginHash: try sourceHash(of: plugin), parameters: parameters.map { ($0.0, $0.1.json) },
      articles: articles, errors: errors, state: state)
  }

  /// The hash of a plugin's source file.
  static func sourceHash(of plugin: PluginInfo) throws -> String {
    guard let data = FileManager.default.contents(atPath: plugin.path) else {
      Diagnostics.error("cannot read plugin source \(plugin.path)")
      throw ExitCode(ExitCodes.software)
    }
    return PartialReport.hash(ofSource: String(decoding: data, as: UTF8.self))
  }

  /// Compatible partials (checked by the caller) merged into one partial.
  static func partial(merging partials: [PartialReport], runtime: ScriptRuntime) throws
    -> PartialReport
  {
    guard var merged = partials.first else {
      Diagnostics.error("no partial reports to merge")
      throw ExitCode(ExitCodes.noInput)
    }
    let parameters = merged.parameters.map { ($0.0, LuaValue(json: $0.1)) }
    let text = try runtime.mergedState(
      named: merged.plugin, parameters: parameters, states: partials.map(\.state))
    do { merged.state = try JSONParser.parse(text) } catch {
      Diagnostics.error("plugin '\(merged.plugin)': its merged state is not JSON: \(error)")
      throw ExitCode(ExitCodes.software)
    }
    merged.articles = partials.reduce(0) { $0 + $1.articles }
    merged.errors = partials.reduce(0) { $0 + $1.errors }
    return merged
  }

  /// The report of compatible partials (checked by the caller), merged.
  static func report(merging partials: [PartialReport], runtime: ScriptRuntime) throws -> Report {
    guard let first = partials.first else {
      Diagnostics.error("no partial reports to merge")
      throw ExitCode(ExitCodes.noInput)
    }
    let parameters = first.parameters.map { ($0.0, LuaValue(json: $0.1)) }
    let articles = partials.reduce(0) { $0 + $1.articles }
    let value = try runtime.finishedReport(
      named: first.plugin, parameters: parameters, states: partials.map(\.state),
      articles: articles)
    try ScriptFailure.checkFailures(runtime)
    guard ScriptRuntime.isReport(value) else {
      Diagnostics.error(
        "plugin '\(first.plugin)' returned \(value.typeName) from finish, not a report: "
          + "finish must return lede.report{…}")
      throw ExitCode(ExitCodes.software)
    }
    var report: Report
    do { report = try runtime.finishedReportValue(value) } catch {
      Diagnostics.error("plugin '\(first.plugin)': \(error.message)")
      throw ExitCode(ExitCodes.software)
    }
    report.parameters = parameters.map { ReportParameter($0.0, $0.1.reportCell) }
    return report
  }
}

extension LuaValue {
  /// A parameter value as JSON, as a partial records it.
  var json: JSONValue {
    switch self {
    case .boolean(let b): .bool(b)
    case .integer(let i): .integer(i)
    case .number(let d): .number(d)
    case .string(let s): .string(s)
    case .nil: .null
    case .table, .opaque: .string(description)
    }
  }

  /// A parameter value read back from a partial.
  init(json: JSONValue) {
    switch json {
    case .bool(let b): self = .boolean(b)
    case .integer(let i): self = .integer(i)
    case .number(let d): self = .number(d)
    case .string(let s): self = .string(s)
    case .null, .array, .object: self = .nil
    }
  }
}
