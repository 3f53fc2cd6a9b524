#if canImport(Glibc)
  import Glibc
#endif

/// The width of the terminal the shell writes to.
enum TerminalSize {
  /// The columns of the terminal on `fd`, or nil when it is not a terminal.
  static func columns(fd: Int32 = 1) -> Int? {
    guard isatty(fd) != 0 else { return nil }
    var size = winsize()
    guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
