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
who whom why will with would you your yours yourself yourselves said says s t mr ms mrs]]):gmatch("%a+") do
  STOPWORDS[w] = true
end

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
  is_stopword = function(word) return STOPWORDS[word] == true end,

  top_terms = function(corpus, n)
    local counts = {}
    for a in corpus:articles() do
      for _, w in ipairs(a:words()) do
        if #w > 2 and not STOPWORDS[w] then counts[w] = (counts[w] or 0) + 1 end
      end
    end
    return top(counts, n)
  end,

  run = function(corpus, params)
    local self = lede.plugin("overview")
    local r = lede.report { title = "Overview" }

    local totals = r:table {
      name = "corpus",
      columns = { { "articles", "integer" }, { "words", "integer" }, { "sentences", "integer" },
                  { "paragraphs", "integer" }, { "first date", "string" }, { "last date", "string" } },
    }
    local list = params.articles and r:table {
      name = "articles",
      columns = { { "#", "integer" }, { "title", "string" }, { "date", "string" }, { "source", "string" },
                  { "words", "integer" }, { "sentences", "integer" }, { "paragraphs", "integer" } },
    }
    local words, sentences, paragraphs = 0, 0, 0
    local first, last
    local people = {}
    for i, a in ipairs(corpus) do
      local w, s, p = #a:words(), #a.sentences, #a.paragraphs
      words, sentences, paragraphs = words + w, sentences + s, paragraphs + p
      if a.date then
        if not first or a.date < first then first = a.date end
        if not last or a.date > last then last = a.date end
      end
      if list then list:add { i, a.title or a.path or a.id, a.date, a.source, w, s, p } end
      local seen = {}
      for _, e in ipairs(a:entities("person")) do
        people[e.canonical] = (people[e.canonical] or 0) + 1
        seen[e.canonical] = true
      end
    end
    totals:add { #corpus, words, sentences, paragraphs, first, last }

    local terms = r:table { name = "top terms", columns = { { "term", "string" }, { "count", "integer" } } }
    for _, row in ipairs(self.top_terms(corpus, params.top)) do terms:add(row) end

    local who = r:table { name = "people", columns = { { "person", "string" }, { "mentions", "integer" } } }
    for _, row in ipairs(top(people, params.top)) do who:add(row) end
    -- Near-duplicates (wire copies, updated versions): shown only when there are some.
    local clusters = corpus:duplicates { threshold = 0.8 }
    if #clusters > 0 then
      local number = {}
      for i, a in ipairs(corpus) do number[a.id] = i end
      local dups = r:table {
        name = "near-duplicates",
        columns = { { "cluster", "integer" }, { "#", "integer" }, { "title", "string" }, { "path", "string" },
                    { "similarity", "number", "decimals:2" } },
      }
      local n = 0
      for k, c in ipairs(clusters) do
        for _, a in ipairs(c) do dups:add { k, number[a.id], a.title or a.id, a.path, c.similarity } end
        n = n + #c
      end
      r:note(("%d clusters of near-duplicates hold %d articles; --dedup near keeps the first of each.")
        :format(#clusters, n))
    end
    if #corpus == 0 then r:note("The corpus is empty: give files or folders to load.") end
    if list and first then
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
