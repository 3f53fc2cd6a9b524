import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a file so that readers see the old content or the new, never a torn one.
///
/// The new content goes to a temporary file beside the target, which is then renamed over it.
/// A rename replaces whatever the name pointed to, so the target must be a regular file or not
/// exist yet: a socket, a folder, a block device or a symbolic link to a file is refused rather
/// than replaced by a regular file. A character device (`/dev/null`, `/dev/stdout`) or a FIFO
/// is a stream, not a file: it is written in place, as a shell redirection would. The temporary file is removed when the write fails
/// and when SIGINT, SIGTERM or SIGHUP arrive during it (SIGKILL cannot be caught).
public enum AtomicFile {
  /// Why a write failed, with the path.
  public struct WriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
  }

  /// Why `path` cannot be the target of an atomic write, or nil when it can (a regular file,
  /// or nothing yet). Does not follow a symbolic link: the link itself is what would be
  /// replaced.
  public static func refusal(for path: String) -> String? {
    var info = stat()
    guard lstat(path, &info) == 0, !isStream(path) else { return nil }
    let kind: String
    switch info.st_mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFLNK:
      return "it is a symbolic link, which would be replaced by a regular file; "
        + "name the file it points to"
    case S_IFCHR: kind = "a character device"
    case S_IFBLK: kind = "a block device"
    case S_IFIFO: kind = "a FIFO"
    case S_IFSOCK: kind = "a socket"
    case S_IFDIR: kind = "a folder"
    default: kind = "not a regular file"
    }
    return "it is \(kind); an atomic write would replace it with a regular file, "
      + "so write to standard output and redirect it instead (> \(path))"
  }

  /// Writes `bytes` to a temporary file beside `path`, flushes it, then renames it over `path`.
  ///
  /// `inputs` are files that must not be overwritten (they are compared with the target as
  /// device and inode, so another name for the same file is caught).
  public static func write(_ bytes: [UInt8], to path: String, inputs: [String] = [])
    throws(WriteError)
  {
    try write(to: path, inputs: inputs) { emit in _ = emit(bytes) }
  }

  /// Writes what `produce` emits, chunk by chunk, to a temporary file beside `path`, flushes
  /// it, then renames it over `path`: a large output need not be held whole in memory, and is
  /// still all-or-nothing (a failed write leaves `path` as it was and no temporary file).
  ///
  /// `emit` returns false once a write has failed; later chunks are dropped, so `produce` may
  /// stop early. `inputs` are as for `write(_:to:inputs:)`.
  public static func write(
    to path: String, inputs: [String] = [], chunks produce: (_ emit: ([UInt8]) -> Bool) -> Void
  ) throws(WriteError) {
    if let refusal = refusal(for: path) { throw WriteError(path: path, reason: refusal) }
    if let input = sameFile(as: path, among: inputs) {
      throw WriteError(path: path, reason: "it is the input \(input); choose another file")
    }
    if isStream(path) {
      try writeInPlace(to: path, chunks: produce)
      return
    }
    let handlers = TemporaryCleanup.begin()
    defer { TemporaryCleanup.end(handlers) }
    let (fd, temporary) = createTemporary(beside: path)
    guard fd >= 0 else { throw WriteError(path: path, reason: errorText()) }
    let failure = stream(produce, to: fd)
    var ok = failure == nil
    var reason = failure ?? ""
    if ok && fsync(fd) != 0 {
      ok = false
      reason = errorText()
    }
    // Keep the permissions an existing file had; a new file gets the usual 0644.
    var info = stat()
    let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
    fchmod(fd, mode)
    if close(fd) != 0 && ok {
      ok = false
      reason = errorText()
    }
    guard ok, rename(temporary, path) == 0 else {
      let why = reason.isEmpty ? errorText() : reason
      unlink(temporary)
      TemporaryCleanup.forget()
      throw WriteError(path: path, reason: why)
    }
    TemporaryCleanup.forget()
  }

  /// Whether `path` is, or links to, a character device or a FIFO: a stream with no content
  /// to replace.
  public static func isStream(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    let type = info.st_mode & S_IFMT
    return type == S_IFCHR || type == S_IFIFO
  }

  private static func writeInPlace(
    to path: String, chunks produce: (_ emit: ([UInt8]) -> Bool) -> Void
  ) throws(WriteError) {
    let fd = open(path, O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { throw WriteError(path: path, reason: errorText()) }
    let failure = stream(produce, to: fd)
    close(fd)
    if let failure { throw WriteError(path: path, reason: failure) }
  }

  /// Feeds `produce`'s chunks to `fd` until a write fails; the failure's reason, or nil.
  private static func stream(
    _ produce: (_ emit: ([UInt8]) -> Bool) -> Void, to fd: Int32
  ) -> String? {
    var failure: String?
    produce { chunk in
      guard failure == nil else { return false }
      if !writeAll(chunk, to: fd) { failure = errorText() }
      return failure == nil
    }
    return failure
  }

  /// Writes every byte, retrying after interruptions; false with `errno` set on failure.
  private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let n = Foundation.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n <= 0 {
          if n < 0 && errno == EINTR { continue }
          if n == 0 { errno = ENOSPC }
          return false
        }
        offset += n
      }
      return true
    }
  }

  /// Creates `.NAME.XXXXXX` beside `path` (mode 0600, like `mkstemp`) and returns its
  /// descriptor (-1 with `errno` set on failure) and its path.
  ///
  /// The name is handed to the signal cleanup before the file is created: with `mkstemp`, a
  /// signal between the creation and the hand-over left the file behind (issue 19).
  private static func createTemporary(beside path: String) -> (Int32, String) {
    // Split by hand: Foundation's path getters trap on some names ("-" crashed `--output -`).
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let prefix = (slash == path.startIndex ? "" : directory) + "/.\(name)."
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    for _ in 0..<100 {
      let candidate = prefix + String((0..<6).map { _ in letters.randomElement() ?? "x" })
      TemporaryCleanup.remember(candidate)
      let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if fd >= 0 { return (fd, candidate) }
      let failure = errno
      TemporaryCleanup.forget()
      errno = failure
      if failure != EEXIST { break }
    }
    return (-1, "")
  }

  /// The first of `inputs` that is the same file as `path` (device and inode), if any.
  public static func sameFile(as path: String, among inputs: [String]) -> String? {
    guard let target = FileIdentity(path: path) else { return nil }
    return inputs.first { $0 != "-" && FileIdentity(path: $0) == target }
  }

  private static func errorText() -> String {
    guard let message = strerror(errno) else { return "error \(errno)" }
    return String(validatingCString: message) ?? "error \(errno)"
  }

  /// Writes a string as UTF-8.
  public static func write(_ text: String, to path: String, inputs: [String] = [])
    throws(WriteError)
  {
    try write(Array(text.utf8), to: path, inputs: inputs)
  }

  /// Removes the temporary file of a write in progress, if any: for a last-resort exit (the
  /// watchdog), from any thread or a signal handler.
  public static func removePendingTemporary() { TemporaryCleanup.removePending() }
}
