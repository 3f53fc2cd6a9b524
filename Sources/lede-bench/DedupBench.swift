import Foundation
import LedeCore

extension Bench {
  /// Near-duplicate detection: the generated articles plus one edited copy of every tenth
  /// (a few words changed, as a wire update changes them), clustered at similarity 0.8.
  /// Prints the time (tokens already cached, as in a session) and how many planted copies
  /// were found.
  static func benchDedup(articles: [Article]) {
    var all = articles
    var planted = 0
    for (i, a) in articles.enumerated() where i % 10 == 0 {
      all.append(edited(a, seed: i))
      planted += 1
    }
    for a in all { _ = a.tokens }
    let start = DispatchTime.now()
    let clusters = NearDuplicates.clusters(in: all, threshold: 0.8)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let originals = articles.count
    var found = 0
    for cluster in clusters {
      found += cluster.members.filter { $0 >= originals }.count
    }
    let extra = clusters.reduce(0) { $0 + $1.members.count } - 2 * found
    print(
      "dedup: \(all.count) articles in \(fmt(seconds, 2)) s (\(fmt(Double(all.count) / seconds, 0)) articles/s), "
        + "\(clusters.count) clusters, \(found) of \(planted) edited copies found, \(extra) other articles clustered"
    )
  }

  /// The article with three words of its body changed, at places the seed picks.
  static func edited(_ article: Article, seed: Int) -> Article {
    var words = article.text.split(separator: " ", omittingEmptySubsequences: false).map(
      String.init)
    guard words.count > 10 else { return article }
    for k in 1...3 {
      let at = (seed &* 2_654_435_761 &+ k &* 40_503) % (words.count - 2) + 1
      words[at] = "updated"
    }
    let text = words.joined(separator: " ")
    return PlainTextReader().read(SourceDocument(path: "copy.txt", text: text)).articles.first
      ?? article
  }
}
