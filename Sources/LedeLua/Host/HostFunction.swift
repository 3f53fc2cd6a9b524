/// One host function, declared once: its name, parameters, result and one line of help.
///
/// The shell's `.help` and completion and the reference docs enumerate these declarations;
/// the session registers the same values, so the documentation cannot drift from the code.
package struct HostFunction: Sendable {
  /// The body: reads its arguments from `call`, pushes its results and returns how many.
  package typealias Body = @Sendable (HostCall) throws(HostError) -> Int

  /// The path from the globals, such as `lede.json.encode` or `print`.
  package let name: String
  /// The parameters as the reference shows them, such as `v [, options]`.
  package let params: String
  /// The result as the reference shows it, such as `string`.
  package let result: String
  /// One line of help.
  package let help: String
  /// What the function does.
  package let body: Body

  /// A declaration; see the properties for what each part means.
  package init(name: String, params: String, result: String, help: String, body: @escaping Body) {
    self.name = name
    self.params = params
    self.result = result
    self.help = help
    self.body = body
  }

  /// The name errors use, as `lauxlib` would: the last component (`encode`).
  package var shortName: String {
    String(
      name[
        (name.lastIndex(where: { $0 == "." || $0 == ":" }).map(name.index(after:))
          ?? name.startIndex)...])
  }

  /// Whether this is a method (`Type:method`), whose first argument is `self`.
  package var isMethod: Bool { name.contains(":") }

  /// The signature for help: `lede.json.encode(v [, options]) -> string`.
  package var signature: String {
    result.isEmpty ? "\(name)(\(params))" : "\(name)(\(params)) -> \(result)"
  }
}

/// A value the host library provides, declared with its type and help like a function.
package struct HostConstant: Sendable {
  /// The path from the globals, such as `lede.version`.
  package let name: String
  /// The type as the reference shows it.
  package let type: String
  /// One line of help.
  package let help: String
  /// Pushes the value (host mode).
  package let push: @Sendable (LuaStack) -> Void

  /// A declaration; see the properties for what each part means.
  package init(
    name: String, type: String, help: String, push: @escaping @Sendable (LuaStack) -> Void
  ) {
    self.name = name
    self.type = type
    self.help = help
    self.push = push
  }
}

/// A set of host declarations a session installs; libraries combine with `+`.
package struct HostLibrary: Sendable {
  /// The functions, in declaration order.
  package var functions: [HostFunction]
  /// The constants, in declaration order.
  package var constants: [HostConstant]

  /// A library of `functions` and `constants`.
  package init(functions: [HostFunction] = [], constants: [HostConstant] = []) {
    self.functions = functions
    self.constants = constants
  }

  /// Both libraries' declarations, `lhs` first.
  package static func + (lhs: HostLibrary, rhs: HostLibrary) -> HostLibrary {
    HostLibrary(functions: lhs.functions + rhs.functions, constants: lhs.constants + rhs.constants)
  }

  /// Every declared name, sorted: what completion offers.
  package var names: [String] {
    (functions.map(\.name) + constants.map(\.name)).sorted()
  }

  /// The declaration of a function, for `.help NAME`.
  package func function(named name: String) -> HostFunction? {
    functions.first { $0.name == name }
  }

  /// One line per declaration, sorted by name: `signature  help`.
  package var reference: [(signature: String, help: String)] {
    let entries =
      functions.map { (name: $0.name, signature: $0.signature, help: $0.help) }
      + constants.map { (name: $0.name, signature: "\($0.name): \($0.type)", help: $0.help) }
    return entries.sorted { $0.name < $1.name }.map { ($0.signature, $0.help) }
  }
}
