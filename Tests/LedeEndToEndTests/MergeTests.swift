import Foundation
import LedeReport
import Testing

/// Partial reports of shards, merged in any order and grouping, print the single run's bytes.
@Suite("Partial reports and merging")
struct MergeTests {
  /// Every shipped plugin in each of its views, and a fixture plugin with every aggregate.
  static let runs: [[String]] = [
    ["overview"],
    ["overview", "--param", "articles=false", "--param", "top=3"],
    ["quotes"],
    ["quotes", "--param", "by=article"],
    ["quotes", "--param", "by=corpus", "--param", "kind=direct"],
    ["sentiment"],
    ["sentiment", "--param", "by=heading", "--param", "sort=negative"],
    ["sentiment", "--param", "by=entity", "--param", "top=0"],
    ["geography"],
    ["geography", "--param", "by=country"],
    ["geography", "--param", "by=article", "--param", "role=location"],
    ["stance"],
    ["stance", "--param", "view=network"],
    ["stance", "--param", "view=records"],
    ["stance", "--param", "claim=Washington opposed the plan"],
    ["aggregates", "--plugins", Workspace.fixturePlugins],
  ]

  /// Shard counts, each shard taking every N-th article so shards interleave in the corpus.
  static let shardCounts = [1, 2, 3, 7]

  @Test("merged shards equal the single run in every format", arguments: runs)
  func shardsMergeIntoTheSingleRun(_ run: [String]) throws {
    let workspace = try Workspace.shared()
    let (name, options) = (run[0], Array(run.dropFirst()))
    var singles: [String: LedeCLI.Result] = [:]
    for format in ReportFormat.allCases.map(\.rawValue) {
      singles[format] = try LedeCLI.run(
        ["report", name, workspace.corpus.path, "--format", format] + options)
    }
    #expect(singles["text"]?.status == 0, "\(run): \(singles["text"]?.stderr ?? "")")
    for count in Self.shardCounts {
      let partials = try workspace.partials(of: name, options: options, shards: count)
      // Reversed for odd counts: the order of the inputs must not matter.
      let inputs = count % 2 == 1 ? partials.reversed() : partials
      for (format, single) in singles {
        let merged = try LedeCLI.run(
          ["merge"] + inputs.map(\.path) + ["--format", format] + pluginOptions(options))
        #expect(merged.status == single.status, "\(run) \(format) N=\(count): \(merged.stderr)")
        #expect(merged.stdout == single.stdout, "\(run) \(format) N=\(count) differs")
      }
    }
    // Shards piped in on standard input, as the Spark driver sends them: the single run over
    // the corpus piped in the same way (evidence then cites no path or number in either).
    let piped = try workspace.partials(of: name, options: options, shards: 3, piped: true)
    let corpusText = try String(contentsOf: workspace.corpus, encoding: .utf8)
    for format in ReportFormat.allCases.map(\.rawValue) {
      let single = try LedeCLI.run(
        ["report", name, "-", "--format", format] + options, stdin: corpusText)
      let merged = try LedeCLI.run(
        ["merge"] + piped.map(\.path) + ["--format", format] + pluginOptions(options))
      #expect(merged.stdout == single.stdout, "\(run) \(format) piped shards differ")
    }
    // Grouping: (1..3) + (4..7) merged as partials first, then together.
    let partials = try workspace.partials(of: name, options: options, shards: 7)
    let extra = pluginOptions(options)
    let left = try LedeCLI.run(["merge", "--partial"] + partials[..<3].map(\.path) + extra)
    let right = try LedeCLI.run(["merge", "--partial"] + partials[3...].map(\.path) + extra)
    let grouped = try LedeCLI.run(["merge", "-"] + extra, stdin: right.stdout + left.stdout)
    #expect(grouped.stdout == singles["text"]?.stdout, "\(run): grouped merge differs")
  }

  @Test("an empty partial is the identity of merging")
  func emptyPartialIsIdentity() throws {
    let workspace = try Workspace.shared()
    let empty = try LedeCLI.run(["report", "overview", "-", "--partial"], stdin: "")
    #expect(empty.status == 0, "\(empty.stderr)")
    #expect(empty.stdout.contains("\"articles\": 0"))
    let partials = try workspace.partials(of: "overview", options: [], shards: 2)
    let text = try partials.map { try String(contentsOf: $0, encoding: .utf8) }.joined()
    let merged = try LedeCLI.run(["merge", "-"], stdin: empty.stdout + text + empty.stdout)
    let single = try LedeCLI.run(["report", "overview", workspace.corpus.path])
    #expect(merged.stdout == single.stdout)
  }

  @Test("partials of other parameters or another plugin are refused, naming the files")
  func mismatchesAreRefused() throws {
    let workspace = try Workspace.shared()
    let a = try workspace.partials(of: "overview", options: [], shards: 2)[0]
    let b = workspace.directory.appendingPathComponent("top3.partial")
    let made = try LedeCLI.run(
      ["report", "overview", workspace.corpus.path, "--partial", "--param", "top=3", "-o", b.path])
    #expect(made.status == 0)
    let merged = try LedeCLI.run(["merge", a.path, b.path])
    #expect(merged.status == 65)
    #expect(merged.stderr.contains(a.lastPathComponent) && merged.stderr.contains("top3.partial"))
    #expect(merged.stderr.contains("parameters"))

    let stance = workspace.directory.appendingPathComponent("stance.partial")
    _ = try LedeCLI.run(
      ["report", "stance", workspace.corpus.path, "--partial", "-o", stance.path])
    let mixed = try LedeCLI.run(["merge", a.path, stance.path])
    #expect(mixed.status == 65)
    #expect(mixed.stderr.contains("plugin 'overview' against 'stance'"))

    // A partial made by an edited plugin: the hash no longer matches the installed source.
    let line = try String(contentsOf: a, encoding: .utf8)
    let edited = line.replacingOccurrences(
      of: #""hash": ""#, with: #""hash": "0"#, options: [], range: nil)
    let stale = try LedeCLI.run(["merge", "-"], stdin: edited)
    #expect(stale.status == 65)
    #expect(stale.stderr.contains("<stdin>:1") && stale.stderr.contains("overview.lua"))

    let garbage = try LedeCLI.run(["merge", "-"], stdin: "{\"title\": \"not a partial\"}\n")
    #expect(garbage.status == 65)
    #expect(garbage.stderr.contains("<stdin>:1: not a partial report"))
    let none = try LedeCLI.run(["merge", "-"], stdin: "")
    #expect(none.status == 65)
  }

  @Test("bad articles in a shard are counted, not fatal")
  func badArticlesAreCounted() throws {
    let workspace = try Workspace.shared()
    let lines = try String(contentsOf: workspace.corpus, encoding: .utf8)
      .split(separator: "\n").prefix(5).joined(separator: "\n")
    let input = lines + "\n{\"title\": broken\n"
    let made = try LedeCLI.run(["report", "overview", "-", "--partial"], stdin: input)
    #expect(made.status == 0, "\(made.stderr)")
    #expect(made.stdout.contains("\"articles\": 5, \"errors\": 1"))
    let merged = try LedeCLI.run(["merge", "-"], stdin: made.stdout)
    #expect(merged.status == 0)
    #expect(merged.stderr.contains("1 input(s) could not be read"))
  }

  @Test("JSON Lines on standard input with articles longer than 4 KB are read line by line")
  func longArticlesOnStandardInput() throws {
    let paragraph = String(
      repeating: "The council met again on Tuesday to discuss the budget. ", count: 120)
    let line = "{\"title\": \"Long one\", \"text\": \"\(paragraph)\"}"
    let other = "{\"title\": \"Long two\", \"text\": \"\(paragraph) And again.\"}"
    let made = try LedeCLI.run(
      ["report", "overview", "-", "--partial"], stdin: line + "\n" + other + "\n")
    #expect(made.status == 0, "\(made.stderr)")
    #expect(made.stdout.contains("\"articles\": 2, \"errors\": 0"), "\(made.stderr)")
  }

  @Test("a plugin without state, add and finish says it cannot make partials")
  func runOnlyPluginIsNotMergeable() throws {
    let directory = try Workspace.shared().directory.appendingPathComponent("plain")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try """
    return { name = "plain", run = function(corpus) return lede.report { title = "t" } end }
    """.write(
      to: directory.appendingPathComponent("plain.lua"), atomically: true, encoding: .utf8)
    let result = try LedeCLI.run(
      ["report", "plain", "seeds", "--partial", "--plugins", directory.path])
    #expect(result.status == 64)
    #expect(result.stderr.contains("not mergeable"))
  }

  @Test("a plugin whose finish is broken fails itself (70), in a report and in a merge")
  func brokenFinishIsThePluginsFault() throws {
    let directory = try Workspace.shared().directory.appendingPathComponent("broken")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try """
    return {
      name = "broken",
      state = function(s) s:count("n") end,
      add = function(s, a) s.n:add() end,
      finish = function(s) return 42 end,
    }
    """.write(
      to: directory.appendingPathComponent("broken.lua"), atomically: true, encoding: .utf8)
    let options = ["--plugins", directory.path]
    let report = try LedeCLI.run(["report", "broken", "seeds"] + options)
    #expect(report.status == 70, "\(report.stderr)")
    #expect(report.stderr.contains("returned number from finish, not a report"))
    let partial = try LedeCLI.run(["report", "broken", "seeds", "--partial"] + options)
    #expect(partial.status == 0, "\(partial.stderr)")
    let merged = try LedeCLI.run(["merge", "-"] + options, stdin: partial.stdout)
    #expect(merged.status == 70, "\(merged.stderr)")
    #expect(merged.stderr.contains("returned number from finish, not a report"))
  }

  private func pluginOptions(_ options: [String]) -> [String] {
    guard let i = options.firstIndex(of: "--plugins"), i + 1 < options.count else { return [] }
    return Array(options[i...(i + 1)])
  }
}

/// The generated corpus and its shards, written once per test process.
final class Workspace: Sendable {
  static let fixturePlugins = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/plugins").path

  let directory: URL
  let corpus: URL

  private static let made: Result<Workspace, any Error> = Result { try Workspace() }

  static func shared() throws -> Workspace { try made.get() }

  private init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("lede-merge-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let lines = ShardCorpus.lines(count: 240)
    corpus = directory.appendingPathComponent("corpus.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)
    for count in MergeTests.shardCounts {
      for shard in 0..<count {
        let part = lines.enumerated().filter { $0.offset % count == shard }.map(\.element)
        try (part.joined(separator: "\n") + "\n").write(
          to: shardURL(count, shard), atomically: true, encoding: .utf8)
      }
    }
  }

  private func shardURL(_ count: Int, _ shard: Int) -> URL {
    directory.appendingPathComponent("shard-\(count)-\(shard).jsonl")
  }

  /// The partial of each of `shards` shards of the corpus file, made by `lede report NAME
  /// CORPUS --partial --shard K/N` (so evidence keeps the corpus's article numbers and path), or
  /// with `piped`, by piping each shard's own file into `lede report NAME - --partial`, as the
  /// Spark driver does.
  func partials(of name: String, options: [String], shards: Int, piped: Bool = false) throws
    -> [URL]
  {
    let key = ([name] + options).joined(separator: " ").utf8.reduce(UInt64(5381)) {
      ($0 &* 33) ^ UInt64($1)
    }
    return try (0..<shards).map { shard in
      let url = directory.appendingPathComponent(
        "\(name)-\(key)-\(shards)-\(shard)\(piped ? "-piped" : "").partial")
      if !FileManager.default.fileExists(atPath: url.path) {
        let result =
          piped
          ? try LedeCLI.run(
            ["report", name, "-", "--partial", "-o", url.path] + options,
            stdin: String(contentsOf: shardURL(shards, shard), encoding: .utf8))
          : try LedeCLI.run(
            [
              "report", name, corpus.path, "--partial", "--shard", "\(shard + 1)/\(shards)", "-o",
              url.path,
            ] + options)
        guard result.status == 0 else {
          throw ShardFailure(message: "\(name) shard \(shard)/\(shards): \(result.stderr)")
        }
      }
      return url
    }
  }
}

struct ShardFailure: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
