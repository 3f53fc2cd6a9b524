import Foundation
import Testing

@testable import LedeLua

@Suite struct EngineTests {
  @Test func returnsChunkResults() throws {
    let session = try makeSession()
    #expect(try session.run("return 1 + 1, 'a', true, nil, 2.5") == [2, "a", true, .nil, 2.5])
    let table = try #require(try session.value("return {10, 20, x = 'y'}").tableValue)
    #expect(table.sequence == [10, 20])
    #expect(table["x"] == "y")
  }

  @Test func opaqueValuesKeepTheirText() throws {
    let session = try makeSession()
    guard case .opaque(let type, let description) = try session.value("return print") else {
      Issue.record("expected an opaque value")
      return
    }
    #expect(type == "function")
    #expect(description.hasPrefix("builtin: ") || description.hasPrefix("function: "))
  }

  @Test func syntaxErrorsNameTheChunkAndLine() throws {
    let session = try makeSession()
    let error = try #require(session.failure("local a = 1\nx = )", name: "bad.lua"))
    #expect(error.kind == .syntax)
    #expect(error.message == "bad.lua:2: unexpected symbol near ')'")
    #expect(error.location == SourceLocation(chunk: "bad.lua", line: 2))
    #expect(error.traceback == nil)
  }

  @Test func runtimeErrorsCarryATraceback() throws {
    let session = try makeSession()
    let error = try #require(
      session.failure("local function f()\n  error('boom')\nend\nf()", name: "t.lua"))
    #expect(error.kind == .runtime)
    #expect(error.message == "t.lua:2: boom")
    #expect(error.location == SourceLocation(chunk: "t.lua", line: 2))
    let traceback = try #require(error.traceback)
    #expect(traceback.hasPrefix("stack traceback:"))
    #expect(traceback.contains("t.lua:2: in "))
    #expect(traceback.contains("t.lua:4: in main chunk"))
    #expect(!traceback.hasSuffix("[C]: in ?"))
  }

  @Test func errorsCarryThePhaseAndArticle() throws {
    let session = try makeSession()
    session.phase = .running
    session.article = "seeds/kharkiv.txt"
    let error = try #require(session.failure("local x = nil; return x.y"))
    #expect(error.phase == .running)
    #expect(error.article == "seeds/kharkiv.txt")
    #expect(
      error.description.hasPrefix(
        "t.lua:1: attempt to index a nil value (local 'x') (while running, article 'seeds/kharkiv.txt')"
      ))
  }

  @Test func nonStringErrorValuesAreDescribed() throws {
    let session = try makeSession()
    #expect(session.failure("error({})")?.message == "(error object is a table value)")
    #expect(
      session.failure("error(setmetatable({}, {__tostring = function() return 'custom' end}))")?
        .message == "custom")
  }

  @Test func runsFilesWithAShebangKeepingLineNumbers() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("script.lua").path
    try Data("#!/usr/bin/env lede run\nlocal a = 1\nerror('at three')\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    let session = try makeSession()
    do {
      try session.runFile(at: path)
      Issue.record("expected an error")
    } catch {
      #expect(error.message == "\(path):3: at three")
      #expect(error.location?.line == 3)
    }
    #expect(throws: LuaError.self) {
      try session.runFile(at: folder.appendingPathComponent("none.lua").path)
    }
    do {
      try session.runFile(at: folder.appendingPathComponent("none.lua").path)
    } catch {
      #expect(error.kind == .io)
    }
  }

  @Test func eachSessionIsFresh() throws {
    let first = try makeSession()
    try first.run("x = 1; getmetatable('').__index.shout = string.upper; lede.json = nil")
    #expect(try first.value("return ('a'):shout()") == "A")
    let second = try makeSession()
    #expect(try second.value("return x") == .nil)
    #expect(try second.value("return string.shout") == .nil)
    #expect(try second.value("return type(lede.json.encode)") == "function")
  }

  @Test func chunksReceiveArguments() throws {
    let session = try makeSession()
    let results = try session.run(
      "local a, b = ...; return select('#', ...), a, b.k", arguments: ["x", ["k": 2]])
    #expect(results == [2, "x", 2])
  }

  @Test func globalsCanBeSetAndRead() throws {
    let session = try makeSession()
    try session.setGlobal("arg", ["a", "b"])
    #expect(try session.value("return #arg .. arg[2]") == "2b")
    try session.run("answer = 42")
    #expect(try session.global("answer") == 42)
  }

  @Test func theStackIsLeftBalanced() throws {
    let session = try makeSession()
    for _ in 0..<50 {
      _ = try session.run("return 1, 2, 3")
      _ = session.failure("error('x')")
      _ = session.failure("x = )")
      _ = try session.evaluate("1")
    }
    #expect(LuaStack(session.L).top == 0)
  }
}

@Suite struct EvaluateTests {
  @Test func triesReturnFirst() throws {
    let session = try makeSession()
    #expect(try session.evaluate("1 + 1") == .values([2]))
    #expect(try session.evaluate("x = 5") == .values([]))
    #expect(try session.evaluate("x, x * 2") == .values([5, 10]))
  }

  @Test func detectsIncompleteChunks() throws {
    let session = try makeSession()
    #expect(try session.evaluate("function f()") == .incomplete)
    #expect(try session.evaluate("x = ") == .incomplete)
    #expect(try session.evaluate("for i = 1, 3 do") == .incomplete)
    #expect(try session.evaluate("s = [[long") == .incomplete)
    #expect(try session.evaluate("function f()\n  return 3\nend") == .values([]))
    #expect(try session.evaluate("f()") == .values([3]))
  }

  @Test func reportsRealSyntaxErrors() throws {
    let session = try makeSession()
    do {
      _ = try session.evaluate("x = )")
      Issue.record("expected a syntax error")
    } catch {
      #expect(error.kind == .syntax)
      #expect(error.message == "stdin:1: unexpected symbol near ')'")
    }
  }
}
