import Dispatch
import Foundation
import LedeAnalysis
import LedeCore

/// Stance throughput on one core: actor → target extraction (on its own, and with the
/// entities, quotes and places it reads), and claim stance over 25,000 claim–article pairs.
/// Prints figures; asserts nothing.
func benchStance(articles: [Article], claimPairs: Int = 25_000) {
  guard !articles.isEmpty else {
    print("stance: no articles")
    return
  }
  let loadStart = DispatchTime.now()
  guard case .success(let extractor) = StanceExtractor.bundled,
    case .success(let classifier) = ClaimStanceClassifier.bundled
  else {
    print("stance: stance data not loaded")
    return
  }
  print(
    String(format: "stance: lexicons loaded in %.1f ms", stanceSeconds(since: loadStart) * 1000))
  let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }

  // The layers stance reads, first: their cost belongs to entities, quotes and geoparsing.
  let layersStart = DispatchTime.now()
  var sink = 0
  for article in articles {
    sink &+=
      article.entities.count &+ article.quotes.count &+ article.places.count
      &+ article.sentences.count
  }
  let layers = stanceSeconds(since: layersStart)
  let extractStart = DispatchTime.now()
  var records = 0
  var bySide = [0, 0, 0]
  for article in articles {
    let found = extractor.stances(in: article)
    records += found.count
    for r in found {
      bySide[r.stance == .support ? 0 : r.stance == .oppose ? 1 : 2] += 1
    }
  }
  let extract = stanceSeconds(since: extractStart)
  print(
    String(
      format:
        "stance extraction (one core): %.1f MB/s, %.0f articles/s, %d records (%d support, %d oppose, %d neutral), %.2f s",
      Double(bytes) / 1e6 / extract, Double(articles.count) / extract, records, bySide[0],
      bySide[1], bySide[2], extract))
  print(
    String(
      format: "stance with entities, quotes and places from cold: %.1f MB/s (those layers %.2f s)",
      Double(bytes) / 1e6 / (extract + layers), layers))

  // Claims: each article's headline reworded, asked of its own article (related) and of others
  // (mostly unrelated), as in a claim-checking run over a corpus.
  var rng = SplitMix(seed: 0x57a9ce)
  let claims = articles.map { a -> String in
    let title = a.metadata.title ?? String(a.text.prefix(80))
    return title.replacingOccurrences(of: " amid ", with: " despite ")
  }
  var pairs: [(String, Article)] = []
  pairs.reserveCapacity(claimPairs)
  for i in 0..<claimPairs {
    let c = Int(rng.next() % UInt64(claims.count))
    let own = i % 4 == 0
    let a = own ? c : Int(rng.next() % UInt64(articles.count))
    pairs.append((claims[c], articles[a]))
  }
  let claimStart = DispatchTime.now()
  var labels: [ClaimLabel: Int] = [:]
  for (claim, article) in pairs {
    labels[classifier.classify(claim, article: article).label, default: 0] += 1
  }
  let claimTime = stanceSeconds(since: claimStart)
  let counts = ClaimLabel.allCases.map { "\($0.rawValue) \(labels[$0] ?? 0)" }.joined(
    separator: ", ")
  print(
    String(
      format: "claim stance (one core): %.0f pairs/s; %d pairs over %d articles in %.2f s (%@)",
      Double(pairs.count) / claimTime, pairs.count, articles.count, claimTime, counts))
  if sink == -1 { print(sink) }
}

private func stanceSeconds(since start: DispatchTime) -> Double {
  max(1e-9, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
}

/// SplitMix64, for pairs that are the same on every run.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
