/// The mergeable report state, written in Lua: the aggregates a plugin declares in `state`,
/// feeds in `add` and reads in `finish`, and the runs that save, merge and finish them.
///
/// Aggregates live in Lua so that `add`, called for every article, costs no host call. Each
/// aggregate saves to plain JSON-ready data and merges that data exactly: integers only, so the
/// order and grouping of merges cannot change a digit. Floating-point input is kept as whole
/// units plus nanounits (fixed point, 10⁻⁹), and squares for variances as three normalised
/// integer limbs. The chunk returns the host's entry points (`partial`, `merged`, `finish`, `attach`).
enum AggregatePrelude {
  static let source = #"""
    local json = lede.json
    local S = 1000000000 -- nanounits per unit: the fixed-point resolution of sums and moments

    local function argerror(n, fname, msg) error(("bad argument #%d to '%s' (%s)"):format(n, fname, msg), 3) end

    -- x as whole units and nanounits in [0, S): exact, so sums of the parts never depend on order.
    local function split(x, fname)
      if math.type(x) == "integer" then return x, 0 end
      if type(x) ~= "number" then argerror(1, fname, "number expected, got " .. type(x)) end
      if x ~= x or x == math.huge or x == -math.huge then argerror(1, fname, "finite number expected, got " .. tostring(x)) end
      local w = math.floor(x)
      if math.type(w) ~= "integer" then argerror(1, fname, "number out of range: " .. tostring(x)) end
      local f = math.tointeger(math.floor((x - w) * S + 0.5))
      if f >= S then w, f = w + 1, f - S end
      return w, f
    end

    local function keyof(k, fname)
      local t = type(k)
      if t == "string" then return k end
      if t == "number" then return tostring(k) end
      argerror(1, fname, "string key expected, got " .. t)
    end

    local function sortedKeys(t)
      local keys = {}
      for k in pairs(t) do keys[#keys + 1] = k end
      table.sort(keys)
      return keys
    end

    -- Order keys: a number, a string or a list of them, compared element by element; numbers
    -- before strings, a shorter list first.
    local function lessScalar(a, b)
      local ta, tb = type(a), type(b)
      if ta ~= tb then return ta < tb end
      if ta == "boolean" then return (not a) and b end
      return a < b
    end
    local function lessKey(a, b)
      if type(a) == "table" and type(b) == "table" then
        for i = 1, math.max(#a, #b) do
          local x, y = a[i], b[i]
          if x == nil then return y ~= nil end
          if y == nil then return false end
          if x ~= y then return lessScalar(x, y) end
        end
        return false
      end
      if a == b then return false end
      return lessScalar(a, b)
    end

    local Kinds = {}
    local function kind(name)
      local k = { __name = "Aggregate", kind = name }
      k.__index = k
      Kinds[name] = k
      return k
    end

    -- count ------------------------------------------------------------------------------
    local Count = kind("count")
    function Count.new() return setmetatable({ n = 0 }, Count) end
    function Count:add(k)
      if k == nil then k = 1 elseif math.type(k) ~= "integer" then argerror(1, "add", "integer expected, got " .. type(k)) end
      self.n = self.n + k
    end
    function Count:save() return { n = self.n } end
    function Count:merge(d) self.n = self.n + d.n end
    function Count:value() return self.n end

    -- sum and mean -----------------------------------------------------------------------
    local function addFixed(self, x, fname)
      local w, f = split(x, fname)
      if f ~= 0 or math.type(x) == "float" then self.float = true end
      self.w, self.f = self.w + w, self.f + f
      self.w, self.f = self.w + self.f // S, self.f % S
    end
    local function mergeFixed(self, d)
      self.w, self.f = self.w + d.w, self.f + d.f
      self.w, self.f = self.w + self.f // S, self.f % S
      self.float = self.float or d.float == true
    end
    -- The fixed-point total divided by `n` with one rounding when the nanounits fit an integer
    -- (|total| < 9.2e9), so the float printed is the nearest to the exact value.
    local function fixedQuotient(w, f, n)
      if w > -9000000000 and w < 9000000000 and n < 1000000000 then return (w * S + f) / (S * n) end
      return (w + f / S) / n
    end
    local function fixedValue(self)
      if not self.float then return self.w end
      return fixedQuotient(self.w, self.f, 1)
    end

    local Sum = kind("sum")
    function Sum.new() return setmetatable({ w = 0, f = 0, float = false }, Sum) end
    function Sum:add(x) addFixed(self, x, "add") end
    function Sum:save() return { w = self.w, f = self.f, float = self.float } end
    function Sum:merge(d) mergeFixed(self, d) end
    Sum.value = fixedValue

    local Mean = kind("mean")
    function Mean.new() return setmetatable({ n = 0, w = 0, f = 0, float = false }, Mean) end
    function Mean:add(x)
      addFixed(self, x, "add")
      self.n = self.n + 1
    end
    function Mean:save() return { n = self.n, w = self.w, f = self.f, float = self.float } end
    function Mean:merge(d)
      mergeFixed(self, d)
      self.n = self.n + d.n
    end
    function Mean:count() return self.n end
    Mean.sum = fixedValue
    function Mean:value()
      if self.n == 0 then return nil end
      return fixedQuotient(self.w, self.f, self.n)
    end
    Mean.mean = Mean.value

    -- variance: count, fixed-point sum and sum of squares q2 + q1/S + q0/S², limbs in [0, S) --
    local Variance = kind("variance")
    function Variance.new() return setmetatable({ n = 0, w = 0, f = 0, float = false, q2 = 0, q1 = 0, q0 = 0 }, Variance) end
    local function carrySquares(self)
      self.q1, self.q0 = self.q1 + self.q0 // S, self.q0 % S
      self.q2, self.q1 = self.q2 + self.q1 // S, self.q1 % S
    end
    function Variance:add(x)
      local w, f = split(x, "add")
      addFixed(self, x, "add")
      self.n = self.n + 1
      -- (w + f/S)² = w² + 2wf/S + f²/S²
      self.q2, self.q1, self.q0 = self.q2 + w * w, self.q1 + 2 * w * f, self.q0 + f * f
      carrySquares(self)
    end
    function Variance:save()
      return { n = self.n, w = self.w, f = self.f, float = self.float, q2 = self.q2, q1 = self.q1, q0 = self.q0 }
    end
    function Variance:merge(d)
      mergeFixed(self, d)
      self.n = self.n + d.n
      self.q2, self.q1, self.q0 = self.q2 + d.q2, self.q1 + d.q1, self.q0 + d.q0
      carrySquares(self)
    end
    function Variance:count() return self.n end
    Variance.sum = fixedValue
    function Variance:mean()
      if self.n == 0 then return nil end
      return fixedQuotient(self.w, self.f, self.n)
    end
    -- Population variance; variance(1) divides by n - 1 (the sample variance).
    function Variance:variance(ddof)
      ddof = ddof or 0
      if self.n - ddof <= 0 then return nil end
      local sum = self.w + self.f / S
      local squares = self.q2 + self.q1 / S + self.q0 / S / S
      local v = (squares - sum * sum / self.n) / (self.n - ddof)
      return v > 0 and v or 0.0
    end
    function Variance:stddev(ddof)
      local v = self:variance(ddof)
      return v and math.sqrt(v)
    end
    Variance.value = Variance.variance
    -- The mean with its 95% interval, {n, mean, sd, low, high}, as lede.stats.mean gives over the
    -- values themselves (sd: the sample standard deviation, 0 below two values).
    function Variance:interval()
      return lede.stats.interval { n = self.n, mean = self:mean() or 0, sd = self:stddev(1) or 0 }
    end

    -- min and max --------------------------------------------------------------------------
    local function extreme(name, better)
      local K = kind(name)
      function K.new() return setmetatable({}, K) end
      function K:add(x)
        if x == nil then return end
        local t = type(x)
        if t ~= "number" and t ~= "string" then argerror(1, "add", "number or string expected, got " .. t) end
        local v = self.v
        if v ~= nil and type(v) ~= t then argerror(1, "add", ("cannot compare %s with %s"):format(t, type(v))) end
        -- Equal integer and float: the integer wins, so the kept type never depends on order.
        if v == nil or better(x, v) or (x == v and math.type(x) == "integer") then self.v = x end
      end
      function K:save() return { v = self.v } end
      function K:merge(d) self:add(d.v) end
      function K:value() return self.v end
      return K
    end
    extreme("min", function(x, v) return x < v end)
    extreme("max", function(x, v) return x > v end)

    -- exact counts by key, with a top-k cut when read ----------------------------------------
    local Counts = kind("counts")
    function Counts.new() return setmetatable({ t = {} }, Counts) end
    function Counts:add(key, k)
      key = keyof(key, "add")
      if k == nil then k = 1 elseif math.type(k) ~= "integer" then argerror(2, "add", "integer expected, got " .. type(k)) end
      self.t[key] = (self.t[key] or 0) + k
    end
    function Counts:save() return { t = lede.json.object(self.t) } end
    function Counts:merge(d) for key, k in pairs(d.t) do self.t[key] = (self.t[key] or 0) + k end end
    function Counts:get(key) return self.t[keyof(key, "get")] or 0 end
    function Counts:size()
      local n = 0
      for _ in pairs(self.t) do n = n + 1 end
      return n
    end
    function Counts:total()
      local n = 0
      for _, k in pairs(self.t) do n = n + k end
      return n
    end
    -- The k keys counted most (all when k is nil or 0) as {key, count}, ties by key.
    function Counts:top(k)
      local rows = {}
      for key, n in pairs(self.t) do rows[#rows + 1] = { key, n } end
      table.sort(rows, function(x, y)
        if x[2] ~= y[2] then return x[2] > y[2] end
        return x[1] < y[1]
      end)
      if k and k > 0 then for i = #rows, k + 1, -1 do rows[i] = nil end end
      return rows
    end
    Counts.value = Counts.top

    -- the first n items by a stable order key (n = 0 keeps all) --------------------------------
    local First = kind("first")
    function First.new(n)
      if n ~= nil and math.type(n) ~= "integer" then argerror(2, "first", "integer expected, got " .. type(n)) end
      return setmetatable({ n = n or 0, kept = {}, sorted = true }, First)
    end
    local function itemLess(x, y)
      if lessKey(x[1], y[1]) then return true end
      if lessKey(y[1], x[1]) then return false end
      -- Equal keys: decide by the values, so the order never depends on the order of adds.
      return json.encode(x[2]) < json.encode(y[2])
    end
    local function normalize(self)
      if not self.sorted then
        table.sort(self.kept, itemLess)
        self.sorted = true
      end
      if self.n > 0 then for i = #self.kept, self.n + 1, -1 do self.kept[i] = nil end end
    end
    function First:add(key, value)
      if key == nil then argerror(1, "add", "order key expected, got nil") end
      if value == nil then argerror(2, "add", "value expected, got nil") end
      local items = self.kept
      items[#items + 1] = { key, value }
      self.sorted = false
      if self.n > 0 and #items > 2 * self.n + 32 then normalize(self) end
    end
    function First:save()
      normalize(self)
      return { items = self.kept }
    end
    function First:merge(d)
      local items = self.kept
      for _, item in ipairs(d.items) do items[#items + 1] = item end
      self.sorted = false
      if self.n > 0 and #items > 2 * self.n + 32 then normalize(self) end
    end
    -- The kept values in order.
    function First:items()
      normalize(self)
      local out = {}
      for i, item in ipairs(self.kept) do out[i] = item[2] end
      return out
    end
    First.value = First.items
    function First:size()
      normalize(self)
      return #self.kept
    end

    -- exact sets ----------------------------------------------------------------------------
    local Set = kind("set")
    function Set.new() return setmetatable({ t = {} }, Set) end
    function Set:add(key) self.t[keyof(key, "add")] = true end
    function Set:save() return { t = sortedKeys(self.t) } end
    function Set:merge(d) for _, key in ipairs(d.t) do self.t[key] = true end end
    function Set:size()
      local n = 0
      for _ in pairs(self.t) do n = n + 1 end
      return n
    end
    Set.value = Set.size
    function Set:has(key) return self.t[keyof(key, "has")] == true end
    function Set:values() return sortedKeys(self.t) end

    -- records of aggregates, and groups of records by key --------------------------------------
    -- A state is a plain record of aggregates by name; `state` (and a group's spec) declares
    -- them through a declarer, so aggregate names never clash with methods.
    local Record = { __name = "State" }
    local Declarer = { __name = "StateDeclarer" }
    Declarer.__index = Declarer
    local declared = setmetatable({}, { __mode = "k" }) -- record → names in declaration order

    local function newRecord()
      local r = setmetatable({}, Record)
      declared[r] = {}
      return r
    end

    local function declare(self, name, aggregate, fname)
      local r = self.record
      if type(name) ~= "string" then argerror(1, fname, "name expected, got " .. type(name)) end
      if rawget(r, name) ~= nil then argerror(1, fname, ("'%s' is declared twice"):format(name)) end
      rawset(r, name, aggregate)
      local names = declared[r]
      names[#names + 1] = name
      return aggregate
    end

    function Declarer:count(name) return declare(self, name, Count.new(), "count") end
    function Declarer:sum(name) return declare(self, name, Sum.new(), "sum") end
    function Declarer:mean(name) return declare(self, name, Mean.new(), "mean") end
    function Declarer:variance(name) return declare(self, name, Variance.new(), "variance") end
    function Declarer:min(name) return declare(self, name, Kinds.min.new(), "min") end
    function Declarer:max(name) return declare(self, name, Kinds.max.new(), "max") end
    function Declarer:counts(name) return declare(self, name, Counts.new(), "counts") end
    function Declarer:first(name, n) return declare(self, name, First.new(n), "first") end
    function Declarer:set(name) return declare(self, name, Set.new(), "set") end

    local Group = kind("group")
    function Declarer:group(name, spec)
      if type(spec) ~= "function" then argerror(2, "group", "function(state, params) expected, got " .. type(spec)) end
      return declare(self, name, setmetatable({ spec = spec, params = self.params, t = {} }, Group), "group")
    end

    local Custom = kind("accumulator")
    function Declarer:accumulator(name, spec)
      if type(spec) ~= "table" then argerror(2, "accumulator", "table {create=, add=, merge=, finish=} expected") end
      for _, f in ipairs { "create", "add", "merge", "finish" } do
        if type(spec[f]) ~= "function" then argerror(2, "accumulator", ("field '%s' must be a function"):format(f)) end
      end
      return declare(self, name, setmetatable({ spec = spec, acc = spec.create() }, Custom), "accumulator")
    end

    -- A record with the aggregates `spec` declares.
    local function declared_record(spec, params)
      local r = newRecord()
      spec(setmetatable({ record = r, params = params }, Declarer), params)
      return r
    end

    local function saveRecord(r)
      local out = lede.json.object()
      for _, name in ipairs(declared[r]) do out[name] = r[name]:save() end
      return out
    end
    local function mergeRecord(r, d)
      for name in pairs(d) do
        if rawget(r, name) == nil then error(("the partial state has '%s', which this plugin does not declare"):format(name), 0) end
      end
      for _, name in ipairs(declared[r]) do
        if d[name] ~= nil then r[name]:merge(d[name]) end
      end
    end

    -- The record of `key`, made on first use.
    function Group:at(key)
      key = keyof(key, "at")
      local r = self.t[key]
      if not r then
        r = declared_record(self.spec, self.params)
        self.t[key] = r
      end
      return r
    end
    function Group:get(key) return self.t[keyof(key, "get")] end
    function Group:keys() return sortedKeys(self.t) end
    function Group:size()
      local n = 0
      for _ in pairs(self.t) do n = n + 1 end
      return n
    end
    function Group:save()
      local out = lede.json.object()
      for key, r in pairs(self.t) do out[key] = saveRecord(r) end
      return out
    end
    function Group:merge(d) for key, rd in pairs(d) do mergeRecord(self:at(key), rd) end end

    function Custom:add(...)
      local r = self.spec.add(self.acc, ...)
      if r ~= nil then self.acc = r end
    end
    function Custom:save() return { acc = self.acc } end
    function Custom:merge(d) self.acc = self.spec.merge(self.acc, d.acc) end
    function Custom:value() return self.spec.finish(self.acc) end

    -- A standalone aggregate of `kind`, for a script or plugin that merges rows it has read:
    -- lede.aggregate("variance"), then :merge(other:save()).
    function lede.aggregate(name, n)
      local K = Kinds[name]
      if type(name) ~= "string" or not K or name == "group" or name == "accumulator" then
        argerror(1, "aggregate", "count, sum, mean, variance, min, max, counts, first or set expected, got "
          .. tostring(name))
      end
      return K.new(n)
    end

    -- While a partial is made over the whole session (a single run, or one shard of `--shard`),
    -- article id → its number in the session: evidence cites it as a single run does.
    local numbering

    -- The article's number in the session (corpus[N]) while a mergeable plugin adds it, so that
    -- tables and evidence cite the number `.show N` takes: nil for articles piped in on standard
    -- input (their "-:N" is the line in one shard) and in a partial made without --shard.
    function lede.article_number(a)
      local path = numbering and a.path
      if path and path ~= "-" and path:sub(1, 2) ~= "-:" then return numbering[a.id] end
      return nil
    end

    -- The order reports list articles in: by date, then title (or, untitled, the file it was
    -- read from, a JSON Lines file's lines by number so ":2" comes before ":10"), then id: the
    -- same in every shard and every run. Further values order the items of one article (a
    -- quote's number), after the id, so two articles' items never interleave.
    function lede.article_order(a, ...)
      local path = a.path or ""
      local stem, line = path:match("^(.*):(%d+)$")
      return { a.date or "", a.title or stem or path, line and tonumber(line) or 0, a.id, ... }
    end

    -- What a report calls an article: its title, else the file (and line) it was read from,
    -- else its id.
    function lede.article_label(a) return a.title or a.path or a.id end

    -- Evidence kept in a state must be plain data: the sentence's text, its span in code
    -- points (as exports count), its article's id and title, and the file it was read from and
    -- its number in the session where both name something a reader can open (not for articles
    -- piped in on standard input, whose "-:N" is the line in one shard).
    function lede.evidence(e)
      if type(e) ~= "table" then argerror(1, "evidence", "table expected, got " .. type(e)) end
      local item = { label = e.label and tostring(e.label), row = e.row and tostring(e.row) }
      local s, a = e.sentence, e.article
      if s then
        item.text = s.text
        a = a or s.article
        item.start, item.stop = s.start, s.stop
        if a and s.start then
          local text = a.text
          item.span_start = utf8.len(text, 1, s.start - 1) or 0
          item.span_end = item.span_start + (utf8.len(text, s.start, s.stop) or 0)
        end
      end
      item.text = e.text and tostring(e.text) or item.text
      if a then
        item.article_id, item.article_title = a.id, a.title or a.path
        local path = a.path
        if path and path ~= "-" and path:sub(1, 2) ~= "-:" then
          item.article_path = path
          item.article_number = lede.article_number(a)
        end
      end
      if not item.text then argerror(1, "evidence", "give text or sentence") end
      item.captured = true
      return item
    end

    -- The host's entry points ------------------------------------------------------------------
    local host = {}

    local function newState(plugin, params) return declared_record(plugin.state, params) end

    -- Whether the position-th article (1-based) of the session is in shard `shard` of `shards`:
    -- every shards-th article, so shards interleave.
    local function inShard(position, shard, shards) return shards <= 1 or (position - 1) % shards == shard - 1 end

    -- A plugin's state over a corpus (or over shard `shard` of `shards` of it), as JSON text, and
    -- the number of articles added. `numbered`: the session's numbers are the corpus's, so
    -- evidence may cite them.
    function host.partial(plugin, corpus, params, shard, shards, numbered)
      shard, shards = shard or 1, shards or 1
      local s, add, n, position = newState(plugin, params), plugin.add, 0, 0
      numbering = numbered and {} or nil
      for a in corpus:articles() do
        position = position + 1
        if inShard(position, shard, shards) then
          if numbering then numbering[a.id] = position end
          add(s, a, params)
          n = n + 1
        end
      end
      -- Work over the whole shard (near-duplicates, say): per shard by design, see the README.
      if plugin.shard then
        local view = corpus
        if shards > 1 then
          position = 0
          view = corpus:filter(function()
            position = position + 1
            return inShard(position, shard, shards)
          end)
        end
        plugin.shard(s, view, params)
      end
      numbering = nil
      return json.encode(saveRecord(s)), n
    end

    -- The report of merged saved states (plain tables), finished by the plugin.
    function host.finish(plugin, params, states, info)
      local s = newState(plugin, params)
      for _, d in ipairs(states) do mergeRecord(s, d) end
      return plugin.finish(s, params, info)
    end

    -- Saved states merged into one, as JSON text: a partial of partials.
    function host.merged(plugin, params, states)
      local s = newState(plugin, params)
      for _, d in ipairs(states) do mergeRecord(s, d) end
      return json.encode(saveRecord(s))
    end

    -- A mergeable plugin's finished-ready state over a corpus, for scripts that want its
    -- aggregates rather than its report: lede.state(lede.plugin("stance"), corpus, params).
    function lede.state(plugin, corpus, params)
      if type(plugin) ~= "table" or type(plugin.state) ~= "function" or type(plugin.add) ~= "function" then
        argerror(1, "state", "a mergeable plugin (with state and add) expected")
      end
      params = params or {}
      local text = host.partial(plugin, corpus, params, 1, 1, true)
      local s = newState(plugin, params)
      mergeRecord(s, json.decode(text))
      return s
    end

    -- Gives a mergeable plugin a `run` for scripts, through the same save and merge.
    function host.attach(plugin)
      if plugin.run ~= nil then return end
      plugin.run = function(corpus, params)
        params = params or {}
        local text, n = host.partial(plugin, corpus, params, 1, 1, true)
        return host.finish(plugin, params, { json.decode(text) }, { articles = n })
      end
    end

    return host
    """#
}
