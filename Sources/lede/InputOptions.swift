import ArgumentParser
import LedeAnalysis
import LedeCore

/// The options every command that reads articles shares.
struct InputOptions: ParsableArguments {
  @Argument(help: "Files, folders, globs, or - for standard input.")
  var paths: [String] = []

  @Option(
    name: .customLong("map"),
    help: ArgumentHelp(
      "Read an article part from a JSON field: PART=FIELD (parts: title, standfirst, text, date, url, byline, source, section).",
      valueName: "PART=FIELD"))
  var mappings: [String] = []

  @Option(
    name: .customLong("path-meta"),
    help: ArgumentHelp(
      "Fill source, section (the desk) and date from each path: {source}/{section}/*, "
        + "*/{date:%Y/%m/%d}/*, reuters-{date:%Y-%m-%d}-* (see the README).",
      valueName: "PATTERN"))
  var pathMeta: String?

  @Option(
    help: ArgumentHelp(
      "Repeated articles: exact (same text loads once, the default), near (also keep one of "
        + "each cluster of near-duplicates), none.",
      valueName: "exact|near|none"))
  var dedup: Deduplication = .exact

  @Option(
    help: ArgumentHelp(
      "Names of one entity, one entity a line: NAME<TAB>ALIAS<TAB>ALIAS… (# comments).",
      valueName: "FILE"))
  var aliases: String?

  @Flag(help: "Treat any unreadable input as an error (exit 65).")
  var strict = false

  @Flag(name: .shortAndLong, help: "Do not print warnings about inputs.")
  var quiet = false

  @Flag(help: "List every warning about inputs, not one line per kind.")
  var verbose = false

  func validate() throws {
    if let aliases {
      do { _ = try EntityAliases.read(path: aliases) } catch {
        throw ValidationError(error.description)
      }
    }
    var mapping = FieldMapping()
    for m in mappings {
      do { try mapping.apply(m) } catch { throw ValidationError(error.message) }
    }
    if let pathMeta {
      do { _ = try PathPattern(pathMeta) } catch { throw ValidationError(error.description) }
    }
  }

  /// The aliases of `--aliases` (the file was checked by `validate`).
  var entityAliases: EntityAliases {
    aliases.flatMap { try? EntityAliases.read(path: $0) } ?? EntityAliases()
  }

  var fieldMapping: FieldMapping {
    var mapping = FieldMapping()
    for m in mappings { try? mapping.apply(m) }
    return mapping
  }

  /// The loader the options describe: JSON fields mapped, metadata from paths.
  var loader: ArticleLoader {
    var loader = ArticleLoader(mapping: fieldMapping)
    loader.pathPattern = pathMeta.flatMap { try? PathPattern($0) }
    return loader
  }

  /// Loads the paths into a corpus, printing each issue as a warning on standard error.
  ///
  /// Exits 65 when paths were given and nothing loaded, or with `--strict` when any input
  /// was skipped.
  func loadCorpus() throws -> Corpus {
    try load(allowEmpty: false).corpus
  }

  /// Loads the paths, and counts the inputs that could not be read (warnings, not notes).
  ///
  /// With `allowEmpty` a shard with no usable article is not an error: it makes an empty
  /// partial report.
  func load(allowEmpty: Bool) throws -> (corpus: Corpus, errors: Int) {
    try requireTextData()
    let outcome = loader.load(paths)
    return try assemble(outcome.articles, issues: outcome.issues, allowEmpty: allowEmpty)
  }

  /// The session's corpus from what was read: repeats handled by `--dedup`, the issues
  /// printed (one line per kind unless `--verbose`), and the exit codes of `loadCorpus`.
  func corpus(from articles: [Article], issues readIssues: [LoadIssue]) throws -> Corpus {
    try assemble(articles, issues: readIssues, allowEmpty: false).corpus
  }

  /// Stops before reading any input when the data every article reads (its sentences') is
  /// missing or corrupt: one message naming the file, status 70.
  func requireTextData() throws {
    if !paths.isEmpty { try DataCheck.require(.text) }
  }

  /// `corpus(from:issues:)`, with the count of inputs that could not be read.
  private func assemble(_ articles: [Article], issues readIssues: [LoadIssue], allowEmpty: Bool)
    throws -> (corpus: Corpus, errors: Int)
  {
    var (corpus, notes) = Corpus.assemble(articles, policy: dedup)
    corpus.aliases = entityAliases
    let issues = readIssues + notes
    if !quiet {
      for line in IssueSummary.lines(issues, verbose: verbose) { Diagnostics.warn(line) }
    }
    if !allowEmpty && !paths.isEmpty && corpus.isEmpty {
      Diagnostics.error("no articles loaded from \(paths.joined(separator: " "))")
      throw ExitCode(ExitCodes.noInput)
    }
    if strict, issues.contains(where: { $0.severity != .note }) {
      Diagnostics.error("some inputs could not be read (--strict)")
      throw ExitCode(ExitCodes.noInput)
    }
    return (corpus, issues.filter { $0.severity != .note }.count)
  }
}

extension Deduplication: ExpressibleByArgument {}
