-- watch-tone: a CI gate on the tone toward a name. Fails the run (exit 1) when the mean tone
-- toward NAME across the articles drops below THRESHOLD.
--
--   lede run Scripts/watch-tone.lua seeds/ -- Putin -0.2
--   lede run Scripts/watch-tone.lua feeds/today/ -- "European Commission" -0.1 3
--
-- Arguments (after --): NAME (a person, organisation, group or country, whole words in any
-- case, or a country code such as RU), THRESHOLD (a compound score in [-1, 1], default -0.2)
-- and MIN_MENTIONS (default 1): with fewer mentions there is too little to judge, and the
-- check passes with a warning. The tone is the sentiment plugin's: the mean of
-- lede.sentiment.toward over the sentences that mention the name, printed with its 95% interval.

local args = arg or {}
local usage = "usage: lede run Scripts/watch-tone.lua PATH... -- NAME [THRESHOLD] [MIN_MENTIONS]"
local name = args[1]
if not name or name == "" then error(usage, 0) end
local threshold = tonumber(args[2] or "-0.2")
if not threshold or threshold < -1 or threshold > 1 then
  error(("THRESHOLD must be a number from -1 to 1, got '%s'\n%s"):format(tostring(args[2]), usage), 0)
end
local minMentions = math.tointeger(tonumber(args[3] or "1"))
if not minMentions or minMentions < 1 then
  error(("MIN_MENTIONS must be a positive integer, got '%s'\n%s"):format(tostring(args[3]), usage), 0)
end

local tone, mentions, rows, stats = lede.plugin("sentiment").toward(corpus, name)
if mentions < minMentions then
  lede.warn(("watch-tone: '%s' has %d mention%s in %d articles (fewer than %d): nothing to judge")
    :format(name, mentions, mentions == 1 and "" or "s", #corpus, minMentions))
  return
end

local names = {}
for i, row in ipairs(rows) do names[i] = row.name end
local interval = stats.low and ("95%% interval %+.3f to %+.3f"):format(stats.low, stats.high) or "no interval"
print(("tone toward %s: %+.3f over %d mentions (%s; %s); threshold %+.3f")
  :format(name, tone, mentions, interval, table.concat(names, ", "), threshold))
if stats.low and stats.low <= threshold and threshold <= stats.high then
  print("  the threshold is inside the interval: the tone is not distinguishable from it")
end

if tone < threshold then
  -- Show where it comes from before failing: the most negative sentence of each match.
  for _, row in ipairs(rows) do
    if row.worst then
      local a = row.worst.sentence.article
      print(("  %+.3f  %s  (%s)"):format(row.worst.score, row.worst.sentence.text, a.title or a.path))
    end
  end
  lede.fail(("tone toward %s is %+.3f, below the threshold %+.3f"):format(name, tone, threshold))
end
