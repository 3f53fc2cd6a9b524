import CLua
import CLuaShim

extension HostLibrary {
  /// Lede's release, as `lede.version` shows it.
  package static let ledeVersion = "0.1.0"

  /// What every session has: `print`, `lede.version`, `lede.log`, `lede.warn`, `lede.fail` and
  /// `lede.json`. The model bridge adds its own library to this one.
  package static let standard = core + json

  /// Output, diagnostics and checks.
  package static let core = HostLibrary(
    functions: [
      HostFunction(
        name: "print", params: "...", result: "",
        help: "Writes its arguments, as tostring shows them, tab-separated, to the output"
      ) { call throws(HostError) in
        call.session.output(try call.joinedArguments() + "\n")
        return 0
      },
      HostFunction(
        name: "lede.log", params: "...", result: "",
        help: "Writes its arguments to standard error, never into report output"
      ) { call throws(HostError) in
        call.session.diagnostics(LuaDiagnostic(level: .log, text: try call.joinedArguments()))
        return 0
      },
      HostFunction(
        name: "lede.warn", params: "...", result: "",
        help: "Writes a warning to standard error"
      ) { call throws(HostError) in
        call.session.diagnostics(LuaDiagnostic(level: .warning, text: try call.joinedArguments()))
        return 0
      },
      HostFunction(
        name: "lede.fail", params: "message", result: "",
        help: "Fails a check: stops the chunk, and the run exits 1 with the message"
      ) { call throws(HostError) in
        let message = try call.checkString(1)
        call.stack.setTop(0)
        call.stack.push(message)
        lede_pushfailure(call.stack.L)
        lede_failurefield(call.stack.L, -1, 2)
        let position = call.stack.string(at: -1) ?? ""
        call.stack.pop()
        call.session.failures.append(
          CheckFailure(message: message, location: SourceLocation.prefix(of: position[...])))
        throw .valueOnStack
      },
    ],
    constants: [
      HostConstant(name: "lede.version", type: "string", help: "Lede's version") { stack in
        stack.push(ledeVersion)
      }
    ])
}

extension HostCall {
  /// `tostring` of an argument; an error in its `__tostring` propagates.
  package func tostringArgument(_ argument: Int32) throws(HostError) -> String {
    let top = stack.top
    guard lede_tostring(stack.L, argument) == LUA_OK else {
      if stack.top == top { throw .message("cannot convert argument #\(argument) to a string") }
      throw .valueOnStack
    }
    defer { stack.setTop(top) }
    return stack.string(at: -1) ?? ""
  }

  /// Every argument through `tostring`, tab-separated, as `print` joins them.
  func joinedArguments() throws(HostError) -> String {
    guard argumentCount > 0 else { return "" }
    var parts: [String] = []
    for argument in 1...argumentCount { parts.append(try tostringArgument(argument)) }
    return parts.joined(separator: "\t")
  }
}
