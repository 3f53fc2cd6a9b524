-- lede.json: encode and decode, round trips, key order, null, and the error messages.

local J = lede.json

describe("lede.json.encode", function()
  it("encodes scalars", function()
    assert.equal("1", J.encode(1))
    assert.equal("1.5", J.encode(1.5))
    assert.equal("1.0", J.encode(1.0), "a float stays a float")
    assert.equal("true", J.encode(true))
    assert.equal("false", J.encode(false))
    assert.equal("null", J.encode(nil))
    assert.equal("null", J.encode(J.null))
    assert.equal('"x"', J.encode("x"))
  end)

  it("escapes strings and keeps UTF-8", function()
    assert.equal('"a\\"b\\\\c\\n\\t\\u0001é😀"', J.encode("a\"b\\c\n\t\1é😀"))
  end)

  it("makes arrays of sequences and objects of the rest, keys sorted", function()
    assert.equal("[1, 2, 3]", J.encode({ 1, 2, 3 }))
    assert.equal('{"a": 2, "b": 1, "c": [1]}', J.encode({ c = { 1 }, b = 1, a = 2 }))
    assert.equal('{"1": 1, "3": 3}', J.encode({ 1, nil, 3 }), "a sparse list is an object")
    assert.equal('{"1": 1, "2": 2, "x": 1}', J.encode({ 1, 2, x = 1 }), "integer keys first, in order")
    assert.equal('{"9": 2, "10": 1}', J.encode({ [10] = 1, [9] = 2 }), "integer keys sort as numbers")
  end)

  it("encodes an empty table as an array unless marked as an object", function()
    assert.equal("[]", J.encode({}))
    assert.equal("{}", J.encode(J.object()))
    assert.equal("{}", J.encode(J.object({})))
    assert.equal('{"a": 1}', J.encode(J.object({ a = 1 })))
  end)

  it("pretty-prints on request", function()
    assert.equal('{\n  "a": [\n    1,\n    2\n  ],\n  "b": {}\n}', J.encode({ a = { 1, 2 }, b = J.object() }, { pretty = true }))
  end)

  it("names what it cannot encode and where", function()
    assert.error(function() J.encode({ f = print }) end, "bad argument #1 to 'encode' (cannot encode a function at $.f)")
    assert.error(function() J.encode({ { 1, corpus } }) end, "bad argument #1 to 'encode' (cannot encode a Corpus at $[1][2])")
    assert.error(function() J.encode({ [1.5] = 1 }) end, "cannot encode a table key of type non-integer number at $")
    assert.error(function() J.encode({ [true] = 1 }) end, "cannot encode a table key of type boolean at $")
    assert.error(function() J.encode(math.huge) end, "cannot encode inf (JSON has none) at $")
    assert.error(function() J.encode(0 / 0) end, "cannot encode NaN (JSON has none) at $")
    assert.error(function() J.encode() end, "bad argument #1 to 'encode' (value expected)")
    local t = {}
    t.self = t
    assert.error(function() J.encode(t) end, "circular reference at $.self")
  end)

  it("allows the same table twice when it is not a cycle", function()
    local shared = { 1 }
    assert.equal('{"a": [1], "b": [1]}', J.encode({ a = shared, b = shared }))
  end)

  it("refuses a second metatable for object", function()
    local t = setmetatable({}, {})
    assert.error(function() J.object(t) end, "bad argument #1 to 'object' (table already has a metatable)")
  end)
end)

describe("lede.json.decode", function()
  it("decodes scalars with Lua's integer and float subtypes", function()
    assert.equal(nil, J.decode("null"))
    assert.equal(1, J.decode(" 1 "))
    assert.equal("integer", math.type(J.decode("1")))
    assert.equal("float", math.type(J.decode("1.0")))
    assert.equal("float", math.type(J.decode("1e2")))
    assert.equal(9007199254740993, J.decode("9007199254740993"), "integers keep every digit")
    assert.equal("é😀", J.decode('"\\u00e9\\ud83d\\ude00"'))
    assert.equal(true, J.decode("true"))
  end)

  it("keeps null in arrays as lede.json.null, and leaves null members out", function()
    local t = J.decode('{"a": [1, null, 2], "c": null}')
    assert.equal(3, #t.a)
    assert.truthy(t.a[2] == J.null)
    assert.equal(nil, t.c)
    assert.equal("userdata", type(J.null))
  end)

  it("round-trips, empty objects included", function()
    for _, text in ipairs({
      '{"a": [1, null, 2], "b": {}, "d": 1.5, "e": "x"}',
      "[]", "{}", '[{"x": []}, {"y": {}}]', '"text"', "-3", "0.25",
    }) do
      assert.equal(text, J.encode(J.decode(text)))
    end
  end)

  it("round-trips Lua tables", function()
    local t = { name = "Lavrov", mentions = 7, share = 0.25, tags = { "a", "b" }, nested = { ok = true } }
    assert.same(t, J.decode(J.encode(t)))
  end)

  it("says where the JSON is bad", function()
    assert.error(function() J.decode("") end, "invalid JSON at line 1, column 1: unexpected end of input")
    assert.error(function() J.decode("{bad") end, "invalid JSON at line 1, column 2: expected a string key")
    assert.error(function() J.decode("[1,]") end, "invalid JSON at line 1, column 4: unexpected character ']'")
    assert.error(function() J.decode('{"a":1} x') end, "invalid JSON at line 1, column 9: unexpected text after the JSON value")
    assert.error(function() J.decode("nul") end, "invalid JSON at line 1, column 1: invalid literal")
    assert.error(function() J.decode("[\n1,\n@]") end, "invalid JSON at line 3, column 1")
    assert.error(function() J.decode() end, "bad argument #1 to 'decode' (string expected, got no value)")
  end)
end)
