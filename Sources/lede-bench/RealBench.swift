import Dispatch
import Foundation
import LedeAnalysis
import LedeCore
import LedeLua

/// Speed and memory on real text: the files or folders given are loaded as `lede` loads them,
/// then parsed, analysed and read from Lua. Prints figures; asserts nothing.
///
/// `lede-bench real PATH... [--sentences FILE [--rounds N]] [--only load,parse,layers,analyses,lua]`:
/// FILE holds one sentence a line, scored through `lede.sentiment.score` from Lua N times (3 by
/// default; the best round counts, and more rounds give a profiler more samples) — compare with
/// vaderSentiment on the same file; `--only` runs the phases named (later ones still compute what they need), so a
/// profiler sees one phase; `layers` times each analysis in turn with the memory it keeps. Each phase prints its process CPU time beside the wall time: on a
/// shared machine the wall time says more about the neighbours than about the code.
enum RealBench {
  static let usage =
    "usage: lede-bench real PATH... [--sentences FILE [--rounds N]] [--only load,parse,layers,analyses,lua]"

  static func run(_ arguments: [String]) {
    var paths: [String] = []
    var sentenceFile: String?
    var rounds = 3
    var phases: Set<String> = ["load", "parse", "analyses", "lua"]
    var rest = arguments[...]
    while let a = rest.popFirst() {
      switch a {
      case "--sentences": sentenceFile = rest.popFirst()
      case "--rounds": rounds = max(1, Int(rest.popFirst() ?? "") ?? 3)
      case "--only": phases = Set((rest.popFirst() ?? "").split(separator: ",").map(String.init))
      case "--help", "-h":
        print(usage)
        return
      case let option where option.hasPrefix("-"):
        FileHandle.standardError.write(
          Data("lede-bench real: unknown option \(option)\n\(usage)\n".utf8))
        exit(2)
      default: paths.append(a)
      }
    }
    if let sentenceFile { scoreSentences(sentenceFile, rounds: rounds) }
    guard !paths.isEmpty else {
      if sentenceFile == nil { print(usage) }
      return
    }
    let loader = ArticleLoader()
    let inputBytes = loader.files(for: paths).files.reduce(0) { total, path in
      total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
    }
    let before = Bench.residentBytes()
    let start = DispatchTime.now()
    let loadCPU = processCPUSeconds()
    let outcome = loader.load(paths)
    let loadSeconds = Bench.elapsed(since: start)
    let loadCPUSeconds = processCPUSeconds() - loadCPU
    let articles = outcome.articles
    guard !articles.isEmpty else {
      // Rates over nothing would print `inf` and meaningless ratios.
      print(
        "lede-bench real: no articles in \(paths.joined(separator: ", ")) (\(outcome.issues.count) issues)"
      )
      return
    }
    let loaded = Bench.residentBytes()
    let text = articles.reduce(0) { $0 + $1.text.utf8.count }
    print(
      "real: \(articles.count) articles, \(Bench.megabytes(inputBytes)) MB in \(outcome.filesRead) files, "
        + "\(Bench.megabytes(text)) MB of text, \(outcome.issues.count) issues")
    print(
      "load: \(Bench.fmt(Double(inputBytes) / 1e6 / loadSeconds)) MB/s, \(Bench.fmt(loadSeconds, 2)) s, "
        + "\(Bench.fmt(loadCPUSeconds, 2)) s CPU, "
        + "\(ratio(loaded - before, text)) the text resident after loading")
    guard !phases.isDisjoint(with: ["parse", "layers", "analyses", "lua"]) else { return }
    let parseStart = DispatchTime.now()
    let parseCPU = processCPUSeconds()
    let counts = ConcurrentMap.map(articles) { a in (a.tokens.count, a.sentences.count) }
    let parseSeconds = Bench.elapsed(since: parseStart)
    let parseCPUSeconds = processCPUSeconds() - parseCPU
    let parsed = Bench.residentBytes()
    print(
      "tokens+sentences (2 cores): \(Bench.fmt(Double(text) / 1e6 / parseSeconds)) MB/s, "
        + "\(Bench.fmt(parseCPUSeconds, 2)) s CPU, "
        + "\(counts.reduce(0) { $0 + $1.0 }) tokens, \(counts.reduce(0) { $0 + $1.1 }) sentences; "
        + "load+tokens+sentences \(Bench.fmt(Double(inputBytes) / 1e6 / (loadSeconds + parseSeconds))) MB/s, "
        + "\(ratio(parsed - before, text)) the text resident")
    if phases.contains("layers") { analyseEach(articles, text: text) }
    if phases.contains("analyses") { analyse(articles, text: text, before: before) }
    if phases.contains("lua") { benchLua(articles: articles) }
  }

  /// Each analysis in turn over every article, on all cores: its time, CPU time and the memory
  /// it keeps (each after the ones before it, which it may read).
  static func analyseEach(_ articles: [Article], text: Int) {
    let layers: [(String, @Sendable (Article) -> Int)] = [
      ("token layer", { $0.tokenLayer.count }),
      ("entities", { $0.entities.count }),
      ("quotes", { $0.quotes.count }),
      ("places", { $0.places.count }),
      ("sentiment", { $0.sentiment.compound.isNaN ? 0 : 1 }),
      ("stances", { $0.stances.count }),
    ]
    for (name, layer) in layers {
      let before = Bench.residentBytes()
      let start = DispatchTime.now()
      let cpu = processCPUSeconds()
      let found = ConcurrentMap.map(articles, layer).reduce(0, +)
      let seconds = Bench.elapsed(since: start)
      print(
        "layer \(name): \(Bench.fmt(Double(text) / 1e6 / seconds)) MB/s, "
          + "\(Bench.fmt(seconds, 2)) s, \(Bench.fmt(processCPUSeconds() - cpu, 2)) s CPU, "
          + "\(found) items, keeps \(ratio(Bench.residentBytes() - before, text)) the text")
    }
  }

  /// Every analysis of every article, on all cores.
  static func analyse(_ articles: [Article], text: Int, before: Int) {
    let analysesStart = DispatchTime.now()
    let analysesCPU = processCPUSeconds()
    let found = ConcurrentMap.map(articles) { a in
      a.entities.count + a.quotes.count + a.places.count + a.stances.count
        + (a.sentiment.compound.isNaN ? 0 : 1)
    }
    let analysesSeconds = Bench.elapsed(since: analysesStart)
    let analysesCPUSeconds = processCPUSeconds() - analysesCPU
    print(
      "analyses (entities, quotes, places, sentiment, stances; 2 cores): "
        + "\(Bench.fmt(Double(text) / 1e6 / analysesSeconds)) MB/s, \(found.reduce(0, +)) items, "
        + "\(Bench.fmt(analysesSeconds, 2)) s, \(Bench.fmt(analysesCPUSeconds, 2)) s CPU, "
        + "\(ratio(Bench.residentBytes() - before, text)) the text resident "
        + "(\(ratio(Bench.residentBytesTrimmed() - before, text)) after malloc_trim), "
        + "peak RSS \(Bench.megabytes(Bench.peakResidentBytes())) MB")
  }

  static func ratio(_ bytes: Int, _ text: Int) -> String {
    "\(Bench.fmt(Double(max(0, bytes)) / Double(max(1, text)), 2))x"
  }

  /// Scores each line of `file` through `lede.sentiment.score` in one Lua loop; the table of
  /// sentences is built before the clock starts.
  static func scoreSentences(_ file: String, rounds: Int) {
    guard let content = try? String(contentsOfFile: file, encoding: .utf8) else {
      print("sentences: cannot read \(file)")
      return
    }
    let sentences = content.split(separator: "\n").map(String.init)
    let runtime: ScriptRuntime
    do { runtime = try ScriptRuntime(corpus: Corpus([])) } catch {
      print("lua: \(error)")
      return
    }
    var table = "S = {\n"
    for s in sentences { table += "[=====[\(s)]=====],\n" }
    table += "}"
    var best = Double.infinity
    var bestCPU = Double.infinity
    do {
      try runtime.session.run(table, name: "sentences")
      for _ in 0..<rounds {
        let start = DispatchTime.now()
        let cpu = threadCPUSeconds()
        try runtime.session.run(
          "local c = 0 for i = 1, #S do c = c + lede.sentiment.score(S[i], {mode = 'vader'}).compound end",
          name: "score")
        best = min(best, Bench.elapsed(since: start))
        bestCPU = min(bestCPU, threadCPUSeconds() - cpu)
      }
    } catch {
      print("lua: \(error)")
      return
    }
    print(
      "lua lede.sentiment.score (vader mode, one core): \(sentences.count) sentences, "
        + "\(Bench.fmt(Double(sentences.count) / best, 0)) sentences/s, \(Bench.fmt(best * 1000, 1)) ms; "
        + "on CPU time (fair on a shared machine) \(Bench.fmt(Double(sentences.count) / bestCPU, 0)) sentences/s"
    )
  }

  /// CPU time of the whole process (all threads, user and system).
  static func processCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// CPU time of the calling thread: the machine is shared, so wall time overstates the cost.
  static func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}
