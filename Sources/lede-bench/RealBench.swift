import Dispatch
import Foundation
import LedeAnalysis
import LedeCore
import LedeLua

/// Speed and memory on real text: the files or folders given are loaded as `lede` loads them,
/// then parsed, analysed and read from Lua. Prints figures; asserts nothing.
///
/// `lede-bench real PATH... [--sentences FILE]`: FILE holds one sentence a line, scored through
/// `lede.sentiment.score` from Lua (compare with vaderSentiment on the same file).
enum RealBench {
  static func run(_ arguments: [String]) {
    var paths: [String] = []
    var sentenceFile: String?
    var rest = arguments[...]
    while let a = rest.popFirst() {
      if a == "--sentences" { sentenceFile = rest.popFirst() } else { paths.append(a) }
    }
    if let sentenceFile { scoreSentences(sentenceFile) }
    guard !paths.isEmpty else { return }
    let loader = ArticleLoader()
    let inputBytes = loader.files(for: paths).files.reduce(0) { total, path in
      total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
    }
    let before = Bench.residentBytes()
    let start = DispatchTime.now()
    let outcome = loader.load(paths)
    let loadSeconds = Bench.elapsed(since: start)
    let articles = outcome.articles
    let loaded = Bench.residentBytes()
    let text = articles.reduce(0) { $0 + $1.text.utf8.count }
    print(
      "real: \(articles.count) articles, \(Bench.megabytes(inputBytes)) MB in \(outcome.filesRead) files, "
        + "\(Bench.megabytes(text)) MB of text, \(outcome.issues.count) issues")
    print(
      "load: \(Bench.fmt(Double(inputBytes) / 1e6 / loadSeconds)) MB/s, \(Bench.fmt(loadSeconds, 2)) s, "
        + "\(ratio(loaded - before, text)) the text resident after loading")
    let parseStart = DispatchTime.now()
    let counts = ConcurrentMap.map(articles) { a in (a.tokens.count, a.sentences.count) }
    let parseSeconds = Bench.elapsed(since: parseStart)
    let parsed = Bench.residentBytes()
    print(
      "tokens+sentences (2 cores): \(Bench.fmt(Double(text) / 1e6 / parseSeconds)) MB/s, "
        + "\(counts.reduce(0) { $0 + $1.0 }) tokens, \(counts.reduce(0) { $0 + $1.1 }) sentences; "
        + "load+tokens+sentences \(Bench.fmt(Double(inputBytes) / 1e6 / (loadSeconds + parseSeconds))) MB/s, "
        + "\(ratio(parsed - before, text)) the text resident")
    let analysesStart = DispatchTime.now()
    let found = ConcurrentMap.map(articles) { a in
      a.entities.count + a.quotes.count + a.places.count + a.stances.count
        + (a.sentiment.compound.isNaN ? 0 : 1)
    }
    let analysesSeconds = Bench.elapsed(since: analysesStart)
    print(
      "analyses (entities, quotes, places, sentiment, stances; 2 cores): "
        + "\(Bench.fmt(Double(text) / 1e6 / analysesSeconds)) MB/s, \(found.reduce(0, +)) items, "
        + "\(Bench.fmt(analysesSeconds, 2)) s, \(ratio(Bench.residentBytes() - before, text)) the text resident, "
        + "peak RSS \(Bench.megabytes(Bench.peakResidentBytes())) MB")
    benchLua(articles: articles)
  }

  static func ratio(_ bytes: Int, _ text: Int) -> String {
    "\(Bench.fmt(Double(max(0, bytes)) / Double(max(1, text)), 2))x"
  }

  /// Scores each line of `file` through `lede.sentiment.score` in one Lua loop; the table of
  /// sentences is built before the clock starts.
  static func scoreSentences(_ file: String) {
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
      for _ in 0..<3 {
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

  /// CPU time of the calling thread: the machine is shared, so wall time overstates the cost.
  static func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}
