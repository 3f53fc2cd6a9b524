#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Exit codes of DESIGN.md §5.
enum ExitCodes {
  static let success: Int32 = 0
  static let failure: Int32 = 1
  static let usage: Int32 = 64
  static let noInput: Int32 = 65
  /// A script, plugin or report failed itself (a Lua error, an invalid plugin): `EX_SOFTWARE`,
  /// so that CI tells a broken script from a failed check (1).
  static let software: Int32 = 70
  /// Output could not be written (sysexits' EX_IOERR): a full disk, a closed or broken pipe.
  static let ioError: Int32 = 74
  static let interrupted: Int32 = 130
}

/// Messages to standard error, never mixed into report output.
enum Diagnostics {
  static func warn(_ message: String) { write("lede: warning: \(message)\n") }
  static func error(_ message: String) { write("lede: error: \(message)\n") }

  static func write(_ text: String) {
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(2, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if n <= 0 { return }
        offset += n
      }
    }
  }
}
