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

-- Every stance of a corpus, aggregated by (source, target): the mean intensity with its count
-- and 95% interval.
local function aggregate(corpus)
  local pairs_, order = {}, {}
  for _, r in ipairs(records(corpus)) do
    local s, a = r.record, r.article
    do
      local key = r.source .. "\0" .. r.kind .. "\0" .. r.target
      local p = pairs_[key]
      if not p then
        p = { source = r.source, named = r.named, target = r.target, kind = r.kind, support = 0, oppose = 0, neutral = 0,
              sum = 0, count = 0, cues = {}, cue_list = {}, evidence = {}, intensities = {} }
        pairs_[key] = p
        order[#order + 1] = key
      end
      p[s.stance] = p[s.stance] + 1
      p.sum = p.sum + s.intensity
      p.count = p.count + 1
      p.intensities[p.count] = s.intensity
      local cue = s.cue:lower()
      if not p.cues[cue] then
        p.cues[cue] = true
        p.cue_list[#p.cue_list + 1] = cue
      end
      p.evidence[#p.evidence + 1] = { sentence = s.sentence, article = a, stance = s.stance }
    end
  end
  local rows = {}
  for _, key in ipairs(order) do
    local p = pairs_[key]
    p.net = p.sum / p.count
    p.stats = lede.stats.mean(p.intensities)
    p.low, p.high = p.stats.low, p.stats.high
    rows[#rows + 1] = p
  end
  table.sort(rows, function(x, y)
    if x.count ~= y.count then return x.count > y.count end
    if math.abs(x.net) ~= math.abs(y.net) then return math.abs(x.net) > math.abs(y.net) end
    if x.source ~= y.source then return x.source < y.source end
    return x.target < y.target
  end)
  return rows
end

-- Nodes and weighted edges of the stance network: entities only (issues and unnamed holders
-- are left out and counted in `issues`), names merged across articles.
local function network(corpus, min_count)
  local edges, nodes, issues = {}, {}, 0
  for _, p in ipairs(aggregate(corpus)) do
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

local function claim_report(corpus, params)
  local r = lede.report { title = "Claim stance" }
  r.summary = params.claim
  local rows = r:table {
    name = "articles",
    columns = { { "article", "string" }, { "label", "string" }, { "score", "number", "decimals:2" },
                { "relatedness", "number", "decimals:2" }, { "evidence", "string" } },
  }
  local counts = { agree = 0, disagree = 0, discuss = 0, unrelated = 0 }
  for a in corpus:articles() do
    local c = lede.stance.claim(params.claim, a)
    counts[c.label] = counts[c.label] + 1
    rows:add { a.title or a.path or a.id, c.label, c.score, c.relatedness, c.evidence[1] }
    if params.evidence and c.label ~= "unrelated" then
      for i = 1, math.min(2, #c.sentences) do
        r:evidence { sentence = c.sentences[i], label = c.label }
      end
    end
  end
  local totals = r:table { name = "labels", columns = { { "label", "string" }, { "articles", "integer" } } }
  for _, l in ipairs { "agree", "disagree", "discuss", "unrelated" } do totals:add { l, counts[l] } end
  if #corpus == 0 then r:note("The corpus is empty: give files or folders to load.") end
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

  run = function(corpus, params)
    if params.claim and params.claim ~= "" then return claim_report(corpus, params) end
    local r = lede.report { title = "Stance" }
    if params.view == "network" then
      local net = network(corpus, params.min_count)
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
      local n = 0
      for a in corpus:articles() do
        for _, s in ipairs(stances_of(a)) do
          n = n + 1
          if n <= params.top then
            t:add { a.title or a.path or a.id, s.source, s.target, s.stance, s.intensity, s.cue,
                    s.voice, s.speaker, s.evidence }
          end
        end
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
      for _, p in ipairs(aggregate(corpus)) do
        if p.count >= params.min_count and kept < params.top then
          kept = kept + 1
          t:add { p.source, p.target, p.kind, label(p.net), p.net, p.low, p.high, p.support, p.oppose, p.neutral,
                  p.count, table.concat(p.cue_list, "; ") }
          if params.evidence then
            local e = p.evidence[1]
            r:evidence { sentence = e.sentence, article = e.article,
                         label = p.source .. " → " .. p.target .. ": " .. e.stance }
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
    if #corpus == 0 then r:note("The corpus is empty: give files or folders to load.") end
    return r
  end,
}
