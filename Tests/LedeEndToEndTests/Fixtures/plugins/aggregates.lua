-- Every host aggregate and a custom accumulator, over figures whose floating-point sums
-- depend on the order of addition: the merge tests check that shards give the same bytes.
return {
  name = "aggregates",
  version = "1.0",
  description = "Every kind of mergeable aggregate, for the merge tests",
  params = { top = { type = "integer", default = 5, help = "rows to keep" } },

  state = function(s, params)
    s:count("articles")
    s:sum("words")
    s:sum("tone")
    s:mean("mean_tone")
    s:variance("spread")
    s:min("shortest")
    s:max("newest")
    s:counts("sources")
    s:first("longest", 3)
    s:set("titles")
    s:group("by_source", function(g)
      g:count("articles")
      g:mean("tone")
      g:first("latest", 1)
    end)
    -- The longest word: a custom accumulator (create / add / merge / finish).
    s:accumulator("longest_word", {
      create = function() return { word = "" } end,
      add = function(acc, word)
        if #word > #acc.word or (#word == #acc.word and word < acc.word) then acc.word = word end
      end,
      merge = function(x, y)
        if #y.word > #x.word or (#y.word == #x.word and y.word < x.word) then return y end
        return x
      end,
      finish = function(acc) return acc.word end,
    })
  end,

  add = function(s, a, params)
    local words = a:words()
    local tone = a:sentiment().compound
    s.articles:add()
    s.words:add(#words)
    s.tone:add(tone)
    s.mean_tone:add(tone)
    s.spread:add(tone * 3.7 + 0.1)
    s.shortest:add(#words)
    s.newest:add(a.date)
    s.sources:add(a.source or "(none)")
    s.longest:add({ -#words, a.id }, lede.evidence { sentence = a.sentences[1], label = #words .. " words" })
    s.titles:add(a.title)
    local g = s.by_source:at(a.source or "(none)")
    g.articles:add()
    g.tone:add(tone)
    g.latest:add({ a.date and ("~" .. a.date) or "", a.id }, a.title)
    for _, w in ipairs(words) do s.longest_word:add(w) end
  end,

  finish = function(s, params, info)
    local r = lede.report { title = "Aggregates" }
    local t = r:table { name = "totals", columns = {
      { "articles", "integer" }, { "words", "integer" }, { "tone", "number" }, { "mean tone", "number" },
      { "mean spread", "number" }, { "variance", "number" }, { "stddev", "number" },
      { "sample variance", "number" }, { "shortest", "integer" }, { "newest", "string" },
      { "titles", "integer" }, { "sources", "integer" }, { "longest word", "string" } } }
    t:add { s.articles:value(), s.words:value(), s.tone:value(), s.mean_tone:value(), s.spread:mean(),
            s.spread:variance(), s.spread:stddev(), s.spread:variance(1), s.shortest:value(),
            s.newest:value(), s.titles:size(), s.sources:size(), s.longest_word:value() }
    local sources = r:table { name = "sources", columns = { { "source", "string" }, { "articles", "integer" },
      { "tone", "number" }, { "latest", "string" } } }
    for _, key in ipairs(s.by_source:keys()) do
      local g = s.by_source:get(key)
      sources:add { key, g.articles:value(), g.tone:value(), g.latest:items()[1] }
    end
    local top = r:table { name = "top sources", columns = { { "source", "string" }, { "articles", "integer" } } }
    for _, row in ipairs(s.sources:top(params.top)) do top:add(row) end
    for _, e in ipairs(s.longest:items()) do r:evidence(e) end
    r:note(("%d articles"):format(info.articles))
    return r
  end,
}
