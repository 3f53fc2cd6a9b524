import Testing

@testable import LedeLua

@Suite struct LuaValueTests {
  @Test func describesValuesAsLuaShowsThem() throws {
    let session = try makeSession()
    let values = try session.run(
      "return 'plain', 3, 2.0, 1e100, 0.1, -0.0, 1/0, {1, 2, x = 'y', ['a b'] = true, [10] = {}}")
    #expect(
      values.map(\.description) == [
        "plain", "3", "2.0", "1e+100", "0.1", "-0.0", "inf",
        #"{1, 2, [10] = {}, ["a b"] = true, x = "y"}"#,
      ])
    // The same as Lua's own tostring for numbers.
    let lua = try session.run(
      "return tostring(2.0), tostring(1e100), tostring(0.1), tostring(-0.0), tostring(1/0)")
    #expect(lua.map(\.description) == ["2.0", "1e+100", "0.1", "-0.0", "inf"])
  }

  @Test func roundTripsThroughTheStack() throws {
    let session = try makeSession()
    let value: LuaValue = ["list": [1, 2.5, "three"], "flag": true, "nested": ["k": "v"]]
    try session.setGlobal("v", value)
    #expect(try session.global("v") == value)
    #expect(try session.value("return v.list[3] .. v.nested.k") == "threev")
  }

  @Test func cyclesBecomeOpaque() throws {
    let session = try makeSession()
    let value = try session.value("local t = {}; t.self = t; return t")
    guard case .opaque(let type, _)? = value.tableValue?["self"] else {
      Issue.record("expected the cycle to be cut: \(value)")
      return
    }
    #expect(type == "table")
  }
}
