/// A problem with one input: the file (and line) it concerns and what went wrong.
///
/// Loading goes on past an issue; the caller prints it as a warning and decides the exit code.
public struct LoadIssue: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Severity: Sendable, Equatable {
    /// The input, or a record in it, was not loaded.
    case skipped
    /// The input loaded, but not exactly as written (bad bytes replaced, say).
    case repaired
    /// Worth knowing, nothing lost (a duplicate loaded once).
    case note
  }

  public var path: String
  public var line: Int?
  public var message: String
  public var severity: Severity
  /// What issues of one kind share when their messages differ (a duplicate names the file it
  /// repeats), so that repeated warnings can be summarised; nil: the message is the kind.
  public var kind: String?

  public init(
    path: String, line: Int? = nil, _ message: String, severity: Severity = .skipped,
    kind: String? = nil
  ) {
    self.path = path
    self.line = line
    self.message = message
    self.severity = severity
    self.kind = kind
  }

  public var description: String {
    if let line { return "\(path):\(line): \(message)" }
    return "\(path): \(message)"
  }
}
