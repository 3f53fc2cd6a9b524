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
        Diagnostics.error("unknown plugin '\(name)'.\(hint) `lede plugins` lists them.")
        throw ExitCode(ExitCodes.usage)
      }
      do {
        print(try runtime.plugin(named: name).helpText(usage: "--param KEY=VALUE"), terminator: "")
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
    if broken { throw ExitCode(ExitCodes.software) }
  }
}
