import CLua
import CLuaShim
import LedeCore

extension HostLibrary {
  /// `lede.json`: JSON text to Lua values and back, through LedeCore's parser and writer.
  ///
  /// Decoding: objects become tables (marked as objects, so that `{}` encodes back as `{}`),
  /// arrays become sequences, `null` in an array becomes `lede.json.null` (so positions and
  /// `#` survive) and a `null` member is left out of its table; a top-level `null` is nil.
  ///
  /// Encoding: a table whose keys are exactly 1...n is an array, and so is an empty table
  /// unless marked with `lede.json.object`; any other table is an object with its keys sorted
  /// (integers in order, then strings by bytes), since `pairs()` order is random. Integer
  /// keys become strings; other key types, functions, userdata, cycles, NaN and infinities
  /// are errors naming where they were found. Strings that are not UTF-8 are repaired with
  /// U+FFFD, since JSON text is UTF-8.
  package static let json = HostLibrary(
    functions: [
      HostFunction(
        name: "lede.json.encode", params: "v [, {pretty = true}]", result: "string",
        help: "JSON text for a value; tables with keys 1..n are arrays, keys sorted"
      ) { call throws(HostError) in
        try call.checkAny(1)
        var pretty = false
        if try call.optionalTable(2) {
          call.stack.getField("pretty", inTableAt: 2)
          pretty = call.stack.boolean(at: -1)
          call.stack.pop()
        }
        var encoder = JSONEncoding(stack: call.stack)
        let value: JSONValue
        do throws(JSONEncoding.Failure) {
          value = try encoder.value(at: 1)
        } catch {
          throw call.argumentError(1, error.message)
        }
        call.stack.push(JSONWriter.encode(value, pretty: pretty))
        return 1
      },
      HostFunction(
        name: "lede.json.decode", params: "s", result: "value",
        help: "The value of JSON text: objects and arrays become tables, null in arrays json.null"
      ) { call throws(HostError) in
        let text = try call.checkString(1)
        let value: JSONValue
        do throws(JSONParseError) {
          value = try JSONParser.parse(text)
        } catch {
          throw .message(
            "invalid JSON at line \(error.line), column \(error.column): \(error.message)")
        }
        try call.stack.push(json: value)
        return 1
      },
      HostFunction(
        name: "lede.json.object", params: "[t]", result: "table",
        help: "Marks t (or a new table) to encode as a JSON object even when empty"
      ) { call throws(HostError) in
        if try !call.optionalTable(1) {
          call.stack.setTop(0)
          call.stack.newTable()
        }
        call.stack.setTop(1)
        if lua_getmetatable(call.stack.L, 1) != 0 {
          call.stack.pushJSONObjectMetatable()
          let marked = lua_rawequal(call.stack.L, -1, -2) != 0
          call.stack.pop(2)
          if !marked { throw call.argumentError(1, "table already has a metatable") }
        } else {
          call.stack.pushJSONObjectMetatable()
          lua_setmetatable(call.stack.L, 1)
        }
        return 1
      },
    ],
    constants: [
      HostConstant(
        name: "lede.json.null", type: "light userdata",
        help: "JSON null where a value must hold a place (arrays); encodes as null"
      ) { stack in lua_pushlightuserdata(stack.L, nil) }
    ])
}

extension LuaStack {
  /// The shared metatable that marks decoded objects (created on first use; host mode).
  func pushJSONObjectMetatable() {
    let registry = lede_registryindex()
    if getField("lede.json.object", inTableAt: registry) != LUA_TTABLE {
      pop()
      newTable(fieldCount: 1)
      push("json object")
      setField("__name", inTableAt: -2)
      pushCopy(of: -1)
      setField("lede.json.object", inTableAt: registry)
    }
  }

  /// Pushes a JSON value as described for `lede.json` (host mode).
  func push(json value: JSONValue) throws(HostError) {
    switch value {
    case .null: pushNil()
    case .bool(let b): push(b)
    case .integer(let i): push(i)
    case .number(let d): push(d)
    case .string(let s): push(s)
    case .array(let items):
      try ensure(3)
      newTable(arrayCount: items.count)
      for (offset, item) in items.enumerated() {
        if item == .null {
          lua_pushlightuserdata(L, nil)
        } else {
          try push(json: item)
        }
        setIndex(offset + 1, inTableAt: -2)
      }
    case .object(let object):
      try ensure(3)
      newTable(fieldCount: object.count)
      for member in object.members where member.value != .null {
        push(member.key)
        try push(json: member.value)
        lua_rawset(L, -3)
      }
      pushJSONObjectMetatable()
      lua_setmetatable(L, -2)
    }
  }
}

/// Reads Lua values as JSON, remembering the path for messages (`$.items[3].name`).
struct JSONEncoding {
  struct Failure: Error {
    var message: String
  }

  enum Key {
    case index(Int)
    case name(String)
  }

  let stack: LuaStack
  var path: [Key] = []
  var visiting: Set<UnsafeRawPointer> = []

  init(stack: LuaStack) { self.stack = stack }

  var pathText: String {
    "$"
      + path.map {
        switch $0 {
        case .index(let i): "[\(i)]"
        case .name(let s): "." + s
        }
      }.joined()
  }

  func failure(_ what: String) -> Failure { Failure(message: "\(what) at \(pathText)") }

  mutating func value(at index: Int32) throws(Failure) -> JSONValue {
    let index = stack.absolute(index)
    switch stack.type(at: index) {
    case LUA_TNIL, LUA_TNONE: return .null
    case LUA_TBOOLEAN: return .bool(stack.boolean(at: index))
    case LUA_TNUMBER:
      if stack.isInteger(at: index), let i = stack.integer(at: index) { return .integer(i) }
      let d = stack.number(at: index) ?? .nan
      guard d.isFinite else {
        throw failure("cannot encode \(d.isNaN ? "NaN" : d > 0 ? "inf" : "-inf") (JSON has none)")
      }
      return .number(d)
    case LUA_TSTRING: return .string(stack.string(at: index) ?? "")
    case LUA_TLIGHTUSERDATA where lua_touserdata(stack.L, index) == nil: return .null
    case LUA_TTABLE: return try table(at: index)
    default: throw failure("cannot encode a \(stack.typeName(at: index))")
    }
  }

  private mutating func table(at index: Int32) throws(Failure) -> JSONValue {
    guard let pointer = lua_topointer(stack.L, index) else { throw failure("cannot encode") }
    guard !visiting.contains(pointer) else { throw failure("circular reference") }
    guard path.count < JSONParser.maximumDepth else {
      throw failure("nesting deeper than \(JSONParser.maximumDepth) levels")
    }
    guard lua_checkstack(stack.L, 3) != 0 else { throw failure("stack overflow") }
    visiting.insert(pointer)
    defer { visiting.remove(pointer) }

    var integers: [(key: Int, value: JSONValue)] = []
    var names: [(key: String, value: JSONValue)] = []
    lua_pushnil(stack.L)
    // Raw traversal of a table nobody modifies meanwhile: lua_next cannot raise.
    while lua_next(stack.L, index) != 0 {
      defer { stack.pop() }
      switch stack.type(at: -2) {
      case LUA_TNUMBER where stack.isInteger(at: -2):
        let key = stack.integer(at: -2) ?? 0
        path.append(.index(key))
        integers.append((key, try value(at: -1)))
        path.removeLast()
      case LUA_TSTRING:
        let key = stack.string(at: -2) ?? ""
        path.append(.name(key))
        names.append((key, try value(at: -1)))
        path.removeLast()
      default:
        let keyType =
          stack.type(at: -2) == LUA_TNUMBER ? "non-integer number" : stack.typeName(at: -2)
        // The host call fails, so what the traversal leaves on the stack no longer matters.
        throw failure("cannot encode a table key of type \(keyType)")
      }
    }

    integers.sort { $0.key < $1.key }
    let isObject = markedAsObject(index)
    if !isObject, names.isEmpty,
      integers.enumerated().allSatisfy({ $0.offset + 1 == $0.element.key })
    {
      return .array(integers.map(\.value))
    }
    names.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    let members = integers.map { (key: String($0.key), value: $0.value) } + names
    return .object(JSONObject(members))
  }

  private func markedAsObject(_ index: Int32) -> Bool {
    guard lua_getmetatable(stack.L, index) != 0 else { return false }
    stack.pushJSONObjectMetatable()
    defer { stack.pop(2) }
    return lua_rawequal(stack.L, -1, -2) != 0
  }
}
