-- overview: the first look at a corpus. How many articles, how long, when, from where,
-- and which terms and people dominate it.
--
--   lede report overview seeds/
--   lede report overview seeds/ --param top=5 --format md

local STOPWORDS = {}
for w in ([[a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours ourselves
out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves said says s t mr ms mrs dr jr
one two three four five six seven eight nine ten]]):gmatch("%a+") do
  STOPWORDS[w] = true
end

-- "mr." is a token with its dot: a stop word however it is written.
local function is_stopword(word)
  return STOPWORDS[word] == true or STOPWORDS[word:match("^(%a+)%.$") or ""] == true
end

-- Words too short or too common to be a term.
local function skipped(word) return #word <= 2 or is_stopword(word) end

local function top(counts, n)
  local rows = {}
  for key, count in pairs(counts) do rows[#rows + 1] = { key, count } end
  -- Ties break alphabetically so the output never depends on pairs() order.
  table.sort(rows, function(x, y)
    if x[2] ~= y[2] then return x[2] > y[2] end
    return x[1] < y[1]
  end)
  local kept = {}
  for i = 1, math.min(n, #rows) do kept[i] = rows[i] end
  return kept
end

return {
  name = "overview",
  version = "1.0",
  description = "Articles, words, sentences, top terms and people of a corpus",
  params = {
    top = { type = "integer", default = 10, help = "rows to keep in the terms and people tables" },
    articles = { type = "boolean", default = true, help = "list every article with its counts" },
  },

  -- Shared with scripts: lede.plugin("overview").top_terms(corpus, 5)
  is_stopword = is_stopword,

  top_terms = function(corpus, n)
    local counts = {}
    for a in corpus:articles() do
      for _, w in ipairs(a:words()) do
        if not skipped(w) then counts[w] = (counts[w] or 0) + 1 end
      end
    end
    return top(counts, n)
  end,

  -- Mergeable: the host adds each article to the state and finishes the report from it, so
  -- `lede report overview --partial` per shard and `lede merge` give the single run's report.
  state = function(s, params)
    s:count("articles")
    s:sum("words")
    s:sum("sentences")
    s:sum("paragraphs")
    s:min("first")
    s:max("last")
    -- Articles listed by date, then title, then id: an order every shard agrees on.
    if params.articles then s:first("list") end
    s:counts("terms")
    s:counts("people")
    s:first("duplicates")
  end,

  -- Corpus-level work within one shard, after its articles are added: near-duplicate clusters.
  shard = function(s, corpus, params)
    local order = {}
    for a in corpus:articles() do order[a.id] = lede.article_order(a) end
    for _, c in ipairs(corpus:duplicates { threshold = 0.8 }) do
      local members = {}
      for i, a in ipairs(c) do members[i] = { id = a.id, title = a.title or a.id, path = a.path } end
      s.duplicates:add(order[c[1].id], { similarity = c.similarity, members = members })
    end
  end,

  add = function(s, a, params)
    local words = a:words()
    local w, n, p = #words, #a.sentences, #a.paragraphs
    s.articles:add()
    s.words:add(w)
    s.sentences:add(n)
    s.paragraphs:add(p)
    s.first:add(a.date)
    s.last:add(a.date)
    if s.list then
      local title = lede.article_label(a)
      -- Named fields: a list with a nil in it (no date) would not survive the JSON a partial is.
      s.list:add(lede.article_order(a),
        { id = a.id, number = lede.article_number(a), title = title, date = a.date, source = a.source, words = w,
          sentences = n, paragraphs = p })
    end
    local terms = s.terms
    for _, word in ipairs(words) do
      if not skipped(word) then terms:add(word) end
    end
    -- Counted under the corpus entity's name, as corpus:entities() merges them ("Obama" and
    -- "Barack Obama" are one person).
    for _, e in ipairs(a:entities("person")) do
      local found = e.entity and corpus:entity(e.entity)
      s.people:add(found and found.name or e.canonical)
    end
  end,

  finish = function(s, params, info)
    local r = lede.report { title = "Overview" }
    local totals = r:table {
      name = "corpus",
      columns = { { "articles", "integer" }, { "words", "integer" }, { "sentences", "integer" },
                  { "paragraphs", "integer" }, { "first date", "string" }, { "last date", "string" } },
    }
    if s.list then
      local list = r:table {
        name = "articles",
        columns = { { "#", "integer" }, { "title", "string" }, { "date", "string" }, { "source", "string" },
                    { "words", "integer" }, { "sentences", "integer" }, { "paragraphs", "integer" } },
      }
      -- "#" is the article's session number, the one `.show N` and corpus[N] take.
      for _, row in ipairs(s.list:items()) do
        list:add { row.number, row.title, row.date, row.source, row.words, row.sentences, row.paragraphs }
      end
    end
    totals:add { s.articles:value(), s.words:value(), s.sentences:value(), s.paragraphs:value(),
                 s.first:value(), s.last:value() }

    local terms = r:table { name = "top terms", columns = { { "term", "string" }, { "count", "integer" } } }
    for _, row in ipairs(s.terms:top(params.top)) do terms:add(row) end

    local who = r:table { name = "people", columns = { { "person", "string" }, { "mentions", "integer" } } }
    for _, row in ipairs(s.people:top(params.top)) do who:add(row) end
    -- Near-duplicates (wire copies, updated versions): shown only when there are some. They are
    -- found within each shard (the `shard` step), so clusters across shards are not seen.
    local clusters = s.duplicates:items()
    if #clusters > 0 then
      local number = {}
      if s.list then
        for _, row in ipairs(s.list:items()) do number[row.id] = row.number end
      end
      local dups = r:table {
        name = "near-duplicates",
        columns = { { "cluster", "integer" }, { "#", "integer" }, { "title", "string" }, { "path", "string" },
                    { "similarity", "number", "decimals:2" } },
      }
      local n = 0
      for k, c in ipairs(clusters) do
        for _, a in ipairs(c.members) do dups:add { k, number[a.id], a.title, a.path, c.similarity } end
        n = n + #c.members
      end
      r:note(("%d clusters of near-duplicates hold %d articles; --dedup near keeps the first of each.")
        :format(#clusters, n))
    end
    if info.articles == 0 then r:note("The corpus is empty: give files or folders to load.") end
    local first, last = s.first:value(), s.last:value()
    if s.list and first then
      -- Days within a month, weeks within a year, months beyond.
      local unit = first:sub(1, 7) == last:sub(1, 7) and "day" or first:sub(1, 4) == last:sub(1, 4) and "week" or "month"
      r:chart { kind = "bar", table = "articles", title = "Articles over time (per " .. unit .. ")", x = "date",
                time = unit, aggregate = "count" }
    end
    r:chart { kind = "bar", table = "people", title = "People mentioned most", x = "person", y = "mentions" }
    r:chart { kind = "bar", table = "top terms", title = "Top terms", x = "term", y = "count" }
    return r
  end,
}
