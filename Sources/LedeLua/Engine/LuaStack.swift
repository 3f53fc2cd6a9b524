import CLua
import CLuaShim

/// A Lua stack as Swift code in host mode sees it: inside a host function or a protected block.
///
/// In host mode the allocator never refuses, so the pushes here (API functions marked 'm') do
/// not raise; reads use raw access and never run metamethods, except `tostring(at:)`, which
/// runs `__tostring` under its own protected call. Outside host mode use only `top`, `type(at:)`
/// and the non-allocating reads.
///
/// `setTop` and `pop` (`lua_settop`, marked 'e' in 5.4) raise only when they drop a
/// to-be-closed slot, and such slots exist only where `lua_toclose` made them, which Lede
/// never calls: the host's stack regions hold none.
package struct LuaStack {
  /// The thread whose stack this is.
  package let L: OpaquePointer

  /// The stack of `L`.
  package init(_ L: OpaquePointer) { self.L = L }

  /// The index of the top value (the number of values).
  package var top: Int32 { lua_gettop(L) }

  /// Drops values above `index`, or fills with nil up to it.
  package func setTop(_ index: Int32) { lua_settop(L, index) }

  /// Drops the top `count` values.
  package func pop(_ count: Int32 = 1) { lede_pop(L, count) }

  /// A positive index for `index`, which stays valid as values are pushed.
  package func absolute(_ index: Int32) -> Int32 { lua_absindex(L, index) }

  /// Makes room for `count` more values, or fails as Lua would.
  package func ensure(_ count: Int32) throws(HostError) {
    guard lua_checkstack(L, count) != 0 else { throw .message("stack overflow") }
  }

  // MARK: Types

  package func type(at index: Int32) -> Int32 { lua_type(L, index) }

  /// Whether the argument is absent or nil.
  package func isNoneOrNil(_ index: Int32) -> Bool { lua_type(L, index) <= LUA_TNIL }

  /// The type name for messages, as `luaL_typeerror` gives it (`__name` for objects).
  package func typeName(at index: Int32) -> String {
    let type = lua_type(L, index)
    if type != LUA_TNONE, lua_checkstack(L, 1) != 0 {
      // Pushes nothing when there is no metatable or no such field.
      let field = luaL_getmetafield(L, index, "__name")
      if field != LUA_TNIL {
        defer { pop() }
        if field == LUA_TSTRING, let name = string(at: -1) { return name }
      }
    }
    if type == LUA_TLIGHTUSERDATA { return "light userdata" }
    return String(cString: lua_typename(L, type))
  }

  // MARK: Reads

  /// The bytes of a string value (not converting numbers), valid while the value is on the stack.
  package func bytes(at index: Int32) -> UnsafeRawBufferPointer? {
    guard lua_type(L, index) == LUA_TSTRING else { return nil }
    var length = 0
    guard let pointer = lua_tolstring(L, index, &length) else { return nil }
    return UnsafeRawBufferPointer(start: pointer, count: length)
  }

  /// A string value (not converting numbers); invalid UTF-8 becomes U+FFFD.
  package func string(at index: Int32) -> String? {
    bytes(at: index).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Whether the value is a number with integer subtype.
  package func isInteger(at index: Int32) -> Bool { lua_isinteger(L, index) != 0 }

  /// The value as an integer if it is a number (or numeric string) with an exact integer value.
  package func integer(at index: Int32) -> Int? {
    var ok: Int32 = 0
    let value = lua_tointegerx(L, index, &ok)
    return ok != 0 ? Int(value) : nil
  }

  /// The value as a number if it is a number or a numeric string.
  package func number(at index: Int32) -> Double? {
    var ok: Int32 = 0
    let value = lua_tonumberx(L, index, &ok)
    return ok != 0 ? value : nil
  }

  /// The value's truth, as Lua sees it.
  package func boolean(at index: Int32) -> Bool { lua_toboolean(L, index) != 0 }

  /// `tostring(value)`, with `__tostring` run in protected mode; a failing `__tostring` gives
  /// its error message in brackets rather than raising.
  package func tostring(at index: Int32) -> String {
    let index = absolute(index)
    let top = lua_gettop(L)
    defer { lua_settop(L, top) }
    let status = lede_tostring(L, index)
    let text = lua_gettop(L) > top ? string(at: -1) : nil
    if status == LUA_OK, let text { return text }
    return "(error in __tostring: \(text ?? "?"))"
  }

  // MARK: Pushes

  package func pushNil() { lua_pushnil(L) }
  /// Pushes a boolean.
  package func push(_ value: Bool) { lua_pushboolean(L, value ? 1 : 0) }
  /// Pushes an integer.
  package func push(_ value: Int) { lua_pushinteger(L, lua_Integer(value)) }
  /// Pushes a float.
  package func push(_ value: Double) { lua_pushnumber(L, value) }

  /// Pushes a string as UTF-8 (host mode).
  package func push(_ value: String) {
    var value = value
    value.withUTF8 { push(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// Pushes a string of arbitrary bytes (host mode).
  package func push(bytes: UnsafeRawBufferPointer) {
    lua_pushlstring(L, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count)
  }

  /// Pushes a string literal (host mode), without the `String` round trip of `push(_:)`.
  ///
  /// A literal is NUL-terminated and keeps its address, so `lua_pushstring` finds it in Lua's
  /// cache of C strings by address: no hash of its bytes and no search of the string table,
  /// which `lua_pushlstring` paid on each call (about 150 instructions a key of a result table).
  package func push(literal value: StaticString) {
    let text = UnsafeRawPointer(value.utf8Start).assumingMemoryBound(to: CChar.self)
    assert(value.withUTF8Buffer { !$0.contains(0) }, "a literal key holds a NUL byte")
    lua_pushstring(L, text)
  }

  /// `t[name] = value`, raw, for the table on top (host mode): the hot path of result tables.
  package func setField(literal name: StaticString, _ value: Double) {
    push(literal: name)
    lua_pushnumber(L, value)
    lua_rawset(L, -3)
  }

  /// Pushes a copy of the value at `index`.
  package func pushCopy(of index: Int32) { lua_pushvalue(L, index) }

  /// Pushes a new table sized for its contents (host mode).
  package func newTable(arrayCount: Int = 0, fieldCount: Int = 0) {
    lua_createtable(L, Int32(clamping: arrayCount), Int32(clamping: fieldCount))
  }

  /// The globals table.
  package func pushGlobals() {
    lua_rawgeti(L, lede_registryindex(), lua_Integer(LUA_RIDX_GLOBALS))
  }

  /// `t[name] = top`, raw; pops the value.
  package func setField(_ name: String, inTableAt table: Int32) {
    let table = absolute(table)
    push(name)
    lua_rotate(L, -2, 1)
    lua_rawset(L, table)
  }

  /// Pushes `t[name]`, raw; returns its type.
  @discardableResult
  package func getField(_ name: String, inTableAt table: Int32) -> Int32 {
    let table = absolute(table)
    push(name)
    return lua_rawget(L, table)
  }

  /// Pushes `t[name]` for a literal name, raw; returns its type.
  @discardableResult
  package func getField(literal name: StaticString, inTableAt table: Int32) -> Int32 {
    let table = absolute(table)
    push(literal: name)
    return lua_rawget(L, table)
  }

  /// `t[index] = top`, raw; pops the value.
  package func setIndex(_ index: Int, inTableAt table: Int32) {
    lua_rawseti(L, table, lua_Integer(index))
  }
}
