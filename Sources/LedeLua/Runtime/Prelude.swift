import LedeReport

/// The parts of the API written in Lua itself: `corpus:articles()` and the report builder.
///
/// Each runs in every session right after the model is installed; the host reads what the
/// builder collected when a plugin or script returns it.
enum Prelude {
  /// The chunk receives the Corpus method table as `...`.
  static let source = #"""
    local corpusMethods = ...

    local list = corpusMethods.list
    function corpusMethods.articles(self)
      local articles, i = list(self), 0
      return function()
        i = i + 1
        return articles[i]
      end
    end

    local Report, Table = {}, {}
    Report.__index, Table.__index = Report, Table
    Report.__name, Table.__name = "Report", "ReportTable"

    -- `level` counts the frames above argerror's caller up to the user's call (1: the caller
    -- was called by the user), so that the message points at the user's line.
    local function argerror(n, fname, msg, level)
      error(("bad argument #%d to '%s' (%s)"):format(n, fname, msg), 2 + (level or 1))
    end

    -- Called from lede.report and Report:table, each called by the user: three frames up.
    local function checkcolumns(columns, fname)
      if type(columns) ~= "table" or #columns == 0 then
        argerror(1, fname, "columns must be a non-empty list of {name, type}", 3)
      end
      local out = {}
      for i, c in ipairs(columns) do
        if type(c) == "string" then c = { c, "string" } end
        if type(c) ~= "table" then argerror(1, fname, ("column %d must be {name, type}"):format(i), 3) end
        out[i] = { name = c.name or c[1], type = c.type or c[2] or "string", format = c.format or c[3] }
        if type(out[i].name) ~= "string" then argerror(1, fname, ("column %d has no name"):format(i), 3) end
      end
      return out
    end

    local function newtable(self, spec, fname)
      local t = setmetatable({ name = spec.name or ("table " .. (#self.tables + 1)), title = spec.title,
        columns = checkcolumns(spec.columns, fname), rows = {} }, Table)
      self.tables[#self.tables + 1] = t
      return t
    end

    function lede.report(spec)
      if type(spec) ~= "table" then argerror(1, "report", "table expected, got " .. type(spec)) end
      local r = setmetatable({ __lede_report = true, title = spec.title or "Report",
        summary = spec.summary, tables = {}, notes = {}, evidence_items = {}, charts = {} }, Report)
      if spec.columns then newtable(r, { name = spec.name or r.title, columns = spec.columns }, "report") end
      return r
    end

    function Report:table(spec)
      if type(spec) ~= "table" then argerror(1, "table", "table expected, got " .. type(spec)) end
      local t = newtable(self, spec, "table")
      return t
    end

    function Report:add(row)
      local t = self.tables[1]
      if not t then error("this report has no table: give lede.report columns, or add one with r:table{…}", 2) end
      return t:add(row)
    end

    function Report:note(text)
      self.notes[#self.notes + 1] = tostring(text)
      return self
    end

    -- Evidence: the sentence (or text) a number came from.
    function Report:evidence(e)
      if type(e) ~= "table" then argerror(1, "evidence", "table expected, got " .. type(e)) end
      -- Evidence a mergeable state kept (lede.evidence) is already plain: taken as it is.
      if e.captured then
        local item = {}
        for k, v in pairs(e) do item[k] = v end
        self.evidence_items[#self.evidence_items + 1] = item
        return self
      end
      local item = { label = e.label and tostring(e.label), row = e.row and tostring(e.row) }
      local s, a = e.sentence, e.article
      if s then
        item.text, item.start, item.stop = s.text, s.start, s.stop
        a = a or s.article
      end
      item.text = e.text and tostring(e.text) or item.text
      if a then item.article_id, item.article_title = a.id, a.title or a.path end
      if not item.text then argerror(1, "evidence", "give text or sentence") end
      self.evidence_items[#self.evidence_items + 1] = item
      return self
    end

    -- Charts: which column of which table plays which part; the host checks the columns.
    local chartKeys = {}
    for key in ("\#(ReportChart.keyNames.joined(separator: " "))"):gmatch("%S+") do chartKeys[key] = true end
    function Report:chart(spec)
      if type(spec) ~= "table" then argerror(1, "chart", "table expected, got " .. type(spec)) end
      local copy = {}
      for key, value in pairs(spec) do
        if not chartKeys[key] then
          local known = {}
          for k in pairs(chartKeys) do known[#known + 1] = k end
          table.sort(known)
          argerror(1, "chart", ("unknown option '%s'; options: %s"):format(tostring(key), table.concat(known, ", ")))
        end
        if type(value) == "table" and getmetatable(value) == Table then value = value.name end
        if type(value) ~= "string" then
          argerror(1, "chart", ("%s must be a string, got %s"):format(key, type(value)))
        end
        copy[key] = value
      end
      self.charts[#self.charts + 1] = copy
      return self
    end

    function Table:add(row)
      if type(row) ~= "table" then argerror(1, "add", "table expected, got " .. type(row)) end
      local copy = {}
      for i = 1, #self.columns do
        local v = row[i]
        if v == nil then v = row[self.columns[i].name] end
        if type(v) == "userdata" or type(v) == "table" then v = tostring(v) end
        copy[i] = v
      end
      self.rows[#self.rows + 1] = copy
      return self
    end

    function Table:sort(column, descending)
      local k
      for i, c in ipairs(self.columns) do if c.name == column or i == column then k = i end end
      if not k then error("no column '" .. tostring(column) .. "' in table '" .. self.name .. "'", 2) end
      -- Lua's sort is not stable (and randomises its pivot): ties keep their order.
      local position = {}
      for i, r in ipairs(self.rows) do position[r] = i end
      table.sort(self.rows, function(x, y)
        local a, b = x[k], y[k]
        if a == b then return position[x] < position[y] end
        if a == nil then return false elseif b == nil then return true end
        if descending then return a > b else return a < b end
      end)
      return self
    end
    """#
}
