import Foundation
import Testing

/// `--timeout`, `--memory-limit` and `--safe` from the command line, against code that tries
/// to get past them (issue 19). Each run must end, quickly, with a message and status 70.
@Suite struct LimitsCLITests {
  let article =
    "Council approves budget\nThe vote was close.\nThe council approved the plan on Monday.\n"

  func run(_ chunk: String, _ options: [String], in dir: Scratch) throws -> (
    LedeCLI.Result, Double
  ) {
    let start = Date()
    let r = try LedeCLI.run(["run", "-e", chunk, "a.txt"] + options, directory: dir.url)
    return (r, Date().timeIntervalSince(start))
  }

  @Test func deadlineHoldsWhereNoHookRuns() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    #expect(mkfifo(dir.path("fifo"), 0o644) == 0)
    for chunk in [
      // A finalizer: Lua runs no hook inside one.
      "setmetatable({}, {__gc = function() while true do end end}); collectgarbage()",
      // The finalizer runs when the state closes.
      "x = setmetatable({}, {__gc = function() while true do end end})",
      // A backtracking pattern: C code the hook cannot reach.
      "string.find(string.rep('a', 40), string.rep('a*', 20) .. 'b')",
      // A FIFO nobody writes to: lede.load blocks in open().
      "lede.load('fifo')",
      // A message handler that loops.
      "xpcall(function() while true do end end, function() while true do end end)",
    ] {
      let (r, seconds) = try run(chunk, ["--timeout", "0.5"], in: dir)
      #expect(r.status == 70, "\(chunk): \(r.stderr)")
      #expect(r.stderr.contains("timeout after 0.5 s"), "\(chunk): \(r.stderr)")
      // The watchdog's grace is 1 s; the rest is start-up on a loaded machine.
      #expect(seconds < 10, "\(chunk)")
    }
  }

  @Test func finalizersCannotBeReachedUnderSafe() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    let (r, _) = try run(
      """
      getmetatable(lede.json.decode('{}')).__gc = function() while true do end end
      for i = 1, 100 do lede.json.decode('{}') end
      collectgarbage()
      """, ["--safe", "--timeout", "0.5"], in: dir)
    #expect(r.status == 70)
    #expect(r.stderr.contains("attempt to index a string value"))
  }

  @Test func modelMemoryCountsAgainstTheLimit() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    let text = String(repeating: "The council approved the budget on Monday. ", count: 50)
    try dir.write("t.txt", "Budget\n" + text)
    // 6,000 parsed articles reached 167 MB under a 20 MB limit.
    let (parsed, _) = try run(
      "local t = io.open('t.txt'):read('a'); keep = {}; for i = 1, 6000 do keep[i] = lede.parse(t .. i) end",
      ["--memory-limit", "20"], in: dir)
    #expect(parsed.status == 70)
    #expect(parsed.stderr.contains("not enough memory (the limit is 20 MB)"))
    // An endless stream is read no further than the memory left.
    let (zero, seconds) = try run(
      "print(lede.load('/dev/zero'))", ["--memory-limit", "50", "--timeout", "20"], in: dir)
    #expect(zero.status == 0, "\(zero.stderr)")
    #expect(zero.stdout == "0\n")
    #expect(zero.stderr.contains("/dev/zero: input is over the"))
    #expect(seconds < 20)
  }

  @Test func hugeOptionValuesAreUsageErrors() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    for options in [
      ["--timeout", "1e17"], ["--memory-limit", "8796093022208"], ["--timeout", "inf"],
      ["--memory-limit", "99999999999999999999"],
    ] {
      let (r, _) = try run("print(1)", options, in: dir)
      #expect(r.status == 64, "\(options)")
      #expect(!r.stderr.contains("Fatal error"))
    }
    let (largest, _) = try run(
      "print(1)", ["--timeout", "1e9", "--memory-limit", "8796093022207"], in: dir)
    #expect(largest.status == 0)
  }

  @Test func timeoutInAShellValueFailsThePipedShell() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    let r = try LedeCLI.run(
      ["--timeout", "0.5", "a.txt"],
      stdin: "return setmetatable({}, {__tostring = function() while true do end end})\n",
      directory: dir.url)
    #expect(r.status == 70)
    #expect(r.stderr.contains("timeout after 0.5 s"))
  }

  @Test func safeShellWritesNoFile() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    let r = try LedeCLI.run(
      ["--safe", "a.txt"], stdin: ".output out.txt\nprint(1)\n.once out.txt\nprint(2)\n",
      directory: dir.url)
    #expect(r.status == 1)
    #expect(r.stderr.contains(".output FILE is disabled by --safe"))
    #expect(!FileManager.default.fileExists(atPath: dir.path("out.txt")))
  }

  @Test func loadWarningsHonourQuietAndCarryThePrefix() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    let (loud, _) = try run("lede.load('missing.txt')", [], in: dir)
    #expect(loud.stderr == "lede: warning: missing.txt: no such file or directory\n")
    let (quiet, _) = try run("lede.load('missing.txt')", ["--quiet"], in: dir)
    #expect(quiet.stderr == "")
  }

  @Test func reportBuilderErrorsPointAtTheUsersLine() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    for chunk in [
      "local x = 1\nlocal r = lede.report{columns = {{1, 2}}}",
      "local r = lede.report{}\nr:table{columns = {}}",
    ] {
      let (r, _) = try run(chunk, [], in: dir)
      #expect(r.stderr.hasPrefix("lede: error: (command line):2: bad argument #1"), "\(r.stderr)")
    }
  }
}
