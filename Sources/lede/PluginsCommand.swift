import ArgumentParser
import Foundation
import LedeCore
import LedeLua

/// `lede plugins [NAME]`: the plugins found, or one described with its parameters.
struct PluginsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plugins",
    abstract: "List plugins, or describe one with its parameters.")

  @Argument(help: "A plugin to describe.")
  var name: String?

  @OptionGroup var script: ScriptOptions

  func run() throws {
    let registry = script.registry
    let runtime: ScriptRuntime
    do {
      runtime = try ScriptRuntime(corpus: Corpus(), limits: script.limits(), plugins: registry)
    } catch {
      throw ScriptFailure.exit(error)
    }
    if let name {
      guard registry.find(name) != nil else {
        let hint = registry.suggestion(for: name).map { " Did you mean '\($0)'?" } ?? ""
        Diagnostics.error("unknown plugin '\(name)'.\(hint)")
        throw ExitCode(ExitCodes.usage)
      }
      do {
        print(describe(try runtime.plugin(named: name)), terminator: "")
      } catch {
        throw ScriptFailure.exit(error)
      }
      return
    }
    var rows: [(String, String, String)] = []
    var broken = false
    for source in registry.all() {
      do {
        let info = try runtime.plugin(named: source.name)
        rows.append((info.name, info.version, info.description))
      } catch {
        broken = true
        rows.append((source.name, "?", "does not load: \(error.message)"))
      }
    }
    if rows.isEmpty {
      print("No plugins found in: \(registry.directories.joined(separator: ", "))")
      return
    }
    let width = rows.map(\.0.count).max() ?? 0
    let versionWidth = rows.map(\.1.count).max() ?? 0
    for row in rows {
      print(
        row.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
          + row.1.padding(toLength: versionWidth, withPad: " ", startingAt: 0) + "  " + row.2)
    }
    if broken { throw ExitCode(ExitCodes.failure) }
  }

  func describe(_ info: PluginInfo) -> String {
    var text = "\(info.name) \(info.version): \(info.description)\n  \(info.path)\n"
    if info.parameters.isEmpty {
      text += "\nNo parameters.\n"
    } else {
      text += "\nParameters (--param KEY=VALUE):\n"
      for p in info.parameters {
        var line = "  \(p.name)  \(p.kind.rawValue)"
        if p.required { line += ", required" }
        if p.defaultValue != .nil {
          line += ", default \(p.defaultValue.stringValue ?? p.defaultValue.description)"
        }
        if !p.choices.isEmpty {
          line +=
            ", one of \(p.choices.map { $0.stringValue ?? $0.description }.joined(separator: "|"))"
        }
        text += line + "\n"
        if !p.help.isEmpty { text += "      \(p.help)\n" }
      }
    }
    if !info.exports.isEmpty {
      text +=
        "\nFunctions for scripts (lede.plugin(\"\(info.name)\")…): \(info.exports.joined(separator: ", "))\n"
    }
    return text
  }
}
