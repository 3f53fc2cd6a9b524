import CLua
import CLuaShim
import LedeCore
import LedeReport

/// Reads live values into `ShellValue`s, in host mode, within the limits.
struct ShellValueReader {
  let stack: LuaStack
  let runtime: ScriptRuntime
  let limits: ShellValue.Limits
  private var budget: Int
  private var visiting: Set<UnsafeRawPointer> = []

  init(stack: LuaStack, runtime: ScriptRuntime, limits: ShellValue.Limits) {
    self.stack = stack
    self.runtime = runtime
    self.limits = limits
    self.budget = limits.budget
  }

  /// The value at `index`.
  mutating func read(_ index: Int32) -> ShellValue {
    read(stack.absolute(index), depth: limits.depth)
  }

  private mutating func read(_ index: Int32, depth: Int) -> ShellValue {
    budget -= 1
    switch stack.type(at: index) {
    case LUA_TNONE, LUA_TNIL: return .nil
    case LUA_TBOOLEAN: return .boolean(stack.boolean(at: index))
    case LUA_TNUMBER:
      if stack.isInteger(at: index) { return .integer(stack.integer(at: index) ?? 0) }
      return .number(stack.number(at: index) ?? .nan)
    case LUA_TSTRING: return .string(stack.string(at: index) ?? "")
    case LUA_TUSERDATA:
      return object(at: index)
        ?? .other(type: stack.typeName(at: index), description: stack.tostring(at: index))
    case LUA_TTABLE: return table(at: index, depth: depth)
    default:
      return .other(type: stack.typeName(at: index), description: stack.tostring(at: index))
    }
  }

  private func object(at index: Int32) -> ShellValue? {
    let bridge = runtime.bridge
    guard let ref = bridge.object(at: index, on: stack, session: runtime.session) else {
      return nil
    }
    switch ref.kind {
    case .corpus:
      let view = bridge.views[Int(ref.index)]
      let shown = view.prefix(limits.items).map { bridge.store[Int($0)] }
      return .corpus(articles: Array(shown), total: view.count)
    case .article:
      return .object(
        type: ref.kind.typeName, description: bridge.describe(ref), article: bridge.article(ref))
    default:
      return .object(type: ref.kind.typeName, description: bridge.describe(ref), article: nil)
    }
  }

  private mutating func table(at index: Int32, depth: Int) -> ShellValue {
    if let report = report(at: index) { return .report(report) }
    if hasMetafield("__tostring", at: index) {
      return .other(type: stack.typeName(at: index), description: stack.tostring(at: index))
    }
    guard let pointer = lua_topointer(stack.L, index) else { return .deep }
    if visiting.contains(pointer) { return .cycle }
    guard depth > 0, lua_checkstack(stack.L, 4) != 0 else { return .deep }
    visiting.insert(pointer)
    defer { visiting.remove(pointer) }

    // One raw pass counts the entries and collects the keys outside the sequence 1...n.
    let length = Int(lua_rawlen(stack.L, index))
    var total = 0
    var keys: [ShellKey] = []
    var unsortable: [ShellEntry] = []
    lua_pushnil(stack.L)
    while lua_next(stack.L, index) != 0 {
      total += 1
      if stack.isInteger(at: -2), let i = stack.integer(at: -2), i >= 1, i <= length {
        stack.pop()
        continue
      }
      if let key = ShellKey(stack, at: -2) {
        keys.append(key)
      } else if unsortable.count < limits.items && budget > 0 {
        let key = read(stack.absolute(-2), depth: 0)
        let value = read(stack.absolute(-1), depth: depth - 1)
        unsortable.append(ShellEntry(key: key, value: value))
      }
      stack.pop()
    }

    var entries: [ShellEntry] = []
    var i = 1
    while i <= length && entries.count < limits.items && budget > 0 {
      if lua_rawgeti(stack.L, index, lua_Integer(i)) != LUA_TNIL {
        entries.append(
          ShellEntry(key: .integer(i), value: read(stack.absolute(-1), depth: depth - 1)))
      }
      stack.pop()
      i += 1
    }
    for key in keys.sorted() {
      guard entries.count < limits.items && budget > 0 else { break }
      key.push(on: stack)
      lua_rawget(stack.L, index)
      entries.append(ShellEntry(key: key.value, value: read(stack.absolute(-1), depth: depth - 1)))
      stack.pop()
    }
    for entry in unsortable where entries.count < limits.items {
      entries.append(entry)
    }
    return .table(entries: entries, total: total)
  }

  /// A report made by `lede.report`, typed; nil for other tables or a report that is not valid.
  private func report(at index: Int32) -> LedeReport.Report? {
    guard lua_checkstack(stack.L, 2) != 0 else { return nil }
    let isReport = stack.getField("__lede_report", inTableAt: index) == LUA_TBOOLEAN
    stack.pop()
    guard isReport else { return nil }
    return try? runtime.report(from: stack.value(at: index))
  }

  private func hasMetafield(_ name: String, at index: Int32) -> Bool {
    guard lua_checkstack(stack.L, 2) != 0 else { return false }
    let type = luaL_getmetafield(stack.L, index, name)
    if type != LUA_TNIL { stack.pop() }
    return type != LUA_TNIL
  }
}

/// A table key the shell can sort and push again: a number, a string or a boolean.
private struct ShellKey: Comparable {
  var value: ShellValue
  private var rank: Int
  private var number: Double
  private var integer: Int
  private var text: String

  init?(_ stack: LuaStack, at index: Int32) {
    switch stack.type(at: index) {
    case LUA_TNUMBER where stack.isInteger(at: index):
      let i = stack.integer(at: index) ?? 0
      (value, rank, number, integer, text) = (.integer(i), 0, Double(i), i, "")
    case LUA_TNUMBER:
      let d = stack.number(at: index) ?? 0
      (value, rank, number, integer, text) = (.number(d), 1, d, 0, "")
    case LUA_TSTRING:
      let s = stack.string(at: index) ?? ""
      (value, rank, number, integer, text) = (.string(s), 2, 0, 0, s)
    case LUA_TBOOLEAN:
      let b = stack.boolean(at: index)
      (value, rank, number, integer, text) = (.boolean(b), 3, b ? 1 : 0, 0, "")
    default:
      return nil
    }
  }

  func push(on stack: LuaStack) {
    switch value {
    case .integer(let i): stack.push(i)
    case .number(let d): stack.push(d)
    case .string(let s): stack.push(s)
    case .boolean(let b): stack.push(b)
    default: stack.pushNil()
    }
  }

  static func < (a: ShellKey, b: ShellKey) -> Bool {
    if a.rank != b.rank { return a.rank < b.rank }
    if a.rank == 0 { return a.integer < b.integer }
    if a.number != b.number { return a.number < b.number }
    return a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
  }

  static func == (a: ShellKey, b: ShellKey) -> Bool { !(a < b) && !(b < a) }
}
