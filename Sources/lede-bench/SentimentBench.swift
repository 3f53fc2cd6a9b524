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
    for _ in 0..<3 {
      sink = 0
      let start = DispatchTime.now()
      for sentence in sentences { sink += analyzer.score(sentence, mode: mode).compound }
      best = min(best, sentimentElapsed(since: start))
    }
    report("score (\(mode))", count: sentences.count, bytes: bytes, seconds: best, sink: sink)
  }
  // toward: the first capitalised word after the first, as a stand-in for an entity mention.
  let targets = sentences.map { sentence -> String in
    let words = sentence.split(separator: " ")
    return String(words.dropFirst().first { $0.first?.isUppercase == true } ?? words.first ?? "")
  }
  var sink = 0.0
  let start = DispatchTime.now()
  for (sentence, target) in zip(sentences, targets) {
    sink += analyzer.toward(sentence, target: target).score
  }
  report(
    "toward", count: sentences.count, bytes: bytes, seconds: sentimentElapsed(since: start),
    sink: sink)
}

private func report(_ name: String, count: Int, bytes: Int, seconds: Double, sink: Double) {
  let rate = Double(count) / seconds
  print(
    "sentiment \(name): \(String(format: "%.0f", rate)) sentences/s, "
      + "\(String(format: "%.1f", Double(bytes) / 1e6 / seconds)) MB/s, "
      + "\(String(format: "%.2f", seconds)) s (checksum \(String(format: "%.3f", sink)))")
}

private func sentimentElapsed(since start: DispatchTime) -> Double {
  Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}
