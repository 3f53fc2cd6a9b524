-- The quotes plugin on the seed articles: speakers as corpus entities, kinds, filters and views.

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
    assert.same({ "all", "direct", "partial", "indirect" }, quotes.params.quotes.choices)
    assert.equal("all", quotes.params.kind.default)
    assert.equal("person", quotes.params.kind.choices[2])
    assert.equal(20, quotes.params.top.default)
    assert.equal("string", quotes.params.speaker.type)
  end)
end)

describe("quotes.collect", function()
  it("gives every quote of an article with canonical speakers", function()
    local items = quotes.collect(lavrov, {})
    assert.truthy(#items >= 10)
    for i, item in ipairs(items) do
      assert.equal(1, item.position)
      assert.equal(i, item.number)
      assert.equal(item.text, item.article.text:sub(item.start, item.stop))
    end
    assert.equal("Washington", quotes.collect(lavrov, { quotes = "indirect", speaker = "washington" })[1].speaker)
  end)

  it("finds the two direct quotes of Oleg Burmistrov", function()
    local items = quotes.collect(lavrov, { quotes = "direct", speaker = "Burmistrov" })
    assert.equal(2, #items)
    assert.equal("Russia, as a responsible member of the world community, strictly adheres to its international "
      .. "obligations towards Pyongyang through the UN Security Council,", items[1].text)
    assert.equal("At the same time, we are categorically against the introduction of new restrictive measures,",
      items[2].text)
    for _, item in ipairs(items) do assert.equal("Oleg Burmistrov", item.speaker) end
    assert.equal("Oleg Burmistrov", items[1].source)
    assert.equal("he", items[2].source)
    assert.equal("said", items[1].cue)
    assert.equal("added", items[2].cue, "“he added”: the pronoun resolves to Burmistrov")
  end)

  it("finds Putin's quotes, named as Putin and as the Russian president", function()
    local items = quotes.collect(lavrov, { speaker = "putin", kind = "indirect" })
    assert.equal(1, #items)
    assert.matches("^there were areas of potential military collaboration", items[1].text)
    assert.equal("claimed", items[1].cue)
    local direct = quotes.collect(lavrov, { speaker = "putin", quotes = "direct" })
    assert.equal(1, #direct)
    assert.equal("There are certain restrictions. Russia complies with all these restrictions. But there are "
      .. "things that we can talk about … Under the current rules, we also have opportunities, which we see "
      .. "and discuss,", direct[1].text)
    assert.equal("said", direct[1].cue)
  end)
end)

describe("quotes on the client's article", function()
  local items = quotes.collect(lavrov, {})
  local function find(prefix)
    for _, item in ipairs(items) do
      if item.text:sub(1, #prefix) == prefix then return item end
    end
  end

  it("credits Kim's partial quote to the North Korean leader", function()
    local q = find("imperialists’ anti-Russia scheme")
    assert.equal("imperialists’ anti-Russia scheme", q.text)
    assert.equal("partial", q.kind)
    assert.equal("Kim Jong Un", q.speaker)
    assert.equal("the North Korean leader", q.source)
  end)

  it("gives the spokeswoman's partial quote her words as source and no name", function()
    local q = find("as a crime")
    assert.equal("as a crime – as an act of dehumanisation", q.text)
    assert.equal("partial", q.kind)
    assert.equal("Russia’s foreign ministry spokeswoman", q.source)
    assert.equal("Russia’s foreign ministry spokeswoman", q.speaker, "the source's words stand for her")
    assert.falsy(q.named)
  end)

  it("finds the indirect speech the article reports", function()
    local function indirect(source, cue, prefix)
      local q = find(prefix)
      assert.truthy(q, prefix)
      assert.equal("indirect", q.kind)
      assert.equal(source, q.source)
      assert.equal(cue, q.cue)
    end
    indirect("Washington", "claimed", "North Korea has delivered more than 1,000 containers")
    indirect("Putin", "claimed", "there were areas of potential military collaboration")
    indirect("the US", "expressed concern", "Pyongyang is supplying Moscow with weapons")
    indirect("Russia’s state news agency", "according to", "Lavrov is expected to brief the North Koreans")
    assert.falsy(find("Lavrov is expected").named, "the agency names no entity: not Russia")
  end)

  it("credits Putin's three-sentence quote to the Russian president", function()
    local q = find("There are certain restrictions.")
    assert.matches("we can talk about … Under the current rules", q.text)
    assert.equal("Vladimir Putin", q.speaker)
    assert.equal("the Russian president", q.source)
    assert.equal("said", q.cue)
  end)
end)

describe("quotes by speaker", function()
  it("ranks speakers by quotes, ties by name", function()
    local r = quotes.run(lavrov, { by = "speaker", kind = "all", quotes = "all", top = 20, evidence = 3,
                                   unattributed = true })
    local rows = rowsOf(r.tables[1])
    assert.equal("speakers", r.tables[1].name)
    assert.same({ "Oleg Burmistrov", 2, 2, 0, 0, 1 }, { table.unpack(find(rows, "Oleg Burmistrov"), 1, 6) })
    assert.same({ "Washington", 1, 0, 0, 1, 1 }, { table.unpack(find(rows, "Washington"), 1, 6) })
    -- (unattributed) comes last whatever its count; the speakers before it, most quoted first.
    assert.equal("(unattributed)", rows[#rows][1])
    for i = 2, #rows - 1 do assert.truthy(rows[i - 1][2] >= rows[i][2], "most quoted first") end
  end)

  it("uses the host's defaults when a script passes no params", function()
    local r = quotes.run(lavrov, {})
    assert.same(quotes.run(lavrov, { by = "speaker" }).tables[1].rows[1], r.tables[1].rows[1])
  end)

  it("gives the quotes as evidence, with spans into the article", function()
    local r = quotes.run(lavrov, { quotes = "direct", speaker = "burmistrov" })
    local evidence = evidenceOf(r)
    assert.equal(2, #evidence)
    local a = lavrov[1]
    for _, e in ipairs(evidence) do
      assert.equal("Oleg Burmistrov", e.row)
      assert.equal(a.id, e.article_id)
      assert.equal(e.text, a.text:sub(e.start, e.stop))
    end
    assert.equal("direct, said", evidence[1].label)
  end)

  it("keeps the top rows and says how many there were", function()
    local r = quotes.run(corpus, { top = 3 })
    assert.equal(3, #r.tables[1].rows)
    local all = #quotes.run(corpus, { top = 0 }).tables[1].rows
    assert.matches("^3 of " .. all .. " speakers shown", r.notes[1])
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

describe("speakers as corpus entities", function()
  it("names each speaker by its corpus entity, with its id and kind", function()
    local item = quotes.collect(lavrov, { quotes = "direct", speaker = "Burmistrov" })[1]
    assert.equal("person:oleg-burmistrov", item.entity)
    assert.equal("person", item.entity_kind)
    assert.equal(item.entity, lavrov[1]:quotes()[item.number].entity)
    local nominal = quotes.collect(lavrov, { speaker = "spokeswoman" })[1]
    assert.falsy(nominal.entity, "a source that names no entity has no id")
  end)

  it("keeps the speakers of one entity kind", function()
    local function names(kind)
      local out = {}
      for _, s in ipairs(quotes.speakers(corpus, { kind = kind })) do out[s.speaker] = s.entity_kind end
      return out
    end
    local people, places = names("person"), names("place")
    assert.equal("person", people["Vladimir Putin"])
    assert.falsy(people["US"], "a place is no person")
    assert.falsy(people["Russia’s foreign ministry spokeswoman"], "nor a source that names no entity")
    assert.falsy(people["(unattributed)"])
    assert.equal("place", places["US"])
    for _, kind in pairs(names("person")) do assert.equal("person", kind) end
    assert.same(names("organization"), names("organisation"))
  end)

  it("reads kind = direct as the quote kind, as version 1 did", function()
    assert.same(quotes.collect(lavrov, { quotes = "direct" }), quotes.collect(lavrov, { kind = "direct" }))
  end)

end)

describe("quotes by article", function()
  it("lists each article's quotes in order", function()
    local r = quotes.run(corpus, { by = "article", top = 0 })
    local articles, list = tableNamed(r, "articles"), tableNamed(r, "quotes")
    assert.equal(11, #articles.rows, "every seed article has a quote")
    -- Articles in date order (undated first), the same in every shard of a corpus.
    local lav = articles.rows[1]
    assert.equal("Russia’s Lavrov visits North Korea amid claims of military cooperation", lav[2])
    assert.equal(lavrov[1].id, corpus[lav[1]].id, "# is the session number corpus[N] takes")
    assert.equal(#lavrov[1]:quotes(), lav[3])
    assert.equal(3, lav[4], "three direct quotes: Burmistrov's two and Putin's")
    local total = 0
    for _, row in ipairs(articles.rows) do total = total + row[3] end
    assert.equal(total, #list.rows)
  end)

  it("filters by quote kind", function()
    local r = quotes.run(lavrov, { by = "article", quotes = "direct" })
    local list = tableNamed(r, "quotes")
    assert.equal(3, #list.rows)
    assert.same({ 1, "Oleg Burmistrov", "direct", "said" }, { table.unpack(list.rows[1], 1, 4) })
  end)
end)

describe("quotes in the corpus", function()
  it("totals quotes, kinds, cues and speakers", function()
    local r = quotes.run(corpus, { by = "corpus", top = 5 })
    local totals = tableNamed(r, "totals").rows[1]
    local n = 0
    for a in corpus:articles() do n = n + #a:quotes() end
    assert.same({ 11, 11, n, 17 }, { table.unpack(totals, 1, 4) })
    local kinds = tableNamed(r, "kinds").rows
    assert.same({ "direct", 17 }, { kinds[1][1], kinds[1][2] })
    local cues = tableNamed(r, "cues").rows
    assert.equal("said", cues[1][1])
    assert.equal(5, #cues)
  end)
end)

-- Last: aliases stay declared for the rest of the session.
describe("quotes with aliases", function()
  it("merges speakers the analyst declares one entity", function()
    local function count(name)
      for _, s in ipairs(quotes.speakers(lavrov, { kind = "place" })) do
        if s.speaker == name then return s.quotes end
      end
    end
    local us, washington = count("US"), count("Washington")
    local united = count("United States") or 0
    assert.truthy(us and washington)
    lede.aliases { ["United States"] = { "US", "Washington" } }
    local after = quotes.speakers(lavrov, { kind = "place", speaker = "washington" })
    assert.equal(1, #after, "found through the alias")
    assert.equal("place:united-states", after[1].entity)
    assert.equal(us + washington + united, after[1].quotes)
  end)
end)
