/// What reading one line gave.
package enum LineInput: Equatable, Sendable {
  case line(String)
  /// Ctrl-C at the prompt: the line was cleared.
  case interrupted
  /// Ctrl-D on an empty line, or the end of standard input.
  case endOfInput
}

/// Where completions of the text before the cursor come from.
package struct Completion: Equatable, Sendable {
  /// Byte offset in the line where the completed word starts.
  package var start: Int
  /// Candidate replacements for the text from `start` to the cursor.
  package var candidates: [String]
  /// Inserted after a word completed in full (a space after a command name).
  package var suffix: String

  /// Candidates for the word from byte `start`.
  package init(start: Int, candidates: [String], suffix: String = "") {
    self.start = start
    self.candidates = candidates
    self.suffix = suffix
  }
}

/// Reads lines from the user: with line editing on a terminal, plainly from a pipe.
package protocol LineReader: AnyObject {
  /// The next line, without its newline, read after showing `prompt`.
  func readLine(prompt: String) -> LineInput
  /// Adds an entry to the in-memory history (the history file is separate).
  func remember(_ entry: String)
}
