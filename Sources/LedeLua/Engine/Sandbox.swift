import CLua
import CLuaShim
import Foundation

/// What every state gets (text-only chunks) and what `--safe` takes away.
///
/// Everywhere: `load`, `loadfile`, `dofile` and `require` accept text chunks only (bytecode
/// can crash the VM), `debug.sethook` is refused because the host's hook enforces
/// `--timeout` and Ctrl-C, and `xpcall` skips a script's message handler once the run is
/// stopped (Lua runs no hook inside it).
///
/// With `--safe`, for untrusted plugins: `os.execute`, `os.exit`, `os.getenv`, `os.remove`,
/// `os.rename`, `os.tmpname`, `os.setlocale`, `io.popen`, `io.tmpfile`, `package.loadlib`,
/// `string.dump` and every `debug` function but `traceback` raise "'name' is disabled by
/// --safe"; `io.open` takes a string path and mode and `io.output` a string or a file, and any
/// write must be to `Limits.outputPath`; C modules cannot be required (no `package.cpath`, no C
/// searchers); and no finalizer can be written: metatables with `__gc` are refused, and the
/// shared metatables of strings, files and JSON objects are hidden from `getmetatable`, since
/// Lua runs no hook inside a finalizer. The checks use functions captured before any script
/// runs. Reading files stays allowed, as `lede.load` reads them anyway.
enum Sandbox {
  static func install(in session: LuaSession) throws(LuaError) {
    try session.runPrelude(textOnly, name: "=[lede]") { stack in
      lede_pushstopped(stack.L)
      return 1
    }
    guard session.limits.safe else { return }
    let outputPath = session.limits.outputPath
    let allowsWrite = session.addInternal(
      HostFunction(
        name: "allowsWrite", params: "path", result: "boolean",
        help: "Whether --safe lets a plugin write to path (only the --output file)"
      ) { call throws(HostError) in
        let path = try call.checkString(1)
        call.stack.push(outputPath.map { samePath($0, path) } ?? false)
        return 1
      })
    try session.runPrelude(safe, name: "=[lede safe]") { stack in
      lede_pushhost(stack.L, lua_Integer(allowsWrite))
      return 1
    }
  }

  /// Whether two paths name the same file once made absolute, standardized and resolved.
  static func samePath(_ a: String, _ b: String) -> Bool {
    func resolved(_ path: String) -> String {
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
    return resolved(a) == resolved(b)
  }

  static let textOnly = """
    local stopped = ...
    local load, loadfile, error, searchpath, format = load, loadfile, error, package.searchpath, string.format
    local xpcall, type = xpcall, type
    -- A stopped run (timeout, Ctrl-C) raises from the hook, and Lua runs no hook inside the
    -- message handler of that error: a handler that loops would never end. Once the run is
    -- stopped, a script's handler is not called; the error goes on as it is.
    function _G.xpcall(f, msgh, ...)
      if type(msgh) ~= "function" then return xpcall(f, msgh, ...) end
      return xpcall(f, function(m)
        if stopped() then return m end
        return msgh(m)
      end, ...)
    end
    -- Not tail calls, so that argument errors still name the function.
    function _G.load(chunk, chunkname, mode, ...)
      local f, err = load(chunk, chunkname, "t", ...)
      if f then return f end
      return nil, err
    end
    function _G.loadfile(filename, mode, ...)
      local f, err = loadfile(filename, "t", ...)
      if f then return f end
      return nil, err
    end
    function _G.dofile(filename)
      local f, err = loadfile(filename, "t")
      if not f then error(err, 0) end
      return f()
    end
    package.searchers[2] = function(name)
      local path, err = searchpath(name, package.path)
      if not path then return err end
      local f, lerr = loadfile(path, "t")
      if not f then
        error(format("error loading module '%s' from file '%s':\\n\\t%s", name, path, lerr), 0)
      end
      return f, path
    end
    if debug then
      debug.sethook = function()
        error("debug.sethook is not available: the host's hook enforces --timeout and Ctrl-C", 2)
      end
    end
    """

  /// Runs before any user code, so every function it calls is a local captured here: a script
  /// that replaces `string.find`, the string metatable or `type` changes nothing below.
  static let safe = """
    local allowsWrite = ...
    local error, type, rawget, rawset, pairs, ipairs, select = error, type, rawget, rawset, pairs, ipairs, select
    local format = string.format
    local getmetatable, setmetatable = getmetatable, setmetatable
    local function disabled(name)
      return function() error(format("'%s' is disabled by --safe", name), 2) end
    end
    for _, name in ipairs { "execute", "exit", "getenv", "remove", "rename", "tmpname", "setlocale" } do
      os[name] = disabled("os." .. name)
    end
    io.popen = disabled("io.popen")
    io.tmpfile = disabled("io.tmpfile")
    package.loadlib = disabled("package.loadlib")
    package.cpath = ""
    package.searchers[4] = nil
    package.searchers[3] = nil
    string.dump = disabled("string.dump")
    for name in pairs(debug) do
      if name ~= "traceback" then debug[name] = disabled("debug." .. name) end
    end
    local function argerror(n, fname, expected, got)
      error(format("bad argument #%d to '%s' (%s expected, got %s)", n, fname, expected, type(got)), 3)
    end
    local function checkWrite(fname, path)
      if not allowsWrite(path) then
        error(format("%s: writing to '%s' is disabled by --safe (only the --output file may be written)", fname, path), 3)
      end
    end
    -- Only a path given as a string, and only the modes C's fopen reads without writing.
    local open, output = io.open, io.output
    function io.open(path, mode, ...)
      if type(path) ~= "string" then argerror(1, "io.open", "string", path) end
      if mode ~= nil and type(mode) ~= "string" then argerror(2, "io.open", "string", mode) end
      if select("#", ...) > 0 then error("io.open takes a path and a mode", 2) end
      if mode ~= nil and mode ~= "r" and mode ~= "rb" then checkWrite("io.open", path) end
      local f, err, code = open(path, mode)
      if f then return f end
      return nil, err, code
    end
    local filetype = io.type
    function io.output(file)
      if file ~= nil and type(file) ~= "string" and not filetype(file) then
        argerror(1, "io.output", "string or file", file)
      end
      if type(file) == "string" then checkWrite("io.output", file) end
      local f = output(file)
      return f
    end
    -- Shared metatables stay out of reach: a finalizer added to one (the file handles', the
    -- strings', JSON objects') would run while the hook cannot stop it.
    local function lock(mt, name)
      if type(mt) == "table" then rawset(mt, "__metatable", name) end
    end
    lock(getmetatable(io.stdout), "file")
    lock(getmetatable(""), "string")
    lock(getmetatable(lede and lede.json and lede.json.object and lede.json.object() or nil), "json object")
    function _G.setmetatable(t, mt)
      if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
        error("__gc metamethods are disabled by --safe", 2)
      end
      local r = setmetatable(t, mt)
      return r
    end
    """
}

extension LuaSession {
  /// Runs one of the host's own Lua chunks with the arguments `push` pushes.
  func runPrelude(_ source: String, name: String, push: (LuaStack) -> Int32) throws(LuaError) {
    try protected { stack throws(HostError) in
      var text = source
      let status = text.withUTF8 { buffer in
        lede_load(
          stack.L, UnsafeRawPointer(buffer.baseAddress)?.assumingMemoryBound(to: CChar.self),
          buffer.count, name)
      }
      guard status == LUA_OK else { throw .message(stack.string(at: -1) ?? "cannot load \(name)") }
      let count = push(stack)
      guard lede_pcall(stack.L, count, 0, 1) == LUA_OK else {
        throw .message(stack.string(at: -1) ?? "cannot run \(name)")
      }
    }
  }
}
