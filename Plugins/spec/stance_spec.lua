-- The stance plugin on the seed article: the stances the issue lists, the network view, and
-- claim stance.

local seeds = spec.dir .. "/../../seeds"

-- The first stance from source to target (by name, or a pattern on the target phrase).
local function find(stances, source, target)
  for _, s in ipairs(stances) do
    if s.source == source and (s.target == target or s.object:find(target, 1, true)) then return s end
  end
end

describe("stance", function()
  local stance = lede.plugin("stance")
  assert.equal(1, lede.load(seeds .. "/lavrov-visits-north-korea.txt"))
  local a = corpus[1]
  local all = a:stances()

  it("finds Kim's support for Russia", function()
    local s = find(all, "Kim Jong Un", "Russia")
    assert.truthy(s, "Kim Jong Un → Russia")
    assert.equal("support", s.stance)
    assert.equal("author", s.voice)
    assert.truthy(s.intensity > 5)
  end)

  it("finds praise both ways between Putin and Kim", function()
    assert.equal("support", find(all, "Vladimir Putin", "Kim Jong Un").stance)
    assert.equal("support", find(all, "Kim Jong Un", "Vladimir Putin").stance)
  end)

  it("finds both denials of the US allegations", function()
    assert.equal("oppose", find(all, "North Korea", "allegations").stance)
    assert.equal("oppose", find(all, "Kremlin", "allegations").stance)
  end)

  it("finds Burmistrov against new restrictive measures, in his own words", function()
    local s = find(all, "Oleg Burmistrov", "restrictive measures")
    assert.truthy(s)
    assert.equal("oppose", s.stance)
    assert.equal("direct", s.voice)
  end)

  it("finds Putin accepting Vietnam's invitation", function()
    local s = find(all, "Vladimir Putin", "Vietnam")
    assert.equal("support", s.stance)
    assert.equal("accepted an invitation", s.cue)
    assert.equal("author", s.voice, "the author reports it")
  end)

  it("finds the US concern over North Korea's weapons supplies", function()
    local s = find(all, "United States", "supplying Moscow with weapons")
    assert.truthy(s, "US → the supplies")
    assert.equal("oppose", s.stance)
    assert.equal("expressed concern", s.cue)
  end)

  it("finds Russia calling the hospital attack a crime", function()
    local s = find(all, "Russia", "the attack")
    assert.truthy(s, "Russia → the attack")
    assert.equal("oppose", s.stance)
    assert.equal("considered", s.cue)
  end)

  it("finds a Russian official blaming Ukrainian forces, with no quote", function()
    local s = find(all, "A Russian official", "Ukrainian forces")
    assert.truthy(s, "A Russian official → Ukrainian forces")
    assert.equal("oppose", s.stance)
    assert.equal(false, s.source_is_entity, "an unnamed official, not the demonym")
    assert.equal("Ukrainian forces", s.object, "the blamed, not the attack")
  end)

  it("finds unnamed critics of Russia", function()
    local s = find(all, "critics", "Russia")
    assert.truthy(s, "critics → Russia")
    assert.equal("oppose", s.stance)
    assert.equal("faces criticism", s.cue)
  end)

  it("credits the backing of Russia to the North Korean leader only", function()
    assert.equal(nil, find(all, "Vladimir Putin", "Russia"))
    assert.equal("Russia", find(all, "Kim Jong Un", "Russia").target)
  end)

  it("gives each stance its evidence sentence and cue span", function()
    for _, s in ipairs(all) do
      assert.equal(s.sentence.text, s.evidence)
      assert.equal(s.cue, a.text:sub(s.start, s.stop))
    end
  end)

  it("reads cues an analyst adds", function()
    local doc = lede.parse("Talks\nOfficials met.\nMayor Ann Lee poured scorn on the plan.")
    assert.equal(0, #doc:stances())
    local extra = doc:stances { cues = { { "pour+ scorn on", "oppose", -5 } } }
    assert.equal(1, #extra)
    assert.equal("oppose", extra[1].stance)
    assert.equal("the plan", extra[1].target)
  end)

  it("lists the bundled lexicon", function()
    local cues = lede.stance.cues()
    assert.truthy(#cues > 50)
    assert.truthy(cues[1].pattern and cues[1].stance and cues[1].intensity)
  end)

  it("builds the actor × target table with evidence", function()
    local r = stance.run(corpus, { view = "table", min_count = 1, top = 100, evidence = true })
    local t = r.tables[1]
    assert.equal("actor × target", t.name)
    assert.truthy(#t.rows >= 8)
    local evidence = type(r.evidence) == "table" and r.evidence or r.evidence_items
    assert.equal(#t.rows, #evidence)
  end)

  it("builds a network of weighted edges", function()
    local net = stance.network(corpus)
    assert.truthy(#net.edges >= 3)
    assert.truthy(net.issues >= 1, "stances about issues stay out of the network")
    for _, e in ipairs(net.edges) do assert.truthy(e.weight ~= 0 or e.stance == "neutral") end
    local r = stance.run(corpus, { view = "network", min_count = 1, top = 100, evidence = false })
    assert.equal("nodes", r.tables[1].name)
    assert.equal("edges", r.tables[2].name)
  end)

  it("answers claims", function()
    local related = stance.claim("Lavrov visits North Korea for talks", a)
    assert.truthy(related.label ~= "unrelated")
    assert.truthy(#related.evidence >= 1)
    assert.equal("unrelated", stance.claim("Local bakery wins national bread award", a).label)
    local r = stance.run(corpus, { claim = "Lavrov visits Pyongyang", evidence = true, top = 100, min_count = 1, view = "table" })
    assert.equal("articles", r.tables[1].name)
  end)
end)
