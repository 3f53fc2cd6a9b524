import Foundation

/// Writes a file so that readers see the old content or the new, never a torn one.
public enum AtomicFile {
  /// Why a write failed, with the path.
  public struct WriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
  }

  /// Writes `bytes` to a temporary file beside `path`, flushes it, then renames it over `path`.
  public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    var template = Array(((directory.isEmpty ? "." : directory) + "/.\(name).XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else { throw WriteError(path: path, reason: errorText()) }
    let temporary = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var ok = bytes.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let n = Foundation.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n <= 0 {
          if n < 0 && errno == EINTR { continue }
          return false
        }
        offset += n
      }
      return true
    }
    let reason = ok ? "" : errorText()
    ok = ok && fsync(fd) == 0
    // Keep the permissions an existing file had; a new file gets the usual 0644.
    var info = stat()
    let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
    fchmod(fd, mode)
    close(fd)
    guard ok, rename(temporary, path) == 0 else {
      let why = reason.isEmpty ? errorText() : reason
      unlink(temporary)
      throw WriteError(path: path, reason: why)
    }
  }

  private static func errorText() -> String {
    guard let message = strerror(errno) else { return "error \(errno)" }
    return String(validatingCString: message) ?? "error \(errno)"
  }

  /// Writes a string as UTF-8.
  public static func write(_ text: String, to path: String) throws(WriteError) {
    try write(Array(text.utf8), to: path)
  }
}
