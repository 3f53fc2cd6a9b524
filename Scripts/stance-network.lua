-- The stance network of a corpus as one JSON document for graph tools (D3, Cytoscape,
-- Gephi's JSON importer): nodes with their in/out degree, edges with weights.
--
--   lede run Scripts/stance-network.lua seeds/ > stance.json
--   lede run Scripts/stance-network.lua corpus/ -- 2      (keep pairs seen at least twice)
--
-- An edge's weight is the sum of its stances' intensities (−10 conflict … +10 cooperation per
-- mention); `net` is their mean and `stance` its label.

local min_count = tonumber(arg and arg[1]) or 1
local stance = lede.plugin("stance")
local net = stance.network(corpus, min_count)

local nodes, edges = {}, {}
for i, n in ipairs(net.nodes) do
  nodes[i] = { id = n.id, label = n.id, out_degree = n.out, in_degree = n["in"] }
end
for i, e in ipairs(net.edges) do
  edges[i] = { source = e.source, target = e.target, weight = e.weight, count = e.count,
               net = math.floor(e.net * 100 + 0.5) / 100, stance = e.stance }
end
lede.log(("stance network: %d nodes, %d edges from %d articles"):format(#nodes, #edges, #corpus))
print(lede.json.encode { directed = true, nodes = nodes, edges = edges })
