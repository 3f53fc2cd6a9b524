-- Articles from Lua (DESIGN §2, §3): metadata fields, text, blocks, paragraphs, sentences and
-- the analysis methods, checked against the seed articles. Spans are 1-based, inclusive byte
-- positions: a.text:sub(x.start, x.stop) == x.text.

local seeds = spec.dir .. "/../../seeds"
assert(lede.load(seeds) == 11, "the seeds load")
local lavrov = corpus:search("Lavrov")[1]

local function byPath(suffix)
  for a in corpus:articles() do
    if a.path:sub(-#suffix) == suffix then return a end
  end
end

describe("Article fields", function()
  it("has the metadata of a plain-text seed", function()
    local a = lavrov
    assert.matches("^%x+$", a.id)
    assert.equal(16, #a.id)
    assert.equal("Russia’s Lavrov visits North Korea amid claims of military cooperation", a.title)
    assert.equal("The Russian foreign minister’s visit comes as the US fears Russia and North Korea are developing closer military links.", a.standfirst)
    assert.equal(nil, a.byline)
    assert.equal(nil, a.date)
    assert.equal(nil, a.source)
    assert.equal(nil, a.url)
    assert.equal("text", a.format)
    assert.matches("seeds/lavrov%-visits%-north%-korea%.txt$", a.path)
  end)

  it("keeps the text of a .txt file exactly", function()
    local a = lavrov
    assert.equal("string", type(a.text))
    assert.equal(3194, #a.text, "the client's file, in bytes, with no final newline")
    assert.equal("forces.", a.text:sub(-7))
    assert.equal(a.title, a.text:sub(1, #a.title))
  end)

  it("has the metadata of a JSON article", function()
    local a = byPath("climate-summit.json")
    assert.equal("json", a.format)
    assert.equal("Climate summit in Bonn ends with pledge on adaptation funding", a.title)
    assert.equal("2024-06-14", a.date)
    assert.equal("Ingrid Müller", a.byline)
    assert.equal("Example News Network", a.source)
    assert.equal("https://news.example.net/environment/2024/06/14/bonn-climate-summit-adaptation", a.url)
    assert.matches("^Delegates agreed", a.standfirst)
  end)

  it("keeps every other field in meta", function()
    local md = byPath("council-budget.md")
    assert.equal("markdown", md.format)
    assert.same({ "budget", "local-government", "transport", "libraries" }, md.meta.tags)
    assert.equal("Dana Whitfield", md.byline)
    local html = byPath("transfer-news.html")
    assert.equal("html", html.format)
    assert.equal("Football", html.section)
    assert.equal(nil, html.meta.section)
    local rss = byPath("feed.rss#1")
    assert.equal("rss", rss.format)
    assert.same({ "Transport" }, rss.meta.categories)
    assert.equal("Canada", byPath("wire-briefs.jsonl:2").section)
  end)

  it("gives an empty meta table, which encodes as an object", function()
    assert.equal("table", type(lavrov.meta))
    assert.equal(nil, next(lavrov.meta))
    assert.equal("{}", lede.json.encode(lavrov.meta))
  end)

  it("gives every format its name", function()
    local formats = {}
    for a in corpus:articles() do formats[#formats + 1] = a.format end
    assert.same({ "json", "markdown", "atom", "atom", "rss", "rss", "text", "html", "jsonl", "jsonl", "jsonl" }, formats)
  end)

  it("errs on an unknown field, naming the nearest", function()
    assert.error(function() return lavrov.nosuchfield end, "no field 'nosuchfield' in Article")
    assert.error(function() return lavrov.titel end, "no field 'titel' in Article; did you mean 'title'?")
    assert.error(function() return lavrov[1] end, "no field '1' in Article")
  end)

  it("has a stable id derived from the content", function()
    assert.equal(lavrov.id, lede.parse(lavrov.text).id)
    assert.truthy(lavrov.id ~= corpus[1].id)
  end)
end)

describe("Article structure", function()
  it("lists blocks with roles, spans, text and headings", function()
    local blocks = lavrov.blocks
    assert.equal(17, #blocks)
    assert.equal("title", blocks[1].role)
    assert.equal("standfirst", blocks[2].role)
    assert.equal("paragraph", blocks[3].role)
    assert.equal("heading", blocks[11].role)
    assert.equal("Deepening ties", blocks[11].text)
    assert.equal(nil, blocks[10].heading)
    assert.equal("Deepening ties", blocks[12].heading)
    assert.equal("Deepening ties", blocks[17].heading)
    for i, b in ipairs(blocks) do
      assert.equal(i, b.index)
      assert.equal(b.text, lavrov.text:sub(b.start, b.stop), "block " .. i)
    end
  end)

  it("lists paragraphs: the blocks with role paragraph", function()
    local paragraphs = lavrov.paragraphs
    assert.equal(14, #paragraphs)
    for _, p in ipairs(paragraphs) do
      assert.equal("paragraph", p.role)
      assert.equal(p.text, lavrov.blocks[p.index].text)
    end
  end)

  it("makes blocks of a Markdown article, with sections under headings", function()
    local md = byPath("council-budget.md")
    local roles, sections = {}, {}
    for _, b in ipairs(md.blocks) do
      roles[b.role] = (roles[b.role] or 0) + 1
      if b.heading then sections[b.heading] = true end
      assert.equal(b.text, md.text:sub(b.start, b.stop))
    end
    assert.equal(1, roles.title)
    assert.equal(1, roles.heading)
    assert.truthy(sections["What happens next"])
  end)

  it("lists sentences that tile the body in order", function()
    local sentences = lavrov.sentences
    assert.equal(23, #sentences)
    local last = 0
    for i, s in ipairs(sentences) do
      assert.equal(i, s.index)
      assert.equal(s.text, lavrov.text:sub(s.start, s.stop), "sentence " .. i)
      assert.truthy(s.start > last, "sentences are in order")
      last = s.stop
      local b = lavrov.blocks[s.block]
      assert.truthy(b.start <= s.start and s.stop <= b.stop, "sentence " .. i .. " lies in its block")
    end
    assert.equal("Russia complies with all these restrictions.", sentences[15].text)
    assert.equal("Deepening ties", sentences[11].text, "a heading is a sentence of its own")
  end)
end)

describe("Article methods", function()
  it("lists tokens with kinds and spans", function()
    local tokens = lavrov:tokens()
    assert.equal(553, #tokens)
    local kinds = {}
    for i, t in ipairs(tokens) do
      kinds[t.kind] = true
      assert.equal(t.text, lavrov.text:sub(t.start, t.stop))
      assert.equal(i, t.index)
    end
    assert.truthy(kinds.word and kinds.punct and kinds.number)
  end)

  it("lists the lowercased words and numbers", function()
    local words = lavrov:words()
    assert.equal(498, #words)
    assert.equal("russia’s", words[1])
    assert.equal("lavrov", words[2])
    for _, w in ipairs(words) do assert.equal(w:lower(), w) end
    local fromTokens = 0
    for _, t in ipairs(lavrov:tokens()) do
      if t.kind == "word" or t.kind == "number" then fromTokens = fromTokens + 1 end
    end
    assert.equal(fromTokens, #words)
  end)

  it("lists entities, all or of one kind", function()
    local all = lavrov:entities()
    local counts, sum = {}, 0
    for _, e in ipairs(all) do counts[e.kind] = (counts[e.kind] or 0) + 1 end
    for kind, n in pairs(counts) do
      assert.equal(n, #lavrov:entities(kind), kind)
      sum = sum + n
    end
    assert.equal(#all, sum)
    -- The recogniser improves; the seed's main actors are there whatever it learns.
    assert.truthy(#lavrov:entities("person") >= 20)
    assert.truthy(#lavrov:entities("place") >= 35)
    assert.truthy(#lavrov:entities("group") >= 5)
    assert.truthy(#lavrov:entities("organization") >= 2)
  end)

  it("accepts the British spelling organisation", function()
    assert.equal(#lavrov:entities("organization"), #lavrov:entities("organisation"))
  end)

  it("treats a nil kind as no filter", function()
    assert.equal(#lavrov:entities(), #lavrov:entities(nil))
  end)

  it("rejects an unknown entity kind", function()
    assert.error(function() lavrov:entities("animal") end,
      "bad argument #1 to 'entities' (unknown entity kind 'animal'; expected one of person, organization, place, group)")
    assert.error(function() lavrov:entities({}) end, "bad argument #1 to 'entities' (string expected, got table)")
  end)

  it("lists quotes", function()
    local quotes = lavrov:quotes()
    assert.equal(14, #quotes)
    for _, q in ipairs(quotes) do assert.equal(q.text, lavrov.text:sub(q.start, q.stop)) end
  end)

  it("lists places", function()
    local places = lavrov:places()
    local modifiers = 0
    for _, p in ipairs(places) do if p.role == "modifier" then modifiers = modifiers + 1 end end
    assert.equal(39, #places - modifiers)
    assert.truthy(modifiers > 0, "demonyms such as Russian are places with role modifier")
    assert.equal("Russia", places[1].name)
    assert.equal("RU", places[1].country)
  end)

  it("gives the geographic focus", function()
    local focus = lavrov:focus()
    assert.equal("RU", focus.country)
    assert.equal("RU", focus.countries[1].country)
    assert.equal("KP", focus.countries[2].country)
    for i = 2, #focus.countries do
      assert.truthy(focus.countries[i - 1].score >= focus.countries[i].score, "countries best first")
    end
    assert.equal("Pyongyang", focus.city.name, "Lavrov is in Pyongyang")
    assert.equal("Place", tostring(focus.city):match("^%a+"))
  end)

  it("gives the article's tone as the mean of its standfirst and paragraph sentences", function()
    local s = lavrov:sentiment()
    for _, key in ipairs({ "compound", "pos", "neu", "neg" }) do assert.equal("number", type(s[key])) end
    assert.truthy(s.compound >= -1 and s.compound <= 1)
    assert.near(1, s.pos + s.neu + s.neg, 0.01)
    assert.truthy(s.compound < 0, "sanctions, shelling and war read negative")
    local sum, n = 0, 0
    for _, sentence in ipairs(lavrov.sentences) do
      local role = lavrov.blocks[sentence.block].role
      if role == "paragraph" or role == "standfirst" then
        sum, n = sum + sentence:sentiment().compound, n + 1
      end
    end
    assert.near(sum / n, s.compound, 1e-6)
  end)

  it("names the method on a bad self", function()
    assert.error(function() lavrov.entities(5) end, "calling 'entities' on bad self (Article expected, got number)")
    assert.error(function() lavrov.quotes(corpus) end, "calling 'quotes' on bad self (Article expected, got Corpus)")
    assert.error(function() lavrov.tokens() end, "calling 'tokens' on bad self (Article expected, got no value)")
    assert.error(function() lavrov.places({}) end, "calling 'places' on bad self (Article expected, got table)")
    assert.error(function() lavrov.sentiment(lavrov.sentences[1]) end,
      "calling 'sentiment' on bad self (Article expected, got Sentence)")
    assert.error(function() lavrov:nomethod() end, "no field 'nomethod' in Article")
  end)
end)

describe("Article objects", function()
  it("are read-only", function()
    assert.error(function() lavrov.title = "x" end, "attempt to set field 'title' of a read-only Article")
    assert.error(function() lavrov.mine = 1 end, "attempt to set field 'mine' of a read-only Article")
    assert.equal(false, getmetatable(lavrov))
  end)

  it("hand out copies of their tables", function()
    local blocks = lavrov.blocks
    blocks[1].role = "changed"
    assert.equal("title", lavrov.blocks[1].role)
    local meta = byPath("transfer-news.html").meta
    meta.added = "changed"
    assert.equal(nil, byPath("transfer-news.html").meta.added)
  end)

  it("describe themselves", function()
    assert.equal("Article f57d8edb “Russia’s Lavrov visits North Korea amid claims of military …”", tostring(lavrov))
    assert.equal("Article d9672914 “Climate summit in Bonn ends with pledge on adaptation fundi…”, 2024-06-14",
      tostring(byPath("climate-summit.json")))
  end)

  it("compare equal by identity of the article", function()
    assert.truthy(lavrov == corpus[7])
    assert.truthy(lavrov.sentences[1].article == lavrov)
    assert.falsy(lavrov == corpus[1])
  end)
end)
