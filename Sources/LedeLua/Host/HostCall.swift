import CLua
import CLuaShim

/// One call of a host function: its arguments, the stack for results, and the session.
///
/// The checks produce `lauxlib`'s wording (`bad argument #2 to 'toward' (string expected, got
/// nil)`) without calling the raising `luaL_check*` functions from Swift.
package struct HostCall {
  /// The session the call runs in. Unowned: the session outlives every call it dispatches,
  /// and a strong reference would cost a retain and a release on each call from Lua.
  package unowned(unsafe) let session: LuaSession
  /// The stack, in host mode.
  package let stack: LuaStack
  /// Index of the function being called in the session's dispatch table.
  let functionIndex: Int
  /// The function being called, for messages (looked up only when needed: copying the
  /// declaration on every call would cost more than many host functions do).
  package var function: HostFunction { session.functions[functionIndex] }
  /// How many arguments the call received.
  package let argumentCount: Int32

  init(session: LuaSession, stack: LuaStack, functionIndex: Int) {
    self.session = session
    self.stack = stack
    self.functionIndex = functionIndex
    self.argumentCount = stack.top
  }

  // MARK: Errors

  /// `bad argument #n to 'name' (message)`; for methods, argument 1 is `self`.
  package func argumentError(_ argument: Int32, _ message: String) -> HostError {
    if function.isMethod {
      if argument == 1 {
        return .message("calling '\(function.shortName)' on bad self (\(message))")
      }
      return .message("bad argument #\(argument - 1) to '\(function.shortName)' (\(message))")
    }
    return .message("bad argument #\(argument) to '\(function.shortName)' (\(message))")
  }

  /// `bad argument #n to 'name' (expected expected, got type)`.
  package func typeError(_ argument: Int32, expected: String) -> HostError {
    argumentError(argument, "\(expected) expected, got \(stack.typeName(at: argument))")
  }

  // MARK: Arguments

  /// Any value, even nil, but present.
  package func checkAny(_ argument: Int32) throws(HostError) {
    if stack.type(at: argument) == LUA_TNONE { throw argumentError(argument, "value expected") }
  }

  /// A string; numbers are converted, as `luaL_checkstring` does.
  package func checkString(_ argument: Int32) throws(HostError) -> String {
    switch stack.type(at: argument) {
    case LUA_TSTRING: return stack.string(at: argument) ?? ""
    case LUA_TNUMBER: return numberText(argument)
    default: throw typeError(argument, expected: "string")
    }
  }

  /// A string, or `nil` when the argument is absent or nil.
  package func optionalString(_ argument: Int32) throws(HostError) -> String? {
    stack.isNoneOrNil(argument) ? nil : try checkString(argument)
  }

  /// An integer: an integer, a float with an exact integer value, or a numeric string.
  package func checkInteger(_ argument: Int32) throws(HostError) -> Int {
    if let value = stack.integer(at: argument) { return value }
    if stack.number(at: argument) != nil {
      throw argumentError(argument, "number has no integer representation")
    }
    throw typeError(argument, expected: "number")
  }

  /// An integer, or `default` when the argument is absent or nil.
  package func optionalInteger(_ argument: Int32, default value: Int) throws(HostError) -> Int {
    stack.isNoneOrNil(argument) ? value : try checkInteger(argument)
  }

  /// A number, or a numeric string.
  package func checkNumber(_ argument: Int32) throws(HostError) -> Double {
    guard let value = stack.number(at: argument) else {
      throw typeError(argument, expected: "number")
    }
    return value
  }

  /// A table.
  package func checkTable(_ argument: Int32) throws(HostError) {
    if stack.type(at: argument) != LUA_TTABLE { throw typeError(argument, expected: "table") }
  }

  /// Whether a table was passed; nil and absence are allowed.
  package func optionalTable(_ argument: Int32) throws(HostError) -> Bool {
    if stack.isNoneOrNil(argument) { return false }
    try checkTable(argument)
    return true
  }

  // MARK: Stopping

  /// Throws if the run must stop (timeout, Ctrl-C); long host loops call this as they go.
  package func checkStop() throws(HostError) {
    if lede_poll_stop(stack.L) != LEDE_STOP_NONE { throw .valueOnStack }
  }

  // MARK: Calling back into Lua

  /// Calls the function below the top `arguments` values, as `lua_call` would, leaving
  /// `results` values (`LUA_MULTRET`: all). The Lua code runs under the memory limit and the
  /// stop hook. On error the error value is left on top and this throws `.valueOnStack`, so
  /// the error (a timeout, a failed check) travels on unchanged when rethrown.
  package func callLua(arguments: Int32, results: Int32) throws(HostError) {
    if lede_pcall(stack.L, arguments, results, 0) != LUA_OK { throw .valueOnStack }
  }

  // MARK: Helpers

  /// Lua's own text for a number (`1`, `1.5`, `1e+20`, `1.0`), converting a copy.
  private func numberText(_ argument: Int32) -> String {
    guard lua_checkstack(stack.L, 1) != 0 else { return "" }
    stack.pushCopy(of: argument)
    defer { stack.pop() }
    var length = 0
    guard let pointer = lua_tolstring(stack.L, -1, &length) else { return "" }
    return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
  }
}
