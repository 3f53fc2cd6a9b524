-- keyword-trend: how often a term or phrase appears, by date. Returns a report, so `lede run`
-- renders it and --format/--output work as with `lede report`.
--
--   lede run Scripts/keyword-trend.lua seeds/ -- sanctions
--   lede run Scripts/keyword-trend.lua archive/ -- "climate finance" month --format csv
--
-- Arguments (after --): TERM (a word or phrase, any case) and PERIOD (day, month or year;
-- default day). Articles without a date are counted under "undated", last.

local args = arg or {}
local term = args[1]
if not term or term == "" then
  error("usage: lede run Scripts/keyword-trend.lua PATH... -- TERM [day|month|year]", 0)
end
local period = args[2] or "day"
local widths = { day = 10, month = 7, year = 4 }
local width = widths[period]
if not width then error(("PERIOD must be day, month or year, got '%s'"):format(period), 0) end

local UNDATED = "undated"
local buckets, keys = {}, {}
local function bucket(key)
  local b = buckets[key]
  if not b then
    b = { key = key, articles = 0, matching = 0, mentions = 0 }
    buckets[key] = b
    keys[#keys + 1] = key
  end
  return b
end

-- Every article counts towards its period, so a share can be given; kwic finds the mentions.
local mentions = {}
for _, line in ipairs(corpus:kwic(term, 0)) do
  local id = line.article.id
  mentions[id] = (mentions[id] or 0) + 1
end
for a in corpus:articles() do
  local b = bucket(a.date and a.date:sub(1, width) or UNDATED)
  b.articles = b.articles + 1
  local n = mentions[a.id] or 0
  if n > 0 then b.matching, b.mentions = b.matching + 1, b.mentions + n end
end

table.sort(keys, function(x, y)
  if (x == UNDATED) ~= (y == UNDATED) then return y == UNDATED end
  return x < y
end)

local r = lede.report {
  title = ("“%s” by %s"):format(term, period),
  name = "mentions",
  columns = { { period, "string" }, { "articles", "integer" }, { "with term", "integer" },
              { "mentions", "integer" }, { "share", "number", "percent" } },
}
local total = 0
for _, key in ipairs(keys) do
  local b = buckets[key]
  total = total + b.mentions
  r:add { key, b.articles, b.matching, b.mentions, b.matching / b.articles }
end
r:note(("%d mention%s in %d articles; share is the part of the period's articles that use the term.")
  :format(total, total == 1 and "" or "s", #corpus))
return r
