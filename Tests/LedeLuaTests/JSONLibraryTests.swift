import Testing

@testable import LedeLua

@Suite struct JSONLibraryTests {
  @Test func decodesObjectsArraysAndNull() throws {
    let session = try makeSession()
    let results = try session.run(
      """
      local t = lede.json.decode('{"b": [1, 2.5, null, "x"], "a": {}, "gone": null}')
      return t.b[1], math.type(t.b[1]), math.type(t.b[2]), t.b[3] == lede.json.null, #t.b,
        t.gone, lede.json.decode('null'), lede.json.decode('"\\\\u00e9"')
      """)
    #expect(results == [1, "integer", "float", true, 4, .nil, .nil, "é"])
  }

  @Test func roundTripsWithSortedKeys() throws {
    let session = try makeSession()
    let text = #"{"a": {}, "b": [1, 2.5, null, "x"], "c": {"z": true, "y": false}}"#
    #expect(
      try session.value("return lede.json.encode(lede.json.decode([[\(text)]]))")
        == #"{"a": {}, "b": [1, 2.5, null, "x"], "c": {"y": false, "z": true}}"#)
    #expect(
      try session.value("return lede.json.encode({b = {1, 2}, a = 'x', [3] = 3, [1] = 1})")
        == #"{"1": 1, "3": 3, "a": "x", "b": [1, 2]}"#)
    #expect(try session.value("return lede.json.encode(9007199254740993)") == "9007199254740993")
    #expect(
      try session.value("return lede.json.decode(lede.json.encode(9007199254740993))")
        == 9_007_199_254_740_993)
  }

  @Test func emptyTablesAreArraysUnlessMarked() throws {
    let session = try makeSession()
    #expect(try session.value("return lede.json.encode({})") == "[]")
    #expect(try session.value("return lede.json.encode(lede.json.object())") == "{}")
    #expect(
      try session.value("return lede.json.encode({list = {}, map = lede.json.object({})})")
        == #"{"list": [], "map": {}}"#)
    #expect(
      session.failure("lede.json.object(setmetatable({}, {}))")?.message
        == "t.lua:1: bad argument #1 to 'object' (table already has a metatable)")
  }

  @Test func sparseAndMixedTablesAreObjects() throws {
    let session = try makeSession()
    #expect(
      try session.value("return lede.json.encode({[1] = 'a', [3] = 'c'})")
        == #"{"1": "a", "3": "c"}"#)
    #expect(
      try session.value("return lede.json.encode({10, 20, x = 1})")
        == #"{"1": 10, "2": 20, "x": 1}"#)
  }

  @Test func prettyPrints() throws {
    let session = try makeSession()
    #expect(
      try session.value("return lede.json.encode({a = {1}}, {pretty = true})")
        == "{\n  \"a\": [\n    1\n  ]\n}")
  }

  @Test func refusesWhatJSONCannotHold() throws {
    let session = try makeSession()
    #expect(
      session.failure("local t = {a = {}}; t.a.self = t; lede.json.encode(t)")?.message
        == "t.lua:1: bad argument #1 to 'encode' (circular reference at $.a.self)")
    #expect(
      session.failure("lede.json.encode({x = {1, 0/0}})")?.message
        == "t.lua:1: bad argument #1 to 'encode' (cannot encode NaN (JSON has none) at $.x[2])")
    #expect(
      session.failure("lede.json.encode(1/0)")?.message
        == "t.lua:1: bad argument #1 to 'encode' (cannot encode inf (JSON has none) at $)")
    #expect(
      session.failure("lede.json.encode({f = print})")?.message
        == "t.lua:1: bad argument #1 to 'encode' (cannot encode a function at $.f)")
    #expect(
      session.failure("lede.json.encode({[true] = 1})")?.message
        == "t.lua:1: bad argument #1 to 'encode' (cannot encode a table key of type boolean at $)")
    #expect(
      session.failure("lede.json.encode()")?.message
        == "t.lua:1: bad argument #1 to 'encode' (value expected)")
  }

  @Test func reportsInvalidJSONWithItsPosition() throws {
    let session = try makeSession()
    #expect(
      session.failure("lede.json.decode('{\"a\": tru}')")?.message
        == "t.lua:1: invalid JSON at line 1, column 7: invalid literal")
    #expect(
      session.failure("lede.json.decode({})")?.message
        == "t.lua:1: bad argument #1 to 'decode' (string expected, got table)")
  }
}
