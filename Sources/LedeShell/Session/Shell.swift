import Foundation
import LedeCore
import LedeLua
import LedeReport

/// The interactive shell: Lua and dot-commands over one session of articles.
///
/// One `ScriptRuntime` (one Lua state) lives for the whole session, so globals, functions and
/// loaded articles persist from line to line. On a terminal the shell has a prompt, line
/// editing, completion and history; from a pipe it reads the same chunks and commands with no
/// prompt, banner or colour, and its exit status says whether any of them failed.
package final class Shell {
  /// The Lua state and the session's articles.
  package let runtime: ScriptRuntime
  let configuration: ShellConfiguration
  let reader: any LineReader
  let output = ShellOutput()
  let style: Style
  let history: HistoryFile?
  /// How tables, reports and results are shown (`.mode`).
  var format: ReportFormat = .text
  /// Whether each command's time is shown (`.timer`).
  var timing = false
  /// Whether any chunk or command failed: from a pipe, the exit status is 1.
  var failed = false
  /// Whether a chunk raised a Lua error (not a failed check): from a pipe, the exit status is
  /// 70, so that a broken script does not pass for a failed check.
  var scriptFailed = false
  /// From a pipe, Ctrl-C ends the session with status 130.
  var interrupted = false
  /// `.quit` was given.
  var quitting = false
  /// The number of input lines read, for error positions from a pipe.
  var lineNumber = 0
  /// The checks `lede.fail` reported that have been shown.
  var checksShown = 0
  /// How much of a result is read for display.
  var limits = ShellValue.Limits()

  /// A shell over `runtime`; without a `reader`, one that suits the configuration.
  package init(
    runtime: ScriptRuntime, configuration: ShellConfiguration, reader: (any LineReader)? = nil
  ) {
    var configuration = configuration
    var chosen = reader
    if chosen == nil && configuration.interactive {
      chosen = EditLineReader(
        program: "lede", interruptPending: { LuaInterrupt.isRequested },
        clearInterrupt: { LuaInterrupt.clear() },
        promptSignalHandler: { _ in LuaInterrupt.request() }
      )
      if chosen == nil {
        configuration.interactive = false
        configuration.color = false
      }
    }
    self.reader = chosen ?? PlainLineReader()
    self.runtime = runtime
    self.configuration = configuration
    self.style = Style(enabled: configuration.color)
    self.history =
      configuration.interactive ? configuration.historyPath.map { HistoryFile(path: $0) } : nil
    if let editor = self.reader as? EditLineReader {
      let completer = Completer(runtime: runtime)
      editor.completer = { completer.complete($0) }
    }
  }

  /// Runs the session until the input ends or `.quit`; returns the exit status: 0; from a pipe
  /// only, 70 when a chunk raised a Lua error, 1 when a check or a command failed, 130 when
  /// interrupted.
  package func run() -> Int32 {
    LuaInterrupt.installSignalHandler()
    Self.unblockInterrupt()
    let output = self.output
    runtime.session.output = { output.write($0) }
    let quiet = configuration.quiet
    runtime.bridge.onLoadIssue = { [style] issue in
      guard !quiet || issue.severity == .skipped else { return }
      ShellOutput.writeStandardError(style.dim("lede: warning: \(issue.description)") + "\n")
    }
    if let history {
      for entry in history.load().suffix(1000) { reader.remember(entry) }
    }
    if configuration.interactive { showBanner() }
    runInitFile()
    loop()
    do { try output.redirect(to: nil) } catch { showError(error.description) }
    if configuration.interactive { return 0 }
    if interrupted { return 130 }
    if scriptFailed { return 70 }
    return failed ? 1 : 0
  }

  /// Lets SIGINT reach this thread even if the shell was started with it blocked (a blocked
  /// mask survives exec, and tools that start processes from worker threads pass theirs on):
  /// Ctrl-C must always be able to stop a chunk.
  static func unblockInterrupt() {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }

  private func showBanner() {
    let n = runtime.bridge.articles.count
    let articles = "\(n) article\(n == 1 ? "" : "s") in the session"
    let version = configuration.version.isEmpty ? "" : " \(configuration.version)"
    ShellOutput.writeStandardOutput(
      style.bold("Lede\(version)") + style.dim(" · \(articles) · Lua 5.4") + "\n"
        + style.dim("Type Lua or a .command (.help lists them). Tab completes, Ctrl-D quits.")
        + "\n")
  }

  private func runInitFile() {
    guard let path = configuration.initFile, FileManager.default.fileExists(atPath: path) else {
      return
    }
    // A broken init file is reported and, from a pipe, makes the exit status 1.
    perform {
      do throws(LuaError) {
        _ = try runtime.runFileForShell(at: path, arguments: [], limits: limits)
      } catch {
        scriptFailed = true
        showError("\(path): \(error.description)")
      }
    }
  }

  // MARK: The loop

  private func loop() {
    var pending: [String] = []
    var chunkStart = 0
    while !quitting && !interrupted && !(configuration.bail && failed) {
      // A Ctrl-C that arrived after the last run ended is taken up here: it must not cancel
      // the next line.
      if configuration.interactive { LuaInterrupt.clear() }
      let prompt = pending.isEmpty ? "lede> " : "...>  "
      switch reader.readLine(prompt: prompt) {
      case .endOfInput:
        if !pending.isEmpty {
          let error = runtime.syntaxError(of: pending.joined(separator: "\n"))
          showLuaError(error, lineOffset: chunkStart - 1)
          if configuration.interactive {
            pending = []
            continue
          }
        }
        if configuration.interactive { ShellOutput.writeStandardOutput("\n") }
        return
      case .interrupted:
        pending = []
      case .line(let line):
        lineNumber += 1
        if pending.isEmpty {
          if line.trimmingSpaces.isEmpty { continue }
          if let command = DotCommandLine(line) {
            remember(line)
            perform { execute(command) }
            continue
          }
          chunkStart = lineNumber
        }
        pending.append(line)
        let source = pending.joined(separator: "\n")
        if evaluate(source, lineOffset: configuration.interactive ? 0 : chunkStart - 1) {
          pending = []
        }
      }
    }
  }

  /// Adds an entry to the history unless it starts with a space.
  func remember(_ entry: String) {
    guard configuration.interactive, !entry.hasPrefix(" ") else { return }
    reader.remember(entry)
    history?.append(entry)
  }

  /// Runs one command with the output, the timer and the checks around it.
  func perform(_ body: () -> Void) {
    let start = beginCommand()
    body()
    finishCommand(start)
  }

  private func beginCommand() -> ContinuousClock.Instant {
    output.commandStarting()
    return ContinuousClock.now
  }

  private func finishCommand(_ start: ContinuousClock.Instant) {
    reportNewChecks()
    do { try output.commandFinished() } catch { showError(error.description) }
    guard timing else { return }
    let elapsed = ContinuousClock.now - start
    let scanned = runtime.takeScannedArticles()
    let ms =
      Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    let noun = scanned == 1 ? "article" : "articles"
    ShellOutput.writeStandardError(
      style.dim("time \(String(format: "%.2f", ms)) ms · \(scanned) \(noun) scanned") + "\n")
  }

  /// Evaluates a chunk; false when it is incomplete and more lines are needed.
  private func evaluate(_ source: String, lineOffset: Int) -> Bool {
    let start = beginCommand()
    let evaluation: ShellEvaluation
    do {
      evaluation = try runtime.evaluateForShell(source, limits: limits)
    } catch {
      remember(source)
      showLuaError(error, lineOffset: lineOffset)
      finishCommand(start)
      return true
    }
    guard case .values(let values) = evaluation else { return false }
    remember(source)
    show(values)
    finishCommand(start)
    return true
  }

  /// Prints results in the current format.
  func show(_ values: [ShellValue]) {
    // A page of a megabyte is no use on a terminal: reports go to a file, values show as text.
    if format == .html, output.isTerminal {
      if values.contains(where: { if case .report = $0 { true } else { false } }) {
        showNote("An HTML report goes to a file: .once FILE.html, then run this again.")
      } else {
        output.write(ValuePrinter(width: width, format: .text).render(values))
      }
      return
    }
    output.write(printer.render(values))
  }

  /// The printer for the current format and width.
  var printer: ValuePrinter {
    let corpus = runtime.bridge.corpus
    return ValuePrinter(width: width, format: format) { corpus.number(of: $0) }
  }

  /// The width tables are fitted to: the terminal's, or 100 for files and pipes.
  var width: Int {
    output.isTerminal ? TerminalSize.columns() ?? 100 : 100
  }

  // MARK: Errors

  /// Shows a Lua error; from a pipe, positions count lines of the whole input.
  func showLuaError(_ error: LuaError, lineOffset: Int = 0) {
    switch error.kind {
    case .interrupted:
      if configuration.interactive {
        ShellOutput.writeStandardError("\n" + style.dim("interrupted") + "\n")
      } else {
        ShellOutput.writeStandardError("lede: interrupted\n")
        interrupted = true
      }
      return
    case .failedCheck:
      checksShown = runtime.session.failures.count
      showError("check failed: " + ErrorText.shift(error.message, by: lineOffset))
      return
    default:
      scriptFailed = true
      var text = error.description
      // `error(msg, 0)` leaves the message without a position: no traceback, as in `lede run`.
      if let traceback = error.traceback,
        !ErrorText.isInformative(traceback) || error.location == nil,
        text.hasSuffix("\n" + traceback)
      {
        text.removeLast(traceback.count + 1)
      }
      showError(ErrorText.shift(text, by: lineOffset))
    }
  }

  /// Shows a message on standard error and marks the session failed.
  func showError(_ message: String) {
    failed = true
    let text = configuration.interactive ? message : "lede: error: " + message
    ShellOutput.writeStandardError(style.error(text) + "\n")
  }

  /// Shows that Ctrl-C stopped a command part-way; from a pipe, the session then ends (130).
  func showStopped(_ message: String) {
    if configuration.interactive {
      showNote(message)
    } else {
      ShellOutput.writeStandardError("lede: \(message)\n")
      interrupted = true
    }
  }

  /// Shows a note on standard error.
  func showNote(_ message: String) {
    ShellOutput.writeStandardError(style.dim(message) + "\n")
  }

  /// Shows the checks `lede.fail` reported that a script caught with `pcall`: they still
  /// failed.
  private func reportNewChecks() {
    let failures = runtime.session.failures
    guard failures.count > checksShown else { return }
    for failure in failures[checksShown...] {
      let at = failure.location.map { "\($0): " } ?? ""
      showError("check failed: \(at)\(failure.message)")
    }
    checksShown = failures.count
  }
}
