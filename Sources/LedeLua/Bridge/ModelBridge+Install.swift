import CLua
import CLuaShim
import LedeCore

extension ModelBridge {
  /// Builds the metatables and method tables and sets the `corpus` global (host mode).
  func install(in session: LuaSession, on stack: LuaStack) throws(HostError) {
    try stack.ensure(6)
    metatables = []
    methods = []
    for kind in ObjectKind.allCases {
      stack.newTable()
      setMethods(of: kind, in: session, on: stack)
      guard let methodTable = session.makeReference(to: -1, on: stack) else {
        throw .message("cannot keep the \(kind.typeName) methods")
      }
      stack.pop()
      methods.append(methodTable)

      stack.newTable()
      stack.push(kind.typeName)
      stack.setField("__name", inTableAt: -2)
      // Scripts cannot reach or replace the metatable: objects stay read-only.
      stack.push(false)
      stack.setField("__metatable", inTableAt: -2)
      for event in ["__index", "__newindex", "__tostring", "__eq", "__len"] {
        let name = "\(kind.typeName):\(event)"
        var pushed: Bool
        if event == "__index" && kind == .article {
          pushed = pushCachedArticleIndex(in: session, on: stack)
        } else if event == "__index" && Self.methodsInIndex.contains(kind) {
          session.push(methodTable, on: stack)
          pushed = session.pushMethodFunction(named: name, on: stack)
          if !pushed { stack.pop() }
        } else {
          pushed = session.pushFunction(named: name, on: stack)
        }
        if pushed {
          stack.setField(event, inTableAt: -2)
        }
      }
      guard let metatable = session.makeReference(to: -1, on: stack) else {
        throw .message("cannot keep the \(kind.typeName) metatable")
      }
      stack.pop()
      metatables.append(metatable)
    }
    stack.pushGlobals()
    push(ObjectRef(kind: .corpus, article: 0, index: 0), on: stack, session: session)
    stack.setField("corpus", inTableAt: -2)
    stack.pop()
  }

  /// The kinds besides articles whose `__index` finds methods (`s:sentiment()`): the shim finds
  /// them without entering the host (`lede_pushmethodhost`); other keys reach the host.
  static let methodsInIndex: Set<ObjectKind> = [.corpus, .sentence, .tokenList]

  /// Sets every declared `Kind:name` of `kind` that is not a metamethod in the table on top.
  func setMethods(of kind: ObjectKind, in session: LuaSession, on stack: LuaStack) {
    for function in session.library.functions
    where function.name.hasPrefix(kind.typeName + ":") && !function.shortName.hasPrefix("__") {
      guard session.pushFunction(named: function.name, on: stack) else { continue }
      stack.setField(function.shortName, inTableAt: -2)
    }
  }

  /// Pushes the method `key` of `kind` if there is one; returns whether it did.
  func pushMethod(_ kind: ObjectKind, key index: Int32, on stack: LuaStack, session: LuaSession)
    -> Bool
  {
    let key = stack.absolute(index)
    session.push(methods[Int(kind.rawValue)], on: stack)
    stack.pushCopy(of: key)
    if lua_rawget(stack.L, -2) == LUA_TNIL {
      stack.pop(2)
      return false
    }
    lua_rotate(stack.L, -2, 1)
    stack.pop()
    return true
  }
}
