import ArgumentParser
import LedeAnalysis
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

  @Option(
    name: .shortAndLong,
    help: "Write to FILE (atomically) instead of standard output; - is standard output.")
  var output: String?

  mutating func validate() throws {
    // `-` is standard output, as for inputs; it names no file to write.
    if output == "-" { output = nil }
  }

  func run() throws {
    let target = OutputTarget(path: output)
    try target.check(against: input.paths)
    let corpus = try input.loadCorpus()
    try DataCheck.require(.entities, .places, .sentiment)
    let exporter = ArticleExporter(layers: .full(entities: corpus.entities))
    // Streamed a batch of records at a time (issue 12), and each article's tokens let go once
    // its record is written: nothing after the export reads them.
    try target.write(inputs: OutputTarget.inputFiles(input.paths)) { emit in
      switch format {
      case .jsonl: exporter.jsonLines(corpus.articles, releasingTokens: true, to: emit)
      case .json: exporter.jsonArray(corpus.articles, releasingTokens: true, to: emit)
      }
    }
  }
}

extension ArticleExporter.Layers {
  /// Every layer: entities and quotes (with their corpus-wide ids) from the core, places and
  /// sentiment from LedeAnalysis.
  static func full(entities: CorpusEntities) -> ArticleExporter.Layers {
    ArticleExporter.Layers(
      entities: ArticleExporter.Layers.entities(resolvedBy: entities),
      quotes: ArticleExporter.Layers.quotes(resolvedBy: entities),
      places: { article in
        article.places.map { p in
          .object(
            JSONObject([
              ("name", .string(p.name)), ("start", .integer(p.span.start)),
              ("end", .integer(p.span.end)), ("geonameid", .integer(p.geonameid)),
              ("lat", .number(p.latitude.roundedTo4)), ("lon", .number(p.longitude.roundedTo4)),
              ("country", p.country.isEmpty ? .null : .string(p.country)),
              ("kind", .string(p.kind.description)), ("role", .string(p.role.description)),
            ]))
        }
      },
      sentiment: { article in
        let s = article.sentiment
        return .object(
          JSONObject([
            ("compound", .number(s.compound)), ("pos", .number(s.pos)), ("neu", .number(s.neu)),
            ("neg", .number(s.neg)),
          ]))
      })
  }
}

extension Double {
  /// Four decimals (about 10 m): the gazetteer's precision, without float noise in exports.
  var roundedTo4: Double { (self * 10_000).rounded() / 10_000 }
}
