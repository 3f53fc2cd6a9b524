import CLuaShim

/// The process-wide interrupt: Ctrl-C, or a request made as if Ctrl-C had been pressed.
///
/// A request stops the run of every session whose `Limits.interruptible` is set, from inside
/// Lua code (the stop hook raises "interrupted!") and from host functions that poll for it.
/// It stays pending until a run ends because of it or `clear()` is called (the shell clears it
/// when it shows a prompt). A second Ctrl-C while one is pending exits with status 130: code
/// stuck inside a C library call (a pathological pattern match) cannot be reached by the hook.
package enum LuaInterrupt {
  /// Installs the SIGINT handler; the command line and the shell call this once.
  package static func installSignalHandler() { lede_interrupt_install() }

  /// Requests an interrupt, as Ctrl-C does.
  package static func request() { lede_interrupt_request() }

  /// Whether an interrupt is pending.
  package static var isRequested: Bool { lede_interrupt_pending() != 0 }

  /// Forgets a pending interrupt.
  package static func clear() { lede_interrupt_clear() }
}

/// Stops one session's current (or next) run from any thread.
package final class LuaStopHandle: Sendable {
  // Owned here and freed in deinit; the C hook only reads it while the session (which keeps
  // this handle) is alive. Atomic access makes it safe to share.
  nonisolated(unsafe) let flag: OpaquePointer?

  init() { flag = lede_flag_new() }

  deinit { lede_flag_free(flag) }

  /// Requests the stop; the run ends with an `interrupted` error.
  package func stop() { if let flag { lede_flag_set(flag, 1) } }

  var isRequested: Bool { flag.map { lede_flag_get($0) != 0 } ?? false }

  func reset() { if let flag { lede_flag_set(flag, 0) } }
}

/// The last resort behind `--timeout` and `--memory-limit`, for the command line.
package enum HardLimits {
  /// Ends the process with a message and `exitStatus` when a run is stuck past its deadline
  /// where no hook reaches (a finalizer, a pattern match, a blocking read) or Lua grows far
  /// past the memory limit inside a host call; `cleanup` runs first and must be
  /// async-signal-safe.
  package static func enable(exitStatus: Int32, cleanup: @convention(c) () -> Void) {
    lede_hard_limits_enable(exitStatus, cleanup)
  }
}
