import CLua
import CLuaShim
import Foundation

/// A line written by `lede.log` or `lede.warn`.
package struct LuaDiagnostic: Sendable, Equatable {
  /// `lede.log` or `lede.warn`.
  package enum Level: Sendable, Equatable { case log, warning }

  /// Which function wrote it.
  package var level: Level
  /// The arguments through `tostring`, tab-separated.
  package var text: String

  /// A diagnostic of `level` with `text`.
  package init(level: Level, text: String) {
    self.level = level
    self.text = text
  }
}

/// A check that `lede.fail` reported: the run must exit 1 with this message.
package struct CheckFailure: Sendable, Equatable {
  /// The message given to `lede.fail`.
  package var message: String
  /// Where `lede.fail` was called.
  package var location: SourceLocation?
}

/// One Lua state with Lede's libraries, limits and sandbox: one run of a script or plugin.
///
/// Make a fresh session for every run so that one plugin cannot change another's globals,
/// metatables or loaded modules. A session is used from one thread; `stopHandle` may be used
/// from any. Lua code runs under `lua_pcall` with a traceback handler, chunks load as text
/// only, and Swift calls only non-raising API functions outside protected host mode (see
/// `lede_shim.h`).
package final class LuaSession {
  /// The state's main thread, which owns it.
  let mainThread: OpaquePointer
  /// The thread the innermost running host function was called on: a host function called from
  /// a coroutine must push and call on the coroutine, not on the main thread. The outer ones
  /// wait in the frames of `dispatch` (an array here cost an append and a removal, with their
  /// exclusivity checks, on every call from Lua).
  private var activeThread: OpaquePointer?
  /// The thread the session works on now.
  var L: OpaquePointer { activeThread ?? mainThread }
  /// The limits the session enforces.
  package let limits: Limits
  /// The host functions and constants installed in the state.
  package let library: HostLibrary
  /// Stops the current (or next) run from any thread.
  package let stopHandle: LuaStopHandle
  /// Every function the state can call back, by dispatch index: the library's, then internal.
  private(set) var functions: [HostFunction]
  /// The bodies of `functions`, apart: the hot path of every call from Lua.
  private var bodies: [HostFunction.Body]
  /// The phase the host is in, stamped on errors (set by the plugin loader).
  package var phase: LuaPhase?
  /// The article being processed, stamped on errors: set directly, or answered by
  /// `articleSource`, which the model bridge installs so that hot paths only record an index.
  package var article: String? {
    get { explicitArticle ?? articleSource?() }
    set { explicitArticle = newValue }
  }
  private var explicitArticle: String?
  /// Names the article the bridge last handed to Lua, when asked (only when an error is made).
  package var articleSource: (() -> String?)?
  /// Where `print` writes; standard output by default.
  package var output: (String) -> Void = LuaSession.writeStandardOutput
  /// Where `lede.log` and `lede.warn` write; standard error by default.
  package var diagnostics: (LuaDiagnostic) -> Void = LuaSession.writeStandardError
  /// The checks `lede.fail` reported, even those a script caught with `pcall`: a run failed if
  /// it threw or this is not empty.
  package internal(set) var failures: [CheckFailure] = []
  var runDepth = 0

  /// A new state with the standard libraries, `library` and, with `limits.safe`, the sandbox.
  package init(limits: Limits = Limits(), library: HostLibrary = .standard) throws(LuaError) {
    let stopHandle = LuaStopHandle()
    guard
      let state = lede_newstate(
        { L, owner, index in LuaSession.dispatch(L, owner, index) }, stopHandle.flag)
    else { throw LuaError(.memory, message: "not enough memory for a Lua state") }
    self.mainThread = state
    self.limits = limits
    self.library = library
    self.stopHandle = stopHandle
    self.functions = library.functions
    self.bodies = library.functions.map(\.body)
    lede_set_owner(L, Unmanaged.passUnretained(self).toOpaque())
    lede_set_memory_limit(L, limits.memoryLimit.map { max($0, 0) } ?? 0)
    lede_set_interruptible(L, limits.interruptible ? 1 : 0)
    try install()
  }

  deinit {
    // Finalizers that run while the state closes find no host to call.
    lede_set_owner(mainThread, nil)
    lede_close(mainThread)
  }

  /// Bytes the state holds now.
  package var memoryInUse: Int { lede_memory_used(L) }

  /// Sets a global, such as `arg` for `lede run`.
  package func setGlobal(_ name: String, _ value: LuaValue) throws(LuaError) {
    try protected { stack throws(HostError) in
      stack.pushGlobals()
      try stack.push(value)
      stack.setField(name, inTableAt: -2)
    }
  }

  /// A snapshot of a global.
  package func global(_ name: String) throws(LuaError) -> LuaValue {
    try protected { stack in
      stack.pushGlobals()
      stack.getField(name, inTableAt: -1)
      return stack.value(at: -1)
    }
  }

  // MARK: Installing

  private func install() throws(LuaError) {
    guard lede_openlibs(L) == LUA_OK else { throw error(status: LUA_ERRMEM) }
    try protected { stack throws(HostError) in
      for (index, function) in library.functions.enumerated() where !function.isMethod {
        try stack.setPath(function.name) { lede_pushhost(stack.L, lua_Integer(index)) }
      }
      for constant in library.constants {
        try stack.setPath(constant.name) { constant.push(stack) }
      }
      // Each namespace goes into package.loaded: `require "lede"` works, and tracebacks name
      // host functions in full ("in function 'lede.json.decode'").
      let names = library.functions.map(\.name) + library.constants.map(\.name)
      let namespaces = Set(
        names.flatMap { name in
          let parts = name.split(separator: ".")
          return (1..<max(parts.count, 1)).map { parts[..<$0].joined(separator: ".") }
        })
      for namespace in namespaces.sorted() {
        try stack.loadNamespace(namespace)
      }
    }
    try Sandbox.install(in: self)
  }

  /// Adds a function the host pushes itself (not installed by name); returns its index.
  func addInternal(_ function: HostFunction) -> Int {
    functions.append(function)
    bodies.append(function.body)
    return functions.count - 1
  }

  // MARK: Dispatch

  private static func dispatch(
    _ L: OpaquePointer?, _ owner: UnsafeMutableRawPointer?, _ index: lua_Integer
  ) -> Int32 {
    guard let L, let owner else { return 0 }
    // The state's owner is alive while it runs (it closes the state in deinit), so the call
    // needs no retain of its own.
    return Unmanaged<LuaSession>.fromOpaque(owner)._withUnsafeGuaranteedRef {
      $0.dispatch(LuaStack(L), index: Int(index))
    }
  }

  private func dispatch(_ stack: LuaStack, index: Int) -> Int32 {
    guard bodies.indices.contains(index) else {
      return raise(.message("no host function #\(index)"), on: stack)
    }
    let outer = activeThread
    activeThread = stack.L
    defer { activeThread = outer }
    do {
      return Int32(
        clamping: try bodies[index](HostCall(session: self, stack: stack, functionIndex: index)))
    } catch {
      return raise(error, on: stack)
    }
  }

  /// Leaves the error value on top and returns the sentinel the trampoline raises it for.
  func raise(_ error: HostError, on stack: LuaStack) -> Int32 {
    if case .valueOnStack = error.payload { return LEDE_RAISE_VALUE }
    if lua_checkstack(stack.L, 2) == 0 { stack.setTop(0) }
    switch error.payload {
    case .valueOnStack:
      return LEDE_RAISE_VALUE
    case .message(let text):
      stack.push(text)
      return LEDE_RAISE_MESSAGE
    case .plain(let text):
      stack.push(text)
      return LEDE_RAISE_VALUE
    case .lua(let nested):
      if nested.kind == .failedCheck {
        stack.push(failures.last?.message ?? nested.message)
        lede_pushfailure(stack.L)
      } else {
        stack.push(nested.message)
      }
      return LEDE_RAISE_VALUE
    }
  }

  // MARK: Sinks

  static func writeStandardOutput(_ text: String) { print(text, terminator: "") }

  static func writeStandardError(_ diagnostic: LuaDiagnostic) {
    let line =
      diagnostic.level == .warning ? "warning: \(diagnostic.text)\n" : diagnostic.text + "\n"
    FileHandle.standardError.write(Data(line.utf8))
  }
}

extension LuaStack {
  /// `package.loaded[path] = globals.a.b` for the table at `path` (host mode).
  fileprivate func loadNamespace(_ path: String) throws(HostError) {
    try ensure(4)
    let base = top
    defer { setTop(base) }
    pushGlobals()
    for part in path.split(separator: ".") {
      guard getField(String(part), inTableAt: -1) == LUA_TTABLE else { return }
    }
    pushGlobals()
    guard getField("package", inTableAt: -1) == LUA_TTABLE,
      getField("loaded", inTableAt: -1) == LUA_TTABLE
    else { return }
    pushCopy(of: -4)
    setField(path, inTableAt: -2)
  }

  /// `globals.a.b.c = value`, creating the tables on the way (raw access; host mode).
  fileprivate func setPath(_ path: String, push: () -> Void) throws(HostError) {
    let parts = path.split(separator: ".").map(String.init)
    guard let last = parts.last else { return }
    try ensure(Int32(parts.count) + 3)
    let base = top
    defer { setTop(base) }
    pushGlobals()
    for part in parts.dropLast() {
      if getField(part, inTableAt: -1) != LUA_TTABLE {
        pop()
        newTable()
        pushCopy(of: -1)
        setField(part, inTableAt: -3)
      }
    }
    push()
    setField(last, inTableAt: -2)
  }
}
