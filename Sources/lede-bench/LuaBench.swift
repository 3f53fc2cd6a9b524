import Dispatch
import Foundation
import LedeAnalysis
import LedeCore
import LedeLua

/// The cost of walking the model from Lua: per article (touching one field) and per token
/// (through the bulk `a:words()`), on an already parsed corpus. Prints figures only.
func benchLua(articles: [Article]) {
  let corpus = Corpus(articles)
  let tokens = articles.reduce(0) { $0 + $1.lowercasedWords.count }
  let runtime: ScriptRuntime
  do { runtime = try ScriptRuntime(corpus: corpus) } catch {
    print("lua: \(error)")
    return
  }
  var first = Double.nan
  // Lua runs on this thread: its CPU time is what the code costs, whatever the neighbours do
  // to the wall clock of a shared machine. Each chunk's best CPU time is kept here.
  var cpu: [String: Double] = [:]
  func time(_ chunk: String) -> Double {
    var best = Double.infinity
    var bestCPU = Double.infinity
    for round in 0..<3 {
      let start = DispatchTime.now()
      let startCPU = RealBench.threadCPUSeconds()
      do { try runtime.session.run(chunk, name: "bench") } catch {
        print("lua: \(error)")
        return .nan
      }
      let seconds = Bench.elapsed(since: start)
      if round == 0 { first = seconds }
      best = min(best, seconds)
      bestCPU = min(bestCPU, RealBench.threadCPUSeconds() - startCPU)
    }
    cpu[chunk] = bestCPU
    return best
  }
  func perArticleCPU(_ chunk: String) -> String {
    Bench.fmt((cpu[chunk] ?? .nan) / Double(corpus.count) * 1e9, 0)
  }
  let n = Double(corpus.count)
  let walkChunk = "local n = 0 for a in corpus:articles() do n = n + 1 end"
  let fieldChunk = "local n = 0 for a in corpus:articles() do if a.title then n = n + 1 end end"
  let walk = time(walkChunk)
  // The first pass reads each title through the host; later ones hit the field cache.
  let field = time(fieldChunk)
  print(
    "lua: a.title, first pass \(Bench.fmt(first / n * 1e9, 0)) ns per article, "
      + "then \(Bench.fmt(field / n * 1e9, 0)) ns (\(Bench.fmt((field - walk) / n * 1e9, 0)) ns over the walk)"
  )
  let indexed = time("local n = 0 for i = 1, #corpus do if corpus[i].date then n = n + 1 end end")
  let words = time(
    "local n = 0 for a in corpus:articles() do for _, w in ipairs(a:words()) do n = n + #w end end")
  print(
    "lua: \(corpus.count) articles: \(Bench.fmt(field / n * 1e9, 0)) ns per article "
      + "(for a in corpus:articles(), one field; \(Bench.fmt(walk / n * 1e9, 0)) ns without it), "
      + "\(Bench.fmt(indexed / n * 1e9, 0)) ns (corpus[i].date); on CPU time "
      + "\(perArticleCPU(fieldChunk)) ns with a.title, \(perArticleCPU(walkChunk)) ns the walk alone"
  )
  print(
    "lua: \(tokens) tokens through a:words(): \(Bench.fmt(words / Double(max(tokens, 1)) * 1e9, 1)) ns per token, "
      + "\(Bench.fmt(Double(tokens) / words / 1e6, 1))M tokens/s")
}

/// Entity recognition and quote attribution throughput on one core.
func benchEntities(articles: [Article]) {
  let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
  for a in articles { _ = a.tokens }
  let start = DispatchTime.now()
  var entities = 0
  var quotes = 0
  let extractor = QuoteExtractor(recognizer: EntityRecognizer(places: GazetteerPlaceNames()))
  for a in articles {
    let found = extractor.quotesAndEntities(in: a)
    entities += found.entities.count
    quotes += found.quotes.count
  }
  let seconds = Bench.elapsed(since: start)
  print(
    "entities+quotes (one core): \(Bench.fmt(Double(bytes) / 1e6 / seconds)) MB/s, "
      + "\(entities) entities, \(quotes) quotes in \(Bench.fmt(seconds, 2)) s")
}
