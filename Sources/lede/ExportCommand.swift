import ArgumentParser
import LedeCore

/// `lede export`: the parsed model as JSON Lines or a JSON array (DESIGN.md §6).
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the parsed articles as JSON Lines (one record per article) or JSON.",
    discussion: """
      Spans are code-point offsets into `text`, 0-based and end exclusive, so text[start:end] \
      in Python is the span. The output file is written atomically.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, json
  }

  @OptionGroup var input: InputOptions

  @Option(name: .shortAndLong, help: "Output format: jsonl or json.")
  var format: Format = .jsonl

  @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.")
  var output: String?

  func run() throws {
    let target = OutputTarget(path: output)
    try target.check(against: input.paths)
    let corpus = try input.loadCorpus()
    let exporter = ArticleExporter()
    let bytes =
      switch format {
      case .jsonl: exporter.jsonLines(corpus.articles)
      case .json: exporter.jsonArray(corpus.articles)
      }
    try target.write(bytes)
  }
}
