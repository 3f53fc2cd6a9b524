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
  /// A call: `:name(…)` (a method) or `.name(…)`, its arguments never evaluated: completion
  /// goes on from the declared result of the function.
  case call(String, method: Bool)
}

/// What completion knows of a value it did not evaluate: the declared result of a call.
enum DeclaredType: Equatable {
  /// A model object of this kind.
  case object(ObjectKind)
  /// A list of model objects of this kind.
  case list(ObjectKind)

  /// The type a declared result (`Article`, `list of Quote`, `Corpus`) names; nil for the
  /// rest (`table`, `any`).
  init?(result: String) {
    let kinds = Dictionary(uniqueKeysWithValues: ObjectKind.allCases.map { ($0.typeName, $0) })
    if let kind = kinds[result] {
      self = .object(kind)
    } else if result.hasPrefix("list of "), let kind = kinds[String(result.dropFirst(8))] {
      self = .list(kind)
    } else {
      return nil
    }
  }
}

extension ScriptRuntime {
  /// The names a live value offers after `.` (fields and methods) or `:` (methods only), for
  /// Tab completion; empty when the path leads nowhere.
  ///
  /// Tables are read raw, following `__index` tables but never calling `__index` functions,
  /// so completion runs no user code; the model's objects answer through their host `__index`,
  /// which has no side effects. Fields of model objects come from their declarations.
  ///
  /// After a call (`a:quotes()[1].`), nothing is evaluated: the rest of the path is followed
  /// through the declared results of the model's methods and `lede` functions.
  package func members(of path: [ShellPathStep], methodsOnly: Bool) -> [String] {
    guard !path.isEmpty else { return [] }
    let names = try? session.perform { stack throws(HostError) -> [String] in
      try stack.ensure(Int32(path.count) + 8)
      var dotted: [String] = []
      for (position, step) in path.enumerated() {
        if position == 0 {
          stack.pushGlobals()
        }
        if case .call(let name, let method) = step {
          let receiver = bridge.object(at: stack.top, on: stack, session: session)
          let callee =
            method
            ? receiver.map { "\($0.kind.typeName):\(name)" }
            : (dotted + [name]).joined(separator: ".")
          guard let callee, var type = declaredResult(of: callee) else { return [] }
          for rest in path[(position + 1)...] {
            guard let next = follow(type, by: rest) else { return [] }
            type = next
          }
          guard case .object(let kind) = type else { return [] }
          return declaredMembers(of: kind, methodsOnly: methodsOnly)
        }
        if case .name(let n) = step { dotted.append(n) }
        if case .field(let n) = step { dotted.append(n) }
        guard try index(stack, by: step) else { return [] }
      }
      return try memberNames(stack, methodsOnly: methodsOnly)
    }
    return Array(Set(names ?? [])).sorted()
  }

  /// The declared result type of the host function called `name` (`Article:quotes`).
  private func declaredResult(of name: String) -> DeclaredType? {
    session.library.function(named: name).flatMap { DeclaredType(result: $0.result) }
  }

  /// The type after one more step, from the declarations alone.
  private func follow(_ type: DeclaredType, by step: ShellPathStep) -> DeclaredType? {
    switch (type, step) {
    case (.list(let kind), .index): return .object(kind)
    case (.object(let kind), .index):
      // Indexable objects declare what `[i]` gives (corpus[i], tokens[i]).
      return declaredResult(of: "\(kind.typeName):__index").flatMap {
        $0 == .object(kind) ? nil : $0
      }
    case (.object(let kind), .call(let name, true)):
      return declaredResult(of: "\(kind.typeName):\(name)")
    default: return nil
    }
  }

  /// The fields (from `Kind:__index`'s declaration) and methods of a model kind.
  private func declaredMembers(of kind: ObjectKind, methodsOnly: Bool) -> [String] {
    var names: [String] = []
    if !methodsOnly {
      let help = session.library.function(named: "\(kind.typeName):__index")?.help ?? ""
      if help.hasPrefix("Fields:") {
        names += help.dropFirst("Fields:".count).split(separator: " ").map(String.init)
          .filter(Self.isName)
      }
    }
    for function in session.library.functions
    where function.name.hasPrefix(kind.typeName + ":") && !function.shortName.hasPrefix("__") {
      names.append(function.shortName)
    }
    return names
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
    case .name(let name), .field(let name), .call(let name, _): stack.push(name)
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
