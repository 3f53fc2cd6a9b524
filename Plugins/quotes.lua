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
-- `lede.aliases{…}`). A source that names no entity (`a Downing Street spokesman`, "the
-- company") counts under its own words within its article, labelled with the article's number:
-- "the company" of two articles is two companies.
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

-- The quotes of one article that pass the quote-kind, entity-kind and speaker filters
-- (options `o`), as plain tables: {article=, position=, number=, text=, kind=, speaker=,
-- entity=, entity_kind=, named=, source=, cue=, confidence=, start=, stop=}. `speaker` is the
-- name of the speaker's corpus entity (`entity` its id, `entity_kind` its kind), or the
-- source's words when it names no entity (`named` is false then); `position` is the
-- article's place in the corpus, `number` the quote's place in the article.
local function articleItems(a, position, o, entityOf)
  local out = {}
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
  return out
end

-- Every quote of the corpus that passes the filters (see articleItems), in corpus order.
local function collect(corpus, params)
  local o = options(params)
  local entityOf = entityCache()
  local out = {}
  for position, a in ipairs(corpus) do
    for _, item in ipairs(articleItems(a, position, o, entityOf)) do out[#out + 1] = item end
  end
  return out
end

-- Speakers by quotes (ties: by name, then entity, unattributed last).
local function rankSpeakers(x, y)
  if x.attributed ~= y.attributed then return x.attributed end
  if x.quotes ~= y.quotes then return x.quotes > y.quotes end
  if x.speaker ~= y.speaker then return x.speaker < y.speaker end
  return (x.key or "") < (y.key or "")
end

-- Whether a quote's source is words of its own article that name no one the corpus knows ("the
-- company", "a spokesman for the premier's office"): the same words in two articles are two speakers.
local function articleLocal(item) return item.attributed and not item.entity and not item.named end

-- A speaker's key: its corpus entity, the speaker's name, or for sources that name none the
-- source's words within their article.
local function speakerKey(item)
  if item.entity then return item.entity end
  if articleLocal(item) then return "\0" .. item.speaker .. "\0" .. item.article.id end
  return "\0" .. item.speaker
end

-- What an article-local source is labelled with, else nil: the article's number (`.show N`), or
-- where a partial was made without --shard and has no numbers, the start of the article's id.
local function localNumber(item)
  if not articleLocal(item) then return nil end
  local number = lede.article_number(item.article)
  return number and ("#" .. number) or item.article.id:sub(1, 8)
end

-- Speakers ranked by quotes (ties: by name, unattributed last), each
-- {speaker=, entity=, entity_kind=, quotes=, direct=, partial=, indirect=, articles=, items={…}}:
-- one per corpus entity, and one per source's words in each article for sources that name none.
local function speakers(corpus, params)
  local bySpeaker, list = {}, {}
  for _, item in ipairs(collect(corpus, params)) do
    local key = speakerKey(item)
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
  for key, s in pairs(bySpeaker) do s.key = key end
  table.sort(list, rankSpeakers)
  for _, s in ipairs(list) do s.lastArticle = nil end
  return list
end


-- The quote as evidence: a span into its article, so exports can point at it. Plain data, so
-- a partial report can carry it.
local function quoteEvidence(item, row)
  return lede.evidence {
    sentence = { text = item.text, start = item.start, stop = item.stop, article = item.article },
    label = item.kind .. (item.cue and (", " .. item.cue) or ""),
    row = row,
  }
end


local function keep(n, top) return top and top > 0 and math.min(n, top) or n end

-- The speakers of a state, ranked, each {speaker=, attributed=, quotes=, direct=, partial=,
-- indirect=, articles=, items={ {text=, evidence=}… }}.
local function speakerList(s, info)
  local list = {}
  for _, key in ipairs(s.speakers:keys()) do
    local g = s.speakers:get(key)
    local words, number = table.unpack(g.name:items()[1])
    -- An article-local source says which article it stands in when there are several, so that
    -- "The company" of two articles reads as two rows.
    local name = (number and info.articles > 1) and ("%s (%s)"):format(words, number) or words
    list[#list + 1] = { speaker = name, key = key, attributed = name ~= UNATTRIBUTED, quotes = g.quotes:value(),
                        direct = g.direct:value(), partial = g.partial:value(), indirect = g.indirect:value(),
                        articles = g.articles:value(), items = g.items:items() }
  end
  table.sort(list, rankSpeakers)
  return list
end

local function bySpeakerReport(s, o, info)
  local r = lede.report { title = "Who said what" }
  local t = r:table {
    name = "speakers",
    columns = { { "speaker", "string" }, { "quotes", "integer" }, { "direct", "integer" },
                { "partial", "integer" }, { "indirect", "integer" }, { "articles", "integer" },
                { "first quote", "string" } },
  }
  r:chart { kind = "bar", table = "speakers", title = "Top speakers", x = "speaker", y = "quotes" }
  local list = speakerList(s, info)
  for i = 1, keep(#list, o.top) do
    local sp = list[i]
    t:add { sp.speaker, sp.quotes, sp.direct, sp.partial, sp.indirect, sp.articles, sp.items[1].text }
    for j = 1, math.min(o.evidence, #sp.items) do addEvidence(r, sp.items[j].evidence) end
  end
  if #list > keep(#list, o.top) then
    r:note(("%d of %d speakers shown (--param top=0 shows all)."):format(o.top, #list))
  end
  return r, list
end

local function byArticleReport(s, o)
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
  local kept = s.articles:items()
  for _, g in ipairs(kept) do
    local counts, perSpeaker, names = { direct = 0, partial = 0, indirect = 0 }, {}, {}
    for _, item in ipairs(g.quotes) do
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
    articles:add { g.number, g.title, #g.quotes, counts.direct, counts.partial, counts.indirect, #names, names[1] }
    for _, item in ipairs(g.quotes) do
      quotes:add { g.number, item.speaker, item.kind, item.cue, item.text }
      if item.evidence then addEvidence(r, item.evidence) end
    end
  end
  local total = s.with_quotes:value()
  if total > #kept then r:note(("%d of %d articles with quotes shown (--param top=0 shows all)."):format(#kept, total)) end
  return r
end

local function byCorpusReport(s, o, info)
  local r = lede.report { title = "Quotes in the corpus" }
  local n = s.quotes:value()
  local list = speakerList(s, info)
  local named = 0
  for _, sp in ipairs(list) do if sp.attributed then named = named + 1 end end
  local totals = r:table {
    name = "totals",
    columns = { { "articles", "integer" }, { "with quotes", "integer" }, { "quotes", "integer" },
                { "direct", "integer" }, { "partial", "integer" }, { "indirect", "integer" },
                { "attributed", "number", "percent" }, { "speakers", "integer" } },
  }
  totals:add { info.articles, s.with_quotes:value(), n, s.kinds:get("direct"), s.kinds:get("partial"),
               s.kinds:get("indirect"), n > 0 and s.attributed:value() / n or nil, named }

  local kinds = r:table { name = "kinds", columns = { { "kind", "string" }, { "quotes", "integer" },
                                                       { "share", "number", "percent" } } }
  for _, k in ipairs(KINDS) do kinds:add { k, s.kinds:get(k), n > 0 and s.kinds:get(k) / n or nil } end

  local cueTable = r:table { name = "cues", columns = { { "cue", "string" }, { "quotes", "integer" } } }
  for _, row in ipairs(s.cues:top(o.top)) do cueTable:add(row) end

  local top = r:table { name = "most quoted", columns = { { "speaker", "string" }, { "quotes", "integer" },
                                                          { "articles", "integer" } } }
  for i = 1, keep(#list, o.top) do top:add { list[i].speaker, list[i].quotes, list[i].articles } end
  if list[1] then
    for j = 1, math.min(o.evidence, #list[1].items) do addEvidence(r, list[1].items[j].evidence) end
  end
  if n == 0 then r:note("No quotes found" .. (o.speaker and (" for speaker '" .. o.speaker .. "'") or "") .. ".") end
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

  -- Mergeable: `lede report quotes --partial` per shard, then `lede merge`.
  state = function(s, params)
    local o = options(params)
    if o.by == "article" then
      s:first("articles", o.top > 0 and o.top or 0)
      s:count("with_quotes")
      return
    end
    s:group("speakers", function(g)
      -- The name as the first article (in the shared order) gives it.
      g:first("name", 1)
      g:count("quotes")
      g:count("direct")
      g:count("partial")
      g:count("indirect")
      g:count("articles")
      g:first("items", math.max(o.evidence, 1))
    end)
    if o.by == "corpus" then
      s:count("quotes")
      s:count("attributed")
      s:count("with_quotes")
      s:counts("kinds")
      s:counts("cues")
    end
  end,

  add = function(s, a, params)
    local o = options(params)
    local items = articleItems(a, 0, o, entityCache())
    if #items == 0 then return end
    local order = lede.article_order(a)
    if o.by == "article" then
      s.with_quotes:add()
      local list = {}
      for j, item in ipairs(items) do
        list[j] = { speaker = item.speaker, attributed = item.attributed, kind = item.kind, cue = item.cue,
                    text = item.text, evidence = j <= o.evidence and quoteEvidence(item, item.speaker) or nil }
      end
      s.articles:add(order, { title = lede.article_label(a), number = lede.article_number(a), quotes = list })
      return
    end
    local seen = {}
    for j, item in ipairs(items) do
      local key = speakerKey(item)
      local g = s.speakers:at(key)
      local at = lede.article_order(a, j)
      g.name:add(at, { item.speaker, localNumber(item) })
      g.quotes:add()
      g[item.kind]:add()
      if not seen[key] then
        seen[key] = true
        g.articles:add()
      end
      g.items:add(at, { text = item.text, evidence = quoteEvidence(item, item.speaker) })
      if o.by == "corpus" then
        s.quotes:add()
        s.kinds:add(item.kind)
        if item.attributed then s.attributed:add() end
        if item.cue then s.cues:add(item.cue) end
      end
    end
    if o.by == "corpus" then s.with_quotes:add() end
  end,

  finish = function(s, params, info)
    local o = options(params)
    if o.by == "article" then return byArticleReport(s, o) end
    if o.by == "corpus" then return byCorpusReport(s, o, info) end
    if o.by ~= "speaker" then
      error(("by must be speaker, article or corpus, got '%s'"):format(tostring(o.by)), 2)
    end
    local r, list = bySpeakerReport(s, o, info)
    if #list == 0 then
      r:note(info.articles == 0 and "The corpus is empty: give files or folders to load."
        or ("No quotes found" .. (o.speaker and (" for speaker '" .. o.speaker .. "'") or "") .. "."))
    end
    return r
  end,
}
