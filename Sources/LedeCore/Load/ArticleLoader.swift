import Foundation

/// Loads articles from files, folders (recursively), globs and standard input (`-`).
///
/// Every problem becomes a `LoadIssue` naming the file (and line) and the reason, and loading
/// goes on with the rest. Files are decoded and parsed in parallel; the result keeps the order
/// in which the paths were given, folders in sorted order.
public struct ArticleLoader: Sendable {
  public var mapping = FieldMapping()
  /// Files larger than this are refused: token offsets are 32-bit and a single article that
  /// size is almost surely not an article.
  public var maximumFileSize = 1 << 30
  /// Metadata read from each article's path (`--path-meta`), if any.
  public var pathPattern: PathPattern?

  public init(mapping: FieldMapping = FieldMapping()) { self.mapping = mapping }

  /// What a load produced.
  public struct Outcome: Sendable {
    public var articles: [Article] = []
    public var issues: [LoadIssue] = []
    /// Number of input files (or standard input) read.
    public var filesRead = 0
    /// The files read, as walked and expanded (not `-`): what an output must never replace.
    public var files: [String] = []
  }

  /// Loads every path; `standardInput` supplies the bytes for `-`.
  public func load(
    _ paths: [String],
    standardInput: @Sendable () -> [UInt8] = { ArticleLoader.readStandardInput() }
  ) -> Outcome {
    var outcome = Outcome()
    var inputs: [Input] = []
    for path in paths {
      inputs += expand(path, issues: &outcome.issues)
    }
    for case .file(let file) in inputs { outcome.files.append(file) }
    let results = ConcurrentMap.map(inputs) { input -> ReadResult in
      self.readInput(input, standardInput: standardInput)
    }
    for result in results {
      outcome.filesRead += 1
      outcome.articles += result.articles
      outcome.issues += result.issues
    }
    if let pathPattern { outcome.issues += pathPattern.fill(&outcome.articles) }
    return outcome
  }

  /// The files the paths stand for, in order (folders walked, globs expanded; `-` stays `-`),
  /// and an issue for each path that is none of these. `load` reads exactly these files; the
  /// shell uses this to read a large load in batches with a progress bar.
  public func files(for paths: [String]) -> (files: [String], issues: [LoadIssue]) {
    var issues: [LoadIssue] = []
    let files = paths.flatMap { expand($0, issues: &issues) }.map { input -> String in
      switch input {
      case .file(let path): path
      case .standardInput: "-"
      }
    }
    return (files, issues)
  }

  /// Parses one document that is already in memory.
  public func read(_ document: SourceDocument) -> ReadResult {
    let format = InputFormat.detect(document)
    let reader: any ArticleReader =
      switch format {
      case .text: PlainTextReader()
      case .markdown: MarkdownReader(mapping: mapping)
      case .json: JSONArticleReader(mapping: mapping, lines: false)
      case .jsonl: JSONArticleReader(mapping: mapping, lines: true)
      case .html: HTMLReader()
      case .rss, .atom: FeedReader()
      }
    return reader.read(document)
  }

  enum Input: Sendable {
    case file(String)
    case standardInput
  }

  private func expand(_ path: String, issues: inout [LoadIssue]) -> [Input] {
    if path == "-" { return [.standardInput] }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      return isDirectory.boolValue ? walk(path, issues: &issues) : [.file(path)]
    }
    if path.contains(where: { "*?[".contains($0) }) {
      let matches = Glob.expand(path)
      if matches.isEmpty { issues.append(LoadIssue(path: path, "no files match this pattern")) }
      // A pattern gathers articles as a folder does: a README among them is not one.
      let articles = matches.filter {
        !ArticleLoader.isReadme(String($0.split(separator: "/").last ?? ""))
      }
      return articles.flatMap { expand($0, issues: &issues) }
    }
    issues.append(LoadIssue(path: path, "no such file or directory"))
    return []
  }

  /// `README`, `README.md`, `readme.txt`…: a folder's notes on its content. Taken when named
  /// explicitly, like any file; skipped in folders and patterns.
  static func isReadme(_ name: String) -> Bool {
    let stem = name.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() }
    return stem == "readme"
  }

  /// Extensions taken from folders; a file named explicitly is read whatever its name.
  public static let articleExtensions: Set<String> = [
    "txt", "text", "md", "markdown", "mdown", "json", "jsonl", "ndjson", "html", "htm", "xhtml",
    "xml", "rss", "atom", "",
  ]

  private func readInput(_ input: Input, standardInput: () -> [UInt8]) -> ReadResult {
    let path: String
    let bytes: [UInt8]
    switch input {
    case .standardInput:
      path = "-"
      bytes = standardInput()
    case .file(let p):
      path = p
      switch readFile(p) {
      case .success(let b): bytes = b
      case .failure(let issue): return ReadResult(issues: [issue])
      }
    }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      return ReadResult(issues: [LoadIssue(path: path, "empty file; nothing to load")])
    }
    let (document, decodeIssues) = SourceDocument.decode(bytes, path: path)
    guard let document else { return ReadResult(issues: decodeIssues) }
    var result = read(document)
    result.issues = decodeIssues + result.issues
    return result
  }

  /// All of standard input.
  public static func readStandardInput() -> [UInt8] {
    [UInt8](FileHandle.standardInput.readDataToEndOfFile())
  }
}
