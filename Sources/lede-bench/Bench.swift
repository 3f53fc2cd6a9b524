import Dispatch
import Foundation
import LedeCore

/// `lede-bench`: throughput and memory on a generated corpus (scale only) or on real text
/// (`real PATH...`). Prints figures; asserts nothing.
@main
enum Bench {
  static func main() {
    var articles = 20_000
    var parallel = false
    var sections: Set<String> = ["parse"]
    var geoFolder: String?
    var verbose = false
    var arguments = CommandLine.arguments.dropFirst()
    if arguments.first == "quotes" {
      QuoteBench.run(Array(arguments.dropFirst()))
      return
    }
    if arguments.first == "quote-cues" {
      QuoteCueBench.run(Array(arguments.dropFirst()))
      return
    }
    if arguments.first == "lookup" {
      // In a fresh process: what the first look-up costs, loading included, in time and memory.
      benchFirstLookup()
      return
    }
    if arguments.first == "real" {
      RealBench.run(Array(arguments.dropFirst()))
      return
    }
    if arguments.first == "tone" {
      ToneBench.run(Array(arguments.dropFirst()))
      return
    }
    while let a = arguments.popFirst() {
      switch a {
      case "--articles", "-n": articles = Int(arguments.popFirst() ?? "") ?? articles
      case "--parallel": parallel = true
      case "--verbose", "-v": verbose = true
      case "geo" where arguments.first.map(isDirectory) == true:
        geoFolder = arguments.popFirst()
      case "--all": sections = Set(BenchSection.all)
      case "--help", "-h":
        print(
          "usage: lede-bench [--articles N] [--parallel] [--all] [parse] [entities] [sentiment] [geo [DIR]] [lua] [stance] [dedup]\n       lede-bench lookup\n       lede-bench quotes DIR [--verbose | --context]\n       lede-bench quote-cues DIR [--train OUT.tsv]\n       lede-bench real PATH... [--sentences FILE [--rounds N]] [--only PHASES]\n       lede-bench tone FILE.jsonl [--train OUT.tsv]"
        )
        return
      default:
        sections.insert(a)
      }
    }
    if let geoFolder {
      // Quality and speed on an annotated folder of real news, not on the generated corpus.
      GeoEvaluation.run(geoFolder, verbose: verbose)
      return
    }
    let corpus = generate(articles)
    print("corpus: \(corpus.count) articles, \(megabytes(corpus.bytes)) MB of text")
    if sections.contains("parse") { parse(corpus, parallel: parallel) }
    let needsArticles = !sections.intersection([
      "entities", "sentiment", "geo", "lua", "stance", "dedup",
    ]).isEmpty
    guard needsArticles else { return }
    let reader = PlainTextReader()
    let loaded = corpus.files.enumerated().compactMap { (i, bytes) -> Article? in
      SourceDocument.decode(bytes, path: "gen/\(i).txt").0.flatMap {
        reader.read($0).articles.first
      }
    }
    if sections.contains("entities") { benchEntities(articles: loaded) }
    if sections.contains("sentiment") {
      benchSentiment(sentences: loaded.flatMap { a in a.sentences.map { a.text(of: $0.span) } })
    }
    if sections.contains("geo") { benchGeo(articles: loaded) }
    if sections.contains("lua") { benchLua(articles: loaded) }
    if sections.contains("stance") { benchStance(articles: loaded) }
    if sections.contains("dedup") { benchDedup(articles: loaded) }
  }

  /// The corpus as raw file bytes, as a loader would read them from disk.
  struct Generated {
    var files: [[UInt8]]
    var bytes: Int
    var count: Int { files.count }
  }

  static func generate(_ n: Int) -> Generated {
    var generator = NewsGenerator()
    var files: [[UInt8]] = []
    files.reserveCapacity(n)
    var bytes = 0
    for i in 0..<n {
      let text = Array(generator.article(i).utf8)
      bytes += text.count
      files.append(text)
    }
    return Generated(files: files, bytes: bytes)
  }

  /// Load (structure) and parse (tokens and sentences), one core and then all cores.
  static func parse(_ generated: Generated, parallel: Bool) {
    var corpus = generated
    let before = residentBytes()
    let reader = PlainTextReader()
    let start = DispatchTime.now()
    var loaded: [Article] = []
    loaded.reserveCapacity(corpus.count)
    var tokens = 0
    var sentences = 0
    if parallel {
      let files = corpus.files
      corpus.files = []
      loaded = ConcurrentMap.map(Array(files.enumerated())) { (i, bytes) -> Article in
        let document = SourceDocument.decode(bytes, path: "gen/\(i).txt").0
        let a = reader.read(document ?? SourceDocument(path: "", text: "")).articles[0]
        _ = a.sentences
        return a
      }
      for a in loaded {
        tokens += a.tokens.count
        sentences += a.sentences.count
      }
    } else {
      for i in corpus.files.indices {
        let bytes = corpus.files[i]
        corpus.files[i] = []  // the loader keeps the decoded text, not the file's bytes
        let document = SourceDocument.decode(bytes, path: "gen/\(i).txt").0
        let a = reader.read(document ?? SourceDocument(path: "", text: "")).articles[0]
        tokens += a.tokens.count
        sentences += a.sentences.count
        loaded.append(a)
      }
    }
    let seconds = elapsed(since: start)
    let after = residentBytes()
    let mode = parallel ? "all cores" : "one core"
    print(
      "load+parse (\(mode)): \(fmt(Double(corpus.bytes) / 1e6 / seconds)) MB/s, "
        + "\(fmt(Double(generated.count) / seconds, 0)) articles/s, \(tokens) tokens, \(sentences) sentences, "
        + "\(fmt(seconds, 2)) s")
    let growth = max(0, after - before)
    print(
      "memory: \(megabytes(growth)) MB resident for \(megabytes(corpus.bytes)) MB of text "
        + "(\(fmt(Double(growth) / Double(corpus.bytes), 2))x, text included), peak RSS \(megabytes(peakResidentBytes())) MB"
    )
    withExtendedLifetime(loaded) {}
  }

  static func elapsed(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }

  static func isDirectory(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && isFolder.boolValue
  }

  static func fmt(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
  static func megabytes(_ bytes: Int) -> String { fmt(Double(bytes) / 1_048_576, 1) }

  /// Current resident set size, from /proc/self/statm.
  static func residentBytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      return 0
    }
    let fields = statm.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  /// The resident bytes after glibc's `malloc_trim(0)` has returned the free pages malloc kept:
  /// beside `residentBytes`, it tells memory the analyses hold from memory they freed (the call
  /// changes nothing but where free memory lies).
  static func residentBytesTrimmed() -> Int {
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
      let trim = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
      _ = trim(0)
    }
    return residentBytes()
  }

  static func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
  }
}

/// The sections a full run measures.
enum BenchSection {
  static let all = ["parse", "entities", "sentiment", "geo", "lua", "stance", "dedup"]
}
