import Foundation
import Testing

/// The Spark driver on PySpark in local mode gives the single run's report.
///
/// The test's set-up is `make spark-venv` (pyspark from PyPI in `.build/spark-venv`; Java 17 and
/// python3-venv come with `make deps`). Spark is slow to start, so this is one test.
@Suite("Spark driver")
struct SparkDriverTests {
  @Test("lede_spark.py on local[2] merges partitions into the single run")
  func driverMatchesSingleRun() throws {
    let root = LedeCLI.root
    let setup = try Self.run(["make", "-s", "spark-venv"], in: root)
    try #require(setup.status == 0, "make spark-venv failed: \(setup.output)")

    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("lede-spark-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: directory)
    defer { try? FileManager.default.removeItem(at: directory) }
    // An installed layout, as `make install` makes it, from the binary under test.
    let prefix = directory.appendingPathComponent("prefix")
    let share = prefix.appendingPathComponent("share/lede")
    try FileManager.default.createDirectory(
      at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: LedeCLI.executable, to: prefix.appendingPathComponent("bin/lede"))
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Plugins"), to: share.appendingPathComponent("plugins"))
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("Sources/LedeAnalysis/Data"),
      to: share.appendingPathComponent("data"))

    // Articles, and one broken line: counted, not fatal.
    var lines = ShardCorpus.lines(count: 90, seed: 0x5a4c)
    lines.insert("{\"title\": broken", at: 40)
    let corpus = directory.appendingPathComponent("corpus.jsonl")
    try (lines.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)

    // Spark pipes partitions in on standard input, so the single run reads the corpus that way
    // too: evidence cites articles piped in by id and title, with no path or number.
    let single = try LedeCLI.run(
      ["report", "quotes", "-", "--format", "json", "--quiet"],
      stdin: lines.joined(separator: "\n") + "\n")
    #expect(single.status == 0, "\(single.stderr)")
    let output = directory.appendingPathComponent("quotes.json")
    let driver = try Self.run(
      [
        root.appendingPathComponent(".build/spark-venv/bin/python").path,
        root.appendingPathComponent("Scripts/spark/lede_spark.py").path,
        "--master", "local[2]", "--lede-home", prefix.path, "--plugin", "quotes",
        "--partitions", "3", "--merge-partitions", "2", "--format", "json",
        "--output", output.path, corpus.path,
      ], in: directory)
    #expect(driver.status == 0, "\(driver.output.suffix(3000))")
    #expect(driver.output.contains("1 input(s) could not be read"))
    let merged = try String(contentsOf: output, encoding: .utf8)
    #expect(merged == single.stdout)
  }

  private static func run(_ arguments: [String], in directory: URL) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
