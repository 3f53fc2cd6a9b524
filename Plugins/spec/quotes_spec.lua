-- The quotes plugin on the seed articles: speakers canonical, kinds, filters and views.

local seeds = spec.dir .. "/../../seeds"
assert(lede.load(seeds) == 11, "the seeds load")
local quotes = lede.plugin("quotes")
local lavrov = corpus:search("Lavrov")

local function rowsOf(t)
  local out = {}
  for i, row in ipairs(t.rows) do out[i] = row end
  return out
end

local function find(rows, key)
  for _, row in ipairs(rows) do if row[1] == key then return row end end
end

-- The evidence the report collected.
local function evidenceOf(r) return rawget(r, "evidence_items") end

local function tableNamed(r, name)
  for _, t in ipairs(r.tables) do if t.name == name then return t end end
end

describe("quotes plugin", function()
  it("declares its parameters", function()
    assert.equal("quotes", quotes.name)
    assert.equal("speaker", quotes.params.by.default)
    assert.same({ "speaker", "article", "corpus" }, quotes.params.by.choices)
    assert.same({ "all", "direct", "partial", "indirect" }, quotes.params.kind.choices)
    assert.equal(20, quotes.params.top.default)
    assert.equal("string", quotes.params.speaker.type)
  end)
end)

describe("quotes.collect", function()
  it("gives every quote of an article with canonical speakers", function()
    local items = quotes.collect(lavrov, {})
    assert.equal(13, #items)
    local first = items[1]
    assert.equal("Korean Central News Agency", first.speaker, "KCNA is the agency's canonical name")
    assert.equal(1, first.position)
    assert.equal(first.text, first.article.text:sub(first.start, first.stop))
  end)

  it("finds the two direct quotes of Oleg Burmistrov", function()
    local items = quotes.collect(lavrov, { kind = "direct", speaker = "Burmistrov" })
    assert.equal(2, #items)
    assert.equal("Moscow is categorically against new restrictive measures on North Korea,", items[1].text)
    assert.matches("^Sanctions have done nothing to bring stability", items[2].text)
    for _, item in ipairs(items) do assert.equal("Oleg Burmistrov", item.speaker) end
    assert.equal("told", items[1].cue)
    assert.equal("added", items[2].cue, "“he added”: the pronoun resolves to Burmistrov")
  end)

  it("finds Putin's quotes, named as Putin and as the Russian president", function()
    local items = quotes.collect(lavrov, { speaker = "putin" })
    assert.equal(2, #items)
    assert.equal("indirect", items[1].kind)
    assert.equal("Western sanctions had failed to weaken the Russian economy", items[1].text)
    assert.equal("direct", items[2].kind)
    assert.matches("^Our countries have been friends for decades", items[2].text)
  end)

  it("finds Kim's and Zakharova's partial quotes", function()
    local items = quotes.collect(lavrov, { kind = "partial" })
    local texts = {}
    for i, item in ipairs(items) do texts[i] = item.speaker .. ": " .. item.text end
    assert.same({
      "Maria Zakharova: crime against humanity",
      "Kim Jong Un: sacred fight",
      "Kim Jong Un: imperialists’ anti-Russia scheme",
    }, texts)
  end)

  it("leaves out unattributed quotes when asked", function()
    assert.equal(12, #quotes.collect(lavrov, { unattributed = false }))
    local all = quotes.collect(lavrov, {})
    local unknown = 0
    for _, item in ipairs(all) do if not item.attributed then unknown = unknown + 1 end end
    assert.equal(1, unknown)
  end)
end)

describe("quotes by speaker", function()
  it("ranks speakers by quotes, ties by name", function()
    local r = quotes.run(lavrov, { by = "speaker", kind = "all", top = 20, evidence = 3, unattributed = true })
    local rows = rowsOf(r.tables[1])
    assert.equal("speakers", r.tables[1].name)
    assert.same({ "Oleg Burmistrov", 3, 2, 0, 1, 1 }, { table.unpack(rows[1], 1, 6) })
    assert.same({ "Kim Jong Un", 2, 0, 2, 0, 1 }, { table.unpack(rows[2], 1, 6) })
    assert.same({ "Vladimir Putin", 2, 1, 0, 1, 1 }, { table.unpack(rows[3], 1, 6) })
    assert.same({ "Maria Zakharova", 1, 0, 1, 0, 1 }, { table.unpack(find(rows, "Maria Zakharova"), 1, 6) })
    assert.equal("(unattributed)", rows[#rows][1], "unattributed quotes come last")
  end)

  it("uses the host's defaults when a script passes no params", function()
    local r = quotes.run(lavrov, {})
    assert.equal("Oleg Burmistrov", r.tables[1].rows[1][1])
  end)

  it("gives the quotes as evidence, with spans into the article", function()
    local r = quotes.run(lavrov, { kind = "direct", speaker = "burmistrov" })
    local evidence = evidenceOf(r)
    assert.equal(2, #evidence)
    local a = lavrov[1]
    for _, e in ipairs(evidence) do
      assert.equal("Oleg Burmistrov", e.row)
      assert.equal(a.id, e.article_id)
      assert.equal(e.text, a.text:sub(e.start, e.stop))
    end
    assert.equal("direct, told", evidence[1].label)
  end)

  it("keeps the top rows and says how many there were", function()
    local r = quotes.run(corpus, { top = 3 })
    assert.equal(3, #r.tables[1].rows)
    assert.matches("^3 of 25 speakers shown", r.notes[1])
    assert.equal(25, #quotes.run(corpus, { top = 0 }).tables[1].rows, "24 speakers and the unattributed")
  end)

  it("counts a speaker's articles across the corpus", function()
    local r = quotes.run(corpus, { top = 0 })
    local rows = rowsOf(r.tables[1])
    assert.same({ "Raymond Okafor", 3, 0, 1, 2, 1 }, { table.unpack(find(rows, "Raymond Okafor"), 1, 6) })
    assert.same({ "Mateo Ríos", 2, 2, 0, 0, 1 }, { table.unpack(find(rows, "Mateo Ríos"), 1, 6) })
  end)

  it("says when nothing matches", function()
    local r = quotes.run(corpus, { speaker = "Nobody At All" })
    assert.equal(0, #r.tables[1].rows)
    assert.equal("No quotes found for speaker 'Nobody At All'.", r.notes[1])
    local empty = quotes.run(corpus:filter(function() return false end), {})
    assert.matches("empty", empty.notes[1])
  end)
end)

describe("quotes by article", function()
  it("lists each article's quotes in order", function()
    local r = quotes.run(corpus, { by = "article", top = 0 })
    local articles, list = tableNamed(r, "articles"), tableNamed(r, "quotes")
    assert.equal(11, #articles.rows, "every seed article has a quote")
    local lav = articles.rows[7]
    assert.same({ 7, "Russia’s Lavrov visits North Korea amid claims of military cooperation", 13, 3, 3, 7 },
      { table.unpack(lav, 1, 6) })
    assert.equal("Oleg Burmistrov", lav[8], "the most quoted speaker of the article")
    assert.equal(37, #list.rows)
  end)

  it("filters by kind", function()
    local r = quotes.run(lavrov, { by = "article", kind = "partial" })
    local list = tableNamed(r, "quotes")
    assert.equal(3, #list.rows)
    assert.same({ 1, "Maria Zakharova", "partial", "called", "crime against humanity" }, list.rows[1])
  end)
end)

describe("quotes in the corpus", function()
  it("totals quotes, kinds, cues and speakers", function()
    local r = quotes.run(corpus, { by = "corpus", top = 5 })
    local totals = tableNamed(r, "totals").rows[1]
    assert.same({ 11, 11, 37, 17, 4, 16 }, { table.unpack(totals, 1, 6) })
    assert.near(32 / 37, totals[7], 1e-9)
    assert.equal(24, totals[8])
    local kinds = tableNamed(r, "kinds").rows
    assert.same({ "direct", 17 }, { kinds[1][1], kinds[1][2] })
    local cues = tableNamed(r, "cues").rows
    assert.same({ "said", 21 }, cues[1])
    assert.equal(5, #cues)
    assert.equal("Oleg Burmistrov", tableNamed(r, "most quoted").rows[1][1])
  end)
end)
