import Foundation
import LedeAnalysis
import LedeCore
import Testing

/// The fuzz and abuse suite (issue 19): seeded mutations of an article in every format, and
/// hostile Lua under `--safe` with `--timeout` and `--memory-limit`. Deterministic: the same
/// seed makes the same inputs on every run, so a failure names an input that can be rebuilt.
@Suite struct FuzzTests {
  /// One small article per format, written for this suite.
  static let seeds: [(ext: String, text: String)] = [
    (
      "txt",
      "Council approves budget\nThe vote was close.\n\nThe council approved the plan on Monday, "
        + "the mayor said.\n\"It is a good day,\" said Anna Weber.\n"
    ),
    (
      "md",
      "---\ntitle: Council approves budget\ndate: 2024-03-04\nsource: The Herald\n---\n\n"
        + "# Council approves budget\n\nThe council approved the plan on Monday.\n\n## Reaction\n\n"
        + "\"It is a good day,\" said Anna Weber.\n"
    ),
    (
      "json",
      #"{"title": "Council approves budget", "date": "2024-03-04", "text": "The council approved "#
        + #"the plan on Monday.\n\n\"It is a good day,\" said Anna Weber.", "tags": [1, 2.5, null]}"#
    ),
    (
      "jsonl",
      #"{"headline": "Council approves budget", "body": "The council approved the plan."}"# + "\n"
        + #"{"headline": "Mayor resigns", "body": "The mayor resigned on Tuesday, aides said."}"#
        + "\n"
    ),
    (
      "html",
      "<!doctype html><html><head><title>Council approves budget</title>"
        + "<meta property=\"og:title\" content=\"Council approves budget\"></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>Council approves budget</h1>"
        + "<p>The council approved the plan on <b>Monday</b>.</p><p>\"It is a good day,\" said "
        + "Anna Weber.</p></article><footer>© The Herald</footer></body></html>"
    ),
    (
      "rss",
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Herald</title><item>"
        + "<title>Council approves budget</title><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>"
        + "<description><![CDATA[<p>The council approved the plan on Monday.</p>]]></description>"
        + "</item></channel></rss>"
    ),
    (
      "atom",
      "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Herald</title>"
        + "<entry><title>Council approves budget</title><updated>2024-03-04T10:00:00Z</updated>"
        + "<content type=\"html\">&lt;p&gt;The council approved the plan.&lt;/p&gt;</content>"
        + "</entry></feed>"
    ),
  ]

  /// Pieces that break parsers: markup, quotes, escapes, bad UTF-8, NUL, BOMs, deep nesting.
  static let pieces: [[UInt8]] =
    [
      "<", ">", "</p>", "<div>", "<p>", "<!--", "-->", "<![CDATA[", "]]>", "&", "&amp;", "&#0;",
      "&#xD800;", "&nosuch;", "{", "}", "[", "]", "\"", "\\", "\\u", "\\ud800", ":", ",", "\n",
      "\r\n", "\r", "---\n", "# ", "é", "\u{202E}", "\u{FEFF}", "“", "”", "1e999", "-0", "null",
      String(repeating: "<div>", count: 300), String(repeating: "[", count: 600),
      String(repeating: "\"", count: 50),
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90]]

  /// SplitMix64: small, seedable, the same everywhere.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
  }

  static func mutate(_ seed: [UInt8], _ random: inout Random) -> [UInt8] {
    var bytes = seed
    for _ in 0..<(1 + random.below(4)) {
      let at = random.below(bytes.count + 1)
      switch random.below(6) {
      case 0 where !bytes.isEmpty:
        bytes[min(at, bytes.count - 1)] ^= UInt8(truncatingIfNeeded: 1 << random.below(8))
      case 1: bytes.insert(contentsOf: pieces[random.below(pieces.count)], at: at)
      case 2:
        let end = min(bytes.count, at + random.below(40))
        bytes.removeSubrange(at..<end)
      case 3:
        let end = min(bytes.count, at + random.below(80))
        bytes.insert(contentsOf: bytes[at..<end], at: random.below(bytes.count + 1))
      case 4: bytes = Array(bytes.prefix(at))
      default:
        bytes.insert(
          contentsOf: Array(
            repeating: bytes.randomElementOrSpace(&random), count: 1 + random.below(5000)), at: at)
      }
    }
    return bytes
  }

  @Test(arguments: seeds.map(\.ext))
  func mutatedArticlesLoadCleanly(format: String) throws {
    let seed = try #require(Self.seeds.first { $0.ext == format })
    var random = Random(state: 0x1ede_0019 &+ UInt64(format.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
    let loader = ArticleLoader()
    let exporter = ArticleExporter(layers: .init(placeNames: GazetteerPlaceNames()))
    for round in 0..<150 {
      let bytes = Self.mutate(Array(seed.text.utf8), &random)
      let path = "fuzz-\(round).\(format)"
      let (document, decodeIssues) = SourceDocument.decode(bytes, path: path)
      var issues = decodeIssues
      var articles: [Article] = []
      if let document {
        let result = loader.read(document)
        articles = result.articles
        issues += result.issues
      }
      #expect(document != nil || !issues.isEmpty, "\(path): refused without a reason")
      for issue in issues {
        #expect(issue.path == path && !issue.message.isEmpty, "\(path): \(issue)")
      }
      for article in articles {
        let length = article.text.utf8.count
        for block in article.blocks {
          #expect(block.span.start <= block.span.end && block.span.end <= length, "\(path)")
        }
        for token in article.tokens {
          #expect(token.span.start <= token.span.end && token.span.end <= length, "\(path)")
        }
        _ = article.entities
        _ = article.quotes
      }
      // Whatever loaded exports as JSON that reads back.
      let line = exporter.jsonLines(articles)
      for record in line.split(separator: UInt8(ascii: "\n")) {
        #expect(
          (try? JSONParser.parse(String(decoding: record, as: UTF8.self))) != nil, "\(path)")
      }
    }
  }

  /// Hostile chunks, each of which must end within the limits with a message, never a crash,
  /// a hang or a file written.
  static let hostile: [String] = [
    "local s = 'x' while true do s = s .. s end",
    "local t = {} for i = 1, math.huge do t[i] = i end",
    "local function f() return f() + 1 end f()",
    "local function f() return 1 + f() end f()",
    "while true do coroutine.wrap(function() end)() end",
    "string.find(string.rep('a', 50), string.rep('a*', 25) .. 'b')",
    "string.rep('x', 2^40)",
    "print(('x'):rep(1e9))",
    "load(string.rep('x = 1 ', 1e8))",
    "for i = 1, math.huge do end",
    "os.execute('touch pwned')",
    "io.popen('touch pwned')",
    "io.open('pwned', 'w')",
    "io.open('pwned', 'a+')",
    "io.open('pwned', 'r+')",
    "io.open(4242, 'w')",
    "io.output('pwned')",
    "string.find = function() return 1 end; io.open('pwned', 'w')",
    "getmetatable('').__index = {find = function() return 1 end}; io.open('pwned', 'w')",
    "package.loadlib('libc.so.6', 'system')",
    "package.cpath = './?.so'; require('pwned')",
    "debug.sethook()",
    "debug.getregistry()",
    "string.dump(print)",
    "setmetatable({}, {__gc = function() while true do end end})",
    "getmetatable(io.stdout).__gc = function() while true do end end",
    "getmetatable(lede.json.decode('{}')).__gc = function() while true do end end",
    "do local x <close> = setmetatable({}, {__close = function() while true do end end}) end",
    "xpcall(function() while true do end end, function() while true do end end)",
    "error(setmetatable({}, {__tostring = function() while true do end end}))",
    "print(setmetatable({}, {__tostring = function() while true do end end}))",
    "lede.load('/dev/zero')",
    "for i = 1, 1e6 do lede.parse('Budget\\nThe council met on Monday ' .. i) end",
    "lede.json.decode(string.rep('[', 1e6))",
    "local t = {} t.t = t lede.json.encode(t)",
    "lede.json.decode('[1e999]')",
    "string.format('%99999999d', 1)",
    "collectgarbage('generational') local t = {} for i = 1, 1e9 do t[#t + 1] = {} end",
    "lede.report{columns = {{1, 2}}}",
    "return lede.report{columns = {'a'}}:add{string.rep('x', 1e8)}",
  ]

  @Test func hostileLuaUnderSafeEndsWithinTheLimits() throws {
    let dir = try Scratch()
    try dir.write("a.txt", Self.seeds[0].text)
    for chunk in Self.hostile {
      let start = Date()
      let r = try LedeCLI.run(
        ["run", "--safe", "--timeout", "1", "--memory-limit", "64", "-e", chunk, "a.txt"],
        directory: dir.url)
      let seconds = Date().timeIntervalSince(start)
      // 0 for what is harmless, 70 (a failed script) otherwise; never a signal.
      #expect([0, 70].contains(r.status), "\(chunk): status \(r.status) \(r.stderr)")
      #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("crashed"), "\(chunk)")
      // --timeout 1, the watchdog's second of grace, and start-up on a loaded machine.
      #expect(seconds < 15, "\(chunk) took \(seconds) s")
      let files = try FileManager.default.contentsOfDirectory(atPath: dir.url.path)
      #expect(files == ["a.txt"], "\(chunk) left \(files)")
    }
  }
}

extension Array where Element == UInt8 {
  fileprivate func randomElementOrSpace(_ random: inout FuzzTests.Random) -> UInt8 {
    isEmpty ? 0x20 : self[random.below(count)]
  }
}
