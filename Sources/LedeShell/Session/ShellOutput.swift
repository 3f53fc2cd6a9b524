import LedeCore

#if canImport(Glibc)
  import Glibc
#endif

/// Where results go: standard output, or a file set by `.output` or `.once`.
///
/// A file is written atomically after every command with everything sent to it so far, so a
/// reader never sees half a table and a crash loses at most the command running. `.once`
/// captures the next command only.
final class ShellOutput {
  /// A file being captured.
  private struct Capture {
    var path: String
    var bytes: [UInt8] = []
    var dirty = false
  }

  private var file: Capture?
  private var once: Capture?
  /// Whether a command has started since `.once`; the one after it is captured.
  private var onceArmed = false
  /// Whether anything was written since the last `commandFinished()`.
  private(set) var wroteSinceCommand = false

  /// Whether output goes to the terminal (not to a file).
  var isTerminal: Bool { file == nil && once == nil && isatty(1) != 0 }

  /// The file output goes to now, if any.
  var path: String? { (once ?? file)?.path }

  func write(_ text: String) {
    guard !text.isEmpty else { return }
    wroteSinceCommand = true
    if once != nil, onceArmed {
      once?.bytes.append(contentsOf: text.utf8)
      once?.dirty = true
    } else if file != nil {
      file?.bytes.append(contentsOf: text.utf8)
      file?.dirty = true
    } else {
      Self.writeStandardOutput(text)
    }
  }

  /// Sends output to `path` from now on (nil: back to standard output); the file is emptied.
  func redirect(to path: String?) throws(AtomicFile.WriteError) {
    try flush()
    file = nil
    guard let path else { return }
    try AtomicFile.write([], to: path)
    file = Capture(path: path)
  }

  /// Sends the next command's output to `path`.
  func captureNext(to path: String) throws(AtomicFile.WriteError) {
    try AtomicFile.write([], to: path)
    once = Capture(path: path)
    onceArmed = false
  }

  /// Called before each command: arms a pending `.once`.
  func commandStarting() {
    wroteSinceCommand = false
    if once != nil { onceArmed = true }
  }

  /// Called after each command: writes the files and ends a `.once`.
  func commandFinished() throws(AtomicFile.WriteError) {
    defer {
      if onceArmed {
        once = nil
        onceArmed = false
      }
    }
    if onceArmed, let capture = once {
      try AtomicFile.write(capture.bytes, to: capture.path)
    }
    try flush()
  }

  private func flush() throws(AtomicFile.WriteError) {
    guard let capture = file, capture.dirty else { return }
    file?.dirty = false
    try AtomicFile.write(capture.bytes, to: capture.path)
  }

  /// Writes to file descriptor 1 directly, after whatever C's stdio holds (`io.write`).
  static func writeStandardOutput(_ text: String) {
    // A failure is kept and reported when the command ends (a full disk, a broken pipe).
    StandardOutput.write(text)
  }

  static func writeStandardError(_ text: String) {
    fflush(nil)
    writeAll(fd: 2, text)
  }

  private static func writeAll(fd: Int32, _ text: String) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        offset += n
      }
    }
  }
}
