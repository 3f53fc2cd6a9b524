import Foundation
import Testing

/// Plugins and scripts end to end: reports in every format, and every way a plugin can fail,
/// each with its documented exit code and message.
@Suite struct PluginRunTests {
  /// Text tables fit the terminal; through a pipe or into a file they fit $COLUMNS or --width,
  /// and --width 0 never cuts, so a title can be read (or grepped) whole.
  @Test func textWidthThroughAPipe() throws {
    let title = "Russia’s Lavrov visits North Korea amid claims of military cooperation"
    let cut = try LedeCLI.run(["report", "sentiment", "seeds"])
    #expect(cut.status == 0)
    #expect(!cut.stdout.contains(title))
    let whole = try LedeCLI.run(["report", "sentiment", "seeds", "--width", "0"])
    #expect(whole.status == 0, "\(whole.stderr)")
    #expect(whole.stdout.contains(title))
    let narrow = try LedeCLI.run(["report", "overview", "seeds"], environment: ["COLUMNS": "60"])
    let table = narrow.stdout.split(separator: "\n").drop { !$0.hasPrefix("articles") }.prefix(6)
    #expect(table.count == 6 && table.allSatisfy { $0.count <= 60 }, "\(table)")
    let bad = try LedeCLI.run(["report", "overview", "seeds", "--width=-1"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--width -1 is out of range"))
  }

  @Test(arguments: ["text", "json", "csv", "md"])
  func overviewReportInEachFormat(format: String) throws {
    // CSV holds one table: the overview's articles.
    let table = format == "csv" ? ["--table", "articles"] : []
    let r = try LedeCLI.run(["report", "overview", "seeds", "--format", format] + table)
    #expect(r.status == 0, "\(r.stderr)")
    Golden.check(r.stdout, named: "report-overview.\(format)")
  }

  @Test(arguments: [
    (["report", "quotes", "seeds/lavrov-visits-north-korea.txt"], "report-quotes-seed.text"),
    (
      ["report", "quotes", "seeds", "--param", "by=corpus", "--format", "md"],
      "report-quotes-corpus.md"
    ),
    (["report", "sentiment", "seeds"], "report-sentiment-articles.text"),
    (
      ["report", "sentiment", "seeds/lavrov-visits-north-korea.txt", "--param", "by=heading"],
      "report-sentiment-headings.text"
    ),
    (
      ["report", "sentiment", "seeds", "--param", "by=entity", "--format", "json"],
      "report-sentiment-entities.json"
    ),
    (["report", "geography", "seeds", "--param", "by=country"], "report-geography-countries.text"),
    (
      ["report", "geography", "seeds/lavrov-visits-north-korea.txt", "--format", "geojson"],
      "report-geography-seed.geojson"
    ),
  ])
  func shippedPluginReportsOnTheSeeds(arguments: [String], golden: String) throws {
    let r = try LedeCLI.run(arguments)
    #expect(r.status == 0, "\(r.stderr)")
    Golden.check(r.stdout, named: golden)
  }

  /// A format the report cannot take is a usage error, as CSV of several tables is: never 1,
  /// which a CI gate reads as a failed check.
  @Test func geoJSONOfAReportWithoutCoordinatesIsAUsageError() throws {
    let r = try LedeCLI.run(["report", "overview", "seeds", "--format", "geojson"])
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    #expect(r.stderr.contains("GeoJSON needs a table with number columns 'lat' and 'lon'"))
  }

  @Test func reportIsWrittenAtomicallyToOutput() throws {
    let dir = try Scratch()
    let out = dir.path("overview.json")
    let r = try LedeCLI.run([
      "report", "overview", "seeds/lavrov-visits-north-korea.txt", "--output", out,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out)))
    #expect((json as? [String: Any])?["title"] as? String == "Overview")
  }

  @Test func sameInputSameBytes() throws {
    let a = try LedeCLI.run(["report", "overview", "seeds", "--format", "json"])
    let b = try LedeCLI.run(["report", "overview", "seeds", "--format", "json"])
    #expect(a.stdout == b.stdout)
  }

  @Test func pluginsAreListedAndDescribed() throws {
    let list = try LedeCLI.run(["plugins"])
    #expect(list.status == 0)
    #expect(list.stdout.contains("overview"))
    let one = try LedeCLI.run(["plugins", "overview"])
    #expect(one.status == 0)
    #expect(one.stdout.contains("top  integer, default 10"))
  }

  @Test func unknownPluginSuggestsTheNearest() throws {
    let r = try LedeCLI.run(["report", "overveiw", "seeds"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("unknown plugin 'overveiw'. Did you mean 'overview'?"))
  }

  @Test func badParametersExit64WithASuggestion() throws {
    let unknown = try LedeCLI.run(["report", "overview", "seeds", "--param", "tpo=3"])
    #expect(unknown.status == 64)
    #expect(
      unknown.stderr.contains("unknown parameter 'tpo' for plugin 'overview'. Did you mean 'top'?"))
    // No near name: the message lists what the plugin takes, as one sentence.
    let far = try LedeCLI.run(["report", "quotes", "seeds", "--param", "bogus=1"])
    #expect(far.status == 64)
    #expect(
      far.stderr.hasPrefix(
        "lede: error: unknown parameter 'bogus' for plugin 'quotes'. It takes by, ")
        && far.stderr.hasSuffix(", unattributed: `lede plugins quotes` describes them.\n"),
      "\(far.stderr)")
    let plugins = try LedeCLI.run(["plugins", "nosuch"])
    #expect(plugins.status == 64)
    #expect(plugins.stderr.hasSuffix("unknown plugin 'nosuch'. `lede plugins` lists them.\n"))
    let wrongType = try LedeCLI.run(["report", "overview", "seeds", "--param", "top=many"])
    #expect(wrongType.status == 64)
    #expect(
      wrongType.stderr.contains(
        "parameter 'top' of plugin 'overview' expects an integer, got 'many'"))
  }

  @Test func missingRequiredParameterExits64() throws {
    let dir = try Scratch()
    try dir.write(
      "needy.lua",
      """
      return { name = "needy", description = "needs a term",
        params = { term = { type = "string", required = true, help = "the word to count" } },
        run = function(corpus, params) return lede.report{ title = params.term } end }
      """)
    let r = try LedeCLI.run(["report", "needy", "seeds", "--plugins", dir.url.path])
    #expect(r.status == 64)
    #expect(r.stderr.contains("plugin 'needy' needs --param term=… (the word to count)"))
  }

  @Test func syntaxErrorNamesFileAndLine() throws {
    let dir = try Scratch()
    try dir.write(
      "broken.lua", "return {\n  name = \"broken\",\n  run = function(c, p) return end end\n}\n")
    let r = try LedeCLI.run(["report", "broken", "seeds", "--plugins", dir.url.path])
    #expect(r.status == 70)
    #expect(r.stderr.contains("broken.lua:3:"))
    #expect(r.stderr.contains("(while loading)"))
  }

  @Test func runtimeErrorNamesFileLineArticleAndTraceback() throws {
    let dir = try Scratch()
    try dir.write(
      "crash.lua",
      """
      return { name = "crash", description = "fails on the first article",
        run = function(corpus, params)
          for a in corpus:articles() do
            local n = a.title .. nil
          end
        end }
      """)
    let r = try LedeCLI.run([
      "report", "crash", "seeds/lavrov-visits-north-korea.txt", "--plugins", dir.url.path,
    ])
    #expect(r.status == 70)
    #expect(r.stderr.contains("crash.lua:4: attempt to concatenate a nil value"))
    #expect(r.stderr.contains("(while running, article 'seeds/lavrov-visits-north-korea.txt')"))
    #expect(r.stderr.contains("stack traceback:"))
  }

  @Test func invalidPluginTableIsExplained() throws {
    let dir = try Scratch()
    try dir.write(
      "typo.lua", "return { name = \"typo\", descriptoin = \"x\", run = function() end }\n")
    let r = try LedeCLI.run(["report", "typo", "seeds", "--plugins", dir.url.path])
    #expect(r.status == 70)
    #expect(
      r.stderr.contains(
        "typo.lua: unknown field 'descriptoin' (a string). Did you mean 'description'?"))
  }

  @Test func infiniteLoopStopsAtTheTimeout() throws {
    let dir = try Scratch()
    try dir.write(
      "spin.lua", "return { name = \"spin\", run = function() while true do end end }\n")
    let r = try LedeCLI.run([
      "report", "spin", "seeds", "--plugins", dir.url.path, "--timeout", "0.5",
    ])
    #expect(r.status == 70)
    #expect(r.stderr.contains("timeout after 0.5 s"))
  }

  @Test func memoryBombIsACleanError() throws {
    let dir = try Scratch()
    try dir.write(
      "bomb.lua",
      """
      return { name = "bomb", run = function()
        local t = {}
        while true do t[#t + 1] = string.rep("x", 1000000) .. #t end
      end }
      """)
    let r = try LedeCLI.run([
      "report", "bomb", "seeds", "--plugins", dir.url.path, "--memory-limit", "64",
    ])
    #expect(r.status == 70)
    #expect(r.stderr.contains("not enough memory"))
  }

  @Test func sandboxBlocksEscapesUnderSafe() throws {
    let dir = try Scratch()
    try dir.write(
      "escape.lua",
      "return { name = \"escape\", run = function() os.execute(\"touch /tmp/lede-escaped\") end }\n"
    )
    let r = try LedeCLI.run(["report", "escape", "seeds", "--plugins", dir.url.path, "--safe"])
    #expect(r.status == 70)
    #expect(r.stderr.contains("'os.execute' is disabled by --safe"))
    let write = try LedeCLI.run(["run", "--safe", "-e", "io.open('/tmp/lede-safe-test', 'w')"])
    #expect(write.status == 70)
    #expect(write.stderr.contains("--safe"))
  }

  @Test func failedCheckExits1WithTheMessage() throws {
    let r = try LedeCLI.run([
      "run", "-e", "if #corpus > 0 then lede.fail('too many articles: ' .. #corpus) end",
      "seeds/lavrov-visits-north-korea.txt",
    ])
    #expect(r.status == 1)
    #expect(r.stderr.contains("check failed"))
    #expect(r.stderr.contains("too many articles: 1"))
  }

  @Test func scriptArgumentsAndReports() throws {
    let dir = try Scratch()
    try dir.write(
      "count.lua",
      """
      local term = arg[1]
      local r = lede.report{ title = "Count of " .. term, columns = { {"term", "string"}, {"articles", "integer"} } }
      r:add{ term, #corpus:search(term) }
      return r
      """)
    let r = try LedeCLI.run([
      "run", "--format", "csv", dir.path("count.lua"), "seeds", "--", "Lavrov",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "term,articles\nLavrov,1\n")
  }

  /// People are counted under their corpus entity: "Obama" in one article and "Barack Obama"
  /// in another are one row, and watch-tone's "Obama" is that person alone.
  @Test func peopleAreCountedUnderTheirCorpusEntity() throws {
    let dir = try Scratch()
    try dir.write(
      "a.txt",
      "Port plan welcomed\n\nPresident Barack Obama visited the port on Monday.\n\n"
        + "Barack Obama praised the workers and Barack Obama thanked the crowd.\n")
    try dir.write(
      "b.txt",
      "Jobs plan\n\nThe plan was a good one, Mr Obama said. Mr Obama smiled at the workers.\n\n"
        + "Melania Trump spoke later.\n")
    let overview = try LedeCLI.run([
      "report", "overview", dir.url.path, "--format", "csv", "--table", "people",
    ])
    #expect(overview.status == 0, "\(overview.stderr)")
    #expect(overview.stdout.contains("Barack Obama,5"), "\(overview.stdout)")
    #expect(!overview.stdout.contains("\nObama,"), "\(overview.stdout)")
    let tone = try LedeCLI.run(["run", "Scripts/watch-tone.lua", dir.url.path, "--", "Obama", "-1"])
    #expect(tone.status == 0, "\(tone.stderr)")
    #expect(tone.stdout.contains("over 5 mentions"), "\(tone.stdout)")
    #expect(tone.stdout.contains("; Barack Obama)"), "\(tone.stdout)")
  }

  /// A source that names no one ("the company") is that article's: the company of one article
  /// and the company of another are two rows, each labelled with its article's number.
  @Test func unnamedSourcesStayInTheirArticle() throws {
    let dir = try Scratch()
    try dir.write(
      "a.txt",
      "Mill closes\n\nThe mill will close in May. \u{201C}We have no choice,\u{201D} the company said.\n"
    )
    try dir.write(
      "b.txt",
      "Bank grows\n\nThe bank opened ten branches. \u{201C}It was a good year,\u{201D} the company said.\n"
    )
    let report = try LedeCLI.run(["report", "quotes", dir.url.path, "--format", "csv"])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains("the company (#1),1,1,0,0,1"), "\(report.stdout)")
    #expect(report.stdout.contains("the company (#2),1,1,0,0,1"), "\(report.stdout)")
  }

  @Test func specFilesPassAndReportCounts() throws {
    let r = try LedeCLI.run(["test", "Plugins/spec", "Tests/LuaSpecs"])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    let last = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
    #expect(last.hasSuffix(" passed, 0 failed"), "\(r.stdout)")
  }

  @Test func failingSpecExits1() throws {
    let dir = try Scratch()
    try dir.write(
      "math_spec.lua",
      """
      describe("math", function()
        it("adds", function() assert.equal(2, 1 + 1) end)
        it("is wrong", function() assert.equal(3, 1 + 1) end)
      end)
      """)
    let r = try LedeCLI.run(["test", dir.url.path])
    #expect(r.status == 1)
    #expect(r.stdout.contains("FAIL math is wrong"))
    #expect(r.stdout.contains("math_spec.lua:3: expected 3, got 2"))
    #expect(r.stdout.hasSuffix("1 passed, 1 failed\n"))
  }
}
