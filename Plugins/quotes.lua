-- quotes: who said what. Speakers with their quotes and counts, per article and across the
-- corpus, with the quotes themselves as evidence.
--
--   lede report quotes seeds/
--   lede report quotes seeds/ --param quotes=direct --param top=5
--   lede report quotes seeds/ --param kind=person --aliases aliases.tsv
--   lede report quotes seeds/ --param by=article
--   lede report quotes seeds/ --param speaker=putin --format md
--
-- Speakers are corpus entities: "Charles Kennedy", "Mr Kennedy" and "Kennedy" in three
-- articles count as one speaker, and so do the names an analyst declares one (`--aliases FILE`,
-- `lede.aliases{…}`). A source that names no entity (`a Downing Street spokesman`) counts under
-- its own words.
--
-- Scripts reuse the pieces: lede.plugin("quotes").collect(corpus, { quotes = "direct" }) gives
-- every quote as a plain table, and .speakers(corpus, params) the ranked speakers.

local KINDS = { "direct", "partial", "indirect" }
local QUOTE_KINDS = { direct = true, partial = true, indirect = true }
local UNATTRIBUTED = "(unattributed)"

-- Plugins run from scripts get the params the script passes, not the host's defaults.
local DEFAULTS = { by = "speaker", kind = "all", quotes = "all", top = 20, evidence = 3, unattributed = true }

local function options(params)
  local o = {}
  for k, v in pairs(DEFAULTS) do o[k] = v end
  for k, v in pairs(params or {}) do o[k] = v end
  if o.speaker == "" then o.speaker = nil end
  if o.kind == "organisation" then o.kind = "organization" end
  -- Version 1 took the quote kind as `kind`: kind = "direct" still means quotes = "direct".
  if QUOTE_KINDS[o.kind] then o.quotes, o.kind = o.kind, "all" end
  return o
end

local function addEvidence(r, e)
  return r:evidence(e)
end

-- Whether the speaker passes the `speaker` filter: a part of its name or of one of its
-- aliases, in any case.
local function matchesSpeaker(name, aliases, filter)
  if not filter then return true end
  if name == nil then return false end
  local f = filter:lower()
  if name:lower():find(f, 1, true) then return true end
  for _, alias in ipairs(aliases or {}) do
    if alias:lower():find(f, 1, true) then return true end
  end
  return false
end

local PRONOUNS = { he = true, she = true, it = true, they = true, we = true, i = true, you = true }

-- The corpus entities quotes name, by id, looked up once per run: {name=, kind=, aliases=}.
local function entityCache()
  local cache = {}
  return function(id)
    local e = cache[id]
    if e == nil then
      local found = corpus:entity(id)
      e = found and { name = found.name, kind = found.kind, aliases = found.aliases } or false
      cache[id] = e
    end
    return e or nil
  end
end

-- Who a quote counts for: its speaker's corpus entity (name and kind), else the speaker's
-- name, else the words that name a source which is no entity (`Russia’s foreign ministry
-- spokeswoman`, kind nil); a bare pronoun names no one.
local function speakerOf(q, entityOf)
  if q.entity then
    local e = entityOf(q.entity)
    if e then return e.name, e.kind, q.entity, e.aliases end
  end
  if q.speaker then return q.speaker end
  local source = q.source
  if source and not PRONOUNS[source:lower()] then return source end
end

-- Every quote of the corpus that passes the quote-kind, entity-kind and speaker filters, in
-- corpus order, as plain tables: {article=, position=, number=, text=, kind=, speaker=,
-- entity=, entity_kind=, named=, source=, cue=, confidence=, start=, stop=}. `speaker` is the
-- name of the speaker's corpus entity (`entity` its id, `entity_kind` its kind), or the
-- source's words when it names no entity (`named` is false then); `position` is the
-- article's place in the corpus, `number` the quote's place in the article.
local function collect(corpus, params)
  local o = options(params)
  local entityOf = entityCache()
  local out = {}
  for position, a in ipairs(corpus) do
    for number, q in ipairs(a:quotes()) do
      local speaker, entityKind, id, aliases = speakerOf(q, entityOf)
      local keep = (o.quotes == "all" or q.kind == o.quotes)
        and (o.kind == "all" or entityKind == o.kind)
        and (speaker ~= nil or (o.unattributed and not o.speaker and o.kind == "all"))
        and matchesSpeaker(speaker, aliases, o.speaker)
      if keep then
        out[#out + 1] = {
          article = a, position = position, number = number, text = q.text, kind = q.kind,
          speaker = speaker or UNATTRIBUTED, attributed = speaker ~= nil, named = q.speaker ~= nil,
          entity = id, entity_kind = entityKind,
          source = q.source, cue = q.cue, confidence = q.confidence, start = q.start, stop = q.stop,
        }
      end
    end
  end
  return out
end

-- Speakers ranked by quotes (ties: by name, unattributed last), each
-- {speaker=, entity=, entity_kind=, quotes=, direct=, partial=, indirect=, articles=, items={…}}:
-- one per corpus entity, and one per source's words for sources that name none.
local function speakers(corpus, params)
  local bySpeaker, list = {}, {}
  for _, item in ipairs(collect(corpus, params)) do
    local key = item.entity or item.speaker
    local s = bySpeaker[key]
    if not s then
      s = { speaker = item.speaker, entity = item.entity, entity_kind = item.entity_kind,
            attributed = item.attributed, quotes = 0, direct = 0, partial = 0,
            indirect = 0, articles = 0, lastArticle = nil, items = {} }
      bySpeaker[key] = s
      list[#list + 1] = s
    end
    s.quotes = s.quotes + 1
    s[item.kind] = s[item.kind] + 1
    if s.lastArticle ~= item.position then
      s.articles, s.lastArticle = s.articles + 1, item.position
    end
    s.items[#s.items + 1] = item
  end
  table.sort(list, function(x, y)
    if x.attributed ~= y.attributed then return x.attributed end
    if x.quotes ~= y.quotes then return x.quotes > y.quotes end
    return x.speaker < y.speaker
  end)
  for _, s in ipairs(list) do s.lastArticle = nil end
  return list
end

local function titleOf(a) return a.title or a.path or a.id end

-- The quote as evidence: a span into its article, so exports can point at it.
local function quoteEvidence(r, item, row)
  addEvidence(r, {
    sentence = { text = item.text, start = item.start, stop = item.stop, article = item.article },
    label = item.kind .. (item.cue and (", " .. item.cue) or ""),
    row = row,
  })
end

local function keep(n, top) return top and top > 0 and math.min(n, top) or n end

local function bySpeakerReport(corpus, o)
  local r = lede.report { title = "Who said what" }
  local t = r:table {
    name = "speakers",
    columns = { { "speaker", "string" }, { "quotes", "integer" }, { "direct", "integer" },
                { "partial", "integer" }, { "indirect", "integer" }, { "articles", "integer" },
                { "first quote", "string" } },
  }
  r:chart { kind = "bar", table = "speakers", title = "Top speakers", x = "speaker", y = "quotes" }
  local list = speakers(corpus, o)
  for i = 1, keep(#list, o.top) do
    local s = list[i]
    t:add { s.speaker, s.quotes, s.direct, s.partial, s.indirect, s.articles, s.items[1].text }
    for j = 1, math.min(o.evidence, #s.items) do quoteEvidence(r, s.items[j], s.speaker) end
  end
  if #list > keep(#list, o.top) then
    r:note(("%d of %d speakers shown (--param top=0 shows all)."):format(o.top, #list))
  end
  return r, list
end

local function byArticleReport(corpus, o)
  local r = lede.report { title = "Quotes by article" }
  local articles = r:table {
    name = "articles",
    columns = { { "#", "integer" }, { "article", "string" }, { "quotes", "integer" }, { "direct", "integer" },
                { "partial", "integer" }, { "indirect", "integer" }, { "speakers", "integer" },
                { "most quoted", "string" } },
  }
  local quotes = r:table {
    name = "quotes",
    columns = { { "#", "integer" }, { "speaker", "string" }, { "kind", "string" }, { "cue", "string" },
                { "quote", "string" } },
  }
  -- Group the collected quotes by article, keeping corpus order.
  local groups, order = {}, {}
  for _, item in ipairs(collect(corpus, o)) do
    local g = groups[item.position]
    if not g then
      g = { article = item.article, position = item.position, items = {} }
      groups[item.position] = g
      order[#order + 1] = g
    end
    g.items[#g.items + 1] = item
  end
  local n = 0
  for _, g in ipairs(order) do
    if o.top > 0 and n >= o.top then break end
    n = n + 1
    local counts, perSpeaker, names = { direct = 0, partial = 0, indirect = 0 }, {}, {}
    for _, item in ipairs(g.items) do
      counts[item.kind] = counts[item.kind] + 1
      if item.attributed then
        if not perSpeaker[item.speaker] then names[#names + 1] = item.speaker end
        perSpeaker[item.speaker] = (perSpeaker[item.speaker] or 0) + 1
      end
    end
    table.sort(names, function(x, y)
      if perSpeaker[x] ~= perSpeaker[y] then return perSpeaker[x] > perSpeaker[y] end
      return x < y
    end)
    articles:add { g.position, titleOf(g.article), #g.items, counts.direct, counts.partial, counts.indirect,
                   #names, names[1] }
    for j, item in ipairs(g.items) do
      quotes:add { g.position, item.speaker, item.kind, item.cue, item.text }
      if j <= o.evidence then quoteEvidence(r, item, item.speaker) end
    end
  end
  if #order > n then r:note(("%d of %d articles with quotes shown (--param top=0 shows all)."):format(n, #order)) end
  return r
end

local function byCorpusReport(corpus, o)
  local r = lede.report { title = "Quotes in the corpus" }
  local items = collect(corpus, o)
  local counts, cues, withQuotes, attributed = { direct = 0, partial = 0, indirect = 0 }, {}, {}, 0
  local articlesWithQuotes = 0
  for _, item in ipairs(items) do
    counts[item.kind] = counts[item.kind] + 1
    if item.attributed then attributed = attributed + 1 end
    if item.cue then cues[item.cue] = (cues[item.cue] or 0) + 1 end
    if not withQuotes[item.position] then
      withQuotes[item.position] = true
      articlesWithQuotes = articlesWithQuotes + 1
    end
  end
  local list = speakers(corpus, o)
  local named = 0
  for _, s in ipairs(list) do if s.attributed then named = named + 1 end end
  local totals = r:table {
    name = "totals",
    columns = { { "articles", "integer" }, { "with quotes", "integer" }, { "quotes", "integer" },
                { "direct", "integer" }, { "partial", "integer" }, { "indirect", "integer" },
                { "attributed", "number", "percent" }, { "speakers", "integer" } },
  }
  totals:add { #corpus, articlesWithQuotes, #items, counts.direct, counts.partial, counts.indirect,
               #items > 0 and attributed / #items or nil, named }

  local kinds = r:table { name = "kinds", columns = { { "kind", "string" }, { "quotes", "integer" },
                                                       { "share", "number", "percent" } } }
  for _, k in ipairs(KINDS) do kinds:add { k, counts[k], #items > 0 and counts[k] / #items or nil } end

  local cueRows = {}
  for cue, n in pairs(cues) do cueRows[#cueRows + 1] = { cue, n } end
  table.sort(cueRows, function(x, y)
    if x[2] ~= y[2] then return x[2] > y[2] end
    return x[1] < y[1]
  end)
  local cueTable = r:table { name = "cues", columns = { { "cue", "string" }, { "quotes", "integer" } } }
  for i = 1, keep(#cueRows, o.top) do cueTable:add(cueRows[i]) end

  local top = r:table { name = "most quoted", columns = { { "speaker", "string" }, { "quotes", "integer" },
                                                          { "articles", "integer" } } }
  for i = 1, keep(#list, o.top) do top:add { list[i].speaker, list[i].quotes, list[i].articles } end
  if list[1] then
    for j = 1, math.min(o.evidence, #list[1].items) do quoteEvidence(r, list[1].items[j], list[1].speaker) end
  end
  if #items == 0 then r:note("No quotes found" .. (o.speaker and (" for speaker '" .. o.speaker .. "'") or "") .. ".") end
  return r
end

return {
  name = "quotes",
  version = "1.0",
  description = "Who said what: speakers, their quotes and counts, per article and across the corpus",
  params = {
    by = { type = "string", default = "speaker", choices = { "speaker", "article", "corpus" },
           help = "speaker: one row per speaker; article: the quotes of each article; corpus: totals, kinds and cues" },
    quotes = { type = "string", default = "all", choices = { "all", "direct", "partial", "indirect" },
               help = "keep only quotes of this kind" },
    kind = { type = "string", default = "all",
             choices = { "all", "person", "organization", "organisation", "group", "place", "direct", "partial", "indirect" },
             help = "keep only speakers that are corpus entities of this kind (direct, partial and indirect: "
               .. "the quote kinds of version 1, now quotes=…)" },
    speaker = { type = "string", help = "keep only speakers whose name or an alias contains this (any case)" },
    top = { type = "integer", default = 20, help = "rows to keep in the main table (0: all)" },
    evidence = { type = "integer", default = 3, help = "quotes shown as evidence per speaker (per article with by=article)" },
    unattributed = { type = "boolean", default = true, help = "count quotes with no known speaker, as " .. UNATTRIBUTED },
  },

  collect = collect,
  speakers = speakers,

  run = function(corpus, params)
    local o = options(params)
    if o.by == "article" then return byArticleReport(corpus, o) end
    if o.by == "corpus" then return byCorpusReport(corpus, o) end
    if o.by ~= "speaker" then
      error(("by must be speaker, article or corpus, got '%s'"):format(tostring(o.by)), 2)
    end
    local r, list = bySpeakerReport(corpus, o)
    if #list == 0 then
      r:note(#corpus == 0 and "The corpus is empty: give files or folders to load."
        or ("No quotes found" .. (o.speaker and (" for speaker '" .. o.speaker .. "'") or "") .. "."))
    end
    return r
  end,
}
