import LedeLua

/// `.help`, generated from the declared host API (`HostLibrary`) and the command table, so it
/// cannot drift from what the session really has.
struct HelpText {
  /// One documented name: a function, a constant, or a method.
  struct Entry {
    var name: String
    var signature: String
    var help: String
  }

  let entries: [Entry]

  init(library: HostLibrary) {
    var entries =
      library.functions.map { Entry(name: $0.name, signature: $0.signature, help: $0.help) }
      + library.constants.map {
        Entry(name: $0.name, signature: "\($0.name): \($0.type)", help: $0.help)
      }
    // Written in Lua by the prelude rather than declared in Swift.
    entries += [
      Entry(
        name: "Corpus:articles", signature: "Corpus:articles() -> iterator",
        help: "The articles in order: for a in corpus:articles() do … end"),
      Entry(
        name: "lede.report", signature: "lede.report(spec) -> Report",
        help:
          "A report builder: lede.report{title = …, columns = {{\"name\", \"string\"}, …}}; r:add{…}"
      ),
    ]
    self.entries = entries.sorted { $0.name < $1.name }
  }

  /// The model's types (`Article`, `Sentence`…): every prefix of a `Type:name` declaration.
  var types: [String] {
    Set(entries.compactMap { e in e.name.firstIndex(of: ":").map { String(e.name[..<$0]) } })
      .sorted()
  }

  /// The namespaces (`lede`, `lede.json`…): every prefix of a dotted name.
  var namespaces: [String] {
    var found: Set<String> = []
    for entry in entries where !entry.name.contains(":") {
      let parts = entry.name.split(separator: ".")
      for n in stride(from: 1, to: parts.count, by: 1) {
        found.insert(parts[..<n].joined(separator: "."))
      }
    }
    return found.sorted()
  }

  /// Everything `.help TOPIC` knows, for completion.
  var topics: [String] {
    DotCommand.all.map { "." + $0.name } + ["corpus"] + types + namespaces
      + entries.filter { !$0.name.contains(":__") }.map(\.name)
  }

  /// The overview `.help` shows.
  var overview: String {
    var lines = [
      "Type Lua: an expression prints its value (the first result is kept in _); a chunk that is",
      "not finished continues on a ...> prompt. A line starting with a dot is a command:",
      "",
    ]
    let usages = DotCommand.all.map { ".\($0.name) \($0.usage)".trimmingSpaces }
    let column = (usages.map(\.count).max() ?? 0) + 2
    for (command, usage) in zip(DotCommand.all, usages) {
      lines.append("  " + usage.padding(to: column) + command.summary)
    }
    let globals = entries.filter { !$0.name.contains(".") && !$0.name.contains(":") }.map(\.name)
    lines += [
      "",
      "Lua API (.help NAME for more):",
      "  globals    " + (["corpus", "lede"] + globals).joined(separator: ", "),
      "  modules    " + namespaces.joined(separator: ", "),
      "  types      " + types.joined(separator: ", "),
      "",
      "Keys: Tab completes, Ctrl-R searches the history, Ctrl-C cancels, Ctrl-D quits.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Help on one topic, or nil when there is none.
  func text(for topic: String) -> String? {
    if topic.hasPrefix("."), let command = DotCommand.named(String(topic.dropFirst())) {
      return commandHelp(command)
    }
    if let entry = entries.first(where: { $0.name == topic }) {
      return "\(entry.signature)\n  \(entry.help)\n"
    }
    let typeName = topic == "corpus" ? "Corpus" : topic
    if let type = types.first(where: { $0.lowercased() == typeName.lowercased() }) {
      return typeHelp(type)
    }
    if namespaces.contains(topic) {
      let members = entries.filter { $0.name.hasPrefix(topic + ".") }
      return members.map { "\($0.signature)\n  \($0.help)" }.joined(separator: "\n") + "\n"
    }
    if let command = DotCommand.named(topic) { return commandHelp(command) }
    return nil
  }

  /// The closest topic to an unknown one.
  func suggestion(for topic: String) -> String? {
    Suggestion.closest(to: topic, among: topics)
  }

  private func commandHelp(_ command: DotCommand) -> String {
    ".\(command.name) \(command.usage)".trimmingSpaces + "\n  \(command.summary)\n"
  }

  private func typeHelp(_ type: String) -> String {
    var lines: [String] = []
    if let index = entries.first(where: { $0.name == "\(type):__index" }) {
      lines.append("\(type): \(index.help)")
    } else {
      lines.append(type)
    }
    let methods = entries.filter { $0.name.hasPrefix(type + ":") && !$0.name.contains(":__") }
    if !methods.isEmpty {
      lines.append("Methods:")
      for method in methods {
        lines.append("  \(method.signature)")
        lines.append("      \(method.help)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  /// Padded with spaces to `n` characters.
  func padding(to n: Int) -> String {
    count >= n ? self + " " : self + String(repeating: " ", count: n - count)
  }
}
