-- The stance plugin between entities: names merged across articles, issues kept apart from
-- entities (and out of the network), and every mean intensity with its count and interval.
-- The two articles are written for this spec.

local dir = os.tmpname()
os.remove(dir)
assert(os.execute("mkdir -p '" .. dir .. "'"))
local function write(name, text)
  local f = assert(io.open(dir .. "/" .. name, "w"))
  f:write(text)
  f:close()
end
write("one.txt", "Howard attacks Brown over pensions\n\n"
  .. "Michael Howard condemned Gordon Brown on Tuesday over the pensions raid. "
  .. "Michael Howard also backed the new sanctions on Iran.\n")
write("two.txt", "Tories step up attack\n\n"
  .. "Mr Howard criticised Gordon Brown again on Wednesday. "
  .. "Howard said he opposed the new sanctions on Iran.\n")
assert(lede.load(dir) == 2, "the two articles load")
local stance = lede.plugin("stance")

local function rowsOf(r, name)
  for _, t in ipairs(r.tables) do if t.name == name then return t.rows end end
end

describe("stance between entities", function()
  it("merges a surname into the one full name the corpus has", function()
    local sources = {}
    for _, r in ipairs(stance.records(corpus)) do sources[r.source] = true end
    assert.same({ ["Michael Howard"] = true }, sources, "Mr Howard and Howard are Michael Howard")
  end)

  it("keeps issues apart, normalised", function()
    local issues = {}
    for _, p in ipairs(stance.aggregate(corpus)) do
      if p.kind == "issue" then issues[#issues + 1] = p end
    end
    assert.equal(1, #issues, "'the new sanctions on Iran' in both articles is one issue")
    assert.equal("new sanctions on iran", issues[1].target)
    assert.equal(2, issues[1].count)
    assert.equal("new sanctions on iran", stance.issue("The new sanctions on Iran."))
  end)

  it("gives each mean its count and 95% interval", function()
    -- The intensities of each pair, from the records: the aggregate keeps only their count, sum
    -- and sum of squares, so that shards merge into the same digits.
    local intensities = {}
    for _, r in ipairs(stance.records(corpus)) do
      local key = r.source .. "\0" .. r.kind .. "\0" .. r.target
      intensities[key] = intensities[key] or {}
      table.insert(intensities[key], r.record.intensity)
    end
    for _, p in ipairs(stance.aggregate(corpus)) do
      local expected = lede.stats.mean(intensities[p.source .. "\0" .. p.kind .. "\0" .. p.target])
      assert.equal(p.count, expected.n)
      assert.near(expected.mean, p.net, 1e-12)
      if expected.low then
        assert.near(expected.low, p.low, 1e-9)
        assert.near(expected.high, p.high, 1e-9)
      else
        assert.equal(nil, p.low)
      end
      if p.count > 1 then assert.truthy(p.low <= p.net and p.net <= p.high) end
    end
    local rows = rowsOf(stance.run(corpus, { view = "table", min_count = 1, top = 100, evidence = false }),
      "actor × target")
    for _, row in ipairs(rows) do
      assert.truthy(row[3] == "entity" or row[3] == "issue")
      if row[11] == 1 then assert.equal(nil, row[6], "one record has no interval") end
    end
  end)

  it("holds entities only in the network, and says how many issues it left out", function()
    local net = stance.network(corpus)
    local ids = {}
    for _, n in ipairs(net.nodes) do ids[#ids + 1] = n.id end
    assert.same({ "Gordon Brown", "Michael Howard" }, ids)
    for _, e in ipairs(net.edges) do assert.equal("oppose", e.stance) end
    assert.equal(2, net.issues)
    local r = stance.run(corpus, { view = "network", min_count = 1, top = 100, evidence = false })
    assert.matches("2 records about issues or by unnamed holders", r.notes[1])
  end)
end)

os.execute("rm -rf '" .. dir .. "'")
