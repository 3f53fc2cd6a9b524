import Testing

@testable import LedeLua

/// What the model bridge builds on: methods by declaration, references, nested runs.
@Suite struct BridgeSupportTests {
  static let methods = HostLibrary(functions: [
    HostFunction(
      name: "Thing:greet", params: "other", result: "string", help: "Greets another"
    ) { call throws(HostError) in
      try call.checkTable(1)
      call.stack.push("hi " + (try call.checkString(2)))
      return 1
    },
    HostFunction(name: "test.nested", params: "chunk", result: "...", help: "Runs a chunk") {
      call throws(HostError) in
      let source = try call.checkString(1)
      let values: [LuaValue]
      do throws(LuaError) {
        values = try call.session.run(source, name: "nested")
      } catch {
        throw .lua(error)
      }
      for value in values { try call.stack.push(value) }
      return values.count
    },
  ])

  @Test func methodsAreDeclaredOnceAndWordedAsMethods() throws {
    let session = try makeSession(library: .standard + Self.methods)
    #expect(try session.value("return Thing") == .nil)  // methods are not globals
    try session.perform { stack throws(HostError) in
      stack.pushGlobals()
      #expect(session.pushFunction(named: "Thing:greet", on: stack))
      stack.setField("greet", inTableAt: -2)
    }
    try session.run("thing = setmetatable({}, {__index = {greet = greet}})")
    #expect(try session.value("return thing:greet('you')") == "hi you")
    #expect(
      session.failure("thing:greet()")?.message
        == "t.lua:1: bad argument #1 to 'greet' (string expected, got no value)")
    #expect(
      session.failure("thing.greet(42)")?.message
        == "t.lua:1: calling 'greet' on bad self (table expected, got number)")
  }

  @Test func referencesKeepValuesBetweenRuns() throws {
    let session = try makeSession()
    let reference = try session.execute(
      Array("return {name = 'plugin', run = function(n) return n * 2 end}".utf8),
      chunkName: "=plugin.lua"
    ) { stack in session.makeReference(to: 1, on: stack) }
    let kept = try #require(reference)
    let doubled = try session.perform { stack throws(HostError) in
      session.push(kept, on: stack)
      stack.getField("run", inTableAt: -1)
      stack.push(21)
      try session.callWithTraceback(stack, arguments: 1, results: 1)
      return stack.value(at: -1)
    }
    #expect(doubled == 42)
    session.release(kept)
  }

  @Test func nestedRunsKeepTheirErrorKinds() throws {
    let session = try makeSession(
      testLimits(timeout: .milliseconds(200)), library: .standard + Self.methods)
    #expect(try session.run("return test.nested('return 1, 2')") == [1, 2])
    #expect(session.failure("test.nested('lede.fail(\"inner\")')")?.kind == .failedCheck)
    #expect(session.failure("test.nested('while true do end')")?.kind == .timeout)
    #expect(try session.value("return 'after'") == "after")
  }
}
