import ArgumentParser
import LedeCore

/// The `lede` command: a shell over a session of news articles, and batch subcommands.
@main
struct Lede: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lede",
    abstract: "A workbench for analysing news articles.",
    discussion: """
      PATH is a file, a folder (read recursively), a glob, or - for standard input. \
      Formats: plain text, Markdown with front matter, JSON and JSON Lines, HTML, RSS and Atom.

      Exit codes: 0 success; 1 a script or report failed; 64 usage error; \
      65 no usable input; 130 interrupted.
      """,
    version: LedeVersion.string,
    subcommands: [
      ExportCommand.self, RunCommand.self, ReportCommand.self, PluginsCommand.self,
      TestCommand.self,
    ]
  )
}

/// Lede's version, printed by `--version` and offered to scripts.
enum LedeVersion {
  static let string = "0.1.0"
}
