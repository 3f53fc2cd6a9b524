import Foundation
import Testing

/// What a first real use of Lede found (issue 18), each point through the binary: search that
/// finds possessives, one numbering, errors that name the right article, the timer, exit codes.
@Suite struct FirstUseTests {
  /// A small corpus laid out as news dumps are: `desk/NNN.txt`, written for these tests.
  static func deskCorpus() throws -> Scratch {
    let dir = try Scratch()
    let articles: [(String, String)] = [
      (
        "bbc/politics/001.txt",
        """
        Brown sets out spending plans
        The chancellor outlined his budget on Tuesday.
        Gordon Brown's budget was welcomed by business groups.
        Mr Brown said the plans would sanction waste in departments.
        """
      ),
      (
        "bbc/politics/002.txt",
        """
        Opposition attacks budget
        The opposition said the figures did not add up.
        Critics of Gordon Brown’s plans said the sums were sanctioned too late.
        """
      ),
      (
        "bbc/business/001.txt",
        """
        Markets calm after statement
        Shares rose slightly in London.
        Traders said the statement held few surprises for the markets.
        """
      ),
    ]
    for (path, text) in articles {
      let url = dir.url.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data((text + "\n").utf8).write(to: url)
    }
    return dir
  }

  @Test func searchAndKwicFindPossessivesAndAskedForInflections() throws {
    let dir = try Self.deskCorpus()
    let input = """
      return #corpus:search('"Gordon Brown"')
      return #corpus:kwic("Brown")
      return #corpus:search("Brown's")
      return #corpus:search("sanction"), #corpus:search("~sanction"), #corpus:search("sanction*")
      .kwic ~sanction

      """
    let r = try LedeCLI.run([dir.url.path], stdin: input)
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n").map(String.init)
    #expect(Array(lines.prefix(4)) == ["2", "4", "2", "1\t2\t2"], "\(r.stdout)")
    #expect(r.stdout.contains("sanctioned"), "\(r.stdout)")
    #expect(r.stdout.contains("2 occurrences"), "\(r.stdout)")
  }

  @Test func resultTablesAndShowUseTheCorpusNumber() throws {
    let dir = try Self.deskCorpus()
    let r = try LedeCLI.run([dir.url.path], stdin: ".search markets\n.show 1\n.help\n")
    #expect(r.status == 0, "\(r.stderr)")
    // Articles load in path order: business/001 is article 1; the search lists it as 1.
    #expect(r.stdout.contains("\n1  Markets calm after statement"), "\(r.stdout)")
    #expect(r.stdout.contains("Article 1 of 3"), "\(r.stdout)")
    #expect(r.stdout.contains("N is its number in the session"), "\(r.stdout)")
    let second = try LedeCLI.run([dir.url.path], stdin: ".search opposition\n")
    #expect(second.stdout.contains("\n3  Opposition attacks budget"), "\(second.stdout)")
  }

  @Test func errorsNameAnArticleOnlyWhileHandlingIt() throws {
    let dir = try Self.deskCorpus()
    let input = """
      return corpus[3].title
      nosuch()
      for i = 1, 2 do local x = corpus[i].title end end
      return corpus[999].title
      corpus:filter(function(a) return a.title:find("Opp") end)
      nosuch()
      for a in corpus:articles() do if a.title:find("Opp") then error("bad " .. a.path:match("[^/]+/[^/]+$")) end end

      """
    let r = try LedeCLI.run([dir.url.path], stdin: input)
    let errors = r.stderr.split(separator: "\n").filter { $0.hasPrefix("lede: error:") }
    #expect(errors.count == 5, "\(r.stderr)")
    #expect(!errors[0].contains("article '"), "\(errors[0])")
    #expect(errors[1].contains("<eof>") || errors[1].contains("near"), "\(errors[1])")
    #expect(!errors[1].contains("article '"), "\(errors[1])")
    #expect(errors[2].contains("no article 999: the session has 1 to 3"), "\(errors[2])")
    #expect(!errors[2].contains("article '"), "\(errors[2])")
    #expect(!errors[3].contains("article '"), "\(errors[3])")
    #expect(errors[4].contains("bad politics/002.txt (article '"), "\(errors[4])")
    #expect(errors[4].contains("politics/002.txt')"), "\(errors[4])")
  }

  @Test func theTimerCountsTheArticlesTouched() throws {
    let dir = try Self.deskCorpus()
    let input = """
      .timer on
      local n = 0 for a in corpus:articles() do n = n + #a.title end
      local a = corpus[2].title
      corpus:search("Brown")
      .report overview

      """
    let r = try LedeCLI.run([dir.url.path], stdin: input)
    #expect(r.status == 0, "\(r.stderr)")
    let counts = r.stderr.split(separator: "\n").compactMap { line -> String? in
      guard let dot = line.range(of: "· ") else { return nil }
      return String(line[dot.upperBound...])
    }
    #expect(
      counts == [
        "0 articles scanned", "3 articles scanned", "1 article scanned", "3 articles scanned",
        "3 articles scanned",
      ], "\(r.stderr)")
  }

  @Test func exitCodesTellAFailedCheckFromABrokenScript() throws {
    let dir = try Self.deskCorpus()
    let check = try LedeCLI.run(["run", "-e", "lede.fail('too few')", dir.url.path])
    #expect(check.status == 1)
    let broken = try LedeCLI.run(["run", "-e", "local x = nil; return x.y", dir.url.path])
    #expect(broken.status == 70)
    #expect(broken.stderr.contains("stack traceback:"), "\(broken.stderr)")
    let quiet = try LedeCLI.run(["run", "-e", "error('threshold must be positive', 0)"])
    #expect(quiet.status == 70)
    #expect(quiet.stderr == "lede: error: threshold must be positive\n", "\(quiet.stderr)")
    let piped = try LedeCLI.run([dir.url.path], stdin: "error('boom', 0)\n")
    #expect(piped.status == 70)
    #expect(piped.stderr == "lede: error: boom\n", "\(piped.stderr)")
    let pipedCheck = try LedeCLI.run([dir.url.path], stdin: "lede.fail('low')\n")
    #expect(pipedCheck.status == 1)
    let help = try LedeCLI.run(["--help"])
    let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("70 a script, plugin or report failed itself"), "\(help.stdout)")
  }

  @Test func machineOutputsCarryFullValuesAndOneTablePerCSV() throws {
    let dir = try Self.deskCorpus()
    let long =
      "We will not accept a settlement that leaves the workers of this port worse off than "
      + "they were before the strike began, and we will say so at every meeting we attend"
    try Data(
      "Port talks stall\nUnion leaders walked out.\n\u{201C}\(long),\u{201D} said Ann Lee.\n".utf8
    ).write(to: dir.url.appendingPathComponent("bbc/business/002.txt"))
    let csv = try LedeCLI.run([
      "report", "quotes", dir.url.path, "--format", "csv", "--table", "speakers",
    ])
    #expect(csv.status == 0, "\(csv.stderr)")
    #expect(csv.stdout.contains(long), "\(csv.stdout)")
    #expect(!csv.stdout.contains("…"))
    let json = try LedeCLI.run(["report", "quotes", dir.url.path, "--format", "json"])
    #expect(json.stdout.contains(long))

    // Several tables: no CSV on standard output, one file per table otherwise.
    let refused = try LedeCLI.run(["report", "overview", dir.url.path, "--format", "csv"])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("--table NAME"), "\(refused.stderr)")
    let out = try Scratch()
    let folder = try LedeCLI.run([
      "report", "overview", dir.url.path, "--format", "csv", "--output", out.path("tables") + "/",
    ])
    #expect(folder.status == 0, "\(folder.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path("tables")).sorted()
    #expect(
      Set(["articles.csv", "corpus.csv", "top-terms.csv"]).isSubset(of: files), "\(files)")
    let named = try LedeCLI.run(["report", "overview", dir.url.path, "--output", out.path("o.csv")])
    #expect(named.status == 0, "\(named.stderr)")
    let corpus = try String(contentsOfFile: out.path("o.corpus.csv"), encoding: .utf8)
    #expect(corpus.hasPrefix("articles,words,"), "\(corpus)")
    for file in files {
      let text = try String(contentsOfFile: out.path("tables/" + file), encoding: .utf8)
      #expect(!text.contains("\n\n") && !text.hasPrefix("#"), "\(file): \(text)")
    }
    let unknown = try LedeCLI.run(["report", "overview", dir.url.path, "--table", "artcles"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("Did you mean 'articles'?"), "\(unknown.stderr)")
  }

  @Test func pathMetaFillsSourceSectionAndDate() throws {
    let dir = try Self.deskCorpus()
    let r = try LedeCLI.run([
      "run", "-e",
      "for a in corpus:articles() do print(a.source, a.section, a.date, a.blocks[3].heading) end",
      "--path-meta", "{source}/{section}/*", dir.url.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stdout == "bbc\tbusiness\tnil\tnil\nbbc\tpolitics\tnil\tnil\nbbc\tpolitics\tnil\tnil\n")
    let dated = try Scratch()
    for (path, title) in [
      ("wire/2024/03/01/story.txt", "Port strike ends"), ("wire/reuters-2024-03-02-x.txt", "Talks"),
    ] {
      let url = dated.url.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data("\(title)\nThe strike at the port ended on Friday.\n".utf8).write(to: url)
    }
    let byDay = try LedeCLI.run([
      "export", "--path-meta", "*/{date:%Y/%m/%d}/*", dated.path("wire/2024"),
    ])
    #expect(byDay.stdout.contains(#""date": "2024-03-01""#), "\(byDay.stdout)\(byDay.stderr)")
    #expect(byDay.stdout.contains(#""source": null, "section": null"#), "\(byDay.stdout)")
    let wire = try LedeCLI.run([
      "run", "-e", "print(corpus[1].date)", "--path-meta", "reuters-{date:%Y-%m-%d}-*",
      dated.path("wire/reuters-2024-03-02-x.txt"),
    ])
    #expect(wire.stdout == "2024-03-02\n", "\(wire.stderr)")
    let bad = try LedeCLI.run(["export", "--path-meta", "{date:%Q}", dated.url.path])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("unknown date code %Q"), "\(bad.stderr)")
  }

  @Test func repeatedWarningsAreSummarisedUnlessVerbose() throws {
    let dir = try Self.deskCorpus()
    let text = try Data(contentsOf: dir.url.appendingPathComponent("bbc/politics/001.txt"))
    for n in 1...5 { try text.write(to: dir.url.appendingPathComponent("copy\(n).txt")) }
    let r = try LedeCLI.run(["run", "-e", "print(#corpus)", dir.url.path])
    #expect(r.stdout == "3\n")
    let warnings = r.stderr.split(separator: "\n")
    #expect(warnings.count == 1, "\(r.stderr)")
    #expect(warnings.first?.contains("and 4 more like it; --verbose lists them") == true)
    let verbose = try LedeCLI.run(["run", "--verbose", "-e", "print(#corpus)", dir.url.path])
    #expect(verbose.stderr.split(separator: "\n").count == 5, "\(verbose.stderr)")
    let shell = try LedeCLI.run([dir.url.path], stdin: "return #corpus\n")
    #expect(shell.stderr.split(separator: "\n").count == 1, "\(shell.stderr)")
  }

  @Test func nearDuplicatesAreFoundSetAsideAndReported() throws {
    let dir = try Scratch()
    let body =
      "The port authority said on Tuesday that cargo volumes fell for a third month as "
      + "shipping lines rerouted vessels away from the strait, and officials warned that jobs "
      + "at the container terminal could be cut if the slump continued into the summer. "
      + "Union leaders called for talks with the government and the operators, saying workers "
      + "had already accepted a pay freeze last year to keep the terminal open. The "
      + "authority's chief executive told reporters that insurance costs for ships crossing "
      + "the strait had tripled since the spring, and that two of the largest carriers now "
      + "sent their vessels around the cape instead, adding ten days to each voyage. Local "
      + "businesses that supply the terminal with fuel, food and repairs said orders had "
      + "dropped by a quarter, and the city council plans an emergency meeting next week to "
      + "discuss support for the families affected by the downturn at the docks."
    let update = body.replacingOccurrences(of: "on Tuesday", with: "on Wednesday")
      .replacingOccurrences(of: "a third month", with: "a fourth month")
    try dir.write("a.txt", "Cargo volumes fall at port\n\(body)\n")
    try dir.write("b.txt", "Cargo volumes fall at port\n\(update)\n")
    try dir.write(
      "c.txt", "Museum reopens\nThe harbour museum reopened after a long restoration.\n")
    let lua = try LedeCLI.run([
      "run", "-e",
      "local c = corpus:duplicates{threshold = 0.8} print(#c, #c[1], c[1][1].path:match('[^/]+$'), c[1].similarity >= 0.8)",
      dir.url.path,
    ])
    #expect(lua.stdout == "1\t2\ta.txt\ttrue\n", "\(lua.stdout)\(lua.stderr)")
    let near = try LedeCLI.run(["run", "--dedup", "near", "-e", "print(#corpus)", dir.url.path])
    #expect(near.stdout == "2\n")
    #expect(
      near.stderr.contains("set aside 1 near-duplicate article in 1 cluster"), "\(near.stderr)")
    let overview = try LedeCLI.run([
      "report", "overview", dir.url.path, "--table", "near-duplicates", "--format", "json",
    ])
    #expect(overview.status == 0, "\(overview.stderr)")
    #expect(overview.stdout.contains("b.txt"), "\(overview.stdout)")
    let words = overview.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(words.contains("1 clusters of near-duplicates hold 2 articles"), "\(words)")
  }

  @Test func evidenceCitesNumberAndPathAndShowTakesIt() throws {
    let dir = try Self.deskCorpus()
    let report = try LedeCLI.run([
      "report", "sentiment", dir.url.path, "--param", "top=1",
    ])
    #expect(report.status == 0, "\(report.stderr)")
    let cite = try #require(
      report.stdout.split(separator: "\n").first { $0.contains("— #") }, "\(report.stdout)")
    #expect(!cite.contains("("), "a hash id is cited: \(cite)")
    let reference = String(cite[cite.range(of: "— ")!.upperBound...])
    // Reports list articles by date, then title (the order every shard agrees on), so the top
    // row of these undated articles is "Brown sets out…", the session's second article.
    #expect(reference.hasPrefix("#2 \(dir.url.path)/bbc/politics/001.txt"), "\(reference)")
    let show = try LedeCLI.run([dir.url.path], stdin: ".show \(reference)\n")
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.hasPrefix("Article 2 of 3"), "\(show.stdout)")
    let byPath = try LedeCLI.run([dir.url.path], stdin: ".show politics/002.txt\n")
    #expect(byPath.stdout.hasPrefix("Article 3 of 3"), "\(byPath.stdout)\(byPath.stderr)")
  }
}
