import Foundation
import LedeLua

/// Tab completion that knows the live session: dot-commands and their arguments (plugins and
/// their parameters, file paths, help topics), Lua keywords and globals, and the fields and
/// methods of live values after `.` and `:`, the model's objects included.
package struct Completer {
  let runtime: ScriptRuntime

  /// A completer over `runtime`'s state and plugins.
  package init(runtime: ScriptRuntime) {
    self.runtime = runtime
  }

  /// The candidates for the text before the cursor, filtered by what was typed.
  package func complete(_ before: String) -> Completion {
    let completion = candidates(before)
    let typed = String(
      decoding: Array(before.utf8)[min(completion.start, before.utf8.count)...], as: UTF8.self)
    return Completion(
      start: completion.start,
      candidates: Array(Set(completion.candidates.filter { $0.hasPrefix(typed) })).sorted(),
      suffix: completion.suffix)
  }

  private func candidates(_ before: String) -> Completion {
    let leading = before.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
    let body = String(decoding: Array(before.utf8)[leading...], as: UTF8.self)
    if body.hasPrefix(".") {
      return command(body, offset: leading)
    }
    return lua(before)
  }

  // MARK: Commands

  private func command(_ body: String, offset: Int) -> Completion {
    guard let space = body.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
      return Completion(
        start: offset, candidates: DotCommand.all.map { "." + $0.name }, suffix: " ")
    }
    let name = String(body.dropFirst()[..<space])
    guard let command = DotCommand.named(name) else { return Completion(start: 0, candidates: []) }
    let arguments = String(body[space...])
    // The word being typed starts after the last space (quotes are not followed here).
    let wordStart =
      arguments.utf8.lastIndex { $0 == 0x20 || $0 == 0x09 }.map {
        arguments.utf8.distance(from: arguments.utf8.startIndex, to: $0) + 1
      } ?? 0
    let start = offset + body.utf8.distance(from: body.startIndex, to: space) + wordStart
    let word = String(decoding: Array(arguments.utf8)[wordStart...], as: UTF8.self)
    let previous = DotCommandLine.words(
      String(decoding: Array(arguments.utf8)[..<wordStart], as: UTF8.self))
    switch command.arguments {
    case .none, .text:
      return Completion(start: start, candidates: [])
    case .paths:
      let paths = Self.paths(word)
      let folder = paths.count == 1 && paths[0].hasSuffix("/")
      return Completion(start: start, candidates: paths, suffix: folder ? "" : " ")
    case .plugin:
      return Completion(start: start, candidates: previous.isEmpty ? pluginNames : [], suffix: " ")
    case .report:
      guard let plugin = previous.first else {
        return Completion(start: start, candidates: pluginNames, suffix: " ")
      }
      let values = parameters(of: plugin, word: word)
      return Completion(start: start, candidates: values, suffix: word.contains("=") ? " " : "")
    case .topic:
      return Completion(
        start: start, candidates: HelpText(library: runtime.session.library).topics, suffix: " ")
    case .mode:
      return Completion(start: start, candidates: Shell.modes.map(\.rawValue), suffix: " ")
    case .toggle:
      return Completion(start: start, candidates: ["on", "off"], suffix: " ")
    }
  }

  private var pluginNames: [String] { runtime.plugins.all().map(\.name) }

  /// `key=` for each parameter, or the choices once `key=` is typed.
  private func parameters(of plugin: String, word: String) -> [String] {
    guard runtime.plugins.find(plugin) != nil, let info = try? runtime.plugin(named: plugin) else {
      return []
    }
    if let eq = word.firstIndex(of: "=") {
      let key = String(word[..<eq])
      guard let parameter = info.parameters.first(where: { $0.name == key }) else { return [] }
      var values = parameter.choices.map { $0.stringValue ?? $0.description }
      if parameter.kind == .boolean { values = ["true", "false"] }
      return values.map { key + "=" + $0 }
    }
    return info.parameters.map { $0.name + "=" }
  }

  // MARK: Lua

  private func lua(_ before: String) -> Completion {
    let bytes = Array(before.utf8)
    if LuaExpression.inString(bytes) {
      // A path in a string: lede.load("seeds/…
      guard let open = bytes.lastIndex(where: { $0 == 0x22 || $0 == 0x27 }) else {
        return Completion(start: 0, candidates: [])
      }
      let word = String(decoding: bytes[(open + 1)...], as: UTF8.self)
      return Completion(start: open + 1, candidates: Self.paths(word))
    }
    guard let expression = LuaExpression(before) else {
      return Completion(start: bytes.count, candidates: [])
    }
    let candidates: [String]
    switch expression.separator {
    case nil:
      candidates = Array(ValuePrinter.keywords) + runtime.globalNames()
    case let separator?:
      candidates = runtime.members(of: expression.path, methodsOnly: separator == ":")
    }
    return Completion(start: expression.wordStart, candidates: candidates)
  }

  // MARK: Paths

  /// Files and folders starting with `word` (folders end in `/`); `~/` is the home folder.
  static func paths(_ word: String) -> [String] {
    let slash = word.lastIndex(of: "/")
    let directoryPart = slash.map { String(word[...$0]) } ?? ""
    let prefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
    var directory = directoryPart.isEmpty ? "." : directoryPart
    if directory.hasPrefix("~/") {
      directory = NSHomeDirectory() + directory.dropFirst()
    }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return []
    }
    return names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }
      .sorted().map { name in
        var isDirectory: ObjCBool = false
        let full = (directory as NSString).appendingPathComponent(name)
        let exists = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
        return directoryPart + name + (exists && isDirectory.boolValue ? "/" : "")
      }
  }
}
