import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The built `lede` running on a pseudo-terminal, driven like a person at a keyboard.
///
/// Everything waits by polling with generous timeouts that only fail a test when exceeded:
/// no test asserts how long anything takes. Output is kept with ANSI escapes and carriage
/// returns removed, and `expect` looks only at what came since the last match, so the same
/// prompt text can be waited for again and again.
final class PTY {
  let pid: pid_t
  private let master: Int32
  private var raw: [UInt8] = []
  /// Where the last `expect` matched, in `transcript`'s UTF-8.
  private var mark = 0
  private(set) var exitStatus: Int32?
  /// The environment the shell ran with (temporary HOME, history file, config folder).
  let home: URL
  let historyPath: String
  /// Whether `home` was made here, and goes when the shell does.
  private let ownsHome: Bool

  /// Starts `lede` with `arguments` in the repository root, on a terminal `columns` wide.
  init(
    _ arguments: [String] = ["seeds/"], environment: [String: String] = [:],
    columns: UInt16 = 100, home: URL? = nil
  ) throws {
    ownsHome = home == nil
    let home = try home ?? PTY.temporaryDirectory()
    self.home = home
    historyPath = home.appendingPathComponent("history").path
    var env = ProcessInfo.processInfo.environment
    for key in ["LEDE_PLUGIN_PATH", "NO_COLOR", "XDG_STATE_HOME", "EDITRC", "LC_ALL"] {
      env[key] = nil
    }
    env["TERM"] = "xterm"
    env["HOME"] = home.path
    env["LEDE_HISTORY"] = historyPath
    env["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
    env["NO_COLOR"] = "1"
    for (k, v) in environment { env[k] = v }

    // Everything the child needs is made before the fork: after it, the child only calls
    // chdir, execve and _exit.
    let executable = LedeBinary.executable.path
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    guard let directory = strdup(LedeBinary.root.path), let program = argv[0] else {
      throw PTYError("out of memory")
    }
    defer {
      for p in argv + envp { free(p) }
      free(directory)
    }
    var size = winsize(ws_row: 30, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    var fd: Int32 = -1
    // Test threads block signals, and a blocked mask survives exec: the shell would never see
    // Ctrl-C. The child starts with none blocked, as from a login shell.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    let child = forkpty(&fd, nil, nil, &size)
    if child == 0 {
      _ = sigprocmask(SIG_SETMASK, &unblocked, nil)
      _ = chdir(directory)
      _ = execve(program, argv, envp)
      _exit(127)
    }
    guard child > 0 else { throw PTYError("forkpty failed: errno \(errno)") }
    pid = child
    master = fd
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
    if ownsHome { try? FileManager.default.removeItem(at: home) }
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("lede-shell-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  // MARK: Input

  /// Types `keys` (`\r` is Enter, `\u{3}` Ctrl-C, `\t` Tab).
  func send(_ keys: String) {
    let bytes = Array(keys.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
      if n < 0 && (errno == EAGAIN || errno == EINTR) {
        usleep(1_000)
        continue
      }
      if n <= 0 { return }
      offset += n
    }
  }

  // MARK: Output

  /// The output so far, without ANSI escapes and carriage returns.
  var transcript: String { PTY.strip(String(decoding: raw, as: UTF8.self)) }

  /// Waits until `text` appears after the last match; false if it has not within `timeout`.
  @discardableResult
  func expect(_ text: String, timeout: Double = 20) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let t = transcript
      let utf8 = Array(t.utf8)
      if mark <= utf8.count,
        let range = String(decoding: utf8[mark...], as: UTF8.self).range(of: text)
      {
        let tail = String(decoding: utf8[mark...], as: UTF8.self)
        mark += tail.utf8.distance(from: tail.utf8.startIndex, to: range.upperBound)
        return true
      }
      if Date() >= deadline || !pump(until: deadline) { return false }
    }
  }

  /// Reads for up to `seconds` (or until the shell exits), without looking for anything.
  func settle(_ seconds: Double) {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline, pump(until: deadline) {}
  }

  /// Waits for the shell to exit; its status, or nil if it is still running after `timeout`.
  func waitForExit(timeout: Double = 20) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while exitStatus == nil && Date() < deadline {
      _ = pump(until: Date().addingTimeInterval(0.05))
      var status: Int32 = 0
      if waitpid(pid, &status, WNOHANG) == pid {
        exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
      }
    }
    settle(0.1)
    return exitStatus
  }

  /// Sends a signal to the shell.
  func signal(_ number: Int32) { kill(pid, number) }

  /// The terminal's modes as the shell left them.
  var terminalModes: termios? {
    var modes = termios()
    return tcgetattr(master, &modes) == 0 ? modes : nil
  }

  /// Reads what is available, waiting at most until `deadline`; false when the terminal
  /// closed and nothing more will come.
  private func pump(until deadline: Date) -> Bool {
    var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let wait = max(0, min(50, Int32(deadline.timeIntervalSinceNow * 1000)))
    let ready = poll(&fds, 1, wait)
    if ready <= 0 { return ready == 0 || errno == EINTR }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    if n > 0 {
      raw += buffer[..<n]
      return true
    }
    if n < 0 && (errno == EAGAIN || errno == EINTR) { return true }
    // EIO: the child closed the terminal.
    usleep(20_000)
    return false
  }

  /// `text` without ANSI escape sequences and carriage returns.
  static func strip(_ text: String) -> String {
    var out: [UInt8] = []
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x1B, i + 1 < bytes.count {
        if bytes[i + 1] == UInt8(ascii: "[") {
          // CSI: parameters, then a final byte in 0x40...0x7E.
          var j = i + 2
          while j < bytes.count, !(0x40...0x7E).contains(bytes[j]) { j += 1 }
          i = j + 1
        } else if bytes[i + 1] == UInt8(ascii: "]") {
          // OSC: up to BEL or ESC \.
          var j = i + 2
          while j < bytes.count, bytes[j] != 0x07, bytes[j] != 0x1B { j += 1 }
          i = j + (j < bytes.count && bytes[j] == 0x1B ? 2 : 1)
        } else {
          i += 2
        }
        continue
      }
      if b != 0x0D && b != 0x07 { out.append(b) }
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }
}

struct PTYError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
