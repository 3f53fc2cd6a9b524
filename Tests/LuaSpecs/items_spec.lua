-- Sentences, tokens, token lists, entities, quotes and places from Lua: fields, spans into
-- the article text, lists (#, [i], ipairs), tostring, equality and read-only-ness.

assert(lede.load(spec.dir .. "/../../seeds/lavrov-visits-north-korea.txt") == 1, "the seed loads")
local a = corpus[1]
local text = a.text

local function find(list, pred)
  for _, x in ipairs(list) do if pred(x) then return x end end
end

describe("Sentence", function()
  local s = a.sentences[3]

  it("has text, span, block, index and article", function()
    assert.matches("^Russian Foreign Minister Sergey Lavrov has landed in North Korea", s.text)
    assert.equal(196, s.start)
    assert.equal(375, s.stop)
    assert.equal(s.text, text:sub(s.start, s.stop))
    assert.equal(3, s.block)
    assert.equal(3, s.index)
    assert.truthy(s.article == a)
    assert.error(function() return s.nosuchfield end, "no field 'nosuchfield' in Sentence")
  end)

  it("lists its tokens, inside its span", function()
    local tokens = s:tokens()
    assert.equal(27, #tokens)
    assert.equal("Russian", tokens[1].text)
    assert.equal(".", tokens[#tokens].text)
    assert.equal("punct", tokens[#tokens].kind)
    assert.equal(s.start, tokens[1].start)
    assert.equal(s.stop, tokens[#tokens].stop)
    for _, t in ipairs(tokens) do
      assert.equal(t.text, text:sub(t.start, t.stop))
      assert.truthy(a:tokens()[t.index] == t, "a sentence's token is the article's token")
    end
  end)

  it("lists the entities inside it, of a kind if asked", function()
    local names = {}
    for _, e in ipairs(s:entities()) do names[#names + 1] = e.kind .. ":" .. e.canonical end
    assert.same({ "group:Russian", "person:Sergey Lavrov", "place:North Korea", "place:United States" },
      { table.unpack(names, 1, 4) })
    assert.equal("place:Ukraine", names[#names])
    assert.equal(1, #s:entities("person"))
    assert.equal(3, #s:entities("place"))
    assert.error(function() s:entities("thing") end, "bad argument #1 to 'entities' (unknown entity kind 'thing'")
  end)

  it("has a tone in news mode", function()
    local t = s:sentiment()
    assert.equal("number", type(t.compound))
    assert.near(1, t.pos + t.neu + t.neg, 0.01)
    assert.near(lede.sentiment.score(s.text).compound, t.compound, 1e-9)
    assert.truthy(a.sentences[20]:sentiment().compound < -0.5, "an air strike kill at least 500 civilians")
  end)

  it("describes itself", function()
    assert.equal("Sentence 3 of 23: “Russian Foreign Minister Sergey Lavrov has landed in North Korea, amp…”", tostring(s))
    assert.equal("Sentence 15 of 23: “Russia complies with all these restrictions.”", tostring(a.sentences[15]))
  end)

  it("compares by identity", function()
    assert.truthy(a.sentences[3] == a.sentences[3])
    assert.falsy(a.sentences[3] == a.sentences[4])
    assert.falsy(a.sentences[1] == a, "a sentence is not its article")
  end)

  it("is read-only", function()
    assert.error(function() s.text = "x" end, "attempt to set field 'text' of a read-only Sentence")
  end)

  it("names the method on a bad self", function()
    assert.error(function() s.tokens(a) end, "calling 'tokens' on bad self (Sentence expected, got Article)")
    assert.error(function() s.sentiment() end, "calling 'sentiment' on bad self (Sentence expected, got no value)")
  end)
end)

describe("TokenList and Token", function()
  local tokens = a:tokens()

  it("is a list: #, [i] and ipairs", function()
    assert.equal("userdata", type(tokens))
    assert.equal(553, #tokens)
    assert.equal(nil, tokens[0])
    assert.equal(nil, tokens[554])
    assert.equal(nil, tokens.nosuchfield)
    local n = 0
    for i, t in ipairs(tokens) do
      n = i
      assert.equal(i, t.index)
    end
    assert.equal(#tokens, n)
  end)

  it("gives tokens with text, lower, kind, span and index", function()
    local t = tokens[1]
    assert.equal("Russia’s", t.text)
    assert.equal("russia’s", t.lower)
    assert.equal("word", t.kind)
    assert.equal(1, t.start)
    assert.equal(#"Russia’s", t.stop)
    assert.equal(1, t.index)
    assert.error(function() return t.nosuchfield end, "no field 'nosuchfield' in Token")
  end)

  it("has spans into the article text for every token", function()
    for _, t in ipairs(tokens) do assert.equal(t.text, text:sub(t.start, t.stop)) end
  end)

  it("kinds numbers and punctuation", function()
    local number = find(a:tokens(), function(t) return t.text == "1,000" end)
    assert.truthy(number, "1,000 is one token")
    assert.equal("number", number.kind)
    local comma = a.sentences[3]:tokens()[11]
    assert.equal(",", comma.text)
    assert.equal("punct", comma.kind)
  end)

  it("describe themselves", function()
    assert.equal("TokenList of 553 tokens", tostring(tokens))
    assert.equal("Token word “Russia’s” at 1", tostring(tokens[1]))
  end)

  it("compare by identity", function()
    assert.truthy(tokens[1] == a:tokens()[1])
    assert.falsy(tokens[1] == tokens[2])
  end)

  it("are read-only", function()
    assert.error(function() tokens[1] = "x" end, "attempt to set field '1' of a read-only TokenList")
    assert.error(function() tokens[1].text = "x" end, "attempt to set field 'text' of a read-only Token")
  end)
end)

describe("Entity", function()
  local entities = a:entities()

  it("has text, kind, canonical, span and article", function()
    local e = find(entities, function(x) return x.text == "Lavrov" end)
    assert.equal("person", e.kind)
    assert.equal("Sergey Lavrov", e.canonical)
    assert.equal("Lavrov", text:sub(e.start, e.stop))
    assert.truthy(e.article == a)
    assert.error(function() return e.nosuchfield end, "no field 'nosuchfield' in Entity")
  end)

  it("has spans into the article text for every entity", function()
    for _, e in ipairs(entities) do assert.equal(e.text, text:sub(e.start, e.stop)) end
  end)

  it("shares canonical names across mentions of one referent", function()
    local putin = {}
    for _, e in ipairs(a:entities("person")) do
      if e.canonical == "Vladimir Putin" then putin[e.text] = true end
    end
    assert.truthy(putin["Putin"] and putin["Vladimir Putin"] and putin["the Russian president"])
    local leader = find(entities, function(x) return x.text == "the North Korean leader" end)
    assert.equal("Kim Jong Un", leader.canonical)
    local un = find(entities, function(x) return x.text == "UN" end)
    assert.equal("United Nations", un.canonical)
  end)

  it("knows groups", function()
    local g = find(entities, function(x) return x.kind == "group" end)
    assert.equal("Russian", g.text)
  end)

  it("describe themselves", function()
    assert.equal("Entity place “Russia”", tostring(entities[1]))
    assert.equal("Entity person “Lavrov” → Sergey Lavrov", tostring(entities[2]))
  end)

  it("compare by identity and are read-only", function()
    assert.truthy(a:entities()[2] == a:entities("person")[1])
    assert.falsy(entities[1] == entities[2])
    assert.error(function() entities[1].kind = "person" end, "attempt to set field 'kind' of a read-only Entity")
  end)
end)

describe("Quote", function()
  local quotes = a:quotes()
  local function starting(prefix)
    return find(quotes, function(q) return q.text:sub(1, #prefix) == prefix end)
  end

  it("has text, kind, speaker, cue and spans", function()
    local q = starting("Russia, as a responsible member")
    assert.equal("Russia, as a responsible member of the world community, strictly adheres to its "
      .. "international obligations towards Pyongyang through the UN Security Council,", q.text)
    assert.equal("direct", q.kind)
    assert.equal("Oleg Burmistrov", q.speaker)
    assert.equal("said", q.cue)
    assert.equal(q.text, text:sub(q.start, q.stop))
    assert.equal("Oleg Burmistrov", text:sub(q.speaker_start, q.speaker_stop))
    assert.equal("Oleg Burmistrov", q.source)
    assert.equal("number", type(q.confidence))
    assert.truthy(q.article == a)
    assert.error(function() return q.nosuchfield end, "no field 'nosuchfield' in Quote")
    assert.error(function() return q.speakr end, "no field 'speakr' in Quote; did you mean 'speaker'?")
  end)

  it("has spans into the article text for every quote and speaker", function()
    for _, q in ipairs(quotes) do
      assert.equal(q.text, text:sub(q.start, q.stop))
      if q.speaker_start then
        assert.truthy(q.speaker_stop >= q.speaker_start)
      else
        assert.equal(nil, q.speaker_stop)
      end
    end
  end)

  it("resolves a pronoun speaker to the canonical name", function()
    local q = starting("At the same time")
    assert.equal("At the same time, we are categorically against the introduction of new restrictive measures,",
      q.text)
    assert.equal("he", text:sub(q.speaker_start, q.speaker_stop), "the span is the he beside the cue")
    assert.equal("he", q.source)
    assert.equal("Oleg Burmistrov", q.speaker)
    assert.equal("added", q.cue)
    assert.truthy(q.confidence > 0.5 and q.confidence <= 1)
  end)

  it("gives the words that name an unnamed speaker as the source", function()
    local q = starting("as a crime")
    assert.equal("as a crime – as an act of dehumanisation", q.text)
    assert.equal("partial", q.kind)
    assert.equal("Russia’s foreign ministry spokeswoman", q.source)
    assert.equal(q.source, text:sub(q.speaker_start, q.speaker_stop))
    assert.equal(nil, q.speaker, "the spokeswoman is not named")
    assert.equal(nil, q.entity)
    assert.equal("said", q.cue)
  end)

  it("knows the three kinds", function()
    local kinds = {}
    for _, q in ipairs(quotes) do kinds[q.kind] = (kinds[q.kind] or 0) + 1 end
    assert.equal(3, kinds.direct)
    assert.truthy(kinds.partial >= 2 and kinds.indirect >= 4)
  end)

  it("describe themselves", function()
    local q = starting("There are certain restrictions.")
    assert.equal("Quote direct by Vladimir Putin: “There are certain restrictions. Russia complies with all th…”",
      tostring(q))
  end)

  it("compare by identity and are read-only", function()
    assert.truthy(quotes[1] == a:quotes()[1])
    assert.falsy(quotes[1] == quotes[2])
    assert.error(function() quotes[1].speaker = "me" end, "attempt to set field 'speaker' of a read-only Quote")
    assert.error(function() quotes[1].source = "me" end, "attempt to set field 'source' of a read-only Quote")
  end)
end)

describe("Place", function()
  local places = a:places()

  it("has name, text, geonames fields, kind, role and span", function()
    local moscow = find(places, function(p) return p.text == "Moscow" end)
    assert.equal("Moscow", moscow.name)
    assert.equal(524901, moscow.geonameid)
    assert.near(55.752, moscow.lat, 0.01)
    assert.near(37.618, moscow.lon, 0.01)
    assert.equal("RU", moscow.country)
    assert.equal("city", moscow.kind)
    assert.equal("location", moscow.role, "“Kim Jong Un in Moscow”")
    assert.equal("Moscow", text:sub(moscow.start, moscow.stop))
    assert.truthy(moscow.article == a)
    assert.error(function() return moscow.nosuchfield end, "no field 'nosuchfield' in Place")
  end)

  it("has spans into the article text for every place", function()
    for _, p in ipairs(places) do assert.equal(p.text, text:sub(p.start, p.stop)) end
  end)

  it("resolves the Kremlin to Moscow as an actor", function()
    local kremlin = find(places, function(p) return p.text == "Kremlin" end)
    assert.equal("Moscow", kremlin.name)
    assert.equal("actor", kremlin.role)
  end)

  it("knows kinds and leaves the country of a region nil", function()
    local kinds = {}
    for _, p in ipairs(places) do kinds[p.kind] = true end
    assert.truthy(kinds.country and kinds.city and kinds.region and kinds.continent)
    local east = find(places, function(p) return p.name == "East Asia" end)
    assert.equal("region", east.kind)
    assert.equal(nil, east.country)
    assert.equal("location", places[1].role)
  end)

  it("describe themselves", function()
    assert.equal("Place country “Russia” → Russia RU (location)", tostring(places[1]))
    assert.equal("Place city “Kremlin” → Moscow RU (actor)",
      tostring(find(places, function(p) return p.text == "Kremlin" end)))
  end)

  it("compare by identity and are read-only", function()
    assert.truthy(places[1] == a:places()[1])
    assert.falsy(places[1] == places[4], "two mentions of Russia are two places")
    assert.error(function() places[1].lat = 0 end, "attempt to set field 'lat' of a read-only Place")
  end)
end)

describe("objects of different kinds", function()
  it("never compare equal", function()
    assert.falsy(a.sentences[1] == a:tokens()[1])
    assert.falsy(a:entities()[1] == a:places()[1])
  end)

  it("hide their metatables", function()
    for _, v in ipairs({ a.sentences[1], a:tokens(), a:tokens()[1], a:entities()[1], a:quotes()[1], a:places()[1] }) do
      assert.equal(false, getmetatable(v))
    end
  end)
end)
