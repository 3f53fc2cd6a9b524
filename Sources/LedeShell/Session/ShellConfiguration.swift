import Foundation
import LedeCore

/// How a shell session runs: on a terminal or from a pipe, and what it reads at start.
package struct ShellConfiguration: Sendable {
  /// A terminal on both ends: prompt, banner, line editing, history and colour.
  package var interactive: Bool
  /// Colour on the terminal (off with `NO_COLOR`, `TERM=dumb` or from a pipe).
  package var color: Bool
  /// From a pipe: stop at the first chunk or command that fails.
  package var bail: Bool
  /// The history file, or nil for none (a pipe keeps no history).
  package var historyPath: String?
  /// A Lua file run before the first prompt, when it exists.
  package var initFile: String?
  /// Lede's version, for the banner.
  package var version: String
  /// How `.load` reads JSON fields.
  package var mapping: FieldMapping
  /// No warnings about inputs.
  package var quiet: Bool
  /// Every warning about inputs, not one line per kind.
  package var verbose = false
  /// How `.load` reads files (JSON fields, metadata from paths).
  package var loader = ArticleLoader()

  /// A configuration; `standard(…)` derives one from the environment.
  package init(
    interactive: Bool, color: Bool, bail: Bool = false, historyPath: String? = nil,
    initFile: String? = nil, version: String = "", mapping: FieldMapping = FieldMapping(),
    quiet: Bool = false
  ) {
    self.interactive = interactive
    self.color = color
    self.bail = bail
    self.historyPath = historyPath
    self.initFile = initFile
    self.version = version
    self.mapping = mapping
    self.quiet = quiet
    self.loader = ArticleLoader(mapping: mapping)
  }

  /// The configuration the process's terminal and environment call for.
  package static func standard(
    version: String, bail: Bool, runInit: Bool, mapping: FieldMapping, quiet: Bool,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> ShellConfiguration {
    let interactive = isatty(0) != 0 && isatty(1) != 0
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
    return ShellConfiguration(
      interactive: interactive, color: interactive && !noColor, bail: bail,
      historyPath: interactive ? HistoryFile.defaultPath(environment: environment) : nil,
      initFile: runInit ? initPath(environment: environment) : nil, version: version,
      mapping: mapping, quiet: quiet)
  }

  /// `$XDG_CONFIG_HOME/lede/init.lua`, else `~/.config/lede/init.lua`.
  package static func initPath(environment: [String: String]) -> String? {
    let config =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["HOME"].map { ($0 as NSString).appendingPathComponent(".config") }
    return config.map { ($0 as NSString).appendingPathComponent("lede/init.lua") }
  }
}
