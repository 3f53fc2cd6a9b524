import Foundation
import Testing

/// The same shell through a pipe: clean output (no prompt, banner or colour), chunks and
/// commands with the terminal's syntax, and the documented exit codes.
@Suite struct PipeSessionTests {
  static let article = "seeds/lavrov-visits-north-korea.txt"

  @Test func anExpressionPrintsOnlyItsValue() throws {
    let result = try LedeBinary.run(["seeds/"], stdin: "return 1+1\n")
    #expect(result.status == 0)
    #expect(result.stdout == "2\n")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
  }

  @Test func aSessionKeepsStateAndPrintsEachResult() throws {
    let input = """
      x = 20
      function add(a, b)
        return a + b
      end
      add(x, 22)
      {3, 1, name = "Пхеньян", nested = {true}}
      #corpus

      """
    let result = try LedeBinary.run([Self.article], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "42\n{3, 1, name = \"Пхеньян\", nested = {true}}\n1\n")
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("lede>"))
  }

  @Test func aFailedChunkExits70AndTheRestStillRuns() throws {
    let result = try LedeBinary.run(
      [Self.article], stdin: "return 1\n\nerror('boom')\nreturn 2\n")
    #expect(result.status == 70)
    #expect(result.stdout == "1\n2\n")
    // Positions count lines of the whole input, not of the chunk.
    #expect(result.stderr.contains("stdin:3: boom"), "\(result.stderr)")
  }

  @Test func bailStopsAtTheFirstFailure() throws {
    let result = try LedeBinary.run(
      ["--bail", Self.article], stdin: "return 1\nerror('boom')\nreturn 2\n")
    #expect(result.status == 70)
    #expect(result.stdout == "1\n")
  }

  @Test func anUnfinishedChunkAtTheEndIsASyntaxError() throws {
    let result = try LedeBinary.run([Self.article], stdin: "function f()\n  return 1\n")
    #expect(result.status == 70)
    #expect(result.stderr.contains("<eof>"), "\(result.stderr)")
  }

  @Test func aFailedCheckExitsOne() throws {
    let result = try LedeBinary.run(
      [Self.article], stdin: "pcall(lede.fail, 'too few articles')\nreturn 'after'\n")
    #expect(result.status == 1)
    #expect(result.stdout.contains("\"after\""))
    #expect(result.stderr.contains("check failed"), "\(result.stderr)")
  }

  @Test func nothingToLoadExits65() throws {
    let result = try LedeBinary.run(["no-such-folder/"], stdin: "return 1\n")
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
  }

  @Test func readingArticlesFromStandardInputIsAUsageError() throws {
    let result = try LedeBinary.run(["-"], stdin: "return 1\n")
    #expect(result.status == 64)
  }

  @Test func subcommandsAreStillRouted() throws {
    let result = try LedeBinary.run(["export", Self.article], stdin: "")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("{\"id\""))
  }

  @Test func dotCommandsHaveTheSameSyntax() throws {
    let input = """
      .mode csv
      .articles
      .mode text
      .search Lavrov "North Korea"
      #_
      .kwic Pyongyang
      .help lede.load
      .show 1

      """
    let result = try LedeBinary.run([Self.article], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(",title,date,source,path\n1,"), "\(result.stdout)")
    #expect(result.stdout.contains("1 article\n"))
    #expect(result.stdout.contains("\n1\n"), "the search result is not in _")
    #expect(result.stdout.contains("Pyongyang"))
    #expect(result.stdout.contains("lede.load(path) -> integer"))
    #expect(result.stdout.contains("Article 1 of 1"))
    #expect(result.stdout.contains("¶1"))
  }

  @Test func showKeepsASpaceAfterALongMetaKey() throws {
    let folder = try PTY.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("dateline.md")
    try "---\ntitle: A test\ndateline: WASHINGTON\n---\n\nThe senator spoke on Monday.\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let result = try LedeBinary.run([file.path], stdin: ".show 1\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("meta.dateline WASHINGTON"), "\(result.stdout)")
    #expect(result.stdout.contains("\ntitle         A test\n"), "labels share one column")
  }

  @Test func anUnknownCommandSuggestsTheNearestAndFails() throws {
    let result = try LedeBinary.run([Self.article], stdin: ".artcles\n")
    #expect(result.status == 1)
    #expect(result.stderr.contains("Did you mean '.articles'?"), "\(result.stderr)")
  }

  @Test func reportsAndPlugins() throws {
    let result = try LedeBinary.run(
      [Self.article], stdin: ".plugins\n.report overview top=3\n.report overview tpo=3\n")
    #expect(result.status == 1, "the misspelt parameter must fail")
    #expect(result.stdout.contains("overview"))
    #expect(result.stdout.contains("Parameters:"), "\(result.stdout)")
    #expect(result.stderr.contains("Did you mean 'top'?"), "\(result.stderr)")
  }

  @Test func outputAndOnceWriteFiles() throws {
    let home = try PTY.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: home) }
    let all = home.appendingPathComponent("all.txt").path
    let one = home.appendingPathComponent("one.txt").path
    let input = """
      .output \(all)
      return 1
      print("two")
      .output
      .once \(one)
      return 3
      return 4

      """
    let result = try LedeBinary.run([Self.article], stdin: input, home: home)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "4\n")
    #expect(try String(contentsOfFile: all, encoding: .utf8) == "1\ntwo\n")
    #expect(try String(contentsOfFile: one, encoding: .utf8) == "3\n")
  }

  @Test func theTimerReportsArticlesScanned() throws {
    let input = ".timer on\ncorpus:search('Lavrov')\n.timer off\nreturn 1\n"
    let result = try LedeBinary.run([Self.article], stdin: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("1 article scanned"), "\(result.stderr)")
    #expect(result.stderr.components(separatedBy: "scanned").count == 3, "\(result.stderr)")
  }

  @Test func theInitFileRunsUnlessNoInit() throws {
    let home = try PTY.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: home) }
    let config = home.appendingPathComponent("config/lede")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try "greeting = 'hello'\n".write(
      to: config.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
    let with = try LedeBinary.run([Self.article], stdin: "return greeting\n", home: home)
    #expect(with.stdout == "\"hello\"\n")
    let without = try LedeBinary.run(
      ["--no-init", Self.article], stdin: "return greeting\n", home: home)
    #expect(without.stdout == "nil\n")
  }

  @Test func runningAScriptInTheSession() throws {
    let home = try PTY.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: home) }
    let script = home.appendingPathComponent("count.lua")
    try "total = #corpus\nreturn ..., total\n".write(
      to: script, atomically: true, encoding: .utf8)
    let result = try LedeBinary.run(
      [Self.article], stdin: ".run \(script.path) hello\nreturn total + 1\n", home: home)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "\"hello\"\t1\n2\n")
  }
}

/// Ctrl-C from a pipe: the chunk stops and the session ends with status 130.
@Suite struct PipeInterruptTests {
  @Test func sigintStopsTheChunkAndExits130() throws {
    let home = try PTY.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: home) }
    let process = Process()
    process.executableURL = LedeBinary.executable
    process.arguments = ["seeds/lavrov-visits-north-korea.txt"]
    process.currentDirectoryURL = LedeBinary.root
    process.environment = LedeBinary.environment(home: home)
    let out = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = Pipe()
    process.standardInput = input
    try process.run()
    input.fileHandleForWriting.write(Data("print('go') while true do end\nprint('after')\n".utf8))
    var seen = Data()
    let deadline = Date().addingTimeInterval(20)
    while !String(decoding: seen, as: UTF8.self).contains("go\n") && Date() < deadline {
      seen += out.fileHandleForReading.availableData
    }
    #expect(String(decoding: seen, as: UTF8.self) == "go\n")
    process.interrupt()
    try input.fileHandleForWriting.close()
    // A watchdog: a shell the signal did not reach would spin for ever.
    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + 20) { kill(pid, SIGKILL) }
    let rest = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    #expect(rest.isEmpty, "the session went on after the interrupt")
  }
}
