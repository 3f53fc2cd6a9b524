import CLua
import CLuaShim
import Foundation

extension LuaSession {
  /// What a line typed in the shell amounts to.
  package enum Evaluation: Sendable, Equatable {
    /// The line ran; these are its results (for `return`-style lines, the values to show).
    case values([LuaValue])
    /// The line is the start of a longer chunk: read more and evaluate the whole.
    case incomplete
  }

  /// Runs a chunk of Lua text, with `arguments` as its `...`; `name` is how errors and
  /// tracebacks call it.
  @discardableResult
  package func run(_ source: String, name: String = "chunk", arguments: [LuaValue] = [])
    throws(LuaError) -> [LuaValue]
  {
    try execute(Array(source.utf8), chunkName: "=" + name, arguments: arguments) { stack in
      stack.values(from: 1)
    }
  }

  /// Runs a script file, with `arguments` as its `...`; errors name it by `path` as given.
  @discardableResult
  package func runFile(at path: String, arguments: [LuaValue] = []) throws(LuaError)
    -> [LuaValue]
  {
    let source = try Self.readScript(at: path)
    return try execute(source, chunkName: "@" + path, arguments: arguments) { stack in
      stack.values(from: 1)
    }
  }

  /// Evaluates a line as `lua.c` does: first as `return <line>`, then as a statement. A syntax
  /// error that ends at `<eof>` means the line is incomplete.
  package func evaluate(_ line: String, chunkName: String = "stdin") throws(LuaError)
    -> Evaluation
  {
    let base = lua_gettop(L)
    defer { lua_settop(L, base) }
    let name = "=" + chunkName
    if load(Array("return \(line)".utf8), chunkName: name) != LUA_OK {
      lua_settop(L, base)
      let status = load(Array(line.utf8), chunkName: name)
      if status == LUA_ERRSYNTAX, let message = LuaStack(L).string(at: -1),
        message.hasSuffix("<eof>")
      {
        return .incomplete
      }
      guard status == LUA_OK else { throw error(status: status) }
    }
    return .values(
      try perform(arguments: 1) { stack throws(HostError) in
        try callWithTraceback(stack, arguments: 0, results: LUA_MULTRET)
        return stack.values(from: 1)
      })
  }

  /// Loads a chunk and runs it with `arguments`, then converts its results, which `results`
  /// sees as its stack 1...n, in the same protected block.
  func execute<T>(
    _ source: [UInt8], chunkName: String, arguments: [LuaValue] = [],
    results: (LuaStack) throws(HostError) -> T
  ) throws(LuaError) -> T {
    let base = lua_gettop(L)
    defer { lua_settop(L, base) }
    do throws(LuaError) {
      let status = load(source, chunkName: chunkName)
      guard status == LUA_OK else { throw error(status: status) }
      return try perform(arguments: 1) { stack throws(HostError) in
        try stack.ensure(Int32(clamping: arguments.count) + 1)
        for argument in arguments { try stack.push(argument) }
        try callWithTraceback(stack, arguments: Int32(arguments.count), results: LUA_MULTRET)
        return try results(stack)
      }
    } catch {
      throw Self.restoringLongName(chunkName, in: error)
    }
  }

  /// Lua shows at most 59 bytes of a chunk name (`...` and the tail of a long path); messages
  /// about the chunk being run get the whole path back.
  static func restoringLongName(_ chunkName: String, in error: LuaError) -> LuaError {
    guard chunkName.hasPrefix("@"), chunkName.utf8.count > 60 else { return error }
    let path = String(chunkName.dropFirst())
    let shown = "..." + String(decoding: path.utf8.suffix(56), as: UTF8.self)
    var error = error
    error.message = error.message.replacingOccurrences(of: shown, with: path)
    error.traceback = error.traceback?.replacingOccurrences(of: shown, with: path)
    if error.location?.chunk == shown { error.location?.chunk = path }
    return error
  }

  /// Loads a text chunk; pushes the function or the error message and returns the status.
  func load(_ source: [UInt8], chunkName: String) -> Int32 {
    guard lua_checkstack(L, 2) != 0 else { return LUA_ERRMEM }
    return source.withUnsafeBytes { buffer in
      lede_load(
        L, buffer.baseAddress?.assumingMemoryBound(to: CChar.self), buffer.count, chunkName)
    }
  }

  /// One run: `body` in protected host mode, with the timeout running and the stop request
  /// taken up at the end. Nested runs (a host function running a chunk) share the outer
  /// run's clock.
  package func perform<T>(arguments: Int32 = 0, _ body: (LuaStack) throws(HostError) -> T)
    throws(LuaError) -> T
  {
    if runDepth == 0 { lede_set_timeout(L, limits.timeoutSeconds ?? 0) }
    runDepth += 1
    do throws(LuaError) {
      let value = try protected(arguments: arguments, body)
      // A stopped run never ends well, even when the error was caught where the hook could
      // not raise it again (a `__tostring` the host ran in protected mode).
      if runDepth == 1, let stopped = stoppedError() { throw stopped }
      endRun(nil)
      return value
    } catch {
      endRun(error)
      throw error
    }
  }

  /// Calls the function below the top `arguments` values under the message handler; a Lua
  /// error becomes a classified `LuaError` (with traceback, phase and article).
  package func callWithTraceback(_ stack: LuaStack, arguments: Int32, results: Int32)
    throws(HostError)
  {
    let status = lede_pcall(stack.L, arguments, results, 1)
    guard status == LUA_OK else { throw .lua(error(status: status)) }
  }

  /// The error of a run that was stopped (timeout or interrupt), if it was.
  private func stoppedError() -> LuaError? {
    switch lede_stop_reason_of(L) {
    case LEDE_STOP_TIMEOUT:
      let seconds = limits.timeoutSeconds ?? 0
      let text = seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)"
      return LuaError(
        .timeout, message: "timeout after \(text) s", phase: phase, article: article)
    case LEDE_STOP_INTERRUPT:
      return LuaError(.interrupted, message: "interrupted!", phase: phase, article: article)
    default:
      return nil
    }
  }

  private func endRun(_ error: LuaError?) {
    runDepth -= 1
    guard runDepth == 0 else { return }
    if error?.kind == .interrupted {
      // The request is taken up: the next run starts afresh.
      stopHandle.reset()
      if limits.interruptible { LuaInterrupt.clear() }
    }
    lede_reset_stop(L)
    if error?.kind == .memory { lede_collect(L) }
  }

  /// A script's bytes, as `luaL_loadfile` reads them: without a BOM, and with a first line
  /// starting with `#` (a shebang) emptied so that line numbers stay right.
  static func readScript(at path: String) throws(LuaError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw LuaError(.io, message: "cannot open \(path): No such file or directory")
    }
    guard !isDirectory.boolValue else {
      throw LuaError(.io, message: "cannot read \(path): Is a directory")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LuaError(.io, message: "cannot open \(path): Permission denied")
    }
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.first == UInt8(ascii: "#") {
      bytes.removeSubrange(0..<(bytes.firstIndex(of: 0x0A) ?? bytes.count))
    }
    return bytes
  }
}
