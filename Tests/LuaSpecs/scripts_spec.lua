-- The saved scripts in Scripts/, run as `lede run` would run them: with `arg` set and their
-- printed output captured. watch-tone's failing path calls lede.fail, which fails any run
-- that reaches it, so only its passing paths are run here (the failing one is end to end).

local root = spec.dir .. "/../.."
assert(lede.load(root .. "/seeds") == 11, "the seeds load")

-- Runs a script with arguments; returns what it returned (or false and the error) and the
-- lines it printed.
local function run(script, ...)
  local lines = {}
  local savedPrint, savedArg = print, arg
  print = function(...)
    local parts = {}
    for i = 1, select("#", ...) do parts[i] = tostring((select(i, ...))) end
    lines[#lines + 1] = table.concat(parts, "\t")
  end
  arg = { [0] = script, ... }
  local ok, result = pcall(dofile, root .. "/Scripts/" .. script)
  print, arg = savedPrint, savedArg
  if not ok then return false, result, lines end
  return result, nil, lines
end

local function rowsOf(r)
  local out = {}
  for i, row in ipairs(r.tables[1].rows) do
    local cells = {}
    for j = 1, #r.tables[1].columns do cells[j] = row[j] == nil and "-" or tostring(row[j]) end
    out[i] = table.concat(cells, " | ")
  end
  return out
end

describe("Scripts/watch-tone.lua", function()
  it("passes and says the tone when it is above the threshold", function()
    local _, err, lines = run("watch-tone.lua", "Putin", "-0.5")
    assert.equal(nil, err)
    assert.equal("tone toward Putin: -0.310 over 9 mentions (95% interval -0.664 to +0.044; Vladimir Putin); "
      .. "threshold -0.500", lines[1])
    assert.equal("  the threshold is inside the interval: the tone is not distinguishable from it", lines[2])
  end)

  it("passes with a warning when the name has too few mentions", function()
    local _, err, lines = run("watch-tone.lua", "Putin", "0.9", "10")
    assert.equal(nil, err)
    assert.equal(0, #lines)
  end)

  it("explains its arguments", function()
    local _, err = run("watch-tone.lua")
    assert.matches("^usage: lede run Scripts/watch%-tone%.lua PATH%.%.%. %-%- NAME", err)
    _, err = run("watch-tone.lua", "Putin", "low")
    assert.matches("^THRESHOLD must be a number from %-1 to 1, got 'low'", err)
    _, err = run("watch-tone.lua", "Putin", "0", "0")
    assert.matches("^MIN_MENTIONS must be a positive integer, got '0'", err)
  end)
end)

describe("Scripts/who-said-what.lua", function()
  it("lists a speaker's quotes by article", function()
    local _, err, lines = run("who-said-what.lua", "burmistrov")
    assert.equal(nil, err)
    assert.same({
      "Oleg Burmistrov — 2 quotes in 1 article",
      "  Russia’s Lavrov visits North Korea amid claims of military cooperation",
      "    [direct, Oleg Burmistrov said] “Russia, as a responsible member of the world community, strictly adheres to its "
        .. "international obligations towards Pyongyang through the UN Security Council,”",
      "    [direct, he added] “At the same time, we are categorically against the introduction of new restrictive "
        .. "measures,”",
    }, lines)
  end)

  it("filters by kind and ranks speakers", function()
    local _, _, lines = run("who-said-what.lua", "", "partial")
    assert.equal("Kim Jong Un — 1 quote in 1 article", lines[1])
    assert.equal("    [partial] “imperialists’ anti-Russia scheme”", lines[3])
  end)

  it("says when nobody matches", function()
    local _, _, lines = run("who-said-what.lua", "Nobody")
    assert.same({ "No quotes from 'Nobody' in 11 articles." }, lines)
    local _, err = run("who-said-what.lua", "", "loud")
    assert.matches("KIND must be all, direct, partial or indirect", err)
  end)
end)

describe("Scripts/keyword-trend.lua", function()
  it("counts a term by month, undated last", function()
    local r = run("keyword-trend.lua", "said", "month")
    assert.equal("“said” by month", r.title)
    assert.same({ "month", "articles", "with term", "mentions", "share" },
      { r.tables[1].columns[1].name, r.tables[1].columns[2].name, r.tables[1].columns[3].name,
        r.tables[1].columns[4].name, r.tables[1].columns[5].name })
    local rows = rowsOf(r)
    assert.equal("2024-03 | 1 | 1 | 3 | 1.0", rows[1])
    assert.equal("2024-05 | 2 | 2 | 2 | 1.0", rows[3])
    assert.equal("undated | 1 | 1 | 3 | 1.0", rows[#rows])
  end)

  it("counts a term by day and gives a share of articles", function()
    local r = run("keyword-trend.lua", "restrictions")
    local rows = rowsOf(r)
    assert.equal(11, #rows)
    assert.equal("2024-03-05 | 1 | 0 | 0 | 0.0", rows[1])
    assert.equal("undated | 1 | 1 | 2 | 1.0", rows[11])
    assert.matches("^2 mentions in 11 articles", r.notes[1])
  end)

  it("explains its arguments", function()
    local _, err = run("keyword-trend.lua")
    assert.matches("^usage:", err)
    _, err = run("keyword-trend.lua", "x", "week")
    assert.matches("PERIOD must be day, month or year, got 'week'", err)
  end)
end)

describe("Scripts/top-people-per-source.lua", function()
  it("ranks each source's people, unnamed source last", function()
    local r = run("top-people-per-source.lua", "2")
    local rows = rowsOf(r)
    assert.equal("Example Harbour Times – Local News | 2 | 1 | Callum Reid | 1 | 1", rows[1])
    assert.equal("Example Sport | 1 | 1 | Mateo Ríos | 5 | 1", rows[6])
    assert.equal("Example Sport | 1 | 2 | Graham Doyle | 3 | 1", rows[7])
    assert.equal("(no source) | 1 | 1 | Vladimir Putin | 9 | 1", rows[#rows - 1])
    assert.equal("(no source) | 1 | 2 | Sergey Lavrov | 6 | 1", rows[#rows])
  end)

  it("explains its argument", function()
    local _, err = run("top-people-per-source.lua", "many")
    assert.matches("N must be a positive integer, got 'many'", err)
  end)
end)

describe("Scripts/stance-claims.lua", function()
  it("says how to give the claim, as a usage error rather than a failed check", function()
    local ok, err = run("stance-claims.lua")
    assert.equal(false, ok)
    assert.matches('^usage: lede run Scripts/stance%-claims%.lua PATH%.%.%. %-%- "the claim"', err)
  end)
end)
