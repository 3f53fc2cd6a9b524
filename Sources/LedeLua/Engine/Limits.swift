/// What a session may spend and reach: the `--timeout`, `--memory-limit` and `--safe` options.
package struct Limits: Sendable, Equatable {
  /// How long one run (a chunk, a file, a plugin call) may take; `nil` (or not positive) for
  /// no limit.
  package var timeout: Duration?
  /// The most memory the Lua state may hold, in bytes; `nil` (or 0) for no limit. The command
  /// line should refuse `--memory-limit 0` rather than pass it on.
  package var memoryLimit: Int?
  /// Runs untrusted code: see `Sandbox` for what this removes.
  package var safe: Bool
  /// The one file that code in safe mode may open for writing (`--output`).
  package var outputPath: String?
  /// Whether Ctrl-C (`LuaInterrupt`) stops this session's runs.
  package var interruptible: Bool

  /// Limits from the command line's units: seconds and megabytes.
  package init(
    timeout: Duration? = nil, memoryMegabytes: Int? = nil, safe: Bool = false,
    outputPath: String? = nil, interruptible: Bool = true
  ) {
    self.timeout = timeout
    // Past Int.max bytes a limit is no limit: clamp rather than overflow.
    self.memoryLimit = memoryMegabytes.map { megabytes in
      let (bytes, overflow) = megabytes.multipliedReportingOverflow(by: 1024 * 1024)
      return overflow ? Int.max : bytes
    }
    self.safe = safe
    self.outputPath = outputPath
    self.interruptible = interruptible
  }

  /// The longest `--timeout` (about 31 years): the C clock counts nanoseconds in 64 bits.
  package static let maximumTimeoutSeconds = 1e9
  /// The largest `--memory-limit` in megabytes whose byte count fits an `Int`.
  package static let maximumMemoryMegabytes = Int.max >> 20

  /// The timeout in seconds, as the C hook and the messages use it.
  var timeoutSeconds: Double? {
    guard let timeout else { return nil }
    let (seconds, attoseconds) = timeout.components
    return Double(seconds) + Double(attoseconds) * 1e-18
  }
}
