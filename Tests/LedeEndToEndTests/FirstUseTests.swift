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
}
