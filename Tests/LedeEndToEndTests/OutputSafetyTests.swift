import Foundation
import Testing

/// `--output` and standard output as the last line of defence: nothing that is not a regular
/// file is replaced, no input is overwritten however it was named, and a failed write is one
/// message and a non-zero status (issue 19).
@Suite struct OutputSafetyTests {
  let article =
    "Council approves budget\nThe vote was close.\nThe council approved the plan on Monday.\n"

  /// `lede` run by bash, for redirections a `Process` cannot express.
  func shell(_ script: String, in dir: Scratch) throws -> LedeCLI.Result {
    try LedeCLI.run(
      ["-c", script], environment: ["LEDE": LedeCLI.executable.path], directory: dir.url,
      executableURL: URL(fileURLWithPath: "/bin/bash"))
  }

  @Test func refusesTargetsThatAreNotRegularFiles() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    try dir.write("real.json", "{}")
    let setup = try shell("ln -s real.json link.json && mkdir folder", in: dir)
    #expect(setup.status == 0)
    for (target, kind) in [("link.json", "a symbolic link"), ("folder", "a folder")] {
      for command in [["export", "a.txt"], ["report", "overview", "a.txt"]] {
        let r = try LedeCLI.run(command + ["--output", target], directory: dir.url)
        // A folder is refused when the one file is written (a folder is valid for CSV).
        #expect(r.status == (target == "folder" ? 74 : 64), "\(command) \(target)")
        #expect(r.stderr.contains("lede: error:"), "\(target): \(r.stderr)")
        #expect(r.stderr.contains("it is \(kind)"), "\(target): \(r.stderr)")
        #expect(!r.stderr.contains("Usage:"), "\(target): \(r.stderr)")
      }
    }
    var info = stat()
    #expect(lstat(dir.path("link.json"), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
    #expect(try String(contentsOfFile: dir.path("real.json"), encoding: .utf8) == "{}")
  }

  /// A character device or a FIFO is a stream: written in place, as `>` would, and kept.
  @Test func writesIntoDevicesAndFIFOs() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    let null = try LedeCLI.run(["export", "a.txt", "--output", "/dev/null"], directory: dir.url)
    #expect(null.status == 0 && null.stdout.isEmpty && null.stderr.isEmpty, "\(null.stderr)")
    let piped = try shell(
      "mkfifo fifo && { cat fifo > got.jsonl & } && \"$LEDE\" export a.txt --output fifo; "
        + "status=$?; wait; exit $status", in: dir)
    #expect(piped.status == 0, "\(piped.stderr)")
    let got = try String(contentsOfFile: dir.path("got.jsonl"), encoding: .utf8)
    #expect(got.contains("Council approves budget"))
    var info = stat()
    #expect(lstat(dir.path("fifo"), &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
  }

  /// `--output -` is standard output, as `-` is for inputs (it crashed the binary in Foundation's
  /// path getters when it was taken for a file named `-`).
  @Test func dashIsStandardOutput() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    for command in [
      ["export", "a.txt"], ["report", "overview", "a.txt"],
      ["report", "quotes", "a.txt", "-f", "json"],
    ] {
      let plain = try LedeCLI.run(command, directory: dir.url)
      let dash = try LedeCLI.run(command + ["--output", "-"], directory: dir.url)
      #expect(plain.status == 0 && dash.status == 0, "\(command): \(dash.stderr)")
      #expect(dash.stdout == plain.stdout && !dash.stdout.isEmpty, "\(command)")
      #expect(!FileManager.default.fileExists(atPath: dir.path("-")), "\(command)")
    }
  }

  @Test func refusesInputsHoweverNamed() throws {
    let dir = try Scratch()
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("iso"), withIntermediateDirectories: true)
    let x = #"{"title": "A", "text": "The council met on Monday. It voted."}"# + "\n"
    let y = #"{"title": "B", "text": "The mayor spoke on Tuesday. She left."}"# + "\n"
    try dir.write("iso/x.jsonl", x)
    try dir.write("iso/y.jsonl", y)
    try dir.write("a.txt", article)
    // A glob that matches the output.
    let glob = try LedeCLI.run(
      ["export", "iso/*.jsonl", "--output", "iso/x.jsonl"], directory: dir.url)
    #expect(glob.status == 64)
    #expect(glob.stderr.contains("is one of the inputs"))
    // A file a script loaded with lede.load.
    let loaded = try LedeCLI.run(
      [
        "run", "-e", "lede.load('iso/y.jsonl'); return lede.report{columns = {'a'}}", "a.txt",
        "--output", "iso/y.jsonl",
      ], directory: dir.url)
    #expect(loaded.status != 0)
    #expect(loaded.stderr.contains("it is the input iso/y.jsonl"))
    // Another name for the same file (a hard link).
    try FileManager.default.linkItem(atPath: dir.path("a.txt"), toPath: dir.path("b.json"))
    let linked = try LedeCLI.run(["export", "a.txt", "--output", "b.json"], directory: dir.url)
    #expect(linked.status == 64)
    #expect(try String(contentsOfFile: dir.path("iso/x.jsonl"), encoding: .utf8) == x)
    #expect(try String(contentsOfFile: dir.path("iso/y.jsonl"), encoding: .utf8) == y)
    #expect(try String(contentsOfFile: dir.path("a.txt"), encoding: .utf8) == article)
  }

  @Test func aFullDiskIsOneMessageAndStatus74() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    for command in [
      "$LEDE export a.txt", "$LEDE report overview a.txt", "$LEDE run -e 'print(1)' a.txt",
      "$LEDE run -e 'io.write(1)' a.txt", "echo 'print(1)' | $LEDE a.txt",
      "echo '.articles' | $LEDE a.txt",
    ] {
      let r = try shell("\(command) >/dev/full", in: dir)
      #expect(r.status == 74, "\(command): \(r.stderr)")
      #expect(
        r.stderr == "lede: error: cannot write to standard output: No space left on device\n",
        "\(command)")
    }
  }

  @Test func aClosedOrBrokenStandardOutputIsNeverSuccess() throws {
    let dir = try Scratch()
    try dir.write("a.txt", article)
    for command in ["$LEDE export a.txt", "$LEDE report overview a.txt"] {
      let closed = try shell("\(command) >&-", in: dir)
      #expect(closed.status == 74, "\(command)")
      #expect(closed.stderr.contains("cannot write to standard output: Bad file descriptor"))
      // The reader is gone before lede writes; SIGPIPE ignored, so the write fails with EPIPE.
      let broken = try shell(
        "trap '' PIPE; (\(command); echo \"status $?\" >&2) | (exec 0<&-; sleep 1)", in: dir)
      #expect(broken.stderr.contains("cannot write to standard output: Broken pipe"), "\(command)")
      #expect(broken.stderr.contains("status 74"), "\(command)")
    }
    let shellPipe = try shell(
      "trap '' PIPE; (echo 'print(1)' | $LEDE a.txt; echo \"status $?\" >&2) | (exec 0<&-; sleep 1)",
      in: dir)
    #expect(shellPipe.stderr.contains("status 74"))
  }

  @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
  func temporaryFileIsRemovedWhenTheWriteIsKilled(signal: Int32) throws {
    let dir = try Scratch()
    // Large enough that writing and syncing the file takes a moment, in which the command
    // is stopped (SIGSTOP) the instant its temporary file appears, then sent the signal.
    let paragraph = String(repeating: "The council approved the plan on Monday. ", count: 400)
    try FileManager.default.createDirectory(
      at: dir.url.appendingPathComponent("in"), withIntermediateDirectories: true)
    for i in 0..<40 { try dir.write("in/a\(i).txt", "Budget \(i)\n\(paragraph)\n") }
    var caught = false
    for _ in 0..<10 where !caught {
      let process = Process()
      process.executableURL = LedeCLI.executable
      process.arguments = ["export", "in", "--output", "out.jsonl"]
      process.currentDirectoryURL = dir.url
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      let pid = process.processIdentifier
      while process.isRunning {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.url.path)) ?? []
        if names.contains(where: { $0.hasPrefix(".out.jsonl.") }) {
          kill(pid, SIGSTOP)
          caught = true
          kill(pid, signal)
          kill(pid, SIGCONT)
          break
        }
      }
      process.waitUntilExit()
      let names = try FileManager.default.contentsOfDirectory(atPath: dir.url.path)
      #expect(!names.contains(where: { $0.hasPrefix(".out") }), "\(names)")
      if caught {
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
      }
      try? FileManager.default.removeItem(atPath: dir.path("out.jsonl"))
    }
    #expect(caught, "the temporary file was never seen: the write was too quick to stop")
  }
}
