-- lede.report: the report builder plugins and scripts return (DESIGN §4).

assert(lede.load(spec.dir .. "/../../seeds/lavrov-visits-north-korea.txt") == 1, "the seed loads")
local a = corpus[1]

describe("lede.report", function()
  it("makes a report with a first table from columns", function()
    local r = lede.report { title = "People", columns = { { "person", "string" }, { "mentions", "integer" } } }
    assert.equal("People", r.title)
    assert.equal(1, #r.tables)
    local t = r.tables[1]
    assert.equal("People", t.name)
    assert.same({ { name = "person", type = "string" }, { name = "mentions", type = "integer" } }, t.columns)
    r:add { "Sergey Lavrov", 7 }
    assert.same({ { "Sergey Lavrov", 7 } }, t.rows)
  end)

  it("defaults the title, column types and accepts bare column names", function()
    local r = lede.report { columns = { "name", { name = "n", type = "number", format = "decimals:2" } } }
    assert.equal("Report", r.title)
    assert.same({ name = "name", type = "string" }, r.tables[1].columns[1])
    assert.equal("decimals:2", r.tables[1].columns[2].format)
  end)

  it("adds named tables", function()
    local r = lede.report { title = "Two" }
    assert.equal(0, #r.tables)
    local x = r:table { name = "x", columns = { { "a", "integer" } } }
    local y = r:table { columns = { { "b", "string" } } }
    assert.equal("x", x.name)
    assert.equal("table 2", y.name)
    assert.truthy(r.tables[2] == y)
  end)

  it("takes rows by position or by column name, and shows objects as text", function()
    local r = lede.report { columns = { { "what", "string" }, { "n", "integer" } } }
    local t = r.tables[1]
    t:add { n = 3, what = "named" }
    t:add { a }
    t:add { 1, 2, 3 }
    assert.same({ "named", 3 }, t.rows[1])
    assert.equal(tostring(a), t.rows[2][1])
    assert.equal(nil, t.rows[2][2])
    assert.same({ 1, 2 }, t.rows[3], "extra cells are dropped")
  end)

  it("sorts stably by a column, nils last", function()
    local r = lede.report { columns = { { "k", "string" }, { "n", "integer" } } }
    local t = r.tables[1]
    for _, row in ipairs({ { "a", 2 }, { "b", 1 }, { "c", 2 }, { "d" }, { "e", 3 }, { "f", 2 } }) do t:add(row) end
    t:sort("n", true)
    local order = {}
    for i, row in ipairs(t.rows) do order[i] = row[1] end
    assert.same({ "e", "a", "c", "f", "b", "d" }, order)
    t:sort(1)
    assert.equal("a", t.rows[1][1])
    assert.error(function() t:sort("missing") end, "no column 'missing' in table 'Report'")
  end)

  it("keeps notes", function()
    local r = lede.report { title = "E" }
    r:note("first"):note(42)
    assert.same({ "first", "42" }, r.notes)
  end)

  it("adds evidence with r:evidence", function()
    local r = lede.report { title = "E" }
    assert.truthy(r:evidence { text = "free text" } == r, "r:evidence chains")
    assert.error(function() r:evidence {} end, "bad argument #1 to 'evidence' (give text or sentence)")
  end)

  it("records evidence from a sentence, with its article, label and row", function()
    local r = lede.report { title = "E" }
    local evidence = r.evidence
    local s = a.sentences[19]
    evidence(r, { sentence = s, label = "warmest", row = "Vladimir Putin" })
    evidence(r, { text = "free text" })
    evidence(r, { text = "with article", article = a })
    local items = rawget(r, "evidence_items")
    local e = items[1]
    assert.equal(s.text, e.text)
    assert.equal(s.start, e.start)
    assert.equal(s.stop, e.stop)
    assert.equal(a.id, e.article_id)
    assert.equal(a.title, e.article_title)
    assert.equal("warmest", e.label)
    assert.equal("Vladimir Putin", e.row)
    assert.equal("free text", items[2].text)
    assert.equal(nil, items[2].article_id)
    assert.equal(a.id, items[3].article_id)
    assert.error(function() evidence(r, {}) end, "bad argument #1 to 'evidence' (give text or sentence)")
    assert.error(function() evidence(r, "x") end, "bad argument #1 to 'evidence' (table expected, got string)")
  end)

  it("checks what it is given", function()
    assert.error(function() lede.report() end, "bad argument #1 to 'report' (table expected, got nil)")
    assert.error(function() lede.report { columns = {} } end, "columns must be a non-empty list of {name, type}")
    assert.error(function() lede.report { columns = { 5 } } end, "column 1 must be {name, type}")
    local r = lede.report { title = "x" }
    assert.error(function() r:add { 1 } end, "this report has no table")
    assert.error(function() r:table "x" end, "bad argument #1 to 'table' (table expected, got string)")
    local t = r:table { columns = { "a" } }
    assert.error(function() t:add "x" end, "bad argument #1 to 'add' (table expected, got string)")
  end)

  it("declares charts over its tables with r:chart", function()
    local r = lede.report { title = "Charts" }
    local t = r:table { name = "speakers", columns = { { "speaker", "string" }, { "quotes", "integer" } } }
    assert.equal(r, r:chart { kind = "bar", table = t, x = "speaker", y = "quotes", title = "Top" })
    assert.same({ kind = "bar", table = "speakers", x = "speaker", y = "quotes", title = "Top" }, r.charts[1])
    assert.error(function() r:chart "bar" end, "bad argument #1 to 'chart' (table expected, got string)")
    assert.error(function() r:chart { kind = "bar", colour = "x" } end, "unknown option 'colour'; options: aggregate, color,")
    assert.error(function() r:chart { kind = "bar", y = 3 } end, "bad argument #1 to 'chart' (y must be a string, got number)")
  end)
end)
