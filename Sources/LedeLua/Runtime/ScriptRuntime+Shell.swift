import CLua
import CLuaShim
import LedeCore

/// What the interactive shell needs of a runtime that one run does not: evaluating line after
/// line in one state, results read for display, `_`, plugins read again, and a count of the
/// articles a chunk went through.
extension ScriptRuntime {
  /// Forgets the plugins loaded so far, so the next use reads their files again (`.reload`).
  package func reloadPlugins() {
    for loaded in loadedPlugins.values { session.release(loaded.table) }
    loadedPlugins = [:]
  }

  /// Evaluates a line as `lua.c` does: first as `return <line>`, then as a statement; a syntax
  /// error that ends at `<eof>` means the line is incomplete. The first result, unless nil,
  /// becomes the global `_`.
  package func evaluateForShell(
    _ line: String, chunkName: String = "stdin", limits: ShellValue.Limits = ShellValue.Limits()
  ) throws(LuaError) -> ShellEvaluation {
    let L = session.L
    let base = lua_gettop(L)
    defer { lua_settop(L, base) }
    forgetContext()
    let name = "=" + chunkName
    if session.load(Array("return \(line)".utf8), chunkName: name) != LUA_OK {
      lua_settop(L, base)
      let status = session.load(Array(line.utf8), chunkName: name)
      if status == LUA_ERRSYNTAX, let message = LuaStack(L).string(at: -1),
        message.hasSuffix("<eof>")
      {
        return .incomplete
      }
      guard status == LUA_OK else { throw session.error(status: status) }
    }
    return .values(
      try session.perform(arguments: 1) { stack throws(HostError) in
        try session.callWithTraceback(stack, arguments: 0, results: LUA_MULTRET)
        return shellResults(on: stack, limits: limits)
      })
  }

  /// The syntax error of a chunk that `evaluateForShell` found incomplete, for when the input
  /// ends before the chunk does.
  package func syntaxError(of source: String, chunkName: String = "stdin") -> LuaError {
    let L = session.L
    let base = lua_gettop(L)
    defer { lua_settop(L, base) }
    let status = session.load(Array(source.utf8), chunkName: "=" + chunkName)
    guard status != LUA_OK else {
      return LuaError(.syntax, message: "\(chunkName): incomplete chunk")
    }
    return session.error(status: status)
  }

  /// Runs a script file in the shell's state with `arguments` as its `...` and in the global
  /// `arg`; returns its results for display and keeps the first in `_`.
  package func runFileForShell(
    at path: String, arguments: [String], limits: ShellValue.Limits = ShellValue.Limits()
  ) throws(LuaError) -> [ShellValue] {
    var argTable = [LuaTable.Entry(key: .integer(0), value: .string(path))]
    for (i, a) in arguments.enumerated() {
      argTable.append(LuaTable.Entry(key: .integer(i + 1), value: .string(a)))
    }
    forgetContext()
    try session.setGlobal("arg", .table(LuaTable(entries: argTable)))
    let source = try LuaSession.readScript(at: path)
    return try session.execute(
      source, chunkName: "@" + path, arguments: arguments.map { .string($0) }
    ) { stack throws(HostError) in
      shellResults(on: stack, limits: limits)
    }
  }

  /// Each line starts afresh: no phase or article from the last one is stamped on its errors.
  private func forgetContext() {
    session.phase = nil
    session.article = nil
    bridge.current = -1
  }

  /// The results at 1...top, read for display; the first, unless nil, becomes `_`.
  private func shellResults(on stack: LuaStack, limits: ShellValue.Limits) -> [ShellValue] {
    let count = stack.top
    guard count >= 1 else { return [] }
    if !stack.isNoneOrNil(1) {
      stack.pushGlobals()
      stack.pushCopy(of: 1)
      stack.setField("_", inTableAt: -2)
      stack.pop()
    }
    var reader = ShellValueReader(stack: stack, runtime: self, limits: limits)
    return (1...count).map { reader.read($0) }
  }

  // MARK: Counting scanned articles

  /// Starts counting the articles commands read (`.timer on`): the model bridge counts each
  /// article once per command, whether Lua read it or a host function walked it for Lua.
  package func countScannedArticles() {
    bridge.startCounting()
  }

  /// The distinct articles read since the last call (0 unless `countScannedArticles` was
  /// called).
  package func takeScannedArticles() -> Int {
    bridge.takeCount()
  }
}
