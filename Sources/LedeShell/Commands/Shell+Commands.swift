import Foundation
import LedeCore
import LedeLua
import LedeReport

/// A command used wrongly: the message says what to type instead.
struct ShellCommandError: Error {
  var message: String

  init(_ message: String) { self.message = message }
}

extension Shell {
  /// Runs a dot-command.
  func execute(_ line: DotCommandLine) {
    guard let command = DotCommand.named(line.name) else {
      let hint = DotCommand.suggestion(for: line.name).map { " Did you mean '.\($0)'?" } ?? ""
      showError("Unknown command '.\(line.name)'.\(hint) .help lists the commands.")
      return
    }
    do {
      try execute(command, line.arguments)
    } catch let error as ShellCommandError {
      showError(error.message)
    } catch let error as LuaError {
      showLuaError(error)
    } catch {
      showError("\(error)")
    }
  }

  private func execute(_ command: DotCommand, _ arguments: [String]) throws {
    func usage() -> ShellCommandError {
      ShellCommandError("Usage: .\(command.name) \(command.usage)".trimmingSpaces)
    }
    switch command.name {
    case "help":
      try help(arguments.first)
    case "load":
      guard !arguments.isEmpty else { throw usage() }
      try load(arguments)
    case "articles":
      let articles = runtime.bridge.articles
      output.write(
        ArticleTable(articles: articles, total: articles.count, number: printer.number)
          .render(format: format, width: width))
    case "show":
      guard let reference = arguments.first else { throw usage() }
      try show(reference)
    case "search":
      guard let query = arguments.first else { throw usage() }
      try search(query)
    case "kwic":
      guard let term = arguments.first else { throw usage() }
      kwic(term)
    case "run":
      guard let file = arguments.first else { throw usage() }
      let values = try runtime.runFileForShell(
        at: file, arguments: Array(arguments.dropFirst()), limits: limits)
      show(values)
    case "report":
      guard let name = arguments.first else { throw usage() }
      try report(name, Array(arguments.dropFirst()))
    case "plugins":
      try plugins(arguments.first)
    case "reload":
      reload()
    case "mode":
      try mode(arguments)
    case "output":
      guard arguments.count <= 1 else { throw usage() }
      if arguments.first != nil { try refuseFileWritesInSafeMode(command.name) }
      try output.redirect(to: arguments.first)
    case "once":
      guard arguments.count == 1 else { throw usage() }
      try refuseFileWritesInSafeMode(command.name)
      try output.captureNext(to: arguments[0])
    case "timer":
      guard arguments.count == 1, ["on", "off"].contains(arguments[0]) else { throw usage() }
      timing = arguments[0] == "on"
      if timing { runtime.countScannedArticles() }
    case "history":
      guard arguments.count <= 1, arguments.first.map({ Int($0) != nil }) ?? true else {
        throw usage()
      }
      showHistory(arguments.first.flatMap { Int($0) } ?? 20)
    case "quit":
      quitting = true
    default:
      throw usage()
    }
  }

  private func help(_ topic: String?) throws {
    let help = HelpText(library: runtime.session.library)
    guard let topic else {
      output.write(help.overview)
      return
    }
    guard let text = help.text(for: topic) else {
      let hint = help.suggestion(for: topic).map { " Did you mean '\($0)'?" } ?? ""
      throw ShellCommandError("No help on '\(topic)'.\(hint)")
    }
    output.write(text)
  }

  /// The formats `.mode` offers (GeoJSON suits a report with coordinates only: `lede report`).
  static let modes: [ReportFormat] = [.text, .json, .csv, .md, .html]

  private func mode(_ arguments: [String]) throws {
    let modes = Self.modes
    guard let name = arguments.first else {
      output.write(format.rawValue + "\n")
      return
    }
    guard arguments.count == 1, let chosen = ReportFormat(name: name), modes.contains(chosen)
    else {
      throw ShellCommandError(
        "Unknown mode '\(name)'; use one of \(modes.map(\.rawValue).joined(separator: ", ")).")
    }
    format = chosen
  }

  private func showHistory(_ count: Int) {
    guard let history else {
      showNote("No history: it is kept on a terminal only.")
      return
    }
    let entries = history.load()
    let first = max(0, entries.count - count)
    let width = String(entries.count).count
    var text = ""
    for (i, entry) in entries.enumerated().dropFirst(first) {
      let number = String(i + 1)
      let margin = String(repeating: " ", count: width - number.count) + number + "  "
      let indent = String(repeating: " ", count: margin.count)
      text += margin + entry.replacingOccurrences(of: "\n", with: "\n" + indent) + "\n"
    }
    output.write(text)
  }
}

extension Shell {
  /// `--safe` writes no file but `--output`, and the shell has none: input from a pipe may be
  /// as untrusted as a plugin.
  func refuseFileWritesInSafeMode(_ name: String) throws(ShellCommandError) {
    guard runtime.session.limits.safe else { return }
    throw ShellCommandError(".\(name) FILE is disabled by --safe (no file writes)")
  }
}
