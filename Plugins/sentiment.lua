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
-- Every mean comes with its count and 95% interval (low, high: Student's t, lede.stats.mean);
-- "vs next" says whether a row's mean is distinguishable from the next row's (Welch's t-test
-- at 5%, lede.stats.differ): "≈" when it is not. sort = lower orders by the interval's lower
-- bound (the tone a row has at least), upper by its upper bound (the tone it has at most).
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


local function keep(n, top) return top and top > 0 and math.min(n, top) or n end

-- The row's value to sort on: its mean, or a bound of its interval (a row with no interval,
-- a single value, sorts as if its bound were its mean minus or plus 2, i.e. after the others).
local function sortValue(sort, mean, stats)
  if sort == "lower" then return stats.low or (mean - 2) end
  if sort == "upper" then return stats.high or (mean + 2) end
  return mean
end

-- "≈" when a row's mean cannot be told from the next row's, "" otherwise (and for the last).
local function versusNext(rows, i, count, stats)
  if i >= count then return "" end
  return lede.stats.differ(stats(rows[i]), stats(rows[i + 1])) and "" or "≈"
end

-- A tone lives in -1..1, so its interval does too: with few values Student's t reaches past the
-- scale (two mentions gave -7.1..5.9 on the seeds), which no reader can use. The mean and the
-- test between rows keep the unclipped summary.
local function clipped(stats)
  if stats.low then
    stats.low, stats.high = math.max(-1, stats.low), math.min(1, stats.high)
  end
  return stats
end

local INTERVAL_NOTE = "low, high: the 95% interval of the mean, within -1..1 (Student's t; none below 2 values); "
  .. "vs next ≈: not distinguishable from the next row (Welch's t-test, 5%)."

-- Sorts rows by `score` (descending for "positive", ascending for "negative"), ties by `tie`.
local function sortBy(list, sort, score, tie)
  table.sort(list, function(x, y)
    local a, b = score(x), score(y)
    if a ~= b then
      if sort == "negative" or sort == "upper" then return a < b end
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

-- An extreme as plain data a partial report can carry: the score and the sentence as evidence.
local function captured(e)
  return e and { score = e.score, evidence = lede.evidence { sentence = e.sentence } }
end

local function addExtremes(r, ex, row)
  if ex.best then
    local e = ex.best.evidence
    e.row, e.label = row, ("most positive (%+.3f)"):format(ex.best.score)
    addEvidence(r, e)
  end
  if ex.worst then
    local e = ex.worst.evidence
    e.row, e.label = row, ("most negative (%+.3f)"):format(ex.worst.score)
    addEvidence(r, e)
  end
end

-- Sorts ranked rows (mean in column 5, "vs next" in column 8), adds the shown ones to `t` with their
-- extreme sentences under `label(row)`, and returns how many were shown.
local function addRanked(r, t, rows, o, label)
  if o.sort ~= "order" then
    sortBy(rows, o.sort, function(row) return sortValue(o.sort, row[5], row.stats) end,
      function(x, y) return x.order < y.order end)
  end
  local shown = keep(#rows, o.top)
  for i = 1, shown do
    local row = rows[i]
    row[8] = versusNext(rows, i, shown, function(x) return x.stats end)
    t:add(row)
    if o.evidence then addExtremes(r, row.ex, label(row)) end
  end
  return shown
end


-- By article ---------------------------------------------------------------------------------

local function articleRow(a, o)
  local s = a:sentiment()
  local ex, scores = extremes(), {}
  -- a.blocks builds a fresh list on each access: read it once per article.
  local blocks = a.blocks
  for _, sentence in ipairs(a.sentences) do
    local role = blocks[sentence.block].role
    if role == "paragraph" or role == "standfirst" then
      local compound = sentence:sentiment().compound
      scores[#scores + 1] = compound
      consider(ex, compound, sentence)
    end
  end
  -- An article lies in one shard: its interval is final here, and travels as plain numbers.
  return { title = lede.article_label(a), number = lede.article_number(a), date = a.date and a.date:sub(1, 10),
           source = a.source, compound = s.compound,
           pos = s.pos, neu = s.neu, neg = s.neg, sentences = #scores, stats = clipped(lede.stats.mean(scores)),
           best = o.evidence and captured(ex.best) or nil, worst = o.evidence and captured(ex.worst) or nil }
end

-- The mean tone of each source over every article, not only the rows top= keeps, with its
-- interval: a chart of the shown rows alone left out sources whose articles ranked lower.
local function addSources(r, rows)
  local bySource, names = {}, {}
  for _, row in ipairs(rows) do
    local source = row[4]
    if source then
      if not bySource[source] then
        bySource[source] = {}
        names[#names + 1] = source
      end
      local list = bySource[source]
      list[#list + 1] = row[5]
    end
  end
  if #names == 0 then return end
  table.sort(names, function(x, y)
    if x:lower() ~= y:lower() then return x:lower() < y:lower() end
    return x < y
  end)
  local t = r:table {
    name = "sources",
    columns = { { "source", "string" }, { "articles", "integer" }, { "compound", "number" }, { "low", "number" },
                { "high", "number" } },
  }
  for _, name in ipairs(names) do
    local stats = clipped(lede.stats.mean(bySource[name]))
    t:add { name, stats.n, stats.mean, stats.low, stats.high }
  end
  r:chart { kind = "bar", table = "sources", title = "Tone per source (mean over all articles)", x = "source",
            y = "compound", lo = "low", hi = "high" }
end

local function byArticle(s, o, info)
  local r = lede.report { title = "Sentiment by article" }
  local t = r:table {
    name = "articles",
    columns = { { "#", "integer" }, { "article", "string" }, { "date", "string" }, { "source", "string" },
                { "compound", "number" }, { "low", "number" }, { "high", "number" }, { "vs next", "string" },
                { "pos", "number" }, { "neu", "number" }, { "neg", "number" }, { "sentences", "integer" } },
  }
  local rows = {}
  for i, x in ipairs(s.rows:items()) do
    rows[i] = { x.number, x.title, x.date, x.source, x.compound, x.stats.low, x.stats.high, "", x.pos, x.neu, x.neg,
                x.sentences, ex = { best = x.best, worst = x.worst }, stats = x.stats, order = i }
  end
  local shown = addRanked(r, t, rows, o, function(row) return row[2] end)
  if #rows > shown then
    r:note(("%d of %d articles shown (--param top=0 shows all)."):format(o.top, #rows))
  end
  if info.articles == 0 then r:note("The corpus is empty: give files or folders to load.") end
  r:note("compound in [-1, 1]: the mean over the standfirst and paragraph sentences (news mode, names masked).")
  r:chart { kind = "bar", table = "articles", title = "Tone per article", x = "article", y = "compound",
            lo = "low", hi = "high" }
  local dated = false
  for _, row in ipairs(rows) do dated = dated or row[3] ~= nil end
  if dated then
    -- The line is drawn from the table's rows: say so when top= cut them.
    local over = shown < #rows and (" of the %d articles shown"):format(shown) or ""
    r:chart { kind = "line", table = "articles", title = "Tone over time (weekly mean" .. over .. ")", x = "date",
              y = "compound", time = "week", aggregate = "mean" }
  end
  addSources(r, rows)
  r:note(INTERVAL_NOTE)
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

local function addSections(s, a, o)
  for k, section in ipairs(sectionsOf(a)) do
    local sum = { compound = 0, pos = 0, neu = 0, neg = 0 }
    local ex, scores = extremes(), {}
    for _, sentence in ipairs(section.sentences) do
      local x = sentence:sentiment()
      for key in pairs(sum) do sum[key] = sum[key] + x[key] end
      scores[#scores + 1] = x.compound
      consider(ex, x.compound, sentence)
    end
    local n = #section.sentences
    s.rows:add(lede.article_order(a, k), { title = lede.article_label(a), section = section.name, sentences = n,
      compound = sum.compound / n, pos = sum.pos / n, neu = sum.neu / n, neg = sum.neg / n, id = a.id,
      number = lede.article_number(a),
      stats = clipped(lede.stats.mean(scores)),
      best = o.evidence and captured(ex.best) or nil,
      worst = o.evidence and captured(ex.worst) or nil })
  end
end

local function byHeading(s, o)
  local r = lede.report { title = "Sentiment by heading" }
  local t = r:table {
    name = "headings",
    columns = { { "#", "integer" }, { "article", "string" }, { "heading", "string" }, { "sentences", "integer" },
                { "compound", "number" }, { "low", "number" }, { "high", "number" }, { "vs next", "string" },
                { "pos", "number" }, { "neu", "number" }, { "neg", "number" } },
  }
  local rows = {}
  for i, x in ipairs(s.rows:items()) do
    -- "#" is the article's session number (`.show N`); an article's sections share it.
    rows[i] = { x.number, x.title, x.section, x.sentences, x.compound, x.stats.low, x.stats.high, "", x.pos, x.neu,
                x.neg, ex = { best = x.best, worst = x.worst }, order = i, stats = x.stats }
  end
  if addRanked(r, t, rows, o, function(row) return row[2] .. " / " .. row[3] end) < #rows then
    r:note(("%d of %d headings shown (--param top=0 shows all)."):format(o.top, #rows))
  end
  r:note("One row per heading of each article; (lead) is the text before the first heading.")
  r:note(INTERVAL_NOTE)
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
local function mentionsOf(a, kinds)
  local out = {}
  for _, kind in ipairs(kinds) do
    if ENTITY_KINDS[kind] then
      for _, e in ipairs(a:entities(kind)) do
        -- The corpus entity's name, so "Obama" in one article and "Barack Obama" in the next
        -- are one row, as corpus:entities() has them.
        local found = e.entity and corpus:entity(e.entity)
        local name = found and found.name or e.canonical
        out[#out + 1] = { key = kind .. ":" .. name, name = name, kind = kind, start = e.start, stop = e.stop }
      end
    elseif kind == "country" then
      for _, p in ipairs(a:places()) do
        -- Demonyms and places inside names ("Russian", "the Texas Forest Service") qualify
        -- something else: the tone of their sentence is not tone toward the place.
        if p.country and p.role ~= "modifier" then
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

-- The state of by=entity: one group per entity key.
local function declareEntities(s)
  s:group("entities", function(g)
    g:first("info", 1)
    g:count("mentions")
    g:count("articles")
    -- Count, fixed-point sum and sum of squares: the mean and its interval merge exactly.
    g:variance("tone")
    g:count("positive")
    g:count("neutral")
    g:count("negative")
    g:first("best", 1)
    g:first("worst", 1)
  end)
end

local function addEntities(s, a, o)
  local kinds = kindsFor(o.kind)
  local sentences = a.sentences
  local seen = {}
  for i, m in ipairs(mentionsOf(a, kinds)) do
    local sentence = sentenceAt(sentences, m.start, m.stop)
    if sentence then
      local g = s.entities:at(m.key)
      local at = lede.article_order(a, i)
      g.info:add(at, { name = m.name, code = m.code, kind = m.kind })
      local tone = mentionTone(sentence, m.start, m.stop)
      g.mentions:add()
      g.tone:add(tone.score)
      g[tone.label]:add()
      local ex = seen[m.key]
      if not ex then
        g.articles:add()
        ex = extremes()
        seen[m.key] = ex
        ex.at = at
      end
      consider(ex, tone.score, sentence)
    end
  end
  -- One candidate per entity and article: the article's extremes, the earlier on ties.
  for key, ex in pairs(seen) do
    local g = s.entities:get(key)
    if ex.best then g.best:add({ -ex.best.score, ex.at[1], ex.at[2], ex.at[3] }, captured(ex.best)) end
    if ex.worst then g.worst:add({ ex.worst.score, ex.at[1], ex.at[2], ex.at[3] }, captured(ex.worst)) end
  end
end

-- An extreme shaped as scripts read it: {score=, sentence={text=, article={title=, id=}}}.
local function extremeRow(x)
  if not x then return nil end
  local e = x.evidence
  return { score = x.score, evidence = e,
           sentence = { text = e.text, article = { title = e.article_title, id = e.article_id } } }
end

-- The rows of a by=entity state with at least min_mentions mentions, sorted by mentions (or by
-- tone with sort = positive|negative, or a bound of its interval with lower|upper), ties by
-- name. Each row: {name=, kind=, key=, mentions=, articles=, tone=, low=, high=, stats=,
-- positive=, neutral=, negative=, best=, worst=, aggregate=} (aggregate: the tone's variance
-- aggregate, to merge rows).
local function entityRows(s, o)
  local kept = {}
  for _, key in ipairs(s.entities:keys()) do
    local g = s.entities:get(key)
    local info = g.info:items()[1]
    local row = { key = key, name = info.name, code = info.code, kind = info.kind, mentions = g.mentions:value(),
                  articles = g.articles:value(), positive = g.positive:value(), neutral = g.neutral:value(),
                  negative = g.negative:value(), best = extremeRow(g.best:items()[1]),
                  worst = extremeRow(g.worst:items()[1]) }
    if row.code then
      -- Named by the gazetteer, so a country met only through its cities has its name too.
      local country = lede.gazetteer.country(row.code)
      row.name = country and (country.name .. " (" .. row.code .. ")") or row.code
    end
    row.stats = clipped(g.tone:interval())
    row.tone, row.low, row.high, row.aggregate = row.stats.mean, row.stats.low, row.stats.high, g.tone
    if row.mentions >= (o.min_mentions or 1) then kept[#kept + 1] = row end
  end
  local function tie(x, y)
    if x.name ~= y.name then return x.name < y.name end
    return x.kind < y.kind
  end
  if o.sort == "positive" or o.sort == "negative" or o.sort == "lower" or o.sort == "upper" then
    sortBy(kept, o.sort, function(row) return sortValue(o.sort, row.tone, row.stats) end, function(x, y)
      if x.mentions ~= y.mentions then return x.mentions > y.mentions end
      return tie(x, y)
    end)
  else
    sortBy(kept, "positive", function(row) return row.mentions end, tie)
  end
  return kept
end

-- The tone toward every entity of the corpus with at least min_mentions mentions (see entityRows).
local function entities(corpus, params)
  local o = options(params)
  o.by = "entity"
  return entityRows(lede.state(lede.plugin("sentiment"), corpus, o), o)
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

-- The mean tone toward `name` across the corpus: the person, organisation or group the corpus
-- knows by that name (corpus:entity), else every one whose name contains `name` as whole words
-- and every country whose name does or whose code is `name`, in any case.
-- Returns the mean (nil when nothing matches), the mention count, the matching rows and the
-- mean's summary {n, mean, sd, low, high} over every matching mention.
local function toward(corpus, name, params)
  local o = options(params)
  o.min_mentions = 1
  if not (params and params.kind) then o.kind = "any" end
  local needle = name:lower()
  -- A name the corpus knows as one person, organisation or group ("Trump" as Donald Trump)
  -- means that entity alone, not every name holding the word (Melania Trump, Trump University).
  local known = corpus:entity(name)
  if known and not ENTITY_KINDS[known.kind] then known = nil end
  local tone, rows = lede.aggregate("variance"), {}
  for _, row in ipairs(entities(corpus, o)) do
    local match
    if known then
      match = row.kind == known.kind and row.name == known.name
    else
      match = hasWords(row.name:lower(), needle) or (row.code and row.code:lower() == needle)
    end
    if match then
      tone:merge(row.aggregate:save())
      rows[#rows + 1] = row
    end
  end
  if tone:count() == 0 then return nil, 0, rows end
  local stats = clipped(tone:interval())
  return stats.mean, stats.n, rows, stats
end

local function byEntity(s, o)
  local r = lede.report { title = "Sentiment toward entities" }
  local t = r:table {
    name = "entities",
    columns = { { "entity", "string" }, { "kind", "string" }, { "mentions", "integer" }, { "articles", "integer" },
                { "tone", "number" }, { "low", "number" }, { "high", "number" }, { "vs next", "string" },
                { "positive", "integer" }, { "neutral", "integer" }, { "negative", "integer" } },
  }
  local list = entityRows(s, o)
  local shown = keep(#list, o.top)
  for i = 1, shown do
    local row = list[i]
    t:add { row.name, row.kind, row.mentions, row.articles, row.tone, row.low, row.high,
            versusNext(list, i, shown, function(r) return r.stats end), row.positive, row.neutral, row.negative }
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
  r:chart { kind = "bar", table = "entities", title = "Tone toward each entity", x = "entity", y = "tone",
            lo = "low", hi = "high", color = "kind" }
  r:note("tone: the mean of lede.sentiment.toward over the sentences that mention the entity"
    .. ((o.kind == "all" or o.kind == "country") and "; countries gather every place in them." or "."))
  r:note(INTERVAL_NOTE)
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
    sort = { type = "string", default = "order", choices = { "order", "positive", "negative", "lower", "upper" },
             help = "order: by date, undated first (by=entity: most mentioned first); positive or negative: by mean tone; "
               .. "lower: by the 95% interval's lower bound, highest first; upper: by its upper bound, lowest first" },
    evidence = { type = "boolean", default = true, help = "show the most positive and most negative sentence of each row" },
  },

  entities = entities,
  toward = toward,
  headings = sectionsOf,

  -- Mergeable: `lede report sentiment --partial` per shard, then `lede merge`.
  state = function(s, params)
    local o = options(params)
    if o.by == "entity" then return declareEntities(s) end
    s:first("rows")
  end,

  add = function(s, a, params)
    local o = options(params)
    if o.by == "entity" then return addEntities(s, a, o) end
    if o.by == "heading" then return addSections(s, a, o) end
    s.rows:add(lede.article_order(a), articleRow(a, o))
  end,

  finish = function(s, params, info)
    local o = options(params)
    if o.by == "heading" then return byHeading(s, o) end
    if o.by == "entity" then return byEntity(s, o) end
    if o.by ~= "article" then
      error(("by must be article, heading or entity, got '%s'"):format(tostring(o.by)), 2)
    end
    return byArticle(s, o, info)
  end,
}
