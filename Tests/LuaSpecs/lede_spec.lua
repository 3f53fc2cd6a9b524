-- The lede table (DESIGN §3): parse, load, plugin, version, log and warn. lede.fail is not
-- called here: a failed check is recorded even under pcall and fails the run, so it is tested
-- end to end (`lede run -e 'lede.fail("x")'` exits 1).

local seeds = spec.dir .. "/../../seeds"

describe("lede.parse", function()
  it("makes an article that is not in the corpus", function()
    local a = lede.parse("A headline here\n\nFirst paragraph says Vladimir Putin spoke. Second sentence.")
    assert.equal("userdata", type(a))
    assert.equal(0, #corpus)
    assert.equal("A headline here", a.title)
    assert.equal("text", a.format)
    assert.equal("lede.parse", a.path)
    assert.equal(3, #a.sentences)
    assert.equal("Vladimir Putin", a:entities("person")[1].canonical)
  end)

  it("reads the seed layout: headline, standfirst, paragraphs and headings", function()
    local a = lede.parse("A headline here\n\nFirst paragraph says Putin spoke. Second sentence.\n\nSection head\n\nAnother paragraph.")
    local roles = {}
    for _, b in ipairs(a.blocks) do roles[#roles + 1] = b.role end
    assert.same({ "title", "paragraph", "heading", "paragraph" }, roles)
    assert.equal("Section head", a.blocks[4].heading)
  end)

  it("takes metadata: known fields and anything else into meta", function()
    local a = lede.parse("Headline\n\nBody text. More text.", {
      title = "Given title", standfirst = "Summary.", byline = "A. Writer", date = "2024-01-02",
      source = "Outlet", url = "https://example.org/a", path = "inbox/a.txt", desk = "World",
    })
    assert.equal("Given title", a.title)
    assert.equal("Summary.", a.standfirst)
    assert.equal("A. Writer", a.byline)
    assert.equal("2024-01-02", a.date)
    assert.equal("Outlet", a.source)
    assert.equal("https://example.org/a", a.url)
    assert.equal("inbox/a.txt", a.path)
    assert.same({ desk = "World" }, a.meta)
    assert.equal("Article " .. a.id:sub(1, 8) .. " “Given title”, 2024-01-02", tostring(a))
  end)

  it("reads Markdown with front matter", function()
    local a = lede.parse("---\ntitle: Front\ndate: 2024-02-03\ntags: x\n---\n# Heading\n\nSome text here. More text.\n",
      { format = "markdown" })
    assert.equal("markdown", a.format)
    assert.equal("Front", a.title)
    assert.equal("2024-02-03", a.date)
    assert.equal("x", a.meta.tags)
    assert.equal("# Heading", a.text:sub(1, 9), "front matter is not part of the text")
    assert.equal("markdown", lede.parse("# T\n\nText.", { format = "md" }).format, "md names Markdown too")
  end)

  it("reads JSON, mapping field names", function()
    local a = lede.parse('{"headline":"J title","body":"Body text one. Two.","published":"2024-03-04",'
      .. '"outlet":"O","author":"Au","link":"http://j","kind":"news"}', { format = "json" })
    assert.equal("json", a.format)
    assert.equal("J title", a.title)
    assert.equal("2024-03-04", a.date)
    assert.equal("O", a.source)
    assert.equal("Au", a.byline)
    assert.equal("http://j", a.url)
    assert.same({ kind = "news" }, a.meta)
  end)

  it("reads JSON Lines, HTML and RSS, keeping the first article", function()
    local j = lede.parse('{"title":"A","text":"x y."}\n{"title":"B","text":"z."}', { format = "jsonl" })
    assert.equal("A", j.title)
    assert.equal("jsonl", j.format)
    local h = lede.parse('<html><head><title>H title</title></head><body><article><h1>H title</h1>'
      .. '<p>Para one is long enough to count as text in the page.</p></article></body></html>', { format = "html" })
    assert.equal("html", h.format)
    assert.equal("H title", h.title)
    assert.matches("Para one is long enough", h.text)
    local r = lede.parse('<rss version="2.0"><channel><title>C</title><item><title>One</title>'
      .. '<description>First item text here.</description></item></channel></rss>', { format = "rss" })
    assert.equal("rss", r.format)
    assert.equal("One", r.title)
  end)

  it("gives the same id to the same text, but separate objects", function()
    local x, y = lede.parse("Same text\n\nBody."), lede.parse("Same text\n\nBody.")
    assert.equal(x.id, y.id)
    assert.falsy(x == y)
    assert.truthy(x == x)
  end)

  it("is analysed like a loaded article", function()
    local a = lede.parse("Talks\n\n“We will never give up,” Maria Zakharova said in Moscow.")
    assert.equal("Maria Zakharova", a:quotes()[1].speaker)
    assert.equal("Moscow", a:places()[1].name)
    assert.equal("number", type(a:sentiment().compound))
  end)

  it("checks its arguments", function()
    assert.error(function() lede.parse(nil) end, "bad argument #1 to 'parse' (string expected, got nil)")
    assert.error(function() lede.parse() end, "bad argument #1 to 'parse' (string expected, got no value)")
    assert.error(function() lede.parse({}) end, "bad argument #1 to 'parse' (string expected, got table)")
    assert.error(function() lede.parse("x", 5) end, "bad argument #2 to 'parse' (table expected, got number)")
    assert.error(function() lede.parse("x", { format = "pdf" }) end,
      "bad argument #2 to 'parse' (unknown format 'pdf'; expected text, markdown, json, jsonl, html, rss or atom)")
  end)

  it("says why text gives no article", function()
    assert.error(function() lede.parse("") end, "lede.parse: empty file; nothing to load")
    assert.error(function() lede.parse("{bad", { format = "json" }) end, "lede.parse: malformed JSON")
  end)

  it("removes a byte order mark and CRLF line ends, as loading a file does", function()
    local a = lede.parse("\239\187\191Title\r\n\r\nBody here.\r\n")
    assert.equal("Title", a.title)
    assert.falsy(a.text:find("\r", 1, true), "no CR left in the text")
  end)
end)

describe("lede.load", function()
  it("loads a file and returns the number of articles added", function()
    assert.equal(1, lede.load(seeds .. "/lavrov-visits-north-korea.txt"))
    assert.equal(1, #corpus)
  end)

  it("loads a glob", function()
    assert.equal(3, lede.load(seeds .. "/*.jsonl"))
    assert.equal(4, #corpus)
  end)

  it("loads a folder, counting only what is new", function()
    assert.equal(7, lede.load(seeds))
    assert.equal(11, #corpus)
    assert.equal(0, lede.load(seeds), "the same content loads once")
    assert.equal(11, #corpus)
  end)

  it("warns about a missing path and adds nothing", function()
    assert.equal(0, lede.load(seeds .. "/no-such-file.txt"))
    assert.equal(0, lede.load(seeds .. "/*.nothing"))
    assert.equal(11, #corpus)
  end)

  it("checks its argument", function()
    assert.error(function() lede.load() end, "bad argument #1 to 'load' (string expected, got no value)")
    assert.error(function() lede.load({}) end, "bad argument #1 to 'load' (string expected, got table)")
  end)
end)

describe("lede.plugin", function()
  it("returns a plugin's table with its shared functions", function()
    local overview = lede.plugin("overview")
    assert.equal("overview", overview.name)
    assert.equal("function", type(overview.run))
    assert.equal("function", type(overview.top_terms))
  end)

  it("loads a plugin once per session", function()
    assert.truthy(rawequal(lede.plugin("overview"), lede.plugin("overview")))
  end)

  it("suggests a name for a typo", function()
    assert.error(function() lede.plugin("overveiw") end, "unknown plugin 'overveiw'; did you mean 'overview'?")
    assert.error(function() lede.plugin() end, "bad argument #1 to 'plugin' (string expected, got no value)")
  end)
end)

describe("lede.version, log and warn", function()
  it("has a version", function()
    assert.matches("^%d+%.%d+%.%d+", lede.version)
  end)

  it("logs and warns any values without failing", function()
    lede.log("lede_spec: a log line", 1, nil, corpus)
    lede.warn("lede_spec: a warning")
    assert.truthy(true)
  end)

  it("reports an error in a __tostring it calls", function()
    local bad = setmetatable({}, { __tostring = function() error("no text for you") end })
    assert.error(function() lede.log(bad) end, "no text for you")
  end)
end)

describe("lede.article_order and lede.article_label", function()
  it("lists a JSON Lines file's articles by line number, after date and title", function()
    local first = lede.aggregate("first")
    local articles = {
      { path = "feed.jsonl:10", id = "c" }, { path = "feed.jsonl:2", id = "b" },
      { path = "feed.jsonl:100", id = "d" }, { path = "feed.jsonl:1", id = "a" },
      { path = "older.txt", id = "e", date = "2024-01-01" }, { title = "A title", id = "f" },
    }
    for _, a in ipairs(articles) do first:add(lede.article_order(a), a.id) end
    assert.same({ "f", "a", "b", "c", "d", "e" }, first:items())
  end)

  it("calls an article by its title, else its file, else its id", function()
    assert.equal("A title", lede.article_label({ title = "A title", path = "x.txt", id = "i" }))
    assert.equal("x.jsonl:3", lede.article_label({ path = "x.jsonl:3", id = "i" }))
    assert.equal("i", lede.article_label({ id = "i" }))
  end)
end)

describe("lede.article_order with an item's number", function()
  it("keeps two same-titled articles' items apart", function()
    local first = lede.aggregate("first")
    local a = { title = "Ferry Plan", path = "a.txt", id = "a" }
    local b = { title = "Ferry Plan", path = "b.txt", id = "b" }
    first:add(lede.article_order(b, 1), "b1")
    first:add(lede.article_order(a, 2), "a2")
    first:add(lede.article_order(a, 1), "a1")
    first:add(lede.article_order(b, 2), "b2")
    assert.same({ "a1", "a2", "b1", "b2" }, first:items())
  end)
end)
