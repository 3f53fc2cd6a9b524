import ArgumentParser
import LedeCore
import LedeLua
import LedeShell

/// `lede [PATH...]` (or `lede shell [PATH...]`): the shell over the articles in PATH.
///
/// The articles load before the first prompt (with a progress bar for large loads on a
/// terminal); nothing else heavy does: lexicons and the gazetteer wait for their first use.
struct ShellCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell",
    abstract: "Open the shell over articles (the default: `lede [PATH...]`).",
    discussion: """
      On a terminal: a prompt with line editing, Tab completion and history ($LEDE_HISTORY, \
      else $XDG_STATE_HOME/lede/history, else ~/.lede_history). Otherwise, chunks and \
      .commands are read from standard input with no prompt, banner or colour; the exit \
      status is 70 if a chunk raised a Lua error, 1 if a check or a .command failed, 130 if \
      interrupted. $XDG_CONFIG_HOME/lede/init.lua runs \
      first unless --no-init. NO_COLOR turns colour off.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var script: ScriptOptions

  @Flag(help: "When reading from a pipe, stop at the first chunk or command that fails.")
  var bail = false

  @Flag(name: .customLong("no-init"), help: "Do not run $XDG_CONFIG_HOME/lede/init.lua first.")
  var noInit = false

  func run() throws {
    if input.paths.contains("-") {
      Diagnostics.error(
        "the shell reads its commands from standard input, so it cannot read articles from it "
          + "('-'); use a file, or `lede run` / `lede export` with '-'")
      throw ExitCode(ExitCodes.usage)
    }
    var configuration = ShellConfiguration.standard(
      version: LedeVersion.string, bail: bail, runInit: !noInit, mapping: input.fieldMapping,
      quiet: input.quiet)
    configuration.loader = input.loader
    configuration.verbose = input.verbose
    LuaInterrupt.installSignalHandler()
    let corpus = try loadCorpus(showProgress: configuration.interactive)
    let runtime: ScriptRuntime
    do {
      runtime = try ScriptRuntime(
        corpus: corpus, limits: script.limits(), plugins: script.registry)
    } catch {
      throw ScriptFailure.exit(error)
    }
    runtime.bridge.loader = input.loader
    let status = Shell(runtime: runtime, configuration: configuration).run()
    if status != ExitCodes.success { throw ExitCode(status) }
  }

  /// The articles in PATH, with the rules of `InputOptions.loadCorpus` (exit 65 when nothing
  /// loaded, or with `--strict` when an input was skipped).
  private func loadCorpus(showProgress: Bool) throws -> Corpus {
    try input.requireTextData()
    let outcome = ShellLoader(loader: input.loader, showProgress: showProgress)
      .load(input.paths)
    if outcome.interrupted {
      Diagnostics.write("lede: interrupted\n")
      throw ExitCode(ExitCodes.interrupted)
    }
    return try input.corpus(from: outcome.articles, issues: outcome.issues)
  }
}
