extension PluginInfo {
  /// What `lede plugins NAME` and the shell's `.plugins NAME` print: the plugin, its
  /// parameters with types, defaults and choices, and the functions it shares.
  ///
  /// - Parameter usage: how parameters are given where the text is shown
  ///   (`--param KEY=VALUE`, or `.report NAME KEY=VALUE…`).
  package func helpText(usage: String) -> String {
    var text = "\(name) \(version): \(description)\n  \(path)\n"
    if parameters.isEmpty {
      text += "\nNo parameters.\n"
    } else {
      text += "\nParameters (\(usage)):\n"
      for p in parameters {
        var line = "  \(p.name)  \(p.kind.rawValue)"
        if p.required { line += ", required" }
        if p.defaultValue != .nil {
          line += ", default \(p.defaultValue.stringValue ?? p.defaultValue.description)"
        }
        if !p.choices.isEmpty {
          line +=
            ", one of \(p.choices.map { $0.stringValue ?? $0.description }.joined(separator: "|"))"
        }
        text += line + "\n"
        if !p.help.isEmpty { text += "      \(p.help)\n" }
      }
    }
    if !exports.isEmpty {
      text +=
        "\nFunctions for scripts (lede.plugin(\"\(name)\")…): \(exports.joined(separator: ", "))\n"
    }
    return text
  }
}
