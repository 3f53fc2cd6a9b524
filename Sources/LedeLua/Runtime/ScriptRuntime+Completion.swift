import CLua
import CLuaShim
import LedeCore

/// One step of a plain expression the shell may evaluate for completion: no calls, only
/// names, fields and indices (`corpus[1].sentences`).
package enum ShellPathStep: Sendable, Equatable {
  /// A global name (the first step).
  case name(String)
  /// `.field` or `["key"]`.
  case field(String)
  /// `[n]`.
  case index(Int)
}

extension ScriptRuntime {
  /// The names a live value offers after `.` (fields and methods) or `:` (methods only), for
  /// Tab completion; empty when the path leads nowhere.
  ///
  /// Tables are read raw, following `__index` tables but never calling `__index` functions,
  /// so completion runs no user code; the model's objects answer through their host `__index`,
  /// which has no side effects. Fields of model objects come from their declarations.
  package func members(of path: [ShellPathStep], methodsOnly: Bool) -> [String] {
    guard !path.isEmpty else { return [] }
    let names = try? session.perform { stack throws(HostError) -> [String] in
      try stack.ensure(Int32(path.count) + 8)
      for (position, step) in path.enumerated() {
        if position == 0 {
          stack.pushGlobals()
        }
        guard try index(stack, by: step) else { return [] }
      }
      return try memberNames(stack, methodsOnly: methodsOnly)
    }
    return Array(Set(names ?? [])).sorted()
  }

  /// The global names, for completing a bare word.
  package func globalNames() -> [String] {
    let names = try? session.perform { stack throws(HostError) -> [String] in
      stack.pushGlobals()
      return tableKeys(stack, at: stack.top, functionsOnly: false)
    }
    return (names ?? []).sorted()
  }

  /// Replaces the value on top with its `step`; false when that cannot be done without calls.
  private func index(_ stack: LuaStack, by step: ShellPathStep) throws(HostError) -> Bool {
    let object = stack.top
    let isModel = bridge.object(at: object, on: stack, session: session) != nil
    if isModel {
      guard luaL_getmetafield(stack.L, object, "__index") == LUA_TFUNCTION else { return false }
      stack.pushCopy(of: object)
      push(step, on: stack)
      try session.callWithTraceback(stack, arguments: 2, results: 1)
    } else {
      guard stack.type(at: object) == LUA_TTABLE else { return false }
      var table = object
      var hops = 0
      while true {
        push(step, on: stack)
        if lua_rawget(stack.L, table) != LUA_TNIL { break }
        stack.pop()
        // Follow an `__index` table (a class); never call a function.
        hops += 1
        guard hops < 8, luaL_getmetafield(stack.L, table, "__index") != LUA_TNIL else {
          return false
        }
        guard stack.type(at: -1) == LUA_TTABLE else { return false }
        table = stack.top
      }
    }
    lua_copy(stack.L, -1, object)
    stack.setTop(object)
    return true
  }

  private func push(_ step: ShellPathStep, on stack: LuaStack) {
    switch step {
    case .name(let name), .field(let name): stack.push(name)
    case .index(let i): stack.push(i)
    }
  }

  /// The member names of the value on top.
  private func memberNames(_ stack: LuaStack, methodsOnly: Bool) throws(HostError) -> [String] {
    let value = stack.top
    if let ref = bridge.object(at: value, on: stack, session: session) {
      var names: [String] = []
      if !methodsOnly {
        let help = session.library.function(named: "\(ref.kind.typeName):__index")?.help ?? ""
        if help.hasPrefix("Fields:") {
          names += help.dropFirst("Fields:".count).split(separator: " ").map(String.init)
        }
      }
      session.push(bridge.methods[Int(ref.kind.rawValue)], on: stack)
      return names + tableKeys(stack, at: stack.top, functionsOnly: false)
    }
    var names: [String] = []
    var table = value
    if stack.type(at: value) == LUA_TSTRING {
      // Strings index the string library.
      guard methodsOnly, luaL_getmetafield(stack.L, value, "__index") == LUA_TTABLE else {
        return []
      }
      table = stack.top
    }
    var hops = 0
    while stack.type(at: table) == LUA_TTABLE && hops < 8 {
      names += tableKeys(stack, at: table, functionsOnly: methodsOnly)
      hops += 1
      guard luaL_getmetafield(stack.L, table, "__index") != LUA_TNIL else { break }
      table = stack.top
    }
    return names
  }

  /// The keys of the table at `index` that are names (`[A-Za-z_][A-Za-z0-9_]*`).
  private func tableKeys(_ stack: LuaStack, at index: Int32, functionsOnly: Bool) -> [String] {
    var names: [String] = []
    guard lua_checkstack(stack.L, 3) != 0 else { return names }
    lua_pushnil(stack.L)
    while lua_next(stack.L, index) != 0 {
      if stack.type(at: -2) == LUA_TSTRING, let key = stack.string(at: -2), Self.isName(key),
        !functionsOnly || stack.type(at: -1) == LUA_TFUNCTION
      {
        names.append(key)
      }
      stack.pop()
    }
    return names
  }

  static func isName(_ s: String) -> Bool {
    guard let first = s.utf8.first, !(0x30...0x39).contains(first) else { return false }
    return s.utf8.allSatisfy {
      $0 == 0x5F || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0)
        || (0x61...0x7A).contains($0)
    }
  }
}
