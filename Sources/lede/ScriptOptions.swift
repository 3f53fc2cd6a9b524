import ArgumentParser
import LedeCore
import LedeLua

/// The options of every command that runs Lua: limits, the sandbox and plugin folders.
struct ScriptOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Stop a run after SECONDS.", valueName: "SECONDS"))
  var timeout: Double?

  @Option(
    name: .customLong("memory-limit"),
    help: ArgumentHelp("Let Lua use at most MB megabytes.", valueName: "MB"))
  var memoryLimit: Int?

  @Flag(
    help:
      "Run untrusted code: no processes, no file writes but --output, no C modules, bytecode, debug or finalizers (reading files stays allowed)."
  )
  var safe = false

  @Option(
    name: .customLong("plugins"),
    help: ArgumentHelp("Look for plugins in DIR first (repeatable).", valueName: "DIR"))
  var pluginDirectories: [String] = []

  func validate() throws {
    if let timeout, !(timeout > 0 && timeout.isFinite) {
      throw ValidationError("--timeout must be a positive number of seconds, got \(timeout)")
    }
    if let timeout, timeout > Limits.maximumTimeoutSeconds {
      throw ValidationError(
        "--timeout must be at most \(Int(Limits.maximumTimeoutSeconds)) seconds, got \(timeout)")
    }
    if let memoryLimit, memoryLimit <= 0 {
      throw ValidationError(
        "--memory-limit must be a positive number of megabytes, got \(memoryLimit)")
    }
    if let memoryLimit, memoryLimit > Limits.maximumMemoryMegabytes {
      throw ValidationError(
        "--memory-limit must be at most \(Limits.maximumMemoryMegabytes) megabytes, got \(memoryLimit)"
      )
    }
  }

  func limits(output: String? = nil) -> Limits {
    Limits(
      timeout: timeout.map { .milliseconds(Int64(($0 * 1000).rounded(.up))) },
      memoryMegabytes: memoryLimit, safe: safe, outputPath: output)
  }

  var registry: PluginRegistry { PluginRegistry(extra: pluginDirectories) }
}

/// How a Lua failure ends a command: the message (with a trimmed traceback for script errors)
/// and the exit code of DESIGN.md §5: 1 for a failed check, 70 for a script that failed itself.
enum ScriptFailure {
  static func exit(_ error: LuaError) -> ExitCode {
    switch error.kind {
    case .failedCheck:
      Diagnostics.write("lede: check failed: \(error.message)\n")
      return ExitCode(ExitCodes.failure)
    case .interrupted:
      Diagnostics.write("lede: interrupted\n")
      return ExitCode(ExitCodes.interrupted)
    default:
      var error = error
      // `error(msg, 0)` gives a message with no position: the script chose to say only that,
      // as a user-facing message, so no traceback follows it.
      if error.location == nil { error.traceback = nil }
      var text = "lede: error: \(error.description)\n"
      if let traceback = error.traceback, !traceback.isEmpty, !error.description.contains(traceback)
      {
        text += traceback.hasSuffix("\n") ? traceback : traceback + "\n"
      }
      Diagnostics.write(text)
      return ExitCode(ExitCodes.software)
    }
  }

  /// A report (or plugin) that failed itself, outside Lua: the message and exit 70.
  static func report(_ message: String) -> ExitCode {
    Diagnostics.error(message)
    return ExitCode(ExitCodes.software)
  }

  /// Exit 1 when a script caught a failed check with pcall: the check still failed.
  static func checkFailures(_ runtime: ScriptRuntime) throws {
    let failures = runtime.session.failures
    guard !failures.isEmpty else { return }
    for failure in failures {
      let at = failure.location.map { "\($0): " } ?? ""
      Diagnostics.write("lede: check failed: \(at)\(failure.message)\n")
    }
    throw ExitCode(ExitCodes.failure)
  }
}
