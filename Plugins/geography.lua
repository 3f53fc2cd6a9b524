-- geography: where the news happens and which capitals speak.
--
--   lede report geography seeds/ --param role=location   only literal places (no "Russian",
--                                                        no "the Kremlin denied")
--   lede report geography seeds/                         places with mentions and coordinates
--   lede report geography seeds/ --param by=country      one row per country
--   lede report geography seeds/ --param by=article      each article's focus country and city
--   lede report geography seeds/ --format geojson --output places.geojson   (opens in any GIS)

local function round(x, n)
  local m = 10 ^ (n or 4)
  return math.floor(x * m + 0.5) / m
end

-- Rows sorted by a count, descending, then by a name: never by pairs() order.
local function ranked(map, count, name)
  local rows = {}
  for _, row in pairs(map) do rows[#rows + 1] = row end
  table.sort(rows, function(x, y)
    if x[count] ~= y[count] then return x[count] > y[count] end
    return x[name] < y[name]
  end)
  return rows
end

-- The role a place plays most often (ties: location, actor, modifier), for the map's colours.
local function mainRole(roles)
  local best
  for _, role in ipairs { "location", "actor", "modifier" } do
    if roles[role] and (not best or roles[role] > roles[best]) then best = role end
  end
  return best
end

-- The resolved places of one article that pass the role filter, by GeoNames id (or name when
-- it has none), each { row = {name, country, kind, lat, lon, geonameid}, mentions, actor,
-- modifier, roles }, and the keys in order of first mention.
local function articlePlaces(a, role)
  local places, order = {}, {}
  for _, p in ipairs(a:places()) do
    if role == "all" or p.role == role then
      local key = p.geonameid ~= 0 and tostring(p.geonameid) or p.name
      local entry = places[key]
      if not entry then
        entry = { row = { name = p.name, country = p.country, kind = p.kind, lat = p.lat, lon = p.lon,
                          geonameid = p.geonameid }, mentions = 0, actor = 0, modifier = 0, roles = {} }
        places[key] = entry
        order[#order + 1] = key
      end
      entry.mentions = entry.mentions + 1
      if p.role == "actor" then entry.actor = entry.actor + 1 end
      if p.role == "modifier" then entry.modifier = entry.modifier + 1 end
      entry.roles[p.role] = (entry.roles[p.role] or 0) + 1
    end
  end
  return places, order
end

-- Every resolved place of the corpus, gathered by GeoNames id (or name when it has none).
local function gather(corpus, role)
  local places = {}
  for a in corpus:articles() do
    local found, order = articlePlaces(a, role)
    for _, key in ipairs(order) do
      local f = found[key]
      local row = places[key]
      if not row then
        row = f.row
        row.mentions, row.articles, row.actor, row.modifier, row.roles = 0, 0, 0, 0, {}
        places[key] = row
      end
      for role, n in pairs(f.roles) do row.roles[role] = (row.roles[role] or 0) + n end
      row.mentions, row.articles, row.actor = row.mentions + f.mentions, row.articles + 1, row.actor + f.actor
      row.modifier = row.modifier + f.modifier
    end
  end
  return places
end


return {
  name = "geography",
  version = "1.0",
  description = "Places with mentions, roles and coordinates; countries; each article's focus",
  params = {
    by = { type = "string", default = "place", choices = { "place", "country", "article" },
           help = "one row per place, per country, or per article (its focus)" },
    role = { type = "string", default = "all", choices = { "all", "location", "actor", "modifier" },
             help = "keep only literal places (location), speaking capitals and seats (actor), "
                 .. "or demonyms and places inside names (modifier)" },
    top = { type = "integer", default = 0, help = "rows to keep (0: all)" },
  },

  -- Shared with scripts: lede.plugin("geography").places(corpus, "all")
  places = function(corpus, role) return ranked(gather(corpus, role or "all"), "mentions", "name") end,

  -- Mergeable: `lede report geography --partial` per shard, then `lede merge`.
  state = function(s, params)
    if params.by == "article" then
      s:first("focus", params.top > 0 and params.top or 0)
    else
      s:group("places", function(g)
        g:first("place", 1)
        g:count("mentions")
        g:count("articles")
        g:count("actor")
        g:count("modifier")
        g:counts("roles")
      end)
    end
  end,

  add = function(s, a, params)
    if params.by == "article" then
      local f = a:focus()
      local codes = {}
      for _, c in ipairs(f.countries) do
        if c.score >= (f.countries[1].score / 2) then codes[#codes + 1] = c.country end
      end
      local city = f.city
      s.focus:add(lede.article_order(a), { article = lede.article_label(a), countries = table.concat(codes, " "),
        city = city and city.name, places = #a:places(), lat = city and round(city.lat),
        lon = city and round(city.lon) })
      return
    end
    local found, order = articlePlaces(a, params.role)
    for _, key in ipairs(order) do
      local f, g = found[key], s.places:at(key)
      -- Attributes of the place as first met in article order: all shards agree on it.
      g.place:add(lede.article_order(a), f.row)
      g.mentions:add(f.mentions)
      g.articles:add()
      g.actor:add(f.actor)
      g.modifier:add(f.modifier)
      for role, n in pairs(f.roles) do g.roles:add(role, n) end
    end
  end,

  finish = function(s, params, info)
    local r = lede.report { title = "Geography" }
    local limit = params.top > 0 and params.top or math.huge
    local places
    if s.places then
      places = {}
      for _, key in ipairs(s.places:keys()) do
        local g = s.places:get(key)
        local row = g.place:items()[1]
        row.mentions, row.articles, row.actor = g.mentions:value(), g.articles:value(), g.actor:value()
        row.modifier = g.modifier:value()
        row.roles = {}
        for _, rn in ipairs(g.roles:top(0)) do row.roles[rn[1]] = rn[2] end
        places[key] = row
      end
    end

    if params.by == "place" then
      local t = r:table { name = "places", columns = {
        { "place", "string" }, { "country", "string" }, { "kind", "string" }, { "mentions", "integer" },
        { "articles", "integer" }, { "as actor", "integer" }, { "as modifier", "integer" },
        { "geonameid", "integer" },
        { "lat", "number", "decimals:4" }, { "lon", "number", "decimals:4" }, { "role", "string" } } }
      for i, p in ipairs(ranked(places, "mentions", "name")) do
        if i > limit then break end
        t:add { p.name, p.country, p.kind, p.mentions, p.articles, p.actor, p.modifier, p.geonameid,
                round(p.lat), round(p.lon), mainRole(p.roles) }
      end
      r:chart { kind = "map", table = "places", title = "Places, sized by mentions and coloured by their main role",
                label = "place", size = "mentions", color = "role" }
    elseif params.by == "country" then
      local countries = {}
      -- In ranked order, so that ties pick the same place on every run (pairs() order varies).
      for _, p in ipairs(ranked(places, "mentions", "name")) do
        if p.country then
          local c = countries[p.country] or { country = p.country, mentions = 0, places = 0, actor = 0 }
          countries[p.country] = c
          c.mentions, c.places, c.actor = c.mentions + p.mentions, c.places + 1, c.actor + p.actor
          -- The country's own point when it is mentioned, else its most mentioned place.
          if p.kind == "country" or not c.lat or (c.kind ~= "country" and p.mentions > c.best) then
            c.lat, c.lon, c.kind, c.best = p.lat, p.lon, p.kind, p.mentions
          end
        end
      end
      local t = r:table { name = "countries", columns = {
        { "country", "string" }, { "mentions", "integer" }, { "places", "integer" },
        { "as actor", "integer" }, { "lat", "number", "decimals:4" }, { "lon", "number", "decimals:4" } } }
      for i, c in ipairs(ranked(countries, "mentions", "country")) do
        if i > limit then break end
        t:add { c.country, c.mentions, c.places, c.actor, round(c.lat), round(c.lon) }
      end
      r:chart { kind = "map", table = "countries", title = "Countries, sized by mentions", label = "country",
                size = "mentions" }
      r:note("A country counts the mentions of every place in it (cities count toward their country).")
    else
      local t = r:table { name = "focus", columns = {
        { "article", "string" }, { "focus countries", "string" }, { "focus city", "string" },
        { "places", "integer" }, { "lat", "number", "decimals:4" }, { "lon", "number", "decimals:4" } } }
      for _, f in ipairs(s.focus:items()) do
        t:add { f.article, f.countries, f.city, f.places, f.lat, f.lon }
      end
      r:chart { kind = "map", table = "focus", title = "Each article's focus city", label = "focus city" }
      r:note("Focus countries score at least half the top one; cities count toward their country.")
    end
    r:note("Places: GeoNames (CC BY 4.0), resolved with roles location, actor (metonymy) and "
      .. "modifier (demonyms, places inside names).")
    return r
  end,
}
