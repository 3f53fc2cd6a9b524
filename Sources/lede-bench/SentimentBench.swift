import Dispatch
import Foundation
import LedeAnalysis

/// Sentiment throughput on one core: sentences per second in `vader` and `news` mode, and
/// `toward` on the same sentences. Prints figures; asserts nothing.
///
/// The reference Python implementation (vaderSentiment 3.3.2) scores about 11,000 sentences
/// per second on the development machine; the goal is 30 times that.
func benchSentiment(sentences: [String]) {
  guard !sentences.isEmpty else {
    print("sentiment: no sentences")
    return
  }
  let analyzer = SentimentAnalyzer.shared
  let loadStart = DispatchTime.now()
  do {
    try analyzer.validate()
  } catch {
    print("sentiment: \(error)")
    return
  }
  let loadSeconds = sentimentElapsed(since: loadStart)
  let bytes = sentences.reduce(0) { $0 + $1.utf8.count }
  print(
    "sentiment: \(sentences.count) sentences, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB, "
      + "lexicons loaded in \(String(format: "%.1f", loadSeconds * 1000)) ms")
  for mode in SentimentMode.allCases.reversed() {
    // One pass to warm caches, then the fastest of three timed passes (the machine is shared).
    var sink = 0.0
    for sentence in sentences.prefix(1000) { sink += analyzer.score(sentence, mode: mode).compound }
    var best = Double.infinity
    var bestCPU = Double.infinity
    for _ in 0..<3 {
      sink = 0
      let start = DispatchTime.now()
      let cpu = RealBench.threadCPUSeconds()
      for sentence in sentences { sink += analyzer.score(sentence, mode: mode).compound }
      best = min(best, sentimentElapsed(since: start))
      bestCPU = min(bestCPU, RealBench.threadCPUSeconds() - cpu)
    }
    report(
      "score (\(mode))", count: sentences.count, bytes: bytes, seconds: best, cpu: bestCPU,
      sink: sink)
  }
  // toward: the first capitalised word after the first, as a stand-in for an entity mention;
  // the fastest of three passes, as above.
  let targets = sentences.map { sentence -> String in
    let words = sentence.split(separator: " ")
    return String(words.dropFirst().first { $0.first?.isUppercase == true } ?? words.first ?? "")
  }
  var sink = 0.0
  var best = Double.infinity
  var bestCPU = Double.infinity
  for _ in 0..<3 {
    sink = 0
    let start = DispatchTime.now()
    let cpu = RealBench.threadCPUSeconds()
    for (sentence, target) in zip(sentences, targets) {
      sink += analyzer.toward(sentence, target: target).score
    }
    best = min(best, sentimentElapsed(since: start))
    bestCPU = min(bestCPU, RealBench.threadCPUSeconds() - cpu)
  }
  report(
    "toward", count: sentences.count, bytes: bytes, seconds: best, cpu: bestCPU, sink: sink)
}

/// Prints a rate by wall time and by the thread's CPU time: on a shared machine the second is
/// the steadier figure to compare two builds by.
private func report(
  _ name: String, count: Int, bytes: Int, seconds: Double, cpu: Double, sink: Double
) {
  let rate = Double(count) / seconds
  print(
    "sentiment \(name): \(String(format: "%.0f", rate)) sentences/s "
      + "(\(String(format: "%.0f", Double(count) / cpu)) per CPU second), "
      + "\(String(format: "%.1f", Double(bytes) / 1e6 / seconds)) MB/s, "
      + "\(String(format: "%.2f", seconds)) s (checksum \(String(format: "%.3f", sink)))")
}

private func sentimentElapsed(since start: DispatchTime) -> Double {
  Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}
