import Foundation
import Testing

@testable import LedeLua

@Suite struct LimitsTests {
  static let short = Duration.milliseconds(200)

  /// A host function that works until it is told to stop.
  static func spinLibrary(_ counter: Counter) -> HostLibrary {
    HostLibrary(functions: [
      HostFunction(name: "test.spin", params: "", result: "", help: "Loops until stopped") {
        call throws(HostError) in
        defer { counter.increment() }
        while true {
          try call.checkStop()
          usleep(1000)
        }
      }
    ])
  }

  @Test func timeoutStopsAnEndlessLoop() throws {
    let session = try makeSession(testLimits(timeout: Self.short))
    let error = try #require(session.failure("local n = 0\nwhile true do n = n + 1 end"))
    #expect(error.kind == .timeout)
    #expect(error.message == "t.lua:2: timeout after 0.2 s")
    #expect(error.traceback != nil)
    // The next run gets its own time.
    #expect(try session.value("return 1 + 1") == 2)
  }

  @Test func timeoutCannotBeCaughtByTheScript() throws {
    let session = try makeSession(testLimits(timeout: Self.short))
    let error = session.failure(
      "while true do pcall(function() while true do end end) end")
    #expect(error?.kind == .timeout)
  }

  @Test func timeoutReachesCoroutines() throws {
    let session = try makeSession(testLimits(timeout: Self.short))
    let error = session.failure(
      "local co = coroutine.wrap(function() while true do end end)\nco()")
    #expect(error?.kind == .timeout)
  }

  @Test func timeoutStopsLongHostCalls() throws {
    let counter = Counter()
    let session = try makeSession(
      testLimits(timeout: Self.short), library: .standard + Self.spinLibrary(counter))
    let error = session.failure("test.spin()")
    #expect(error?.kind == .timeout)
    #expect(counter.count == 1)
  }

  @Test func stopHandleInterruptsFromAnotherThread() throws {
    let counter = Counter()
    let session = try makeSession(library: .standard + Self.spinLibrary(counter))
    let handle = session.stopHandle
    for source in ["while true do end", "test.spin()"] {
      let thread = Thread {
        usleep(100_000)
        handle.stop()
      }
      thread.start()
      let error = session.failure(source)
      #expect(error?.kind == .interrupted)
      #expect(error?.message.hasSuffix("interrupted!") == true)
      #expect(try session.value("return 'still usable'") == "still usable")
    }
    #expect(counter.count == 1)
  }

  @Test func processInterruptStopsInterruptibleSessions() throws {
    let session = try LuaSession(limits: Limits(interruptible: true))
    LuaInterrupt.request()
    let error = session.failure("while true do end")
    #expect(error?.kind == .interrupted)
    #expect(!LuaInterrupt.isRequested)  // taken up by the run it stopped
    #expect(try session.value("return 1") == 1)
  }

  @Test func memoryBombIsACleanError() throws {
    let session = try makeSession(testLimits(memoryMegabytes: 64))
    let error = try #require(
      session.failure("local t = {} while true do t[#t+1] = string.rep('x', 1e6) end"))
    #expect(error.kind == .memory)
    #expect(error.message == "not enough memory (the limit is 64 MB)")
    #expect(try session.value("return 1 + 1") == 2)
    #expect(session.memoryInUse < 64 * 1024 * 1024)
  }

  @Test func memoryBombCanBeCaughtByTheScript() throws {
    let session = try makeSession(testLimits(memoryMegabytes: 32))
    let result = try session.value(
      """
      local ok, err = pcall(function()
        local t = {} while true do t[#t+1] = string.rep('x', 1e6) end
      end)
      return err
      """)
    #expect(result == "not enough memory")
  }

  @Test func hostAllocationsPastTheLimitFailWhenTheHostReturns() throws {
    let session = try makeSession(testLimits(memoryMegabytes: 8))
    let error = session.failure(
      """
      local parts = {}
      for i = 1, 150000 do parts[i] = '[1,2,3]' end
      local text = '[' .. table.concat(parts, ',') .. ']'
      parts = nil
      return lede.json.decode(text)
      """)
    #expect(error?.kind == .memory)
    #expect(try session.value("return 'fine'") == "fine")
  }
}
