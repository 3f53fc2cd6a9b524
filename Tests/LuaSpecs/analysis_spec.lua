-- lede.sentiment (score in news and vader modes, toward a name or a span) and
-- lede.gazetteer.lookup and lede.gazetteer.country, from Lua.

local S = lede.sentiment
assert(lede.load(spec.dir .. "/../../seeds/lavrov-visits-north-korea.txt") == 1, "the seed loads")

describe("lede.sentiment.score", function()
  it("gives compound, pos, neu and neg", function()
    local s = S.score("The attack killed 12 civilians.")
    assert.near(-0.8225, s.compound, 1e-4)
    assert.near(0.0, s.pos, 1e-9)
    assert.near(0.283, s.neu, 1e-3)
    assert.near(0.717, s.neg, 1e-3)
  end)

  it("reproduces VADER in vader mode", function()
    local s = S.score("VADER is smart, handsome, and funny.", { mode = "vader" })
    assert.near(0.8316, s.compound, 1e-4)
    assert.near(0.746, s.pos, 1e-3)
    assert.near(0.254, s.neu, 1e-3)
    assert.near(0.0, s.neg, 1e-3)
  end)

  it("differs between news and vader on a news sentence", function()
    local text = "The minister praised the rescue workers but blamed the council for delays."
    local news, vader = S.score(text), S.score(text, { mode = "vader" })
    assert.near(-0.5267, news.compound, 1e-4)
    assert.near(-0.2263, vader.compound, 1e-4)
    assert.same(news, S.score(text, { mode = "news" }), "news is the default")
    assert.same(news, S.score(text, {}), "an empty options table is the default")
  end)

  it("scores a sentence of the seed as Sentence:sentiment does", function()
    local s = corpus[1].sentences[3]
    assert.near(-0.5994, S.score(s.text).compound, 1e-4)
    assert.near(-0.2732, S.score(s.text, { mode = "vader" }).compound, 1e-4)
    assert.same(S.score(s.text), s:sentiment())
  end)

  it("scores empty text as neutral zeros", function()
    assert.same({ compound = 0.0, pos = 0.0, neu = 0.0, neg = 0.0 }, S.score(""))
  end)

  it("checks its arguments", function()
    assert.error(function() S.score() end, "bad argument #1 to 'score' (string expected, got no value)")
    assert.error(function() S.score("x", 5) end, "bad argument #2 to 'score' (table expected, got number)")
    assert.error(function() S.score("x", { mode = "lexicon" }) end,
      'bad argument #2 to \'score\' (mode must be "news" or "vader")')
  end)
end)

describe("lede.sentiment.toward", function()
  local text = "The minister praised the rescue workers but blamed the council for delays."

  it("tells the tone toward a name", function()
    assert.same({ label = "positive", score = 0.3305 }, S.toward(text, "rescue workers"))
    assert.same({ label = "negative", score = -0.4703 }, S.toward(text, "council"))
    assert.same({ label = "negative", score = -0.8958 }, S.toward("Critics condemned Putin for the brutal war.", "Putin"))
  end)

  it("finds the name in any case", function()
    assert.same(S.toward("Putin praised Kim warmly.", "Kim"), S.toward("Putin praised Kim warmly.", "kim"))
  end)

  it("takes a {start, stop} byte span instead of a name", function()
    local start, stop = text:find("council", 1, true)
    assert.same(S.toward(text, "council"), S.toward(text, { start = start, stop = stop }))
    local k1, k2 = ("Putin praised Kim warmly."):find("Kim")
    assert.same({ label = "positive", score = 0.7096 }, S.toward("Putin praised Kim warmly.", { start = k1, stop = k2 }))
  end)

  it("takes the span of an entity relative to its sentence", function()
    local s = corpus[1].sentences[22]
    local e = s:entities()[1]
    assert.equal("Russia", e.text, "Russia faces criticism for an air strike")
    local span = { start = e.start - s.start + 1, stop = e.stop - s.start + 1 }
    assert.equal(e.text, s.text:sub(span.start, span.stop))
    local r = S.toward(s.text, span)
    assert.equal("negative", r.label)
    assert.truthy(r.score < 0)
  end)

  it("is neutral toward a name that is absent", function()
    assert.same({ label = "neutral", score = 0.0 }, S.toward("Putin praised Kim.", "Lavrov"))
  end)

  it("checks its arguments", function()
    assert.error(function() S.toward() end, "bad argument #1 to 'toward' (string expected, got no value)")
    assert.error(function() S.toward("x") end, "bad argument #2 to 'toward' (string or span expected, got no value)")
    assert.error(function() S.toward("x", nil) end, "bad argument #2 to 'toward' (string or span expected, got nil)")
    assert.error(function() S.toward("x", true) end, "bad argument #2 to 'toward' (string or span expected, got boolean)")
    assert.error(function() S.toward("abc", { start = 0, stop = 1 }) end,
      "bad argument #2 to 'toward' (span must have integer start and stop within the text)")
    assert.error(function() S.toward("abc", { start = 2, stop = 9 }) end, "span must have integer start and stop within the text")
    assert.error(function() S.toward("abc", { start = 1 }) end, "span must have integer start and stop within the text")
  end)
end)

describe("Article:toward and Sentence:toward", function()
  -- An article written for this test: a critic and the criticised, a reported speaker, and the
  -- same person named in full and by surname.
  local a = lede.parse(table.concat({
    "Council under fire over flood response",
    "Mayor Dana Whitlock criticised the regional council on Monday for its slow flood response.",
    "The council was blamed by residents for the delays and accused of ignoring warnings.",
    "Whitlock praised the volunteers who cleared the streets.",
    "Opposition leader Tom Reyes said the city had failed its poorest families.",
  }, "\n"))

  it("takes a name and scores every mention with its interval", function()
    local t = a:toward("regional council")
    assert.equal("negative", t.label)
    assert.truthy(t.mentions >= 1)
    assert.equal(t.mentions, t.n)
    assert.equal(t.mentions, #t.evidence)
    assert.equal(t.mentions, t.positive + t.neutral + t.negative)
    for _, e in ipairs(t.evidence) do
      assert.equal(e.text, a.text:sub(e.start, e.stop), "evidence spans are article positions")
    end
  end)

  it("does not score the speaker of a criticism as its object", function()
    local whitlock = a:toward("Dana Whitlock")
    assert.equal(2, whitlock.mentions, "the full name and the surname are one person")
    assert.truthy(whitlock.negative == 0, "criticising the council is not a tone toward her")
    assert.truthy(whitlock.low and whitlock.high and whitlock.low <= whitlock.score and whitlock.score <= whitlock.high)
  end)

  it("takes an Entity, a span, or a sentence's mentions only", function()
    local mayor
    for _, e in ipairs(a:entities("person")) do if e.canonical == "Dana Whitlock" then mayor = e end end
    assert.truthy(mayor)
    assert.same(a:toward("Dana Whitlock").evidence, a:toward(mayor).evidence)
    local s = a.sentences[4]
    local one = s:toward(mayor)
    assert.equal(1, one.mentions)
    assert.equal(nil, one.low, "one mention has no interval")
    local start, stop = a.text:find("Whitlock praised", 1, true)
    local bySpan = a:toward({ start = start, stop = start + #"Whitlock" - 1 })
    assert.equal(1, bySpan.mentions)
    assert.equal(one.evidence[1].score, bySpan.evidence[1].score)
    assert.equal(0, a:toward("Nobody Here").mentions)
    assert.equal("neutral", a:toward("Nobody Here").label)
  end)

  it("checks its argument", function()
    assert.error(function() a:toward() end, "bad argument #1 to 'toward' (CorpusEntity, Entity, Place, name or span expected, got no value)")
    assert.error(function() a:toward({ start = 0, stop = 3 }) end, "span must have integer start and stop within the text")
  end)
end)

describe("lede.gazetteer.lookup", function()
  it("ranks Moscow, Russia first", function()
    local places = lede.gazetteer.lookup("Moscow")
    assert.truthy(#places >= 3)
    local m = places[1]
    assert.equal("Moscow", m.name)
    assert.equal("RU", m.country)
    assert.equal("city", m.kind)
    assert.equal(524901, m.geonameid)
    assert.near(55.75, m.lat, 0.01)
    assert.near(37.62, m.lon, 0.01)
    assert.equal("48", m.admin1)
    assert.truthy(m.population > 10000000)
    assert.truthy(places[3].country == "US", "Moscow, Idaho comes after")
  end)

  it("puts the best-known place first", function()
    assert.equal("FR", lede.gazetteer.lookup("Paris")[1].country)
    assert.equal("GB", lede.gazetteer.lookup("London")[1].country)
    assert.equal("LY", lede.gazetteer.lookup("Tripoli")[1].country)
    assert.equal("EG", lede.gazetteer.lookup("Alexandria")[1].country)
    local georgia = lede.gazetteer.lookup("Georgia")
    assert.equal("country", georgia[1].kind)
    assert.equal("GE", georgia[1].country)
    assert.equal("US", georgia[2].country)
  end)

  it("ignores case", function()
    assert.equal(#lede.gazetteer.lookup("Moscow"), #lede.gazetteer.lookup("moscow"))
    assert.equal(524901, lede.gazetteer.lookup("MOSCOW")[1].geonameid)
  end)

  it("returns an empty list for an unknown name", function()
    assert.same({}, lede.gazetteer.lookup("Nowhereville"))
    assert.same({}, lede.gazetteer.lookup(""))
  end)

  it("checks its argument", function()
    assert.error(function() lede.gazetteer.lookup() end, "bad argument #1 to 'lookup' (string expected, got no value)")
    assert.error(function() lede.gazetteer.lookup({}) end, "bad argument #1 to 'lookup' (string expected, got table)")
  end)
end)

describe("lede.gazetteer.country", function()
  it("gives the country of an ISO code as lookup gives it", function()
    local gb = lede.gazetteer.country("GB")
    assert.equal("United Kingdom", gb.name)
    assert.equal("country", gb.kind)
    assert.equal("GB", gb.country)
    assert.equal(lede.gazetteer.lookup("United Kingdom")[1].geonameid, gb.geonameid)
    assert.truthy(gb.population > 50000000)
    assert.equal("Canada", lede.gazetteer.country("CA").name)
    assert.equal("Russia", lede.gazetteer.country("RU").name)
  end)

  it("ignores case", function()
    assert.equal(lede.gazetteer.country("KP").geonameid, lede.gazetteer.country("kp").geonameid)
    assert.equal(lede.gazetteer.country("KP").geonameid, lede.gazetteer.country("Kp").geonameid)
  end)

  it("gives a read-only GazetteerPlace, equal to the one lookup gives", function()
    local fr = lede.gazetteer.country("FR")
    assert.error(function() fr.name = "changed" end, "attempt to set field 'name' of a read-only GazetteerPlace")
    assert.equal("France", lede.gazetteer.country("FR").name)
    assert.equal(tostring(lede.gazetteer.lookup("France")[1]), tostring(fr))
  end)

  it("returns nil for a code that names no country", function()
    for _, code in ipairs({ "ZZ", "", "G", "GBR", "United Kingdom", "1A", "é", "G\0" }) do
      assert.equal(nil, lede.gazetteer.country(code), code)
    end
  end)

  it("checks its argument", function()
    assert.error(function() lede.gazetteer.country() end, "bad argument #1 to 'country' (string expected, got no value)")
    assert.error(function() lede.gazetteer.country({}) end, "bad argument #1 to 'country' (string expected, got table)")
    assert.error(function() lede.gazetteer.country(nil) end, "bad argument #1 to 'country' (string expected, got nil)")
  end)
end)
