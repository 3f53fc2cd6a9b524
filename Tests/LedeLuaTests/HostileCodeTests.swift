import Foundation
import Testing

@testable import LedeLua

/// Attacks on the sandbox and the limits from Lua: each found a way out before (issue 19).
@Suite struct HostileCodeTests {
  static let short = Duration.milliseconds(200)

  @Test func sandboxChecksUseReferencesTakenBeforeUserCode() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("victim.txt").path
    let session = try makeSession(testLimits(safe: true))
    // Replacing what a check might call at run time changes nothing.
    for tamper in [
      "string.find = function() return 1 end",
      "string.format = function() return 'x' end",
      "type = function() return 'table' end",
    ] {
      let error = session.failure("\(tamper); assert(io.open('\(target)', 'w'))")
      #expect(error?.message.contains("disabled by --safe") == true, "\(tamper)")
    }
    #expect(!FileManager.default.fileExists(atPath: target))
  }

  @Test func sandboxChecksEveryArgumentType() throws {
    let session = try makeSession(testLimits(safe: true))
    // `io.open(4242, "w")` created a file named 4242: numbers pass as paths to C's fopen.
    #expect(
      session.failure("io.open(4242, 'w')")?.message
        == "t.lua:1: bad argument #1 to 'io.open' (string expected, got number)")
    #expect(session.failure("io.open('x', 119)")?.message.contains("got number") == true)
    #expect(
      session.failure(
        "io.open('x', setmetatable({}, {__tostring = function() return 'w' end}))") != nil)
    #expect(session.failure("io.output(4242)")?.message.contains("got number") == true)
    #expect(!FileManager.default.fileExists(atPath: "4242"))
  }

  @Test func sharedMetatablesAreOutOfReach() throws {
    let session = try makeSession(testLimits(safe: true))
    #expect(try session.value("return getmetatable(lede.json.decode('{}'))") == "json object")
    #expect(try session.value("return getmetatable(io.stdout)") == "file")
    #expect(try session.value("return getmetatable('')") == "string")
    #expect(
      session.failure("getmetatable(lede.json.decode('{}')).__gc = function() end") != nil)
    // The objects still work as before.
    #expect(try session.value("return lede.json.encode(lede.json.decode('{}'))") == "{}")
    #expect(try session.value("return ('%d'):format(7)") == "7")
  }

  @Test func aLoopingMessageHandlerStillTimesOut() throws {
    let session = try makeSession(testLimits(timeout: Self.short))
    for chunk in [
      "xpcall(function() while true do end end, function(m) while true do end end)",
      "while true do xpcall(error, function(m) while true do end end, 'x') end",
    ] {
      #expect(session.failure(chunk)?.kind == .timeout, "\(chunk)")
    }
    // A handler that returns is still called.
    #expect(
      try session.value(
        "return select(2, xpcall(error, function(m) return 'handled ' .. m end, 'x'))")
        == "handled x")
  }

  @Test func deadlineIsCheckedWhenALongHostCallReturns() throws {
    let library =
      HostLibrary.standard
      + HostLibrary(functions: [
        HostFunction(name: "test.slow", params: "", result: "", help: "Sleeps 0.4 s") { _ in
          usleep(400_000)
          return 0
        }
      ])
    let session = try makeSession(testLimits(timeout: Self.short), library: library)
    #expect(session.failure("test.slow(); return 1")?.kind == .timeout)
  }

  @Test func stoppedRunThatCaughtItsErrorInTheHostStillFails() throws {
    let session = try makeSession(testLimits(timeout: Self.short))
    let error = session.failure(
      "local t = setmetatable({}, {__tostring = function() while true do end end}); print(t)")
    #expect(error?.kind == .timeout)
    #expect(try session.value("return 2") == 2)
  }
}
