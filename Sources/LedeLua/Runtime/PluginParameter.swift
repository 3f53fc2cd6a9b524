/// A parameter a plugin declares: its type, default, allowed values and help.
package struct PluginParameter: Sendable, Equatable {
  /// The types a parameter can have.
  package enum Kind: String, Sendable, CaseIterable {
    case string, integer, number, boolean
  }

  package var name: String
  package var kind: Kind
  package var defaultValue: LuaValue
  package var choices: [LuaValue]
  package var help: String
  package var required: Bool

  /// Reads `KEY=VALUE`'s value as this parameter's type.
  package func parse(_ text: String) -> LuaValue? {
    switch kind {
    case .string: return .string(text)
    case .integer: return Int(text).map { .integer($0) }
    case .number: return Double(text).flatMap { $0.isFinite ? .number($0) : nil }
    case .boolean:
      switch text.lowercased() {
      case "true", "yes", "on", "1": return .boolean(true)
      case "false", "no", "off", "0": return .boolean(false)
      default: return nil
      }
    }
  }

  /// Whether a value has this parameter's type.
  func accepts(_ value: LuaValue) -> Bool {
    switch (kind, value) {
    case (.string, .string), (.integer, .integer), (.number, .integer), (.number, .number),
      (.boolean, .boolean):
      return true
    default: return false
    }
  }

  /// The type for messages: "an integer", "a string".
  var article: String { kind == .integer ? "an integer" : "a \(kind.rawValue)" }
}

/// A plugin that loaded and passed validation.
package struct PluginInfo: Sendable {
  package var name: String
  package var version: String
  package var description: String
  package var parameters: [PluginParameter]
  /// The other functions it shares with scripts (`lede.plugin(name).fn`).
  package var exports: [String]
  package var path: String
  /// Whether it declares `state`, `add` and `finish`, so its reports can be made per shard
  /// (`--partial`) and merged.
  package var isMergeable = false
}

/// A plugin or parameter problem: the message names the file, the field and what to do.
package struct PluginError: Error, Sendable, CustomStringConvertible {
  /// Whether the user's command line is at fault (exit 64) or the plugin (exit 70).
  package enum Kind: Sendable { case usage, plugin }
  package var kind: Kind
  package var message: String
  package var description: String { message }
}
