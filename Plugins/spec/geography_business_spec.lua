-- The geography plugin on business news written for this spec (spec/business): words that are
-- also towns ("Bank", "Police", "Turkey" the bird), surnames and given names (Moore, Lincoln,
-- Jordan) must not become places, and the countries must rank as the articles are about them.

describe("geography on business news", function()
  local geo = lede.plugin("geography")
  lede.load(spec.dir .. "/business")

  local function places()
    local byName, all = {}, {}
    for _, row in ipairs(geo.run(corpus, { by = "place", role = "all", top = 0 }).tables[1].rows) do
      byName[row[1]] = row
      all[#all + 1] = row
    end
    return byName, all
  end

  it("ranks the United States first and Georgia the country second", function()
    local rows = geo.run(corpus, { by = "country", role = "all", top = 0 }).tables[1].rows
    assert.equal("US", rows[1][1])
    assert.equal("GE", rows[2][1])
    local rest = {}
    for i = 3, #rows do rest[#rest + 1] = rows[i][1] end
    table.sort(rest)
    assert.same({ "CN", "DE", "GB", "PL", "RU" }, rest)
  end)

  it("makes no place of a common word, a surname or a given name", function()
    local byName, all = places()
    for _, word in ipairs { "Bank", "Police", "Moore", "Lincoln", "Jordan", "Turkey" } do
      assert.falsy(byName[word], word .. " is not a place here")
    end
    for _, row in ipairs(all) do
      assert.truthy(row[2] ~= "IN" and row[2] ~= "TR" and row[2] ~= "JO",
        row[1] .. " (" .. tostring(row[2]) .. ") should not be found")
    end
  end)

  it("puts Wall Street in New York City and Frankfurt in Germany", function()
    local byName = places()
    assert.equal(5128581, byName["New York City"][8], "New York and Wall Street are the city")
    assert.equal(3, byName["New York City"][4])
    assert.equal("DE", byName["Frankfurt am Main"][2])
  end)

  it("reads Georgia as the state among US farms and as the country around Tbilisi", function()
    local georgias = {}
    for a in corpus:articles() do
      for _, p in ipairs(a:places()) do
        if p.text == "Georgia" then georgias[a.title:match("^%S+")] = p.kind .. " " .. p.country end
      end
    end
    assert.equal("admin US", georgias["Turkey"])
    assert.equal("country GE", georgias["Georgia's"])
  end)
end)
