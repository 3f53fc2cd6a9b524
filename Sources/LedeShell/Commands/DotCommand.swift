import LedeLua

/// A shell command: a line starting with `.`, which is never valid Lua at the start of a
/// statement.
package struct DotCommand: Sendable {
  /// What completes the command's arguments.
  package enum Arguments: Sendable {
    case none, paths, plugin, report, topic, mode, toggle, text
  }

  /// The name without the dot.
  package var name: String
  /// The arguments as `.help` shows them.
  package var usage: String
  /// One line of help.
  package var summary: String
  /// What Tab offers for the arguments.
  package var arguments: Arguments
  /// Whether the rest of the line is one argument, taken as typed (a query, a term).
  package var rawArgument: Bool = false

  /// Every command, in the order `.help` lists them.
  package static let all: [DotCommand] = [
    DotCommand(
      name: "help", usage: "[TOPIC]",
      summary: "Commands, the Lua API, or one topic: .help lede.load, .help Article",
      arguments: .topic),
    DotCommand(
      name: "load", usage: "PATH…", summary: "Add files, folders or globs to the session",
      arguments: .paths),
    DotCommand(
      name: "articles", usage: "", summary: "List the articles of the session", arguments: .none),
    DotCommand(
      name: "show", usage: "N|#N|PATH|ID",
      summary:
        "Show an article with its structure: N is its number in the session, the # of every "
        + "table and corpus[N]; a report's #N, path or id works too",
      arguments: .none, rawArgument: true),
    DotCommand(
      name: "search", usage: "QUERY",
      summary:
        "Articles with the words and \"phrases\", without the -words; Brown finds Brown's, "
        + "~word adds inflections (~sanction: sanctions, sanctioned), word* prefixes (kept in _)",
      arguments: .text, rawArgument: true),
    DotCommand(
      name: "kwic", usage: "TERM",
      summary: "Every occurrence of a word or phrase, in context (matched as in .search)",
      arguments: .text, rawArgument: true),
    DotCommand(
      name: "run", usage: "FILE [ARG…]",
      summary: "Run a Lua script in this session (ARGs in the global arg)", arguments: .paths),
    DotCommand(
      name: "report", usage: "NAME [KEY=VALUE…] [--table TABLE]",
      summary: "Run a plugin and show its report (or one table of it: CSV holds one)",
      arguments: .report),
    DotCommand(
      name: "plugins", usage: "[NAME]", summary: "List the plugins, or describe one",
      arguments: .plugin),
    DotCommand(
      name: "reload", usage: "", summary: "Read the plugins again after editing them",
      arguments: .none),
    DotCommand(
      name: "mode", usage: "[text|json|csv|md|html]",
      summary: "How tables, reports and results are shown", arguments: .mode),
    DotCommand(
      name: "output", usage: "[FILE]",
      summary: "Send output to FILE (rewritten after each command); no FILE: the screen",
      arguments: .paths),
    DotCommand(
      name: "once", usage: "FILE", summary: "Send the next command's output to FILE",
      arguments: .paths),
    DotCommand(
      name: "timer", usage: "on|off",
      summary: "Show the wall time and articles scanned after each command", arguments: .toggle),
    DotCommand(
      name: "history", usage: "[N]", summary: "Show the last N entries of the history (20)",
      arguments: .none),
    DotCommand(
      name: "quit", usage: "", summary: "Leave the shell (also .exit, Ctrl-D)", arguments: .none),
  ]

  /// Other names commands answer to.
  static let aliases = ["exit": "quit", "q": "quit", "h": "help"]

  /// The command called `name` (without the dot), also by alias.
  package static func named(_ name: String) -> DotCommand? {
    let name = aliases[name] ?? name
    return all.first { $0.name == name }
  }

  /// The nearest command name, for "did you mean".
  package static func suggestion(for name: String) -> String? {
    Suggestion.closest(to: name, among: all.map(\.name))
  }
}

/// A command line split into the command and its arguments.
package struct DotCommandLine: Equatable, Sendable {
  /// The name typed, without the dot.
  package var name: String
  /// The arguments: words (quotes group, backslash escapes), or the rest of the line for
  /// commands that take it whole.
  package var arguments: [String]
  /// The text after the name, trimmed, as typed.
  package var rest: String

  /// Parses `.name arg…`; nil when the line does not start with a dot.
  package init?(_ line: String) {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard trimmed.first == "." else { return nil }
    let body = trimmed.dropFirst()
    let nameEnd = body.firstIndex { $0 == " " || $0 == "\t" } ?? body.endIndex
    name = String(body[..<nameEnd])
    rest = String(body[nameEnd...]).trimmingSpaces
    if let command = DotCommand.named(name), command.rawArgument {
      arguments = rest.isEmpty ? [] : [rest]
    } else {
      arguments = Self.words(rest)
    }
  }

  /// Shell-like words: spaces separate, quotes group, a backslash escapes the next character.
  package static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaping = false
    for c in text {
      if escaping {
        current.append(c)
        escaping = false
        continue
      }
      if c == "\\" && quote != "'" {
        escaping = true
        inWord = true
        continue
      }
      if let q = quote {
        if c == q { quote = nil } else { current.append(c) }
        continue
      }
      if c == "\"" || c == "'" {
        quote = c
        inWord = true
      } else if c == " " || c == "\t" {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(c)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }
}

extension String {
  /// Without spaces and tabs at either end.
  var trimmingSpaces: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" { s.removeLast() }
    return String(s)
  }
}
