/// Checks the table a plugin file returned against the plugin contract (DESIGN.md §4).
package enum PluginValidator {
  static let knownKeys = [
    "name", "version", "description", "params", "run", "author", "license", "url", "state", "add",
    "finish", "shard",
  ]
  /// The functions of a mergeable plugin: declare the state, add an article, finish a report.
  static let mergeableKeys = ["state", "add", "finish"]
  static let parameterKeys = ["type", "default", "choices", "help", "required"]

  /// The plugin's description, or an error naming the file, the field and a fix.
  static func validate(_ value: LuaValue, path: String, expectedName: String) throws(PluginError)
    -> PluginInfo
  {
    func fail(_ message: String) -> PluginError {
      PluginError(kind: .plugin, message: "\(path): \(message)")
    }
    guard let table = value.tableValue else {
      throw fail(
        "a plugin must return a table (return { name = …, run = function(corpus, params) … end }), got \(value.typeName)"
      )
    }
    var exports: [String] = []
    for entry in table.entries {
      guard let key = entry.key.stringValue else {
        throw fail(
          "the plugin table has a non-string key \(entry.key); only named fields are allowed")
      }
      if knownKeys.contains(key) { continue }
      if entry.value.typeName == "function" {
        exports.append(key)
        continue
      }
      let hint =
        Suggestion.closest(to: key, among: knownKeys).map { " Did you mean '\($0)'?" } ?? ""
      throw fail(
        "unknown field '\(key)' (a \(entry.value.typeName)).\(hint) Only functions may be added besides \(knownKeys.joined(separator: ", "))."
      )
    }
    guard case .string(let name)? = table["name"] else {
      throw fail("field 'name' must be a string, got \(table["name"]?.typeName ?? "nil")")
    }
    guard
      name.utf8.allSatisfy({
        (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x5F
      }),
      !name.isEmpty
    else {
      throw fail("field 'name' is '\(name)': use lowercase letters, digits, - and _ only")
    }
    guard name == expectedName else {
      throw fail(
        "field 'name' is '\(name)' but the file is \(expectedName).lua: rename one so they match")
    }
    let version: String
    switch table["version"] {
    case .string(let v)?: version = v
    case .integer(let i)?: version = String(i)
    case .number(let d)?: version = String(d)
    case nil, .nil?: version = "0"
    case let other?: throw fail("field 'version' must be a string, got \(other.typeName)")
    }
    guard case .string(let description)? = table["description"] ?? .string("") else {
      throw fail(
        "field 'description' must be a string, got \(table["description"]?.typeName ?? "nil")")
    }
    let mergeable = mergeableKeys.filter { table[$0] != nil && table[$0] != .nil }
    for key in mergeable where table[key]?.typeName != "function" {
      throw fail("field '\(key)' must be a function, got \(table[key]?.typeName ?? "nil")")
    }
    if !mergeable.isEmpty && mergeable.count < mergeableKeys.count {
      let missing = mergeableKeys.filter { !mergeable.contains($0) }.joined(separator: ", ")
      throw fail(
        "a mergeable plugin needs state, add and finish; '\(missing)' is missing")
    }
    let isMergeable = mergeable.count == mergeableKeys.count
    if !isMergeable || table["run"] != nil {
      guard table["run"]?.typeName == "function" else {
        throw fail(
          "field 'run' must be a function(corpus, params), got \(table["run"]?.typeName ?? "nil") (or give state, add and finish)"
        )
      }
    }
    var parameters: [PluginParameter] = []
    if let params = table["params"], params != .nil {
      guard let spec = params.tableValue else {
        throw fail("field 'params' must be a table of parameters, got \(params.typeName)")
      }
      for entry in spec.entries {
        guard let pname = entry.key.stringValue, let p = entry.value.tableValue else {
          throw fail("params: each parameter must be name = { type = …, default = …, help = … }")
        }
        for key in p.entries.compactMap(\.key.stringValue) where !parameterKeys.contains(key) {
          let hint =
            Suggestion.closest(to: key, among: parameterKeys).map { " Did you mean '\($0)'?" } ?? ""
          throw fail("params.\(pname): unknown field '\(key)'.\(hint)")
        }
        let typeName = p["type"]?.stringValue ?? "string"
        guard let kind = PluginParameter.Kind(rawValue: typeName) else {
          let kinds = PluginParameter.Kind.allCases.map(\.rawValue).joined(separator: ", ")
          throw fail("params.\(pname).type is '\(typeName)'; expected one of \(kinds)")
        }
        let choices = p["choices"]?.tableValue?.sequence ?? []
        var parameter = PluginParameter(
          name: pname, kind: kind, defaultValue: p["default"] ?? .nil, choices: choices,
          help: p["help"]?.stringValue ?? "", required: p["required"] == .boolean(true))
        if parameter.defaultValue != .nil && !parameter.accepts(parameter.defaultValue) {
          throw fail(
            "params.\(pname).default must be \(parameter.article), got \(parameter.defaultValue.typeName)"
          )
        }
        if kind == .number, case .integer(let i) = parameter.defaultValue {
          parameter.defaultValue = .number(Double(i))
        }
        for choice in choices where !parameter.accepts(choice) {
          throw fail("params.\(pname).choices must all be \(parameter.article)s")
        }
        parameters.append(parameter)
      }
    }
    var info = PluginInfo(
      name: name, version: version, description: description,
      parameters: parameters.sorted { $0.name < $1.name }, exports: exports.sorted(), path: path)
    info.isMergeable = isMergeable
    return info
  }

  /// The parameters for a run: `KEY=VALUE` pairs checked against the declaration and defaults
  /// filled in. Errors are the user's (exit 64) and suggest the fix.
  package static func arguments(_ assignments: [String], for plugin: PluginInfo) throws(PluginError)
    -> [(String, LuaValue)]
  {
    var values: [String: LuaValue] = [:]
    func usage(_ message: String) -> PluginError { PluginError(kind: .usage, message: message) }
    for assignment in assignments {
      guard let eq = assignment.firstIndex(of: "="), eq != assignment.startIndex else {
        throw usage("--param expects KEY=VALUE, got '\(assignment)'")
      }
      let key = String(assignment[..<eq])
      let text = String(assignment[assignment.index(after: eq)...])
      guard let parameter = plugin.parameters.first(where: { $0.name == key }) else {
        let names = plugin.parameters.map(\.name)
        let hint = Suggestion.closest(to: key, among: names).map { " Did you mean '\($0)'?" } ?? ""
        let list = names.isEmpty ? "It takes none" : "It takes \(names.joined(separator: ", "))"
        throw usage(
          "unknown parameter '\(key)' for plugin '\(plugin.name)'.\(hint) \(list): "
            + "`lede plugins \(plugin.name)` describes them."
        )
      }
      guard let value = parameter.parse(text) else {
        throw usage(
          "parameter '\(key)' of plugin '\(plugin.name)' expects \(parameter.article), got '\(text)'"
        )
      }
      if !parameter.choices.isEmpty && !parameter.choices.contains(value) {
        let list = parameter.choices.map { $0.stringValue ?? $0.description }.joined(
          separator: ", ")
        throw usage(
          "parameter '\(key)' of plugin '\(plugin.name)' must be one of \(list); got '\(text)'")
      }
      values[key] = value
    }
    var result: [(String, LuaValue)] = []
    for parameter in plugin.parameters {
      if let value = values[parameter.name] {
        result.append((parameter.name, value))
      } else if parameter.required {
        throw usage("plugin '\(plugin.name)' needs --param \(parameter.name)=… (\(parameter.help))")
      } else if parameter.defaultValue != .nil {
        result.append((parameter.name, parameter.defaultValue))
      }
    }
    return result
  }
}
