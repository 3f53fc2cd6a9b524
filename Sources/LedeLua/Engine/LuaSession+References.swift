import CLua
import CLuaShim

/// A value kept alive in a session's registry, such as the table a plugin returned.
package struct LuaReference: Sendable, Hashable {
  let id: Int32
}

extension LuaSession {
  /// Keeps the value at `index` in the registry (host mode); nil cannot be kept.
  package func makeReference(to index: Int32, on stack: LuaStack) -> LuaReference? {
    guard !stack.isNoneOrNil(index), lua_checkstack(stack.L, 1) != 0 else { return nil }
    stack.pushCopy(of: index)
    return LuaReference(id: luaL_ref(stack.L, lede_registryindex()))
  }

  /// Pushes a kept value.
  package func push(_ reference: LuaReference, on stack: LuaStack) {
    lua_rawgeti(stack.L, lede_registryindex(), lua_Integer(reference.id))
  }

  /// Lets a kept value go.
  package func release(_ reference: LuaReference) {
    luaL_unref(L, lede_registryindex(), reference.id)
  }

  /// Pushes a declared host function by name (host mode): how the bridge puts methods such
  /// as `Article:tokens` into the metatables it builds. Returns false for unknown names.
  package func pushFunction(named name: String, on stack: LuaStack) -> Bool {
    guard let index = functions.firstIndex(where: { $0.name == name }) else { return false }
    lede_pushhost(stack.L, lua_Integer(index))
    return true
  }

  /// Pushes a declared `__index` behind its kind's methods (host mode): the table on top of
  /// the stack (popped) maps names to methods (see `lede_pushmethodhost`).
  package func pushMethodFunction(named name: String, on stack: LuaStack) -> Bool {
    guard let index = functions.firstIndex(where: { $0.name == name }) else { return false }
    lede_pushmethodhost(stack.L, lua_Integer(index))
    return true
  }

  /// Pushes a declared `__index` behind a field cache (host mode): the table on top of the
  /// stack (popped) holds the values the host stored and the methods (see
  /// `lede_pushcachedhost`).
  package func pushCachedFunction(
    named name: String, cache: UnsafeMutablePointer<lede_field_cache>, on stack: LuaStack
  ) -> Bool {
    guard let index = functions.firstIndex(where: { $0.name == name }) else { return false }
    lede_pushcachedhost(stack.L, lua_Integer(index), cache)
    return true
  }
}
