#if canImport(Glibc)
  import Glibc
#endif

/// Facts about the terminal standard output goes to, if it is one.
enum Terminal {
  /// The width of the terminal on standard output, or nil when output is not a terminal.
  static var columns: Int? {
    guard isatty(1) != 0 else { return nil }
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
