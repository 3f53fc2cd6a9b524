/// The assertion library `lede test` gives `*_spec.lua` files: `describe`, `it`, `before_each`
/// and `expect`-style checks on a callable `assert` table (plain `assert(v, msg)` still works).
///
/// It is Lua, run in the spec's own state before the spec file; results are collected in the
/// global `__spec_results` for the host to read.
enum SpecLibrary {
  static let source = #"""
    local results = { passed = 0, failed = 0, failures = {}, log = {} }
    __spec_results = results
    local stack, hooks = {}, {}

    local function fullname(name)
      local parts = {}
      for _, d in ipairs(stack) do parts[#parts + 1] = d end
      parts[#parts + 1] = name
      return table.concat(parts, " ")
    end

    function describe(name, body)
      stack[#stack + 1] = name
      hooks[#stack] = {}
      body()
      hooks[#stack] = nil
      stack[#stack] = nil
    end

    function before_each(fn)
      local level = hooks[#stack]
      if level then level[#level + 1] = fn end
    end

    local function where(trace)
      for line in trace:gmatch("[^\n]+") do
        local at = line:match("^%s*(.-_spec%.lua:%d+):")
        if at then return at end
      end
    end

    function it(name, body)
      local label = fullname(name)
      local ok, err = xpcall(function()
        for level = 1, #stack do
          for _, fn in ipairs(hooks[level] or {}) do fn() end
        end
        body()
      end, function(e)
        if type(e) == "table" and e.__assertion then return e end
        return { message = tostring(e), trace = debug.traceback("", 2) }
      end)
      if ok then
        results.passed = results.passed + 1
        results.log[#results.log + 1] = "ok   " .. label
      else
        results.failed = results.failed + 1
        local at = err.at or where(err.trace or "") or "?"
        results.failures[#results.failures + 1] = { name = label, message = err.message, at = at }
        results.log[#results.log + 1] = "FAIL " .. label .. "\n     " .. at .. ": " .. err.message
      end
    end

    local function fail(message, level)
      local info = debug.getinfo(level or 3, "Sl")
      local at = info and (info.short_src .. ":" .. (info.currentline or 0)) or nil
      error({ __assertion = true, message = message, at = at }, 0)
    end

    local function show(v)
      if type(v) == "string" then return string.format("%q", v) end
      return tostring(v)
    end

    local function deepequal(a, b, seen)
      if a == b then return true end
      if type(a) ~= "table" or type(b) ~= "table" then return false end
      seen = seen or {}
      if seen[a] == b then return true end
      seen[a] = b
      for k, v in pairs(a) do if not deepequal(v, b[k], seen) then return false end end
      for k in pairs(b) do if a[k] == nil then return false end end
      return true
    end

    local checks = {}
    function checks.equal(expected, actual, message)
      if expected ~= actual then
        fail((message and message .. ": " or "") .. "expected " .. show(expected) .. ", got " .. show(actual))
      end
    end
    function checks.same(expected, actual, message)
      if not deepequal(expected, actual) then
        fail((message and message .. ": " or "") .. "tables differ: expected " .. lede.json.encode(expected)
          .. ", got " .. lede.json.encode(actual))
      end
    end
    function checks.truthy(v, message) if not v then fail(message or ("expected a true value, got " .. show(v))) end end
    function checks.falsy(v, message) if v then fail(message or ("expected a false value, got " .. show(v))) end end
    function checks.near(expected, actual, tolerance, message)
      tolerance = tolerance or 1e-9
      if type(actual) ~= "number" or math.abs(expected - actual) > tolerance then
        fail((message and message .. ": " or "") .. "expected " .. show(expected) .. " ± " .. tolerance .. ", got " .. show(actual))
      end
    end
    function checks.matches(pattern, s, message)
      if type(s) ~= "string" or not s:find(pattern) then
        fail((message and message .. ": " or "") .. "expected a string matching " .. show(pattern) .. ", got " .. show(s))
      end
    end
    function checks.error(fn, pattern, message)
      local ok, err = pcall(fn)
      if ok then fail(message or "expected an error, got none") end
      if pattern and not tostring(err):find(pattern, 1, true) then
        fail((message and message .. ": " or "") .. "expected an error containing " .. show(pattern) .. ", got " .. show(tostring(err)))
      end
    end

    assert = setmetatable(checks, {
      __call = function(_, v, message, ...)
        if not v then fail(message or "assertion failed!") end
        return v, message, ...
      end,
    })
    """#
}
