-- The sentiment plugin on the seed articles: per article, per heading and toward entities.

local seeds = spec.dir .. "/../../seeds"
assert(lede.load(seeds) == 11, "the seeds load")
local sentiment = lede.plugin("sentiment")
local lavrov = corpus[7]
assert(lavrov.title:find("Lavrov"), "the seed order is the folder's")

local function tableNamed(r, name)
  for _, t in ipairs(r.tables) do if t.name == name then return t end end
end

-- The evidence the report collected.
local function evidenceOf(r) return rawget(r, "evidence_items") end

local function mean(list, f)
  local sum = 0
  for _, x in ipairs(list) do sum = sum + f(x) end
  return sum / #list
end

describe("sentiment plugin", function()
  it("declares its parameters", function()
    assert.equal("sentiment", sentiment.name)
    assert.same({ "article", "heading", "entity" }, sentiment.params.by.choices)
    assert.equal("article", sentiment.params.by.default)
    assert.equal(2, sentiment.params.min_mentions.default)
    assert.equal(20, sentiment.params.top.default)
  end)
end)

describe("sentiment by article", function()
  local r = sentiment.run(corpus, { by = "article" })
  local t = tableNamed(r, "articles")

  it("has one row per article with compound, pos, neu and neg", function()
    assert.equal(11, #t.rows)
    -- Articles in date order (undated first), the same in every shard of a corpus.
    local row = t.rows[1]
    local s = lavrov:sentiment()
    assert.equal(lavrov.id, corpus[row[1]].id, "# is the session number corpus[N] takes")
    assert.equal(lavrov.title, row[2])
    assert.same({ s.compound, s.pos, s.neu, s.neg }, { row[5], row[9], row[10], row[11] })
    assert.equal(21, row[12], "standfirst and paragraph sentences")
    assert.equal("2024-03-05", t.rows[2][3])
    assert.equal("2024-05-22", t.rows[5][3], "dates are shown as days")
  end)

  it("gives the most positive and most negative sentences as evidence", function()
    local mine = {}
    for _, e in ipairs(evidenceOf(r)) do
      if e.article_id == lavrov.id then mine[#mine + 1] = e end
    end
    assert.equal(2, #mine)
    assert.matches("^most positive", mine[1].label)
    assert.matches("^Under the current rules, we also have opportunities", mine[1].text)
    assert.matches("^most negative", mine[2].label)
    assert.matches("^However, Moscow’s diplomatic drive in East Asia", mine[2].text)
    for _, e in ipairs(mine) do assert.equal(e.text, lavrov.text:sub(e.start, e.stop)) end
  end)

  it("sorts by tone on request, and keeps the top rows", function()
    local neg = tableNamed(sentiment.run(corpus, { sort = "negative", top = 3, evidence = false }), "articles")
    assert.equal(3, #neg.rows)
    assert.matches("^Wildfire", neg.rows[1][2], "the wildfire is the gloomiest")
    assert.equal(lavrov.title, neg.rows[2][2])
    for i = 2, #neg.rows do assert.truthy(neg.rows[i - 1][5] <= neg.rows[i][5]) end
    local pos = tableNamed(sentiment.run(corpus, { sort = "positive", top = 1 }), "articles")
    assert.matches("^Climate summit", pos.rows[1][2], "the climate pledge is the brightest")
  end)

  it("leaves evidence out on request", function()
    assert.equal(0, #evidenceOf(sentiment.run(corpus, { evidence = false })))
  end)

  it("says so when the corpus is empty", function()
    local r0 = sentiment.run(corpus:filter(function() return false end), {})
    assert.equal(0, #r0.tables[1].rows)
    assert.matches("empty", r0.notes[1])
  end)
end)

describe("intervals", function()
  it("summarises a list of numbers with Student's 95% interval", function()
    local s = lede.stats.mean({ 1, 2, 3, 4 })
    assert.equal(4, s.n)
    assert.near(2.5, s.mean, 1e-12)
    assert.near(1.2909944, s.sd, 1e-6)
    -- t(3) = 3.182; standard error 0.6454972.
    assert.near(2.5 - 3.182 * 0.6454972, s.low, 1e-6)
    assert.near(2.5 + 3.182 * 0.6454972, s.high, 1e-6)
    local one = lede.stats.mean({ 0.5 })
    assert.equal(1, one.n)
    assert.equal(nil, one.low, "one value has no interval")
    assert.equal(0, lede.stats.mean({}).n)
    assert.error(function() lede.stats.mean({ 1, "x" }) end, "item 2 is not a number")
  end)

  it("tells distinguishable means from the rest", function()
    local a = lede.stats.mean({ 0.1, 0.2, 0.15, 0.12, 0.18 })
    local b = lede.stats.mean({ -0.3, -0.25, -0.32, -0.28, -0.2 })
    local c = lede.stats.mean({ 0.3, -0.2, 0.1, 0.4, -0.1 })
    assert.truthy(lede.stats.differ(a, b))
    assert.falsy(lede.stats.differ(a, c), "a wide spread overlaps")
    assert.falsy(lede.stats.differ(a, lede.stats.mean({ 0.9 })), "one value cannot be compared")
  end)

  it("gives every article's mean its interval, and sorts by the lower bound", function()
    local t = tableNamed(sentiment.run(corpus, { evidence = false }), "articles")
    local byTitle = {}
    for a in corpus:articles() do byTitle[a.title] = a end
    for _, row in ipairs(t.rows) do
      local a = byTitle[row[2]]
      local scores, blocks = {}, a.blocks
      for _, s in ipairs(a.sentences) do
        local role = blocks[s.block].role
        if role == "paragraph" or role == "standfirst" then scores[#scores + 1] = s:sentiment().compound end
      end
      local expected = lede.stats.mean(scores)
      assert.near(math.max(-1, expected.low), row[6], 1e-9)
      assert.near(math.min(1, expected.high), row[7], 1e-9)
      assert.truthy(row[6] <= row[5] and row[5] <= row[7])
    end
    local lower = tableNamed(sentiment.run(corpus, { sort = "lower", evidence = false }), "articles")
    for i = 2, #lower.rows do assert.truthy(lower.rows[i - 1][6] >= lower.rows[i][6]) end
    local upper = tableNamed(sentiment.run(corpus, { sort = "upper", evidence = false }), "articles")
    for i = 2, #upper.rows do assert.truthy(upper.rows[i - 1][7] <= upper.rows[i][7]) end
  end)

  it("keeps every interval within the tone's scale, -1..1", function()
    local t = tableNamed(sentiment.run(corpus, { by = "entity", top = 0, min_mentions = 2, evidence = false }), "entities")
    local wide = false
    for _, row in ipairs(t.rows) do
      if row[6] then
        assert.truthy(row[6] >= -1 and row[7] <= 1, row[1] .. " has its interval within -1..1")
        if row[6] == -1 or row[7] == 1 then wide = true end
      end
    end
    assert.truthy(wide, "the seeds have a two-mention entity whose Student's t interval reaches past the scale")
  end)

  it("marks a mean that the next row's cannot be told from", function()
    local r = sentiment.run(corpus, { by = "entity", kind = "person", top = 0, min_mentions = 2 })
    local t = tableNamed(r, "entities")
    local rows = sentiment.entities(corpus, { kind = "person", min_mentions = 2 })
    for i, row in ipairs(t.rows) do
      local expected = ""
      if i < #t.rows and not lede.stats.differ(rows[i].stats, rows[i + 1].stats) then expected = "≈" end
      assert.equal(expected, row[8])
      assert.equal(rows[i].stats.n, row[3], "the count is the mentions")
    end
    assert.equal("", t.rows[#t.rows][8], "the last row has no next")
    local noted = false
    for _, n in ipairs(r.notes) do if n:find("Welch", 1, true) then noted = true end end
    assert.truthy(noted, "the report says what ≈ means")
  end)
end)

describe("sentiment by heading", function()
  local t = tableNamed(sentiment.run(corpus:search("Lavrov"), { by = "heading" }), "headings")

  it("splits an article into standfirst, lead and headed sections", function()
    local names = {}
    for i, row in ipairs(t.rows) do names[i] = row[3] .. " " .. row[4] end
    assert.same({ "(standfirst) 1", "(lead) 8", "Deepening ties 12" }, names)
  end)

  it("scores a section as the mean of its sentences", function()
    local sections = sentiment.headings(lavrov)
    assert.equal("Deepening ties", sections[3].name)
    local expected = mean(sections[3].sentences, function(s) return s:sentiment().compound end)
    assert.near(expected, t.rows[3][5], 1e-9)
    assert.truthy(t.rows[3][5] < t.rows[2][5], "the hospital strike and Zaporizhzhia darken the second section")
  end)
end)

describe("sentiment toward entities", function()
  it("ranks people by mentions, ties by name", function()
    local t = tableNamed(sentiment.run(corpus, { by = "entity", kind = "person" }), "entities")
    local names = {}
    for i, row in ipairs(t.rows) do names[i] = row[1] .. " " .. row[3] end
    assert.same({ "Vladimir Putin 9", "Sergey Lavrov 6", "Mateo Ríos 5", "Graham Doyle 3", "Kim Jong Un 3" }, names)
  end)

  it("takes the mean of toward() over the sentences that mention the entity", function()
    local expected, n = 0, 0
    for _, e in ipairs(lavrov:entities("person")) do
      if e.canonical == "Vladimir Putin" then
        for _, s in ipairs(lavrov.sentences) do
          if s.start <= e.start and e.stop <= s.stop then
            local tone = lede.sentiment.toward(s.text, { start = e.start - s.start + 1, stop = e.stop - s.start + 1 })
            expected, n = expected + tone.score, n + 1
          end
        end
      end
    end
    assert.equal(9, n)
    local rows = sentiment.entities(corpus, { kind = "person" })
    local putin = rows[1]
    assert.equal("Vladimir Putin", putin.name)
    assert.near(expected / n, putin.tone, 1e-9)
    assert.equal(9, putin.positive + putin.neutral + putin.negative)
    assert.equal(1, putin.articles)
  end)

  it("gives the most positive and most negative sentence of each entity", function()
    local r = sentiment.run(corpus, { by = "entity", kind = "person", top = 2 })
    local forPutin = {}
    for _, e in ipairs(evidenceOf(r)) do
      if e.row == "Vladimir Putin" then forPutin[#forPutin + 1] = e end
    end
    assert.equal(2, #forPutin)
    assert.matches("^Under the current rules, we also have opportunities", forPutin[1].text)
    assert.matches("^most positive %(%+0%.%d+%)$", forPutin[1].label)
    assert.matches("^Putin claimed that there were areas of potential military collaboration", forPutin[2].text)
    assert.matches("^most negative %(%-0%.%d+%)$", forPutin[2].label)
  end)

  it("gathers countries from every place in them", function()
    local rows = sentiment.entities(corpus, { kind = "country" })
    assert.equal("Russia (RU)", rows[1].name)
    assert.equal("country", rows[1].kind)
    assert.equal(15, rows[1].mentions, "Russia, Moscow and the Kremlin (not anti-Russia, a modifier)")
    assert.equal("North Korea (KP)", rows[2].name)
    local gb
    for _, row in ipairs(rows) do if row.code == "GB" then gb = row end end
    assert.equal("United Kingdom (GB)", gb.name, "a country only its cities name has its gazetteer name")
    assert.equal(4, gb.articles)
    for _, row in ipairs(rows) do
      assert.equal(lede.gazetteer.country(row.code).name .. " (" .. row.code .. ")", row.name)
    end
  end)

  it("lists places one by one with kind place", function()
    local rows = sentiment.entities(corpus:search("Lavrov"), { kind = "place" })
    assert.equal("Russia, RU", rows[1].name)
    assert.equal(10, rows[1].mentions)
    assert.equal("North Korea, KP", rows[2].name)
    assert.equal(7, rows[2].mentions)
    assert.equal("Moscow, RU", rows[3].name, "the Kremlin resolves to Moscow")
    assert.equal(5, rows[3].mentions)
  end)

  it("takes people, organisations and countries by default", function()
    local t = tableNamed(sentiment.run(corpus, { by = "entity", top = 0 }), "entities")
    local kinds = {}
    for _, row in ipairs(t.rows) do kinds[row[2]] = true end
    assert.same({ person = true, organization = true, country = true }, kinds)
    assert.equal("Russia (RU)", t.rows[1][1])
  end)

  it("filters by kind, with either spelling of organisation", function()
    local a = sentiment.entities(corpus, { kind = "organization", min_mentions = 1 })
    local b = sentiment.entities(corpus, { kind = "organisation", min_mentions = 1 })
    assert.equal(#a, #b)
    for _, row in ipairs(a) do assert.equal("organization", row.kind) end
    local names = {}
    for _, row in ipairs(a) do names[row.name] = row.mentions end
    assert.equal(2, names["United Nations"], "UN counts for the United Nations")
    assert.equal(1, names["UN Security Council"])
  end)

  it("leaves out entities with fewer mentions than min_mentions", function()
    assert.equal(2, #sentiment.entities(corpus, { kind = "person", min_mentions = 6 }))
    assert.equal(0, #sentiment.entities(corpus, { kind = "person", min_mentions = 10 }))
    local r = sentiment.run(corpus, { by = "entity", kind = "person", min_mentions = 100 })
    assert.matches("min_mentions=1", r.notes[1])
  end)

  it("sorts by tone on request", function()
    local rows = sentiment.entities(corpus, { kind = "group", min_mentions = 1, sort = "negative" })
    assert.equal("North Korean", rows[1].name)
    for i = 2, #rows do assert.truthy(rows[i - 1].tone <= rows[i].tone) end
  end)

  it("gives the same report every run", function()
    local function text(r) return lede.json.encode({ r.tables[1].rows, evidenceOf(r) }) end
    local first = text(sentiment.run(corpus, { by = "entity", top = 0, min_mentions = 1 }))
    for _ = 1, 3 do
      assert.equal(first, text(sentiment.run(corpus, { by = "entity", top = 0, min_mentions = 1 })))
    end
  end)

  it("tells the tone toward a name for scripts", function()
    local tone, mentions, rows = sentiment.toward(corpus, "putin")
    assert.equal(9, mentions)
    assert.equal(1, #rows)
    assert.near(sentiment.entities(corpus, { kind = "person" })[1].tone, tone, 1e-9)
    local _, gb = sentiment.toward(corpus, "GB")
    local ru, n = sentiment.toward(corpus, "RU")
    assert.equal(15, n, "a country code names the country")
    assert.truthy(ru < 0)
    assert.equal(nil, (sentiment.toward(corpus, "Nobody At All")))
    local _, russia, matched = sentiment.toward(corpus, "Russia")
    assert.truthy(russia >= 16)
    assert.equal("Russia (RU)", matched[1].name)
    for _, row in ipairs(matched) do assert.falsy(row.name == "Russian", "whole words: the group Russian is not Russia") end
    local _, uk = sentiment.toward(corpus, "united kingdom")
    assert.equal(gb, uk, "a country met only through its cities is found by its name")
    local _, kim = sentiment.toward(corpus, "KIM JONG UN")
    assert.equal(3, kim)
  end)
end)
