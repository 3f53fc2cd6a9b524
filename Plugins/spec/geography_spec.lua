-- The geography plugin on the seed article.

local seeds = spec.dir .. "/../../seeds"

describe("geography", function()
  local geo = lede.plugin("geography")
  lede.load(seeds .. "/lavrov-visits-north-korea.txt")

  local function rows(r)
    local byName = {}
    for _, row in ipairs(r.tables[1].rows) do byName[row[1]] = row end
    return byName
  end

  it("lists the seed's places with countries and coordinates", function()
    local places = rows(geo.run(corpus, { by = "place", role = "all", top = 0 }))
    assert.equal("KP", places["Pyongyang"][2])
    assert.equal("RU", places["Moscow"][2])
    assert.equal("VN", places["Hanoi"][2])
    assert.equal("PS", places["Gaza"][2])
    assert.equal("region", places["East Asia"][3])
    assert.near(39.03, places["Pyongyang"][9], 0.05)
    assert.near(125.75, places["Pyongyang"][10], 0.05)
  end)

  it("keeps speaking capitals apart with role=actor", function()
    local actors = rows(geo.run(corpus, { by = "place", role = "actor", top = 0 }))
    assert.truthy(actors["Washington"], "Washington claimed… is an actor")
    assert.falsy(actors["Hanoi"], "Hanoi is only a location")
  end)

  it("keeps demonyms apart with role=modifier", function()
    local modifiers = rows(geo.run(corpus, { by = "place", role = "modifier", top = 0 }))
    assert.truthy(modifiers["Russia"], "Russian… is a modifier of Russia")
    assert.falsy(modifiers["Hanoi"], "Hanoi is only a location")
    local locations = rows(geo.run(corpus, { by = "place", role = "location", top = 0 }))
    assert.equal(0, locations["Russia"][7], "no modifier counted among locations")
  end)

  it("counts each role once: location, actor and modifier add up to the mentions", function()
    local want = { location = 0, actor = 0, modifier = 0 }
    for _, p in ipairs(corpus[1]:places()) do
      if p.name == "Russia" then want[p.role] = want[p.role] + 1 end
    end
    local russia = rows(geo.run(corpus, { by = "place", role = "all", top = 0 }))["Russia"]
    assert.equal(want.location + want.actor + want.modifier, russia[4])
    assert.equal(want.actor, russia[6])
    assert.equal(want.modifier, russia[7])
  end)

  it("aggregates by country, most mentioned first", function()
    local r = geo.run(corpus, { by = "country", role = "all", top = 2 })
    local codes = { r.tables[1].rows[1][1], r.tables[1].rows[2][1] }
    table.sort(codes)
    assert.same({ "KP", "RU" }, codes)
  end)

  it("gives each article its focus", function()
    local r = geo.run(corpus, { by = "article", role = "all", top = 0 })
    local focus = r.tables[1].rows[1][2]
    assert.matches("RU", focus)
    assert.matches("KP", focus)
  end)
end)
