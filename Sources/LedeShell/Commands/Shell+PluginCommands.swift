import LedeLua
import LedeReport

extension Shell {
  /// `.report NAME [KEY=VALUE…] [--table TABLE]`: runs a plugin over the session and shows its
  /// report, or one table of it.
  func report(_ name: String, _ arguments: [String]) throws {
    var assignments = arguments
    var table: String?
    if let flag = assignments.firstIndex(of: "--table") {
      guard flag + 1 < assignments.count else {
        throw ShellCommandError("Usage: .report NAME [KEY=VALUE…] [--table TABLE]")
      }
      table = assignments[flag + 1]
      assignments.removeSubrange(flag...(flag + 1))
    }
    guard runtime.plugins.find(name) != nil else {
      let hint = runtime.plugins.suggestion(for: name).map { " Did you mean '\($0)'?" } ?? ""
      throw ShellCommandError("Unknown plugin '\(name)'.\(hint) .plugins lists them.")
    }
    let info = try runtime.plugin(named: name)
    let parameters: [(String, LuaValue)]
    do {
      parameters = try PluginValidator.arguments(assignments, for: info)
    } catch {
      throw ShellCommandError(
        error.message.replacingOccurrences(of: "--param ", with: "")
          .replacingOccurrences(of: "`lede plugins \(name)`", with: "`.plugins \(name)`"))
    }
    let value = try runtime.runPlugin(named: name, parameters: parameters)
    guard ScriptRuntime.isReport(value) else {
      throw ShellCommandError(
        "Plugin '\(name)' returned \(value.typeName), not a report: its run must return lede.report{…}"
      )
    }
    var report: Report
    do {
      report = try runtime.report(from: value)
    } catch {
      throw ShellCommandError("Plugin '\(name)': \(error.message)")
    }
    if report.parameters.isEmpty {
      report.parameters = parameters.map { ReportParameter($0.0, Self.cell($0.1)) }
    }
    if let table {
      guard report.table(named: table) != nil else {
        let hint =
          Suggestion.closest(to: table, among: report.tables.map(\.name))
          .map { " Did you mean '\($0)'?" } ?? ""
        throw ShellCommandError("No table '\(table)' (tables: \(report.tableList)).\(hint)")
      }
      report = try report.only(table: table)
    }
    show([.report(report)])
  }

  /// `.plugins [NAME]`: the plugins found, or one described with its parameters.
  func plugins(_ name: String?) throws {
    if let name {
      guard runtime.plugins.find(name) != nil else {
        let hint = runtime.plugins.suggestion(for: name).map { " Did you mean '\($0)'?" } ?? ""
        throw ShellCommandError("Unknown plugin '\(name)'.\(hint)")
      }
      output.write(helpText(for: try runtime.plugin(named: name)))
      return
    }
    let sources = runtime.plugins.all()
    guard !sources.isEmpty else {
      output.write(
        "No plugins in: \(runtime.plugins.directories.joined(separator: ", "))\n")
      return
    }
    var rows: [[ReportCell]] = []
    for source in sources {
      do {
        let info = try runtime.plugin(named: source.name)
        rows.append([.string(info.name), .string(info.version), .string(info.description)])
      } catch {
        rows.append([
          .string(source.name), .string("?"), .string("does not load: \(error.message)"),
        ])
        failed = true
      }
    }
    let columns = [
      ReportColumn("plugin", .string), ReportColumn("version", .string),
      ReportColumn("description", .string),
    ]
    let table = try ReportTable(name: "plugins", title: "Plugins", columns: columns, rows: rows)
    show([.report(Report(title: "", tables: [table]))])
  }

  /// `.reload`: forgets the loaded plugins and reads them all again, reporting those that no
  /// longer load.
  func reload() {
    runtime.reloadPlugins()
    var loaded = 0
    for source in runtime.plugins.all() {
      do {
        _ = try runtime.plugin(named: source.name)
        loaded += 1
      } catch {
        showError(error.description)
      }
    }
    showNote("Read \(loaded) plugin\(loaded == 1 ? "" : "s") again.")
  }

  private func helpText(for info: PluginInfo) -> String {
    info.helpText(usage: ".report \(info.name) KEY=VALUE…")
  }

  static func cell(_ value: LuaValue) -> ReportCell {
    switch value {
    case .string(let s): .string(s)
    case .integer(let i): .integer(i)
    case .number(let d): .number(d)
    case .boolean(let b): .boolean(b)
    default: .string(value.description)
    }
  }
}
