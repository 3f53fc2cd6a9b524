import LedeCore
import LedeLua

/// How `lede.load` reports what it could not load: like the command line's own inputs, as
/// `lede: warning:` lines on standard error, and not at all with `--quiet`.
enum LoadWarnings {
  static func install(on runtime: ScriptRuntime, quiet: Bool) {
    runtime.bridge.onLoadIssue = { issue in
      if !quiet { Diagnostics.warn(issue.description) }
    }
  }
}
