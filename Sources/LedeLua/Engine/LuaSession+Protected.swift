import CLua
import CLuaShim

/// The Swift body of a protected block, reachable from C through an unretained pointer.
private final class ProtectedBody {
  let run: (LuaStack) -> Int32

  init(_ run: @escaping (LuaStack) -> Int32) { self.run = run }
}

extension LuaSession {
  /// Runs `body` in protected host mode: the way Swift does setup and conversions that push
  /// or allocate outside a host function. The top `arguments` values move into the block as
  /// its stack 1...n; whatever the block pushes is dropped.
  func protected<T>(arguments: Int32 = 0, _ body: (LuaStack) throws(HostError) -> T)
    throws(LuaError) -> T
  {
    let base = lua_gettop(L) - arguments
    defer { lua_settop(L, base) }
    var outcome: Result<T, HostError>?
    let status = withoutActuallyEscaping(body) { body in
      let box = ProtectedBody { stack in
        do throws(HostError) {
          outcome = .success(try body(stack))
          return 0
        } catch {
          outcome = .failure(error)
          // Only a value on the stack must travel as a Lua error; the rest is Swift's.
          if case .valueOnStack = error.payload { return LEDE_RAISE_VALUE }
          return 0
        }
      }
      return withExtendedLifetime(box) {
        lede_cpcall(
          L,
          { L, context in
            guard let L, let context else { return 0 }
            return Unmanaged<ProtectedBody>.fromOpaque(context).takeUnretainedValue()
              .run(LuaStack(L))
          }, Unmanaged.passUnretained(box).toOpaque(), arguments, 0)
      }
    }
    if status != LUA_OK {
      if lua_gettop(L) > base { throw error(status: status) }
      throw LuaError(.memory, message: "not enough memory", phase: phase, article: article)
    }
    switch outcome {
    case .success(let value)?:
      return value
    case .failure(let failure)?:
      switch failure.payload {
      case .message(let text):
        throw LuaError(.runtime, message: text, phase: phase, article: article)
      case .lua(let nested): throw nested
      case .plain(let text):
        throw LuaError(.runtime, message: text, phase: phase, article: article)
      case .valueOnStack:
        throw LuaError(.runtime, message: "unknown error", phase: phase, article: article)
      }
    case nil:
      throw LuaError(
        .runtime, message: "protected block did not run", phase: phase, article: article)
    }
  }

  /// The error value on top as a `LuaError`, classified by the stop reason, the status and
  /// the value (a failed check). Uses only non-allocating reads, or a protected `tostring`.
  func error(status: Int32) -> LuaError {
    let stack = LuaStack(L)
    var kind: LuaError.Kind
    var text: String
    var location: SourceLocation?
    if lede_isfailure(L, -1) != 0 {
      kind = .failedCheck
      let message = failureField(1)
      let position = failureField(2)
      location = SourceLocation.prefix(of: position[...])
      text = position + message  // luaL_where ends in ": "
    } else {
      switch status {
      case LUA_ERRSYNTAX: kind = .syntax
      case LUA_ERRMEM: kind = .memory
      default: kind = .runtime
      }
      text = stack.string(at: -1) ?? stack.tostring(at: -1)
    }
    switch lede_stop_reason_of(L) {
    case LEDE_STOP_TIMEOUT: kind = .timeout
    case LEDE_STOP_INTERRUPT: kind = .interrupted
    default: break
    }
    var traceback: String?
    if let range = text.range(of: "\nstack traceback:\n") {
      traceback = Self.trim(traceback: String(text[text.index(after: range.lowerBound)...]))
      text = String(text[..<range.lowerBound])
    }
    if kind == .memory, let limit = limits.memoryLimit, text == "not enough memory" {
      text += " (the limit is \(Self.megabytes(limit)))"
    }
    return LuaError(
      kind, message: text, traceback: traceback, location: location, phase: phase,
      article: article)
  }

  private func failureField(_ field: Int32) -> String {
    guard lua_checkstack(L, 1) != 0 else { return "" }
    lede_failurefield(L, -1, field)
    defer { lede_pop(L, 1) }
    return LuaStack(L).string(at: -1) ?? ""
  }

  /// Drops the frame of the C function that called in (`[C]: in ?`), which means nothing to
  /// a script's author.
  static func trim(traceback: String) -> String {
    var lines = traceback.split(separator: "\n", omittingEmptySubsequences: false)
    while let last = lines.last, last.trimmingPrefix("\t") == "[C]: in ?" { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  static func megabytes(_ bytes: Int) -> String {
    bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes) bytes"
  }
}
