-- stance: who backs or opposes whom, and whether articles confirm or refute a claim.
--
--   lede report stance seeds/                              actor × target net stance
--   lede report stance seeds/ --param view=network --format json   edges for graph tools
--   lede report stance seeds/ --param view=records         every stance with its evidence
--   lede report stance corpus/ --param claim="Kim backs Russia's war"   claim stance per article
--
-- The rules live in Lede's stance lexicon (lede.stance.cues() lists it; the file is
-- Sources/LedeAnalysis/Data/stance/cues.tsv). Add your own cues below: they are read with
-- the same rules (negation, passive voice, reciprocals) as the bundled ones.

-- { pattern, stance, intensity (−10 … +10), frame (object | urge | describe | warn) }
-- Patterns: `word+` adds inflections, `a|b` alternatives, `*` up to two words in between.
local EXTRA_CUES = {
  -- { "pour+ scorn on", "oppose", -5 },
  -- { "throw+ * weight behind", "support", 6 },
}

local function stances_of(article)
  if #EXTRA_CUES > 0 then return article:stances { cues = EXTRA_CUES } end
  return article:stances()
end

-- Net stance label for a mean intensity.
local function label(net)
  if net >= 1.5 then return "support" elseif net <= -1.5 then return "oppose" end
  return "neutral"
end

-- Issues (targets that name no entity) are kept apart from entities and normalised, so "the
-- new sanctions" and "New sanctions" are one issue: lowercase, without a leading determiner or
-- possessive, single spaces, no trailing punctuation.
local DETERMINERS = { the = true, a = true, an = true, its = true, his = true, her = true, their = true,
                      our = true, this = true, these = true, that = true, those = true, any = true }

local function issue(phrase)
  local words = {}
  for w in phrase:lower():gsub("[%p%s]+$", ""):gmatch("%S+") do words[#words + 1] = w end
  while #words > 1 and DETERMINERS[words[1]] do table.remove(words, 1) end
  return table.concat(words, " ")
end

-- Names of one referent across articles, merged: a one-word name ("Howard", from "Mr Howard")
-- goes to the only longer name in the corpus that ends with it ("Michael Howard"). Within an
-- article the entity layer already gives mentions one canonical name; this joins articles.
local function mergeNames(names)
  local byLast, longer = {}, {}
  for name in pairs(names) do
    local last = name:match("(%S+)$")
    if last and name:find("%s") then
      byLast[last] = byLast[last] or {}
      table.insert(byLast[last], name)
    end
  end
  local map = {}
  for name in pairs(names) do
    local candidates = not name:find("%s") and byLast[name]
    if candidates and #candidates == 1 then map[name] = candidates[1] else map[name] = name end
  end
  return map
end

-- Sorted keys, so output never depends on pairs() order.
local function sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  return keys
end

-- Every stance of a corpus with its names merged across articles and its target's kind:
-- {record=, article=, source=, named=, target=, kind = "entity"|"issue"}; named is false for a
-- holder named only by its role ("a Russian official").
local function records(corpus)
  local list, names = {}, {}
  for a in corpus:articles() do
    for _, s in ipairs(stances_of(a)) do
      list[#list + 1] = { record = s, article = a }
      if s.source_is_entity then names[s.source] = true end
      if s.target_is_entity then names[s.target] = true end
    end
  end
  local map = mergeNames(names)
  for _, r in ipairs(list) do
    local s = r.record
    r.source = s.source_is_entity and map[s.source] or s.source
    r.named = s.source_is_entity
    if s.target_is_entity then
      r.target, r.kind = map[s.target], "entity"
    else
      r.target, r.kind = issue(s.target), "issue"
    end
  end
  return list
end


-- The state of the table and network views: one group per stance as an article gives it
-- (source, whether the source is an entity, target kind and target). Names are merged across
-- articles only in `finish`, where every shard's names are known: a shard alone cannot tell
-- that "Howard" is the corpus's one "Michael Howard".
local function declarePairs(s)
  s:set("names")
  s:group("pairs", function(g)
    g:first("info", 1)
    g:count("support")
    g:count("oppose")
    g:count("neutral")
    -- Count, fixed-point sum and sum of squares: net and its interval merge exactly.
    g:variance("intensity")
    g:group("cues", function(c) c:first("at", 1) end)
    g:first("evidence", 1)
  end)
end

local function addPairs(s, a)
  for i, st in ipairs(stances_of(a)) do
    local at = lede.article_order(a, i)
    if st.source_is_entity then s.names:add(st.source) end
    if st.target_is_entity then s.names:add(st.target) end
    local kind = st.target_is_entity and "entity" or "issue"
    local target = st.target_is_entity and st.target or issue(st.target)
    local named = st.source_is_entity and "1" or "0"
    local g = s.pairs:at(table.concat({ st.source, named, kind, target }, "\0"))
    g.info:add(at, { source = st.source, named = st.source_is_entity, kind = kind, target = target, at = at })
    g[st.stance]:add()
    g.intensity:add(st.intensity)
    local cue = st.cue:lower()
    g.cues:at(cue).at:add(at, { at = at, cue = cue })
    g.evidence:add(at, lede.evidence { sentence = st.sentence, article = a, label = st.stance })
  end
end

-- Whether `x` comes before `y` in the corpus (article order, then the stance's place in it).
local function before(x, y)
  for i = 1, 4 do
    if x.at[i] ~= y.at[i] then return x.at[i] < y.at[i] end
  end
  return false
end

-- The pairs of a state as rows, with names merged across articles and each mean intensity with
-- its count and 95% interval, most frequent first (then strongest, then by name). Each row:
-- {source=, named=, target=, kind=, support=, oppose=, neutral=, sum=, count=, net=, low=, high=,
-- stats=, cue_list=, evidence=}.
local function pairRows(s)
  local names = {}
  for _, name in ipairs(s.names:values()) do names[name] = true end
  local map = mergeNames(names)
  local merged, order = {}, {}
  for _, key in ipairs(s.pairs:keys()) do
    local g = s.pairs:get(key)
    local info = g.info:items()[1]
    local source = info.named and map[info.source] or info.source
    local target = info.kind == "entity" and map[info.target] or info.target
    local mkey = source .. "\0" .. info.kind .. "\0" .. target
    local p = merged[mkey]
    if not p then
      p = { source = source, target = target, kind = info.kind, first = info, support = 0, oppose = 0, neutral = 0,
            intensity = lede.aggregate("variance"), cues = {}, evidence = lede.aggregate("first", 1) }
      merged[mkey] = p
      order[#order + 1] = mkey
    end
    -- The holder is named as in the pair's first record.
    if before(info, p.first) then p.first = info end
    p.support, p.oppose, p.neutral = p.support + g.support:value(), p.oppose + g.oppose:value(),
      p.neutral + g.neutral:value()
    p.intensity:merge(g.intensity:save())
    p.evidence:merge(g.evidence:save())
    for _, cue in ipairs(g.cues:keys()) do
      local c = g.cues:get(cue).at:items()[1]
      if not p.cues[cue] or before(c, p.cues[cue]) then p.cues[cue] = c end
    end
  end
  local rows = {}
  for _, mkey in ipairs(order) do
    local p = merged[mkey]
    local cues = {}
    for _, c in pairs(p.cues) do cues[#cues + 1] = c end
    table.sort(cues, before)
    p.cue_list = {}
    for i, c in ipairs(cues) do p.cue_list[i] = c.cue end
    p.named, p.first, p.cues = p.first.named, nil, nil
    p.stats = p.intensity:interval()
    p.count, p.sum, p.net = p.stats.n, p.intensity:sum(), p.stats.mean
    p.low, p.high = p.stats.low, p.stats.high
    p.evidence = p.evidence:items()
    rows[#rows + 1] = p
  end
  table.sort(rows, function(x, y)
    if x.count ~= y.count then return x.count > y.count end
    if math.abs(x.net) ~= math.abs(y.net) then return math.abs(x.net) > math.abs(y.net) end
    if x.source ~= y.source then return x.source < y.source end
    if x.target ~= y.target then return x.target < y.target end
    return x.kind < y.kind
  end)
  return rows
end

-- Every stance of a corpus, aggregated by (source, target): the mean intensity with its count
-- and 95% interval (see pairRows).
local function aggregate(corpus)
  return pairRows(lede.state(lede.plugin("stance"), corpus, { view = "table" }))
end

-- Nodes and weighted edges of the stance network: entities only (issues and unnamed holders
-- are left out and counted in `issues`), names merged across articles.
local function networkOf(rows, min_count)
  local edges, nodes, issues = {}, {}, 0
  for _, p in ipairs(rows) do
    if p.kind ~= "entity" or not p.named then
      issues = issues + p.count
    elseif p.count >= (min_count or 1) then
      edges[#edges + 1] = { source = p.source, target = p.target, weight = p.sum, count = p.count,
                            net = p.net, stance = label(p.net) }
      for _, end_ in ipairs { { p.source, "out" }, { p.target, "in" } } do
        local n = nodes[end_[1]] or { id = end_[1], out = 0, ["in"] = 0 }
        n[end_[2]] = n[end_[2]] + p.count
        nodes[end_[1]] = n
      end
    end
  end
  local list = {}
  for _, id in ipairs(sorted_keys(nodes)) do list[#list + 1] = nodes[id] end
  return { nodes = list, edges = edges, issues = issues }
end

local function network(corpus, min_count) return networkOf(aggregate(corpus), min_count) end

local function claim_add(s, a, params)
  local c = lede.stance.claim(params.claim, a)
  s.labels:add(c.label)
  local evidence = {}
  if params.evidence and c.label ~= "unrelated" then
    for i = 1, math.min(2, #c.sentences) do
      evidence[i] = lede.evidence { sentence = c.sentences[i], article = a, label = c.label }
    end
  end
  s.articles:add(lede.article_order(a), { article = lede.article_label(a), label = c.label, score = c.score,
    relatedness = c.relatedness, evidence = c.evidence[1], items = evidence })
end

local function claim_report(s, params, info)
  local r = lede.report { title = "Claim stance" }
  r.summary = params.claim
  local rows = r:table {
    name = "articles",
    columns = { { "article", "string" }, { "label", "string" }, { "score", "number", "decimals:2" },
                { "relatedness", "number", "decimals:2" }, { "evidence", "string" } },
  }
  for _, row in ipairs(s.articles:items()) do
    rows:add { row.article, row.label, row.score, row.relatedness, row.evidence }
    for _, e in ipairs(row.items) do r:evidence(e) end
  end
  local totals = r:table { name = "labels", columns = { { "label", "string" }, { "articles", "integer" } } }
  for _, l in ipairs { "agree", "disagree", "discuss", "unrelated" } do totals:add { l, s.labels:get(l) } end
  if info.articles == 0 then r:note("The corpus is empty: give files or folders to load.") end
  return r
end

return {
  name = "stance",
  version = "1.0",
  description = "Who supports or opposes whom (actor × target), as a table or a network; claim stance per article",
  params = {
    view = { type = "string", default = "table", choices = { "table", "network", "records" },
             help = "table: net stance per actor and target; network: nodes and weighted edges; records: every stance" },
    claim = { type = "string", help = "a claim: report whether each article agrees, disagrees, discusses or is unrelated" },
    min_count = { type = "integer", default = 1, help = "keep actor–target pairs seen at least this often" },
    top = { type = "integer", default = 100, help = "rows to keep" },
    evidence = { type = "boolean", default = true, help = "attach the evidence sentences" },
  },

  -- Shared with scripts: lede.plugin("stance").claim("…", article)
  claim = function(claim, article) return lede.stance.claim(claim, article) end,
  stances = stances_of,
  aggregate = aggregate,
  records = records,
  issue = issue,
  network = network,
  label = label,

  -- Mergeable: `lede report stance --partial` per shard, then `lede merge`.
  state = function(s, params)
    if params.claim and params.claim ~= "" then
      s:counts("labels")
      s:first("articles")
    elseif params.view == "records" then
      s:first("records", params.top or 100)
    else
      declarePairs(s)
    end
  end,

  add = function(s, a, params)
    if params.claim and params.claim ~= "" then return claim_add(s, a, params) end
    if params.view ~= "records" then return addPairs(s, a) end
    for i, st in ipairs(stances_of(a)) do
      s.records:add(lede.article_order(a, i), { article = lede.article_label(a),
        source = st.source, target = st.target, stance = st.stance, intensity = st.intensity, cue = st.cue,
        voice = st.voice, speaker = st.speaker, evidence = st.evidence })
    end
  end,

  finish = function(s, params, info)
    if params.claim and params.claim ~= "" then return claim_report(s, params, info) end
    local r = lede.report { title = "Stance" }
    if params.view == "network" then
      local net = networkOf(pairRows(s), params.min_count)
      local nodes = r:table { name = "nodes", columns = { { "id", "string" }, { "out", "integer" }, { "in", "integer" } } }
      for _, n in ipairs(net.nodes) do nodes:add { n.id, n.out, n["in"] } end
      local edges = r:table {
        name = "edges",
        columns = { { "source", "string" }, { "target", "string" }, { "weight", "number", "decimals:2" },
                    { "count", "integer" }, { "stance", "string" } },
      }
      for _, e in ipairs(net.edges) do edges:add { e.source, e.target, e.weight, e.count, e.stance } end
      r:chart { kind = "network", table = "edges", title = "Who supports or opposes whom",
                source = "source", target = "target", weight = "count", color = "stance" }
      r:note("Entities only, names merged across articles; "
        .. ("%d record%s about issues or by unnamed holders left out: view=table shows them.")
          :format(net.issues, net.issues == 1 and "" or "s"))
    elseif params.view == "records" then
      local t = r:table {
        name = "stances",
        columns = { { "article", "string" }, { "source", "string" }, { "target", "string" },
                    { "stance", "string" }, { "intensity", "number", "decimals:1" }, { "cue", "string" },
                    { "voice", "string" }, { "speaker", "string" }, { "evidence", "string" } },
      }
      for _, x in ipairs(s.records:items()) do
        t:add { x.article, x.source, x.target, x.stance, x.intensity, x.cue, x.voice, x.speaker, x.evidence }
      end
    else
      local t = r:table {
        name = "actor × target",
        columns = { { "source", "string" }, { "target", "string" }, { "kind", "string" }, { "stance", "string" },
                    { "net", "number", "decimals:1" }, { "low", "number", "decimals:1" }, { "high", "number", "decimals:1" },
                    { "support", "integer" }, { "oppose", "integer" },
                    { "neutral", "integer" }, { "mentions", "integer" }, { "cues", "string" } },
      }
      local kept = 0
      for _, p in ipairs(pairRows(s)) do
        if p.count >= params.min_count and kept < params.top then
          kept = kept + 1
          t:add { p.source, p.target, p.kind, label(p.net), p.net, p.low, p.high, p.support, p.oppose, p.neutral,
                  p.count, table.concat(p.cue_list, "; ") }
          if params.evidence then
            local e = p.evidence[1]
            e.label = p.source .. " → " .. p.target .. ": " .. e.label
            r:evidence(e)
          end
        end
      end
      r:chart { kind = "network", table = "actor × target", title = "Who supports or opposes whom",
                source = "source", target = "target", weight = "mentions", color = "stance" }
      r:note("net: mean intensity on a −10 (conflict) … +10 (cooperation) scale; "
        .. "stance: support ≥ 1.5, oppose ≤ −1.5, else neutral")
      r:note("low, high: the 95% interval of net (Student's t; none for a single record); "
        .. "kind: entity, or issue for a target that names no entity (normalised phrase)")
    end
    if info.articles == 0 then r:note("The corpus is empty: give files or folders to load.") end
    return r
  end,
}
