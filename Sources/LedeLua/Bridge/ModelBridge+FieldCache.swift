import CLua
import CLuaShim

/// Article fields that are short strings read over and over (`a.title` in a loop over the
/// corpus): the first read of each goes through the host and stores the value in a Lua table;
/// later reads are served by the shim's `__index` without entering Swift.
///
/// Only immutable strings are kept: a table (`meta`, `blocks`) could be changed by the script
/// that got it, and `text` would double the corpus in Lua's memory. Articles never change once in
/// the store, so nothing is ever invalidated.
extension ModelBridge {
  /// Whether reads of `field` are kept.
  static func isCached(_ field: ArticleField) -> Bool {
    switch field {
    case .id, .title, .standfirst, .byline, .date, .source, .section, .url, .path, .format: true
    case .text, .meta, .blocks, .paragraphs, .sentences: false
    }
  }

  /// Pushes the article `__index` behind the cache, with a new cache table that holds the
  /// article's methods (found there as fields are, without entering the host) and no field.
  func pushCachedArticleIndex(in session: LuaSession, on stack: LuaStack) -> Bool {
    stack.newTable()
    setMethods(of: .article, in: session, on: stack)
    fieldColumns = session.makeReference(to: -1, on: stack)
    guard fieldColumns != nil else {
      stack.pop()
      return false
    }
    return session.pushCachedFunction(
      named: "\(ObjectKind.article.typeName):__index", cache: fieldCache, on: stack)
  }

  /// Stores the value on top of the stack (left there) as `field` of the article at store
  /// index `article` (host mode).
  func remember(_ field: ArticleField, article: Int32, _ call: HostCall) throws(HostError) {
    guard let fieldColumns, fieldCache.pointee.enabled != 0 else { return }
    try call.stack.ensure(4)
    let L = call.stack.L
    call.session.push(fieldColumns, on: call.stack)
    let name = "\(field)"
    call.stack.push(name)
    if lua_rawget(L, -2) != LUA_TTABLE {
      call.stack.pop()
      lua_createtable(L, Int32(clamping: store.count), 0)
      call.stack.push(name)
      call.stack.pushCopy(of: -2)
      lua_rawset(L, -4)
    }
    // The value sits under the columns table and the column.
    if lua_type(L, -3) == LUA_TNIL {
      lua_pushlightuserdata(L, fieldCache)
    } else {
      call.stack.pushCopy(of: -3)
    }
    lua_rawseti(L, -2, lua_Integer(article) + 1)
    call.stack.pop(2)
  }
}
