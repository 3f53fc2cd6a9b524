import Foundation
import Testing

@testable import LedeLua

@Suite struct SandboxTests {
  func safeSession(output: String? = nil) throws -> LuaSession {
    try makeSession(testLimits(safe: true, outputPath: output))
  }

  @Test func blocksProcessesAndTheEnvironment() throws {
    let session = try safeSession()
    for call in [
      "os.execute('true')", "io.popen('ls')", "os.exit(0)", "os.getenv('HOME')",
      "os.remove('x')", "os.rename('a', 'b')", "os.tmpname()", "io.tmpfile()",
      "package.loadlib('libc.so.6', '*')",
    ] {
      let name = String(call.prefix(while: { $0 != "(" }))
      #expect(
        session.failure(call)?.message == "t.lua:1: '\(name)' is disabled by --safe", "\(call)")
    }
    #expect(try session.value("return os.time() > 0 and os.clock() >= 0") == true)
  }

  @Test func writesOnlyToTheOutputFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.json").path
    let other = folder.appendingPathComponent("other.txt").path
    try Data("read me".utf8).write(to: URL(fileURLWithPath: other))
    let session = try safeSession(output: output)
    #expect(
      session.failure("io.open('\(other)', 'w')")?.message
        == "t.lua:1: io.open: writing to '\(other)' is disabled by --safe (only the --output file may be written)"
    )
    #expect(session.failure("io.open('\(other)', 'a+')") != nil)
    #expect(session.failure("io.open('\(other)', 'r+')") != nil)
    #expect(session.failure("io.output('\(other)')") != nil)
    #expect(
      try session.value("local f = io.open('\(other)'); local s = f:read('a'); f:close(); return s")
        == "read me")
    try session.run(
      "local f = assert(io.open('\(folder.path)/./report.json', 'w')); f:write('{}'); f:close()")
    #expect(try String(contentsOfFile: output, encoding: .utf8) == "{}")
    #expect(try String(contentsOfFile: other, encoding: .utf8) == "read me")
  }

  @Test func refusesCModules() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("not really a library".utf8).write(to: folder.appendingPathComponent("evil.so"))
    let chunk = "package.cpath = '\(folder.path)/?.so'; require('evil')"

    let trusted = try makeSession()
    let loaded = try #require(trusted.failure(chunk))
    #expect(loaded.message.contains("evil.so"))  // the C searcher tried it

    let safe = try safeSession()
    let refused = try #require(safe.failure(chunk))
    #expect(refused.message.contains("module 'evil' not found"))
    #expect(!refused.message.contains("evil.so"))
    #expect(try safe.value("return #package.searchers") == 2)
  }

  @Test func neverLoadsBytecode() throws {
    let trusted = try makeSession()
    let results = try trusted.run(
      """
      local code = string.dump(function() return 1 end)
      local a, ea = load(code)
      local b, eb = load(code, "x", "b")
      return a, ea, b, eb
      """)
    #expect(
      results == [
        .nil, "attempt to load a binary chunk (mode is 't')", .nil,
        "attempt to load a binary chunk (mode is 't')",
      ])
    #expect(try trusted.value("return load('return 7')()") == 7)
    #expect(try trusted.value("local env = {y = 3}; return load('return y', 'c', 't', env)()") == 3)

    let safe = try safeSession()
    #expect(
      safe.failure("string.dump(print)")?.message == "t.lua:1: 'string.dump' is disabled by --safe")
  }

  @Test func loadsFilesAsTextOnly() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let session = try makeSession()
    let binary = folder.appendingPathComponent("binary.lua").path
    let text = folder.appendingPathComponent("text.lua").path
    try Data("return 'text'".utf8).write(to: URL(fileURLWithPath: text))
    try session.run(
      "local f = io.open('\(binary)', 'wb'); f:write(string.dump(function() return 1 end)); f:close()"
    )
    #expect(try session.value("return dofile('\(text)')") == "text")
    #expect(session.failure("dofile('\(binary)')")?.message.contains("binary chunk") == true)
    #expect(
      try session.value("return select(2, loadfile('\(binary)'))")
        .stringValue?.contains("binary chunk") == true)
    #expect(
      session.failure("package.path = '\(folder.path)/?.lua'; require('binary')")?.message
        .contains("binary chunk") == true)
    #expect(
      try session.value("package.path = '\(folder.path)/?.lua'; return require('text')") == "text")
  }

  @Test func removesTheDebugLibraryButTraceback() throws {
    let session = try safeSession()
    #expect(
      session.failure("debug.getinfo(1)")?.message
        == "t.lua:1: 'debug.getinfo' is disabled by --safe")
    #expect(session.failure("debug.sethook()") != nil)
    #expect(session.failure("debug.getregistry()") != nil)
    #expect(try session.value("return debug.traceback('here'):sub(1, 4)") == "here")
    #expect(session.failure("require('debug').setupvalue(print, 1, 1)") != nil)
  }

  @Test func refusesFinalizers() throws {
    let session = try safeSession()
    #expect(
      session.failure("setmetatable({}, {__gc = function() end})")?.message
        == "t.lua:1: __gc metamethods are disabled by --safe")
    #expect(
      try session.value("return getmetatable(setmetatable({}, {__index = {a = 1}})) ~= nil") == true
    )
  }

  @Test func keepsTheHookForTheHost() throws {
    let session = try makeSession()
    #expect(session.failure("debug.sethook(print, 'l')")?.message.contains("--timeout") == true)
  }
}
