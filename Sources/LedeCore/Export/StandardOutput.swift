import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

// C's `stdout` stream, whose error flag tells whether stdio lost a write. Looked up by name:
// Swift 6 refuses to read the mutable C global directly.
nonisolated(unsafe) private let cStandardOutput: UnsafeMutablePointer<FILE>? = {
  guard let symbol = dlsym(nil, "stdout") else { return nil }
  return symbol.assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self).pointee
}()

/// Standard output with its errors kept: a full disk, a closed descriptor or a broken pipe
/// (with SIGPIPE ignored) is remembered, not trapped on and not lost, so that the command can
/// end with one message and a non-zero status.
///
/// Text written with Swift's `print` and Lua's `io.write` goes through C's stdio; `write`
/// flushes that first so the order holds, and `finish` flushes it last and asks stdio whether
/// any of its writes failed.
public enum StandardOutput {
  private static let failure = Mutex<String?>(nil)

  /// Writes all of `bytes` to descriptor 1 after what stdio holds; false (and the reason
  /// remembered) when it cannot.
  @discardableResult
  public static func write(_ bytes: [UInt8]) -> Bool {
    if failure.withLock({ $0 }) != nil { return false }
    guard fflush(nil) == 0 else { return fail(errno) }
    return bytes.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(1, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return fail(n == 0 ? ENOSPC : errno) }
        offset += n
      }
      return true
    }
  }

  /// Writes a string as UTF-8.
  @discardableResult
  public static func write(_ text: String) -> Bool { write(Array(text.utf8)) }

  /// Flushes stdio and returns why standard output lost something, if it did.
  public static func finish() -> String? {
    if fflush(nil) != 0 { _ = fail(errno) }
    if let file = cStandardOutput, ferror(file) != 0 { _ = fail(EIO) }
    return failure.withLock { $0 }
  }

  /// Whether a write to standard output has failed.
  public static var hasFailed: Bool { failure.withLock { $0 } != nil }

  private static func fail(_ code: Int32) -> Bool {
    let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
    failure.withLock { if $0 == nil { $0 = reason } }
    return false
  }

  /// Puts `/dev/null` on descriptors 0, 1 and 2 when the process started with them closed
  /// (`lede … >&-`), so that no file the command opens later takes their number and receives
  /// its output. Standard output is opened read-only, so writing to it still fails and is
  /// reported.
  public static func reserveClosedDescriptors() {
    for (fd, flags) in [(Int32(0), O_RDONLY), (1, O_RDONLY), (2, O_WRONLY)]
    where fcntl(fd, F_GETFD) == -1 {
      let opened = open("/dev/null", flags)
      if opened >= 0 && opened != fd {
        dup2(opened, fd)
        close(opened)
      }
    }
  }
}
