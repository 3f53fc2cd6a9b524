-- The overview plugin on the seed article and on articles made in the spec.

local seeds = spec.dir .. "/../../seeds"

describe("overview", function()
  local overview = lede.plugin("overview")

  it("declares its parameters", function()
    assert.equal("overview", overview.name)
    assert.equal("integer", overview.params.top.type)
    assert.equal(10, overview.params.top.default)
  end)

  it("counts articles, words and sentences", function()
    assert.equal(1, lede.load(seeds .. "/lavrov-visits-north-korea.txt"))
    local r = overview.run(corpus, { top = 3, articles = true })
    local totals = r.tables[1]
    assert.equal("corpus", totals.name)
    assert.equal(1, totals.rows[1][1])
    assert.equal(#corpus[1]:words(), totals.rows[1][2])
    assert.equal(#corpus[1].sentences, totals.rows[1][3])
    assert.equal(14, totals.rows[1][4])
  end)

  it("ranks people by mentions", function()
    local r = overview.run(corpus, { top = 2, articles = false })
    local people = r.tables[#r.tables]
    assert.equal("people", people.name)
    assert.equal(2, #people.rows)
    assert.equal("Vladimir Putin", people.rows[1][1])
    assert.equal("Sergey Lavrov", people.rows[2][1])
  end)

  it("leaves stopwords out of the top terms", function()
    for _, row in ipairs(overview.top_terms(corpus, 20)) do
      assert.falsy(overview.is_stopword(row[1]), row[1] .. " is a stopword")
    end
  end)

  it("takes a title with its dot and a number word for stopwords", function()
    assert.truthy(overview.is_stopword("mr."))
    assert.truthy(overview.is_stopword("one"))
    assert.falsy(overview.is_stopword("u.s."))
    assert.falsy(overview.is_stopword("minister"))
  end)

  it("says so when the corpus is empty", function()
    local empty = corpus:filter(function() return false end)
    local r = overview.run(empty, { top = 5, articles = true })
    assert.matches("empty", r.notes[1])
  end)
end)
