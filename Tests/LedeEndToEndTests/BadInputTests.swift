import Foundation
import Testing

/// Bad input end to end: one clear warning naming the file and the reason, the rest loads,
/// exit codes as DESIGN.md §5, and nothing written into the inputs.
@Suite struct BadInputTests {
  let good =
    "Council approves budget\nThe vote was close.\nThe council approved the plan on Monday.\n"

  @Test func emptyFileAloneExits65() throws {
    let dir = try Scratch()
    try dir.write("empty.txt", "")
    let r = try LedeCLI.run(["export", dir.path("empty.txt")])
    #expect(r.status == 65)
    #expect(r.stderr.contains("empty.txt: empty file; nothing to load"))
    #expect(r.stderr.contains("no articles loaded"))
    #expect(r.stdout.isEmpty)
  }

  @Test func emptyFileBesideGoodOneWarnsAndGoesOn() throws {
    let dir = try Scratch()
    try dir.write("a-empty.txt", "  \n\n")
    try dir.write("b-good.txt", good)
    let r = try LedeCLI.run(["export", dir.url.path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("a-empty.txt: empty file"))
    #expect(r.stdout.split(separator: "\n").count == 1)
  }

  @Test func aFoldersReadmeIsNotAnArticleUnlessNamed() throws {
    let dir = try Scratch()
    try dir.write("README.md", "# Articles\n\nThis folder holds the council's coverage.\n")
    try dir.write("readme.txt", "Notes\nAbout the folder.\n")
    try dir.write("b-good.txt", good)
    let folder = try LedeCLI.run(["export", dir.url.path])
    #expect(folder.status == 0 && folder.stderr.isEmpty, "\(folder.stderr)")
    #expect(folder.stdout.split(separator: "\n").count == 1)
    let named = try LedeCLI.run(["export", dir.path("README.md")])
    #expect(named.status == 0)
    #expect(named.stdout.contains("This folder holds"))
  }

  @Test func binaryFileIsRefused() throws {
    let dir = try Scratch()
    try dir.write("photo.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]))
    try dir.write("good.txt", good)
    let r = try LedeCLI.run(["export", dir.path("photo.txt"), dir.path("good.txt")])
    #expect(r.status == 0)
    #expect(r.stderr.contains("photo.txt: binary file (contains NUL bytes); not loaded"))
    #expect(r.stdout.split(separator: "\n").count == 1)
  }

  @Test func invalidUTF8IsReplacedAndReported() throws {
    let dir = try Scratch()
    var bytes = Data("Headline here\nA standfirst line.\nCaf".utf8)
    bytes.append(contentsOf: [0xE9, 0xFF])
    bytes.append(contentsOf: Data(" opens in Paris.\n".utf8))
    try dir.write("latin1.txt", bytes)
    let r = try LedeCLI.run(["export", dir.path("latin1.txt")])
    #expect(r.status == 0)
    #expect(
      r.stderr.contains("latin1.txt: invalid UTF-8 at byte 36; bad bytes replaced with U+FFFD"))
    #expect(r.stdout.contains("Caf\u{FFFD}\u{FFFD} opens in Paris."))
  }

  @Test func malformedJSONLinesReportTheLineAndKeepTheRest() throws {
    let dir = try Scratch()
    try dir.write(
      "feed.jsonl",
      """
      {"title": "One", "text": "First story body."}
      {"title": "Two", "text": "Second story body.
      {"title": "Three", "text": "Third story body."}
      [1, 2]
      {"title": "Five"}

      """)
    let r = try LedeCLI.run(["export", dir.path("feed.jsonl")])
    #expect(r.status == 0)
    #expect(
      r.stderr.contains(
        "feed.jsonl:2: malformed JSON: unterminated string (column 45); line skipped"))
    #expect(r.stderr.contains("feed.jsonl:4: expected a JSON object, got a array; skipped"))
    #expect(r.stderr.contains("feed.jsonl:5: no article text"))
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[1].contains("\"path\": \"\(dir.path("feed.jsonl")):3\""))
  }

  @Test func malformedJSONFileNamesLineAndColumn() throws {
    let dir = try Scratch()
    try dir.write("broken.json", "{\n  \"title\": \"x\",\n  \"text\": nope\n}\n")
    let r = try LedeCLI.run(["export", dir.path("broken.json")])
    #expect(r.status == 65)
    #expect(r.stderr.contains("broken.json:3: malformed JSON: invalid literal (column 11)"))
  }

  @Test func hugeSingleArticleLoads() throws {
    let dir = try Scratch()
    let paragraph = String(
      repeating: "The committee met again on Tuesday to discuss the report. ", count: 40)
    var text = "A very long report\nIt goes on.\n"
    while text.utf8.count < 50_000_000 { text += paragraph + "\n" }
    try dir.write("huge.txt", text)
    let out = dir.path("huge.jsonl")
    let r = try LedeCLI.run(["export", dir.path("huge.txt"), "--output", out])
    #expect(r.status == 0, "\(r.stderr)")
    let size = try FileManager.default.attributesOfItem(atPath: out)[.size] as? Int ?? 0
    #expect(size > 50_000_000)
  }

  @Test func htmlWithoutAnArticleIsReported() throws {
    let dir = try Scratch()
    try dir.write(
      "menu.html",
      "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>"
    )
    try dir.write("good.txt", good)
    let r = try LedeCLI.run(["export", dir.path("menu.html"), dir.path("good.txt")])
    #expect(r.status == 0)
    #expect(r.stderr.contains("menu.html: no article text found in HTML"))
    #expect(r.stdout.split(separator: "\n").count == 1)
  }

  @Test func brokenHTMLStillLoads() throws {
    let dir = try Scratch()
    try dir.write(
      "broken.html",
      "<html><body><article><h1>Storm hits coast<p>Winds of 100 km/h were recorded on Monday.<p>Power was cut to 2,000 homes, officials said.<div></article>"
    )
    let r = try LedeCLI.run(["export", dir.path("broken.html")])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("\"title\": \"Storm hits coast\""))
    #expect(r.stdout.contains("Power was cut to 2,000 homes"))
  }

  @Test func missingPathWarnsAndExits65() throws {
    let r = try LedeCLI.run(["export", "no/such/file.txt"])
    #expect(r.status == 65)
    #expect(r.stderr.contains("no/such/file.txt: no such file or directory"))
  }

  @Test func strictTurnsAnyBadInputIntoExit65() throws {
    let dir = try Scratch()
    try dir.write("empty.txt", "")
    try dir.write("good.txt", good)
    let r = try LedeCLI.run(["export", "--strict", dir.url.path])
    #expect(r.status == 65)
    #expect(r.stderr.contains("--strict"))
  }

  @Test func folderWithUnreadableEntriesLoadsTheRest() throws {
    let dir = try Scratch()
    try dir.write("good.txt", good)
    try FileManager.default.createSymbolicLink(
      atPath: dir.path("dangling.txt"), withDestinationPath: dir.path("gone.txt"))
    #expect(mkfifo(dir.path("pipe.txt"), 0o600) == 0)
    if getuid() != 0 {
      try dir.write("secret.txt", good + "x")
      chmod(dir.path("secret.txt"), 0)
    }
    let r = try LedeCLI.run(["export", dir.url.path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("dangling.txt: broken symbolic link; not loaded"))
    #expect(r.stderr.contains("pipe.txt: not a regular file; not loaded"))
    if getuid() != 0 { #expect(r.stderr.contains("secret.txt: permission denied")) }
    #expect(r.stdout.split(separator: "\n").count == 1)
  }

  @Test func outputOntoAnInputIsRefused() throws {
    let dir = try Scratch()
    try dir.write("good.txt", good)
    let r = try LedeCLI.run(["export", dir.path("good.txt"), "--output", dir.path("good.txt")])
    #expect(r.status == 64)
    #expect(r.stderr.contains("is one of the inputs"))
    #expect(try String(contentsOfFile: dir.path("good.txt"), encoding: .utf8) == good)
  }

  @Test func unknownOptionSuggestsTheRightOne() throws {
    let r = try LedeCLI.run(["export", "--formt", "json", "seeds"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("--format"))
  }

  @Test func duplicateContentLoadsOnce() throws {
    let dir = try Scratch()
    try dir.write("a.txt", good)
    try dir.write("b.txt", good)
    let r = try LedeCLI.run(["export", dir.url.path])
    #expect(r.status == 0)
    #expect(r.stdout.split(separator: "\n").count == 1)
    #expect(r.stderr.contains("b.txt: same content as"))
  }

  @Test func standardInputIsRead() throws {
    let r = try LedeCLI.run(["export", "-"], stdin: good)
    #expect(r.status == 0)
    #expect(r.stdout.contains("\"path\": \"-\""))
    #expect(r.stdout.contains("\"title\": \"Council approves budget\""))
  }

  @Test func globsExpand() throws {
    let r = try LedeCLI.run(["export", "seeds/*.md"])
    #expect(r.status == 0)
    #expect(r.stdout.split(separator: "\n").count == 1, "council-budget.md, not seeds/README.md")
    let none = try LedeCLI.run(["export", "seeds/*.nothing"])
    #expect(none.status == 65)
    #expect(none.stderr.contains("seeds/*.nothing: no files match this pattern"))
  }
}

/// A temporary folder removed when the test ends.
final class Scratch {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lede-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: url.appendingPathComponent(name))
  }

  func write(_ name: String, _ data: Data) throws {
    try data.write(to: url.appendingPathComponent(name))
  }
}
