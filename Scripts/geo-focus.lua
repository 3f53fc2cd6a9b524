-- geo-focus: which countries a set of articles is about, as a map-ready report.
--
--   lede run Scripts/geo-focus.lua seeds/
--   lede run --format geojson --output focus.geojson Scripts/geo-focus.lua seeds/
--
-- One row per article: its focus country and city with the city's coordinates, so the
-- GeoJSON output puts each article on the map where it happens.

local r = lede.report { title = "Where each article happens", columns = {
  { "article", "string" }, { "country", "string" }, { "city", "string" },
  { "lat", "number", "decimals:4" }, { "lon", "number", "decimals:4" } } }
for a in corpus:articles() do
  local f = a:focus()
  if f.city then
    r:add { a.title or a.path, f.country, f.city.name, f.city.lat, f.city.lon }
  else
    lede.log(("no focus city for %s"):format(a.title or a.path))
  end
end
return r
