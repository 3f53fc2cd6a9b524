-- top-people-per-source: the people each source mentions most. Returns a report, which `lede run`
-- renders (add --format md or --output people.csv as with `lede report`).
--
--   lede run Scripts/top-people-per-source.lua seeds/
--   lede run Scripts/top-people-per-source.lua feeds/ -- 5
--
-- Arguments (after --): N, the people to keep per source (default 3). People are counted by
-- canonical name ("Putin" and "the Russian president" are Vladimir Putin); articles without a
-- source are grouped under "(no source)".

local args = arg or {}
local n = math.tointeger(tonumber(args[1] or "3"))
if not n or n < 1 then error(("N must be a positive integer, got '%s'"):format(tostring(args[1])), 0) end

local NO_SOURCE = "(no source)"
local sources, names = {}, {}
for a in corpus:articles() do
  local key = a.source or NO_SOURCE
  local s = sources[key]
  if not s then
    s = { articles = 0, people = {}, inArticles = {} }
    sources[key] = s
    names[#names + 1] = key
  end
  s.articles = s.articles + 1
  local seen = {}
  for _, e in ipairs(a:entities("person")) do
    s.people[e.canonical] = (s.people[e.canonical] or 0) + 1
    if not seen[e.canonical] then
      seen[e.canonical] = true
      s.inArticles[e.canonical] = (s.inArticles[e.canonical] or 0) + 1
    end
  end
end
table.sort(names, function(x, y)
  if (x == NO_SOURCE) ~= (y == NO_SOURCE) then return y == NO_SOURCE end
  return x < y
end)

local r = lede.report {
  title = "Top people per source",
  name = "people",
  columns = { { "source", "string" }, { "articles", "integer" }, { "rank", "integer" }, { "person", "string" },
              { "mentions", "integer" }, { "in articles", "integer" } },
}
for _, key in ipairs(names) do
  local s = sources[key]
  local people = {}
  for person, count in pairs(s.people) do people[#people + 1] = { person = person, count = count } end
  -- Ties by name: the order never depends on pairs().
  table.sort(people, function(x, y)
    if x.count ~= y.count then return x.count > y.count end
    return x.person < y.person
  end)
  if #people == 0 then r:add { key, s.articles, nil, nil, nil, nil } end
  for i = 1, math.min(n, #people) do
    local p = people[i]
    r:add { key, s.articles, i, p.person, p.count, s.inArticles[p.person] }
  end
end
return r
