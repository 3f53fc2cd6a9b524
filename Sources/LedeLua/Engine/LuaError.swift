import LedeCore

/// Where in a chunk something happened: the chunk's display name and a 1-based line.
package struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
  /// The chunk as messages show it: a path, or a name such as `stdin`.
  package var chunk: String
  /// The 1-based line.
  package var line: Int

  /// A location in `chunk` at `line`.
  package init(chunk: String, line: Int) {
    self.chunk = chunk
    self.line = line
  }

  /// `chunk:line`, as Lua writes it.
  package var description: String { "\(chunk):\(line)" }

  /// The location a Lua message starts with (`file.lua:12: …`, `[string "…"]:3: …`).
  static func prefix(of message: Substring) -> SourceLocation? {
    var start = message.startIndex
    if message.hasPrefix("[string \""), let close = message.range(of: "\"]") {
      start = close.upperBound
    }
    // Chunk names may contain colons: take the first ":<digits>:".
    while let colon = message[start...].firstIndex(of: ":") {
      let after = message.index(after: colon)
      let digits = message[after...].prefix(while: { $0.isASCII && $0.isNumber })
      if !digits.isEmpty, digits.endIndex < message.endIndex, message[digits.endIndex] == ":",
        let line = Int(digits)
      {
        return SourceLocation(chunk: String(message[..<colon]), line: line)
      }
      start = after
    }
    return nil
  }
}

/// The stage of a plugin's life an error happened in.
package enum LuaPhase: String, Sendable, Equatable {
  case loading, checking, running
}

/// A failed Lua run: what went wrong, where, and in which phase and article.
///
/// `kind` is the code the command line maps to exit statuses (`interrupted` is 130, the rest 1).
package struct LuaError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of failure this is.
  package enum Kind: Sendable, Equatable {
    /// The chunk does not compile.
    case syntax
    /// A Lua error while running, with a traceback.
    case runtime
    /// The memory limit (or the system) refused an allocation.
    case memory
    /// The run took longer than `Limits.timeout`.
    case timeout
    /// Ctrl-C or `LuaStopHandle.stop()`.
    case interrupted
    /// `lede.fail(message)`: a check the script asserted did not hold.
    case failedCheck
    /// A script file could not be read.
    case io
  }

  /// The kind, which decides the exit status.
  package var kind: Kind
  /// The message as Lua reports it, usually starting with `chunk:line:`.
  package var message: String
  /// `stack traceback:` and its lines, trimmed of the host's own frames; `nil` where none applies.
  package var traceback: String?
  /// Where the error was raised, when the message or the check says.
  package var location: SourceLocation?
  /// The phase the host was in (set by the plugin loader).
  package var phase: LuaPhase?
  /// The article being processed (set by the model bridge), as its path or id.
  package var article: String?

  /// An error; `location` defaults to the one the message starts with.
  package init(
    _ kind: Kind, message: String, traceback: String? = nil, location: SourceLocation? = nil,
    phase: LuaPhase? = nil, article: String? = nil
  ) {
    self.kind = kind
    self.message = message
    self.traceback = traceback
    self.location = location ?? SourceLocation.prefix(of: message[...])
    self.phase = phase
    self.article = article
  }

  /// Whether `message` is the model bridge's "no field 'x' in Article" (after its position).
  static func isUnknownField(_ message: String) -> Bool {
    message.hasPrefix("no field ") || message.contains(": no field ")
  }

  /// The message, the context it happened in, and the traceback.
  package var description: String {
    var text = message
    // A missing or corrupt data file says what to do in one line; no article is at fault.
    // Neither is one for a misspelt field, which every article would fail the same way.
    let context = DataFileError.describes(message) ? (nil, nil) : (phase, article)
    switch Self.isUnknownField(message) ? (context.0, nil) : context {
    case (let phase?, let article?): text += " (while \(phase.rawValue), article '\(article)')"
    case (let phase?, nil): text += " (while \(phase.rawValue))"
    case (nil, let article?): text += " (article '\(article)')"
    case (nil, nil): break
    }
    if let traceback { text += "\n" + traceback }
    return text
  }
}
