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
      "Read an article part from a JSON field: PART=FIELD (parts: title, standfirst, text, date, url, byline, source).",
      valueName: "PART=FIELD"))
  var mappings: [String] = []

  @Flag(help: "Treat any unreadable input as an error (exit 65).")
  var strict = false

  @Flag(name: .shortAndLong, help: "Do not print warnings about inputs.")
  var quiet = false

  func validate() throws {
    var mapping = FieldMapping()
    for m in mappings {
      do { try mapping.apply(m) } catch { throw ValidationError(error.message) }
    }
  }

  var fieldMapping: FieldMapping {
    var mapping = FieldMapping()
    for m in mappings { try? mapping.apply(m) }
    return mapping
  }

  /// Loads the paths into a corpus, printing each issue as a warning on standard error.
  ///
  /// Exits 65 when paths were given and nothing loaded, or with `--strict` when any input
  /// was skipped.
  func loadCorpus() throws -> Corpus {
    GazetteerPlaceNames.install()
    let outcome = ArticleLoader(mapping: fieldMapping).load(paths)
    var corpus = Corpus()
    let notes = corpus.add(outcome.articles)
    let issues = outcome.issues + notes
    if !quiet {
      for issue in issues { Diagnostics.warn(issue.description) }
    }
    if !paths.isEmpty && corpus.isEmpty {
      Diagnostics.error("no articles loaded from \(paths.joined(separator: " "))")
      throw ExitCode(ExitCodes.noInput)
    }
    if strict, issues.contains(where: { $0.severity != .note }) {
      Diagnostics.error("some inputs could not be read (--strict)")
      throw ExitCode(ExitCodes.noInput)
    }
    return corpus
  }
}
