-- who-said-what: every speaker and what they said, article by article, as plain text to read
-- or to paste into notes.
--
--   lede run Scripts/who-said-what.lua seeds/
--   lede run Scripts/who-said-what.lua seeds/ -- Burmistrov          -- one speaker (any part of the name)
--   lede run Scripts/who-said-what.lua seeds/ -- "" direct           -- direct quotes only
--
-- Arguments (after --): SPEAKER (part of the canonical name, any case; "" for everyone) and
-- KIND (all, direct, partial or indirect; default all). Speakers come most quoted first;
-- quotes with no known speaker are left out. For a table, use `lede report quotes`.

local args = arg or {}
local speaker = args[1] ~= "" and args[1] or nil
local kind = args[2] or "all"
local kinds = { all = true, direct = true, partial = true, indirect = true }
if not kinds[kind] then
  error(("KIND must be all, direct, partial or indirect, got '%s'"):format(kind), 0)
end

local speakers = lede.plugin("quotes").speakers(corpus, { quotes = kind, speaker = speaker, unattributed = false })
if #speakers == 0 then
  print(("No quotes%s in %d articles."):format(speaker and (" from '" .. speaker .. "'") or "", #corpus))
  return
end

for i, s in ipairs(speakers) do
  if i > 1 then print() end
  print(("%s — %d quote%s in %d article%s"):format(s.speaker, s.quotes, s.quotes == 1 and "" or "s",
    s.articles, s.articles == 1 and "" or "s"))
  local lastArticle
  for _, q in ipairs(s.items) do
    if q.position ~= lastArticle then
      lastArticle = q.position
      local a = q.article
      print(("  %s%s"):format(a.title or a.path, a.date and (" (" .. a.date:sub(1, 10) .. ")") or ""))
    end
    local open, close = "“", "”"
    if q.kind == "indirect" then open, close = "", "" end
    -- The attribution as the article words it: `he added`, `according to the agency`.
    local attribution = q.cue
    if q.cue and q.source then
      attribution = q.cue:lower():find("^according") and (q.cue .. " " .. q.source)
        or (q.source .. " " .. q.cue)
    end
    print(("    [%s%s] %s%s%s"):format(q.kind, attribution and (", " .. attribution) or "", open, q.text, close))
  end
end
