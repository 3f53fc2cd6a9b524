/// Near-duplicate articles: wire copies and updated versions of one story that differ by a few
/// words, found with MinHash over word shingles and locality-sensitive hashing.
///
/// Each article becomes the set of its 5-word shingles (lowercased word and number tokens);
/// the Jaccard similarity of two sets is estimated from 128-slot signatures made by one
/// permutation hashing (one hash per shingle, the minimum kept per slot, empty slots filled
/// from the next slot to the right, as Shrivastava and Li's densified OPH does). Signatures
/// are cut into bands; articles sharing a band are candidates, and a candidate pair is a
/// near-duplicate when its estimated similarity reaches the threshold. Clusters are the
/// connected pairs, in corpus order.
public enum NearDuplicates {
  /// Words per shingle. 5 is the usual choice for news (Broder's web near-duplicate work used
  /// word shingles of 4–10), not tuned here; a changed word touches 5 shingles, so two
  /// 400-word versions of a story differing by 4 words keep about 0.9 of their shingles.
  public static let shingleWords = 5
  /// Slots per signature: the similarity estimate's standard error is about
  /// sqrt(s(1-s)/128) ≤ 0.044.
  public static let slots = 128

  /// A group of near-duplicate articles.
  public struct Cluster: Sendable, Equatable {
    /// Indices into the articles searched, ascending: the first is the one `--dedup near`
    /// keeps.
    public var members: [Int]
    /// The lowest estimated similarity between the first member and another.
    public var similarity: Double
  }

  /// The clusters of articles at least `threshold` similar (0–1), in order of first member.
  public static func clusters(in articles: [Article], threshold: Double = 0.8) -> [Cluster] {
    guard articles.count > 1 else { return [] }
    let signatures = ConcurrentMap.map(Array(articles.indices), minimumCount: 64) { i in
      signature(of: articles[i])
    }
    let rows = rowsPerBand(threshold)
    var parent = Array(articles.indices)
    func find(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    var checked = Set<UInt64>()
    for band in 0..<(slots / rows) {
      var buckets: [UInt64: Int] = [:]
      for (i, signature) in signatures.enumerated() {
        guard let signature else { continue }
        var key: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(band)
        for slot in (band * rows)..<((band + 1) * rows) { key = mix(key ^ signature[slot]) }
        guard let first = buckets[key] else {
          buckets[key] = i
          continue
        }
        // Each article is compared with the first in its bucket: a cluster hangs together
        // through it without comparing every pair of a large bucket.
        let pair = UInt64(first) << 32 | UInt64(i)
        guard checked.insert(pair).inserted, let other = signatures[first] else { continue }
        let s = similarity(other, signature)
        guard s >= threshold else { continue }
        let (a, b) = (find(first), find(i))
        if a != b { parent[max(a, b)] = min(a, b) }
      }
    }
    var members: [Int: [Int]] = [:]
    for i in articles.indices { members[find(i), default: []].append(i) }
    return members.keys.sorted().compactMap { root in
      let list = members[root] ?? []
      guard list.count > 1, let head = signatures[list[0]] else { return nil }
      let lowest = list.dropFirst().compactMap { signatures[$0].map { similarity(head, $0) } }
        .min()
      return Cluster(members: list, similarity: lowest ?? 1)
    }
  }

  /// The rows per band: the most that still make a pair exactly at the threshold a candidate
  /// with probability ≥ 0.99 (1 − (1 − t^r)^(slots/r)), so that few true pairs are missed and
  /// dissimilar ones rarely need a check.
  static func rowsPerBand(_ threshold: Double) -> Int {
    var chosen = 1
    for rows in [1, 2, 4, 8, 16, 32] {
      let p = 1 - power(1 - power(max(threshold, 0), rows), slots / rows)
      if p >= 0.99 { chosen = rows }
    }
    return chosen
  }

  private static func power(_ x: Double, _ n: Int) -> Double {
    var r = 1.0
    for _ in 0..<n { r *= x }
    return r
  }

  /// The estimated Jaccard similarity: the share of slots that agree.
  static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
    var same = 0
    for i in 0..<slots where a[i] == b[i] { same += 1 }
    return Double(same) / Double(slots)
  }

  /// The densified one-permutation MinHash signature of an article's shingles; nil for an
  /// article with no words.
  static func signature(of article: Article) -> [UInt64]? {
    var words: [UInt64] = []
    article.text.utf8.withContiguousStorageIfAvailable { bytes in
      for token in article.tokens where token.kind == .word || token.kind == .number {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in token.start..<min(token.end, bytes.count) {
          var b = bytes[i]
          if b >= 0x41 && b <= 0x5A { b |= 0x20 }
          h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        words.append(h)
      }
    }
    guard !words.isEmpty else { return nil }
    var signature = [UInt64](repeating: .max, count: slots)
    var filled = [Bool](repeating: false, count: slots)
    let count = max(1, words.count - shingleWords + 1)
    for start in 0..<count {
      var h: UInt64 = 0x9e37_79b9_7f4a_7c15
      for k in start..<min(start + shingleWords, words.count) { h = mix(h ^ words[k]) }
      let slot = Int(h >> 57)  // the top 7 bits choose one of 128 slots
      let value = h & 0x01FF_FFFF_FFFF_FFFF
      if value < signature[slot] {
        signature[slot] = value
        filled[slot] = true
      }
    }
    // Densify: an empty slot takes the value of the next filled slot to the right (circular),
    // marked by the distance so that two empty slots agree only by the same route.
    for i in 0..<slots where !filled[i] {
      var j = (i + 1) % slots
      var step: UInt64 = 1
      while !filled[j] {
        j = (j + 1) % slots
        step += 1
      }
      signature[i] = mix(signature[j] &+ step)
    }
    return signature
  }

  /// A 64-bit finaliser (splitmix64's): every input bit moves every output bit.
  static func mix(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
