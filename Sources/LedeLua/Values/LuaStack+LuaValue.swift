import CLua
import CLuaShim

extension LuaStack {
  /// A snapshot of the value at `index` (host mode: `__tostring` runs for opaque values).
  ///
  /// Tables nested deeper than `depth`, and tables met again inside themselves, become
  /// opaque values showing their address.
  package func value(at index: Int32, depth: Int = 32) -> LuaValue {
    var visiting: Set<UnsafeRawPointer> = []
    return snapshot(absolute(index), depth: depth, visiting: &visiting)
  }

  /// The values at `first`, `first + 1`, … `top`.
  package func values(from first: Int32) -> [LuaValue] {
    guard first <= top else { return [] }
    return (first...top).map { value(at: $0) }
  }

  private func snapshot(_ index: Int32, depth: Int, visiting: inout Set<UnsafeRawPointer>)
    -> LuaValue
  {
    switch type(at: index) {
    case LUA_TNONE, LUA_TNIL: return .nil
    case LUA_TBOOLEAN: return .boolean(boolean(at: index))
    case LUA_TNUMBER:
      if isInteger(at: index) { return .integer(integer(at: index) ?? 0) }
      return .number(number(at: index) ?? .nan)
    case LUA_TSTRING: return .string(string(at: index) ?? "")
    case LUA_TTABLE:
      guard depth > 0, let pointer = lua_topointer(L, index), !visiting.contains(pointer),
        lua_checkstack(L, 3) != 0
      else { return .opaque(type: "table", description: tostring(at: index)) }
      visiting.insert(pointer)
      defer { visiting.remove(pointer) }
      var entries: [LuaTable.Entry] = []
      lua_pushnil(L)
      // Raw traversal of a table nobody modifies meanwhile: lua_next cannot raise.
      while lua_next(L, index) != 0 {
        let key = snapshot(absolute(-2), depth: depth - 1, visiting: &visiting)
        let value = snapshot(absolute(-1), depth: depth - 1, visiting: &visiting)
        entries.append(LuaTable.Entry(key: key, value: value))
        pop()
      }
      return .table(LuaTable(entries: entries))
    default:
      return .opaque(type: typeName(at: index), description: tostring(at: index))
    }
  }

  /// Pushes a value (host mode); opaque values become nil.
  package func push(_ value: LuaValue) throws(HostError) {
    switch value {
    case .nil, .opaque: pushNil()
    case .boolean(let b): push(b)
    case .integer(let i): push(i)
    case .number(let d): push(d)
    case .string(let s): push(s)
    case .table(let table):
      try ensure(3)
      newTable(fieldCount: table.entries.count)
      for entry in table.entries where entry.key != .nil {
        try push(entry.key)
        try push(entry.value)
        if type(at: -2) == LUA_TNIL || (entry.key.isNaN) {
          pop(2)  // nil and NaN cannot be keys
        } else {
          lua_rawset(L, -3)
        }
      }
    }
  }
}

extension LuaValue {
  fileprivate var isNaN: Bool {
    if case .number(let d) = self { return d.isNaN }
    return false
  }
}
