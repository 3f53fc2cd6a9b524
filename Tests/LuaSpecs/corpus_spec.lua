-- The corpus from Lua (DESIGN §3): length, indexing, iteration, views made by filter and
-- search, keyword in context, equality, tostring and read-only-ness.

local seeds = spec.dir .. "/../../seeds"

describe("corpus", function()
  it("starts empty in a spec and grows with lede.load", function()
    assert.equal(0, #corpus)
    assert.equal("Corpus of 0 articles", tostring(corpus))
    assert.equal(nil, corpus[1])
    assert.equal(11, lede.load(seeds))
    assert.equal(11, #corpus)
    assert.equal("Corpus of 11 articles", tostring(corpus))
  end)

  it("indexes articles from 1, gives nil just past the end and an error further", function()
    assert.equal("userdata", type(corpus[1]))
    assert.equal("userdata", type(corpus[#corpus]))
    assert.equal(nil, corpus[#corpus + 1])
    assert.error(function() return corpus[999] end, "no article 999: the session has 1 to 11")
    assert.error(function() return corpus[0] end, "no article 0: the session has 1 to 11")
    assert.error(function() return corpus[-1] end, "no article -1: the session has 1 to 11")
    assert.error(function() return corpus:search("Lavrov")[3] end, "no article 3: the view has 1 to 1")
    local n = 0
    for _ in ipairs(corpus) do n = n + 1 end
    assert.equal(#corpus, n)
  end)

  it("loads a folder in path order", function()
    local paths = {}
    for i = 1, #corpus do paths[i] = corpus[i].path:match("seeds/(.*)$") end
    assert.same({
      "climate-summit.json", "council-budget.md", "feed.atom#1", "feed.atom#2", "feed.rss#1",
      "feed.rss#2", "lavrov-visits-north-korea.txt", "transfer-news.html", "wire-briefs.jsonl:1",
      "wire-briefs.jsonl:2", "wire-briefs.jsonl:3",
    }, paths)
  end)

  it("iterates with ipairs and with articles()", function()
    local a, b = {}, {}
    for i, article in ipairs(corpus) do a[i] = article.id end
    for article in corpus:articles() do b[#b + 1] = article.id end
    assert.equal(#corpus, #a)
    assert.same(a, b)
  end)

  it("gives equal objects for the same article", function()
    assert.truthy(corpus[1] == corpus[1])
    assert.falsy(corpus[1] == corpus[2])
    assert.falsy(corpus[1] == corpus[1].id, "an article never equals a string")
  end)

  it("is read-only", function()
    assert.error(function() corpus[1] = "x" end, "attempt to set field '1' of a read-only Corpus")
    assert.error(function() corpus.extra = 1 end, "attempt to set field 'extra' of a read-only Corpus")
  end)

  it("hides its metatable", function()
    assert.equal(false, getmetatable(corpus))
    assert.error(function() setmetatable(corpus, {}) end, "table expected")
  end)
end)

describe("corpus:filter", function()
  it("makes a view of the articles the predicate accepts", function()
    local dated = corpus:filter(function(a) return a.date and a.date >= "2024-07" end)
    assert.equal(5, #dated)
    assert.equal("Corpus of 5 articles", tostring(dated))
    for a in dated:articles() do assert.truthy(a.date >= "2024-07") end
  end)

  it("keeps the corpus order and the articles' identity", function()
    local wire = corpus:filter(function(a) return a.source == "Example Wire" end)
    assert.equal(3, #wire)
    assert.truthy(wire[1] == corpus[9])
    assert.truthy(wire[3] == corpus[11])
    assert.equal(nil, wire[4])
  end)

  it("filters a view again", function()
    local wire = corpus:filter(function(a) return a.source == "Example Wire" end)
    local kamloops = wire:filter(function(a) return a.title:find("Kamloops") ~= nil end)
    assert.equal(1, #kamloops)
    assert.equal(3, #wire, "the first view is unchanged")
  end)

  it("can be empty", function()
    local none = corpus:filter(function() return false end)
    assert.equal(0, #none)
    assert.equal("Corpus of 0 articles", tostring(none))
    assert.equal(nil, none[1])
    local n = 0
    for _ in none:articles() do n = n + 1 end
    assert.equal(0, n)
  end)

  it("treats nil and false as rejection and anything else as acceptance", function()
    assert.equal(#corpus, #corpus:filter(function() return 0 end))
    assert.equal(0, #corpus:filter(function() end))
  end)

  it("checks its argument", function()
    assert.error(function() corpus:filter("x") end, "bad argument #1 to 'filter' (function expected, got string)")
    assert.error(function() corpus:filter() end, "bad argument #1 to 'filter' (function expected, got no value)")
    assert.error(function() corpus.filter(1, print) end, "calling 'filter' on bad self (Corpus expected, got number)")
  end)

  it("passes on errors raised by the predicate", function()
    assert.error(function() corpus:filter(function() error("boom") end) end, "boom")
  end)
end)

describe("corpus:search", function()
  it("matches words in any case", function()
    assert.equal(1, #corpus:search("lavrov"))
    assert.equal(1, #corpus:search("LAVROV"))
  end)

  it("needs every word", function()
    assert.equal(1, #corpus:search("Lavrov Pyongyang"))
    assert.equal(0, #corpus:search("Lavrov Orkney"))
  end)

  it("matches \"phrases\" as a whole", function()
    assert.equal(1, #corpus:search('"North Korea"'))
    assert.equal(0, #corpus:search('"Korea North"'))
  end)

  it("excludes articles with -words", function()
    local storm = #corpus:search("storm")
    assert.truthy(storm >= 1)
    assert.equal(#corpus - #corpus:search("Lavrov"), #corpus:search("-Lavrov"))
    assert.equal(1, #corpus:search('Lavrov "North Korea" -sport'))
    assert.equal(0, #corpus:search('Lavrov -Pyongyang'))
  end)

  it("searches inside a view", function()
    local wire = corpus:filter(function(a) return a.source == "Example Wire" end)
    assert.equal(0, #wire:search("Lavrov"))
    assert.equal(1, #wire:search("Kamloops"))
  end)

  it("returns a view that filters and searches further", function()
    local v = corpus:search("Lavrov")
    assert.truthy(v[1] == corpus[7])
    assert.equal(1, #v:filter(function(a) return a.format == "text" end))
  end)

  it("checks its argument", function()
    assert.error(function() corpus:search() end, "bad argument #1 to 'search' (string expected, got no value)")
    assert.error(function() corpus:search({}) end, "bad argument #1 to 'search' (string expected, got table)")
  end)
end)

describe("corpus:kwic", function()
  local lines

  before_each(function() lines = corpus:kwic("restrictions", 20) end)

  it("lists every occurrence with its context", function()
    assert.equal(2, #lines)
    local l = lines[2]
    assert.equal("restrictions", l.match)
    assert.equal("lies with all these ", l.left)
    assert.equal(". But there are thin", l.right)
    assert.truthy(l.article == corpus[7])
  end)

  it("is case-insensitive and keeps the text's case in match", function()
    assert.equal("Putin", corpus:kwic("putin")[1].match)
    assert.equal("restrictions", corpus:kwic("RESTRICTIONS")[1].match)
  end)

  it("gives spans into the article text", function()
    for _, l in ipairs(lines) do
      assert.equal(l.match, l.article.text:sub(l.start, l.stop))
      -- The context is shown on one line: newlines become spaces.
      assert.equal(l.left, (l.article.text:sub(l.start - #l.left, l.start - 1):gsub("\n", " ")))
    end
  end)

  it("defaults the width to 40 bytes or so", function()
    local wide = corpus:kwic("restrictions")
    assert.equal(#lines, #wide)
    assert.truthy(#wide[2].left > 20)
  end)

  it("works on a view and finds nothing where there is nothing", function()
    local wire = corpus:filter(function(a) return a.source == "Example Wire" end)
    assert.equal(0, #wire:kwic("restrictions"))
    assert.equal(0, #corpus:kwic("zzzzqqq"))
  end)

  it("checks its arguments", function()
    assert.error(function() corpus:kwic() end, "bad argument #1 to 'kwic' (string expected, got no value)")
    assert.error(function() corpus:kwic("x", -1) end, "bad argument #2 to 'kwic' (width must not be negative)")
    assert.error(function() corpus:kwic("x", "wide") end, "bad argument #2 to 'kwic' (number expected, got string)")
    assert.error(function() corpus:kwic("x", 1.5) end, "bad argument #2 to 'kwic' (number has no integer representation)")
  end)
end)

describe("views and lede.load", function()
  it("a view is a snapshot; the corpus itself grows", function()
    local all = corpus:filter(function() return true end)
    local n = #corpus
    assert.equal(1, lede.load(spec.dir .. "/../DevSets/articles/13-tripoli-clashes.txt"))
    assert.equal(n + 1, #corpus)
    assert.equal(n, #all)
    assert.equal(1, #corpus:search("Tripoli"))
    assert.equal(0, #all:search("Tripoli"))
  end)
end)
