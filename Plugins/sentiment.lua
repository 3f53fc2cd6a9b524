-- sentiment: the tone of each article, under each heading, and toward each person, organisation
-- and country across the corpus, with the most positive and most negative sentences as
-- evidence.
--
--   lede report sentiment seeds/                                  -- per article
--   lede report sentiment seeds/ --param by=heading
--   lede report sentiment seeds/ --param by=entity                -- people, organisations, countries
--   lede report sentiment seeds/ --param by=entity --param kind=person --param min_mentions=3
--   lede report sentiment seeds/ --param by=entity --param sort=negative --format md
--
-- Scores are compound values in [-1, 1]. An article's tone is the mean over its standfirst and
-- paragraph sentences (Article:sentiment); a section's is the mean over its sentences; the tone
-- toward an entity is the mean of lede.sentiment.toward over the sentences that mention it.
-- Countries gather every resolved place in them (Moscow and "the Kremlin" count for RU).
--
-- Scripts reuse the pieces: lede.plugin("sentiment").entities(corpus, { kind = "person" }) and
-- .toward(corpus, "Putin") (see Scripts/watch-tone.lua).

local DEFAULTS = { by = "article", kind = "all", min_mentions = 2, top = 20, sort = "order", evidence = true }
local ENTITY_KINDS = { person = true, organization = true, group = true }
-- What kind = "all" takes in: the people, organisations and countries of the sentiment issue.
local ALL_KINDS = { "person", "organization", "country" }

local function options(params)
  local o = {}
  for k, v in pairs(DEFAULTS) do o[k] = v end
  for k, v in pairs(params or {}) do o[k] = v end
  if o.kind == "organisation" then o.kind = "organization" end
  return o
end

local function addEvidence(r, e)
  return r:evidence(e)
end

local function titleOf(a) return a.title or a.path or a.id end

local function keep(n, top) return top and top > 0 and math.min(n, top) or n end

-- Sorts rows by `score` (descending for "positive", ascending for "negative"), ties by `tie`.
local function sortBy(list, sort, score, tie)
  table.sort(list, function(x, y)
    local a, b = score(x), score(y)
    if a ~= b then
      if sort == "negative" then return a < b end
      return a > b
    end
    return tie(x, y)
  end)
end

-- The extremes of a set of scored sentences: keeps the highest and lowest seen, the earlier on
-- ties, so the evidence does not depend on iteration order beyond the corpus order.
local function extremes()
  return { best = nil, worst = nil }
end

local function consider(ex, score, sentence)
  if score > 0 and (not ex.best or score > ex.best.score) then ex.best = { score = score, sentence = sentence } end
  if score < 0 and (not ex.worst or score < ex.worst.score) then ex.worst = { score = score, sentence = sentence } end
end

local function addExtremes(r, ex, row)
  if ex.best then
    addEvidence(r, { sentence = ex.best.sentence, row = row, label = ("most positive (%+.3f)"):format(ex.best.score) })
  end
  if ex.worst then
    addEvidence(r, { sentence = ex.worst.sentence, row = row, label = ("most negative (%+.3f)"):format(ex.worst.score) })
  end
end

-- By article ---------------------------------------------------------------------------------

local function byArticle(corpus, o)
  local r = lede.report { title = "Sentiment by article" }
  local t = r:table {
    name = "articles",
    columns = { { "#", "integer" }, { "article", "string" }, { "date", "string" }, { "source", "string" },
                { "compound", "number" }, { "pos", "number" }, { "neu", "number" }, { "neg", "number" },
                { "sentences", "integer" } },
  }
  local rows = {}
  for i, a in ipairs(corpus) do
    local s = a:sentiment()
    local ex, n = extremes(), 0
    -- a.blocks builds a fresh list on each access: read it once per article.
    local blocks = a.blocks
    for _, sentence in ipairs(a.sentences) do
      local role = blocks[sentence.block].role
      if role == "paragraph" or role == "standfirst" then
        n = n + 1
        consider(ex, sentence:sentiment().compound, sentence)
      end
    end
    rows[#rows + 1] = { i, titleOf(a), a.date and a.date:sub(1, 10), a.source, s.compound, s.pos, s.neu, s.neg, n, ex = ex }
  end
  if o.sort ~= "order" then
    sortBy(rows, o.sort, function(row) return row[5] end, function(x, y) return x[1] < y[1] end)
  end
  for i = 1, keep(#rows, o.top) do
    local row = rows[i]
    t:add(row)
    if o.evidence then addExtremes(r, row.ex, row[2]) end
  end
  if #rows > keep(#rows, o.top) then
    r:note(("%d of %d articles shown (--param top=0 shows all)."):format(o.top, #rows))
  end
  if #corpus == 0 then r:note("The corpus is empty: give files or folders to load.") end
  r:note("compound in [-1, 1]: the mean over the standfirst and paragraph sentences (news mode, names masked).")
  r:chart { kind = "bar", table = "articles", title = "Tone per article", x = "article", y = "compound" }
  local dated, sourced = false, false
  for _, row in ipairs(rows) do dated, sourced = dated or row[3] ~= nil, sourced or row[4] ~= nil end
  if dated then
    r:chart { kind = "line", table = "articles", title = "Tone over time (weekly mean)", x = "date", y = "compound",
              time = "week", aggregate = "mean" }
  end
  if sourced then
    r:chart { kind = "bar", table = "articles", title = "Tone per source (mean)", x = "source", y = "compound",
              aggregate = "mean" }
  end
  return r
end

-- By heading ---------------------------------------------------------------------------------

-- The parts of an article in order, one per heading (a.section is the desk, not these): the standfirst, the paragraphs before any heading ("(lead)")
-- and the paragraphs under each heading, with their sentences.
local function sectionsOf(a)
  local list, byName = {}, {}
  local blocks = a.blocks
  for _, sentence in ipairs(a.sentences) do
    local block = blocks[sentence.block]
    local name
    if block.role == "standfirst" then
      name = "(standfirst)"
    elseif block.role == "paragraph" then
      name = block.heading or "(lead)"
    end
    if name then
      local section = byName[name]
      if not section then
        section = { name = name, sentences = {} }
        byName[name] = section
        list[#list + 1] = section
      end
      section.sentences[#section.sentences + 1] = sentence
    end
  end
  return list
end

local function byHeading(corpus, o)
  local r = lede.report { title = "Sentiment by heading" }
  local t = r:table {
    name = "headings",
    columns = { { "#", "integer" }, { "article", "string" }, { "heading", "string" }, { "sentences", "integer" },
                { "compound", "number" }, { "pos", "number" }, { "neu", "number" }, { "neg", "number" } },
  }
  local rows, order = {}, 0
  for i, a in ipairs(corpus) do
    for _, section in ipairs(sectionsOf(a)) do
      local sum = { compound = 0, pos = 0, neu = 0, neg = 0 }
      local ex = extremes()
      for _, sentence in ipairs(section.sentences) do
        local s = sentence:sentiment()
        for k in pairs(sum) do sum[k] = sum[k] + s[k] end
        consider(ex, s.compound, sentence)
      end
      local n = #section.sentences
      order = order + 1
      rows[#rows + 1] = { i, titleOf(a), section.name, n, sum.compound / n, sum.pos / n, sum.neu / n, sum.neg / n,
                          ex = ex, order = order }
    end
  end
  if o.sort ~= "order" then
    sortBy(rows, o.sort, function(row) return row[5] end, function(x, y) return x.order < y.order end)
  end
  for i = 1, keep(#rows, o.top) do
    local row = rows[i]
    t:add(row)
    if o.evidence then addExtremes(r, row.ex, row[2] .. " / " .. row[3]) end
  end
  if #rows > keep(#rows, o.top) then
    r:note(("%d of %d headings shown (--param top=0 shows all)."):format(o.top, #rows))
  end
  r:note("One row per heading of each article; (lead) is the text before the first heading.")
  return r
end

-- By entity ----------------------------------------------------------------------------------

-- The sentence that holds the span [start, stop], by binary search over the article's sentences.
local function sentenceAt(sentences, start, stop)
  local lo, hi = 1, #sentences
  while lo <= hi do
    local mid = (lo + hi) // 2
    local s = sentences[mid]
    if stop < s.start then
      hi = mid - 1
    elseif start > s.stop then
      lo = mid + 1
    else
      return s
    end
  end
end

-- The tone toward the mention [start, stop] in its sentence: toward() takes the span relative
-- to the sentence text.
local function mentionTone(sentence, start, stop)
  return lede.sentiment.toward(sentence.text, { start = start - sentence.start + 1, stop = stop - sentence.start + 1 })
end

-- Every mention of the kinds asked for, as {key=, name=, kind=, start=, stop=} in text order.
local function mentionsOf(a, kinds, countryNames)
  local out = {}
  for _, kind in ipairs(kinds) do
    if ENTITY_KINDS[kind] then
      for _, e in ipairs(a:entities(kind)) do
        out[#out + 1] = { key = kind .. ":" .. e.canonical, name = e.canonical, kind = kind, start = e.start, stop = e.stop }
      end
    elseif kind == "country" then
      for _, p in ipairs(a:places()) do
        -- Demonyms and places inside names ("Russian", "the Texas Forest Service") qualify
        -- something else: the tone of their sentence is not tone toward the place.
        if p.country and p.role ~= "modifier" then
          if p.kind == "country" and not countryNames[p.country] then countryNames[p.country] = p.name end
          out[#out + 1] = { key = "country:" .. p.country, code = p.country, kind = "country", start = p.start, stop = p.stop }
        end
      end
    elseif kind == "place" then
      for _, p in ipairs(a:places()) do
        if p.role ~= "modifier" then
          local name = p.country and (p.name .. ", " .. p.country) or p.name
          out[#out + 1] = { key = "place:" .. p.geonameid, name = name, kind = "place", start = p.start, stop = p.stop }
        end
      end
    end
  end
  return out
end

-- "any" (used by toward) takes every kind that has a name: groups too.
local function kindsFor(kind)
  if kind == "all" then return ALL_KINDS end
  if kind == "any" then return { "person", "organization", "group", "country" } end
  return { kind }
end

-- The tone toward every entity of the corpus with at least min_mentions mentions, sorted by
-- mentions (or by tone with sort = positive|negative), ties by name. Each row:
-- {name=, kind=, key=, mentions=, articles=, tone=, positive=, neutral=, negative=, best=, worst=}.
local function entities(corpus, params)
  local o = options(params)
  local kinds = kindsFor(o.kind)
  local byKey, list, countryNames = {}, {}, {}
  for position, a in ipairs(corpus) do
    local sentences = a.sentences
    for _, m in ipairs(mentionsOf(a, kinds, countryNames)) do
      local sentence = sentenceAt(sentences, m.start, m.stop)
      if sentence then
        local row = byKey[m.key]
        if not row then
          row = { key = m.key, name = m.name, code = m.code, kind = m.kind, mentions = 0, articles = 0, sum = 0,
                  positive = 0, neutral = 0, negative = 0, ex = extremes() }
          byKey[m.key] = row
          list[#list + 1] = row
        end
        local tone = mentionTone(sentence, m.start, m.stop)
        row.mentions = row.mentions + 1
        if row.last ~= position then row.articles, row.last = row.articles + 1, position end
        row.sum = row.sum + tone.score
        row[tone.label] = row[tone.label] + 1
        consider(row.ex, tone.score, sentence)
      end
    end
  end
  local kept = {}
  for _, row in ipairs(list) do
    if row.code then row.name = countryNames[row.code] and (countryNames[row.code] .. " (" .. row.code .. ")") or row.code end
    row.tone = row.sum / row.mentions
    row.best, row.worst = row.ex.best, row.ex.worst
    row.sum, row.last, row.ex = nil, nil, nil
    if row.mentions >= (o.min_mentions or 1) then kept[#kept + 1] = row end
  end
  local function tie(x, y)
    if x.name ~= y.name then return x.name < y.name end
    return x.kind < y.kind
  end
  if o.sort == "positive" or o.sort == "negative" then
    sortBy(kept, o.sort, function(row) return row.tone end, function(x, y)
      if x.mentions ~= y.mentions then return x.mentions > y.mentions end
      return tie(x, y)
    end)
  else
    sortBy(kept, "positive", function(row) return row.mentions end, tie)
  end
  return kept
end

-- Whether `needle` occurs in `hay` as whole words (both lowercased): "putin" is in "vladimir
-- putin", "russia" is not in "russian". Bytes of UTF-8 letters count as word characters.
local function hasWords(hay, needle)
  local function wordByte(b) return b and (b >= 0x80 or string.char(b):match("[%w]") ~= nil) end
  local from = 1
  while true do
    local i, j = hay:find(needle, from, true)
    if not i then return false end
    if not wordByte(hay:byte(i - 1)) and not wordByte(hay:byte(j + 1)) then return true end
    from = i + 1
  end
end

-- The mean tone toward `name` across the corpus: every person, organisation, group or country
-- whose name contains `name` as whole words, or whose country code is `name`, in any case.
-- Returns the mean (nil when nothing matches), the mention count and the matching rows.
local function toward(corpus, name, params)
  local o = options(params)
  o.min_mentions = 1
  if not (params and params.kind) then o.kind = "any" end
  local needle = name:lower()
  local sum, mentions, rows = 0, 0, {}
  for _, row in ipairs(entities(corpus, o)) do
    if hasWords(row.name:lower(), needle) or (row.code and row.code:lower() == needle) then
      sum, mentions = sum + row.tone * row.mentions, mentions + row.mentions
      rows[#rows + 1] = row
    end
  end
  if mentions == 0 then return nil, 0, rows end
  return sum / mentions, mentions, rows
end

local function byEntity(corpus, o)
  local r = lede.report { title = "Sentiment toward entities" }
  local t = r:table {
    name = "entities",
    columns = { { "entity", "string" }, { "kind", "string" }, { "mentions", "integer" }, { "articles", "integer" },
                { "tone", "number" }, { "positive", "integer" }, { "neutral", "integer" }, { "negative", "integer" } },
  }
  local list = entities(corpus, o)
  for i = 1, keep(#list, o.top) do
    local row = list[i]
    t:add { row.name, row.kind, row.mentions, row.articles, row.tone, row.positive, row.neutral, row.negative }
    if o.evidence then
      local ex = { best = row.best, worst = row.worst }
      addExtremes(r, ex, row.name)
    end
  end
  if #list > keep(#list, o.top) then
    r:note(("%d of %d entities shown (--param top=0 shows all)."):format(o.top, #list))
  end
  if #list == 0 then
    r:note(("No entity has %d or more mentions (--param min_mentions=1 lowers the bar)."):format(o.min_mentions))
  end
  r:chart { kind = "bar", table = "entities", title = "Tone toward each entity", x = "entity", y = "tone", color = "kind" }
  r:note("tone: the mean of lede.sentiment.toward over the sentences that mention the entity"
    .. ((o.kind == "all" or o.kind == "country") and "; countries gather every place in them." or "."))
  return r
end

return {
  name = "sentiment",
  version = "1.0",
  description = "Tone of each article and heading, and toward the people, organisations and countries mentioned",
  params = {
    by = { type = "string", default = "article", choices = { "article", "heading", "entity" },
           help = "article: tone per article; heading: per heading of each article; entity: tone toward each entity" },
    kind = { type = "string", default = "all",
             choices = { "all", "person", "organization", "organisation", "group", "country", "place" },
             help = "with by=entity: all (people, organisations, countries), one entity kind, country or place" },
    min_mentions = { type = "integer", default = 2, help = "with by=entity: leave out entities mentioned fewer times" },
    top = { type = "integer", default = 20, help = "rows to keep (0: all)" },
    sort = { type = "string", default = "order", choices = { "order", "positive", "negative" },
             help = "order: corpus order (by=entity: most mentioned first); positive or negative: by tone" },
    evidence = { type = "boolean", default = true, help = "show the most positive and most negative sentence of each row" },
  },

  entities = entities,
  toward = toward,
  headings = sectionsOf,

  run = function(corpus, params)
    local o = options(params)
    if o.by == "heading" then return byHeading(corpus, o) end
    if o.by == "entity" then return byEntity(corpus, o) end
    if o.by ~= "article" then
      error(("by must be article, heading or entity, got '%s'"):format(tostring(o.by)), 2)
    end
    return byArticle(corpus, o)
  end,
}
