#if canImport(Glibc)
  import Glibc
#endif

/// Removes an atomic write's temporary file when a signal ends the process during the write.
///
/// The path is copied into a fixed buffer so that the signal handler only calls `unlink`,
/// which is safe in a handler. The handler then restores the signal's default action and
/// raises it again, so the process ends as it would have.
enum TemporaryCleanup {
  /// The signals a user or a supervisor sends to stop a command.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// The pending temporary path, NUL-terminated; empty when none. Only one write runs at a
  /// time (the command line writes one output; the shell one `.output` file).
  nonisolated(unsafe) private static let pending: UnsafeMutablePointer<CChar> = {
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(PATH_MAX) + 1)
    buffer.initialize(repeating: 0, count: Int(PATH_MAX) + 1)
    return buffer
  }()

  /// The handlers in force before `begin`, to put back in `end`.
  struct Saved {
    var handlers: [__sighandler_t?]
  }

  /// Installs the cleanup handlers for the duration of one write.
  static func begin() -> Saved {
    _ = pending  // allocated before any handler can run
    let handler: @convention(c) (Int32) -> Void = { signal in
      TemporaryCleanup.removePending()
      Glibc.signal(signal, SIG_DFL)
      raise(signal)
    }
    let saved = Saved(handlers: signals.map { Glibc.signal($0, handler) })
    // A parent may have started the process with these blocked (Foundation's Process does):
    // they must reach the handler, or the write goes on and the signal is lost.
    var set = sigset_t()
    sigemptyset(&set)
    for signal in signals { sigaddset(&set, signal) }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    return saved
  }

  /// Remembers the temporary file about to be created. Called before the file exists, so no
  /// instant is left in which the file exists and a handler would not know it. The first byte
  /// is written last: a handler that runs mid-copy sees an empty path, never a torn one.
  static func remember(_ path: String) {
    forget()
    path.withCString { source in
      let length = min(strlen(source), Int(PATH_MAX))
      guard length > 0 else { return }
      pending[length] = 0
      if length > 1 { memcpy(pending + 1, source + 1, length - 1) }
      pending[0] = source[0]
    }
  }

  /// Forgets the temporary file (renamed, removed, or never created).
  static func forget() {
    pending[0] = 0
  }

  /// Forgets the temporary file and puts the old handlers back.
  static func end(_ saved: Saved) {
    forget()
    for (signal, handler) in zip(signals, saved.handlers) {
      Glibc.signal(signal, handler)
    }
  }

  static func removePending() {
    if pending[0] != 0 { unlink(pending) }
  }
}
