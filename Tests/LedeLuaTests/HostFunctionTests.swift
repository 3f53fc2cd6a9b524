import Foundation
import Testing

@testable import LedeLua

@Suite struct HostFunctionTests {
  /// A library whose functions fail in each of the ways a host function can.
  static func testLibrary(_ counter: Counter) -> HostLibrary {
    HostLibrary(functions: [
      HostFunction(name: "test.boom", params: "", result: "", help: "Fails") {
        _ throws(HostError) in
        defer { counter.increment() }
        throw .message("boom from Swift")
      },
      HostFunction(
        name: "test.toward", params: "text, target", result: "table", help: "Checks arguments"
      ) { call throws(HostError) in
        _ = try call.checkString(1)
        guard call.stack.type(at: 2) == 4 || call.stack.type(at: 2) == 5 else {  // string, table
          throw call.typeError(2, expected: "string or span")
        }
        return 0
      },
      HostFunction(name: "test.each", params: "f", result: "", help: "Calls f three times") {
        call throws(HostError) in
        defer { counter.increment() }
        for i in 1...3 {
          call.stack.pushCopy(of: 1)
          call.stack.push(i)
          try call.callLua(arguments: 1, results: 0)
        }
        return 0
      },
      HostFunction(name: "test.int", params: "n", result: "integer", help: "Echoes an integer") {
        call throws(HostError) in
        call.stack.push(try call.checkInteger(1))
        return 1
      },
    ])
  }

  @Test func errorsFromSwiftRunDeferAndSurface() throws {
    let counter = Counter()
    let session = try makeSession(library: .standard + Self.testLibrary(counter))
    let error = try #require(session.failure("local x = 1\ntest.boom()"))
    #expect(error.kind == .runtime)
    #expect(error.message == "t.lua:2: boom from Swift")
    #expect(error.traceback?.contains("[C]: in function 'test.boom'") == true)
    // Functions under `lede` are found through package.loaded, with their full name.
    #expect(
      session.failure("lede.json.decode('x')")?.traceback?
        .contains("[C]: in function 'lede.json.decode'") == true)
    #expect(counter.count == 1)
    // Caught by the script like any Lua error.
    #expect(try session.value("return select(2, pcall(test.boom))") == "boom from Swift")
    #expect(counter.count == 2)
  }

  @Test func badArgumentsAreWordedLikeLauxlib() throws {
    let session = try makeSession(library: .standard + Self.testLibrary(Counter()))
    #expect(
      session.failure("test.toward('text', nil)")?.message
        == "t.lua:1: bad argument #2 to 'toward' (string or span expected, got nil)")
    #expect(
      session.failure("test.toward()")?.message
        == "t.lua:1: bad argument #1 to 'toward' (string expected, got no value)")
    #expect(
      session.failure("test.int(1.5)")?.message
        == "t.lua:1: bad argument #1 to 'int' (number has no integer representation)")
    #expect(
      session.failure("test.int(io.stdout)")?.message
        == "t.lua:1: bad argument #1 to 'int' (number expected, got FILE*)")
    #expect(try session.value("return test.int('7')") == 7)
  }

  @Test func luaErrorsInCallbacksCrossTheHostCleanly() throws {
    let counter = Counter()
    let session = try makeSession(library: .standard + Self.testLibrary(counter))
    let error = try #require(
      session.failure(
        "local seen = 0\ntest.each(function(i)\n  if i == 2 then error('inner') end\nend)"))
    #expect(error.message == "t.lua:3: inner")
    #expect(counter.count == 1)
    #expect(try session.value("local s = 0; test.each(function(i) s = s + i end); return s") == 6)
  }

  @Test func hostFunctionsWorkInsideCoroutines() throws {
    let counter = Counter()
    let session = try makeSession(library: .standard + Self.testLibrary(counter))
    let sum = try session.value(
      """
      local s = 0
      local co = coroutine.wrap(function()
        test.each(function(i) s = s + i end)
        coroutine.yield(lede.json.encode({s}))
      end)
      return co() .. s
      """)
    #expect(sum == "[6]6")
    #expect(
      try session.value("return select(2, coroutine.resume(coroutine.create(test.boom)))")
        == "boom from Swift")
    let error = session.failure(
      "coroutine.wrap(function() test.each(function() coroutine.yield() end) end)()")
    #expect(error?.message.contains("attempt to yield across a C-call boundary") == true)
    #expect(counter.count == 3)
  }

  @Test func printLogAndWarnGoToTheirSinks() throws {
    let captured = Captured()
    let session = try makeSession(captured: captured)
    try session.run("print('a', 1, nil, 2.5)\nlede.log('note', 3)\nlede.warn('careful')")
    #expect(captured.output.withLock { $0 } == "a\t1\tnil\t2.5\n")
    #expect(
      captured.diagnostics.withLock { $0 } == [
        LuaDiagnostic(level: .log, text: "note\t3"),
        LuaDiagnostic(level: .warning, text: "careful"),
      ])
    let error = session.failure(
      "print(setmetatable({}, {__tostring = function() error('no text') end}))")
    #expect(error?.message == "t.lua:1: no text")
  }

  @Test func failIsAFailedCheckNotACrash() throws {
    let session = try makeSession()
    let error = try #require(session.failure("local n = 2\nlede.fail('too few articles: ' .. n)"))
    #expect(error.kind == .failedCheck)
    #expect(error.message == "t.lua:2: too few articles: 2")
    #expect(error.location == SourceLocation(chunk: "t.lua", line: 2))
    #expect(error.traceback == nil)
    #expect(
      session.failures == [CheckFailure(message: "too few articles: 2", location: error.location)])
  }

  @Test func failIsRecordedEvenWhenCaught() throws {
    let session = try makeSession()
    let text = try session.value("local ok, e = pcall(lede.fail, 'caught'); return tostring(e)")
    #expect(text == "caught")  // called by pcall directly: no Lua caller position
    #expect(session.failures.map(\.message) == ["caught"])
    #expect(
      try session.value("local ok, e = pcall(function() lede.fail('x') end); return tostring(e)")
        == "t.lua:1: x")
  }

  @Test func theVersionIsAString() throws {
    let session = try makeSession()
    #expect(try session.value("return lede.version") == .string(HostLibrary.ledeVersion))
    #expect(try session.value("return require('lede') == lede") == true)
  }

  @Test func declarationsDescribeTheLibrary() {
    let library = HostLibrary.standard
    #expect(
      library.names == [
        "lede.fail", "lede.json.decode", "lede.json.encode", "lede.json.null", "lede.json.object",
        "lede.log", "lede.version", "lede.warn", "print",
      ])
    #expect(library.functions.allSatisfy { !$0.help.isEmpty && !$0.help.contains("\n") })
    #expect(
      library.function(named: "lede.json.encode")?.signature
        == "lede.json.encode(v [, {pretty = true}]) -> string")
    #expect(library.function(named: "lede.json.encode")?.shortName == "encode")
    #expect(library.reference.count == library.names.count)
  }

  @Test func everyDeclaredNameExistsInAState() throws {
    let session = try makeSession()
    for name in HostLibrary.standard.names {
      #expect(try session.value("return \(name) ~= nil") == true, "\(name)")
    }
  }
}
