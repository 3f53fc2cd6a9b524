import ArgumentParser
import Glibc
import LedeCore
import LedeLua

/// The `lede` command: a shell over a session of news articles, and batch subcommands.
///
/// `lede [PATH...]` with no subcommand opens the shell on the articles: interactive on a
/// terminal, reading chunks and commands from standard input otherwise. The shell is the
/// default subcommand (`lede shell`) rather than the root's own `run()`: a root with
/// positional arguments would take `export` in `lede export …` as a path, since
/// ArgumentParser parses a command's arguments before it looks for a subcommand.
@main
struct Lede: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lede",
    abstract: "A workbench for analysing news articles.",
    discussion: """
      Without a subcommand, lede opens a shell over the articles in PATH: Lua with `corpus` \
      and `lede`, and .commands (.help lists them). When standard input or output is not a \
      terminal, chunks and commands are read from standard input with no prompt; the exit \
      status says whether any failed.

      PATH is a file, a folder (read recursively), a glob, or - for standard input. \
      Formats: plain text, Markdown with front matter, JSON and JSON Lines, HTML, RSS and Atom.

      Exit codes: 0 success; 1 a check failed (lede.fail, failing specs, a failed .command); \
      64 usage error; 65 no usable input; 70 a script, plugin or report failed itself \
      (a Lua error, an invalid plugin: a traceback is printed unless the script raised \
      error(message, 0)); 74 output could not be written; 130 interrupted.
      """,
    version: LedeVersion.string,
    subcommands: [
      ShellCommand.self, ExportCommand.self, RunCommand.self, ReportCommand.self,
      MergeCommand.self, PluginsCommand.self, TestCommand.self,
    ],
    defaultSubcommand: ShellCommand.self
  )

  /// Runs the command, then makes sure its output reached standard output: a write that
  /// failed anywhere (a full disk, a closed or broken pipe) is one message and status 74,
  /// never a trap and never 0.
  static func main() {
    StandardOutput.reserveClosedDescriptors()
    HardLimits.enable(exitStatus: ExitCodes.software) { AtomicFile.removePendingTemporary() }
    var status = ExitCodes.success
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      status = exitCode(for: error).rawValue
      if status == ExitCodes.success {
        // --help and --version: their text is the output.
        StandardOutput.write(fullMessage(for: error) + "\n")
      } else if !(error is ExitCode) || StandardOutput.finish() == nil {
        exit(withError: error)
      }
    }
    if let failure = StandardOutput.finish() {
      Diagnostics.error("cannot write to standard output: \(failure)")
      if status == ExitCodes.success || status == ExitCodes.ioError { status = ExitCodes.ioError }
    }
    Glibc.exit(status)
  }
}

/// Lede's version, printed by `--version` and offered to scripts.
enum LedeVersion {
  static let string = "0.1.0"
}
