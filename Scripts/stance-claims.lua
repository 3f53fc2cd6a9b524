-- Claim stance of every article, one JSON object per line: does each article agree with the
-- claim, disagree, only discuss it, or is it about something else?
--
--   lede run Scripts/stance-claims.lua corpus/ -- "North Korea supplied artillery shells to Russia"
--
-- Each line: {"article", "title", "label", "score", "relatedness", "evidence"}; a summary of
-- the labels goes to standard error.

-- A missing claim is a usage error (exit 70 through error), never exit 1, which says a check failed.
local claim = arg and arg[1]
if not claim or claim == "" then
  error('usage: lede run Scripts/stance-claims.lua PATH... -- "the claim"', 0)
end
local counts = { agree = 0, disagree = 0, discuss = 0, unrelated = 0 }
for a in corpus:articles() do
  local c = lede.stance.claim(claim, a)
  counts[c.label] = counts[c.label] + 1
  print(lede.json.encode { article = a.path or a.id, title = a.title, label = c.label,
                           score = c.score, relatedness = c.relatedness, evidence = c.evidence })
end
lede.log(("agree %d, disagree %d, discuss %d, unrelated %d"):format(
  counts.agree, counts.disagree, counts.discuss, counts.unrelated))
