/// Which articles a command went through, for `.timer`: each article counted once, whether
/// Lua read one of its fields or methods, or a host function (search, kwic, duplicates) read
/// it on Lua's behalf.
///
/// Counting is off until the shell asks for it, so that a field read costs one well-predicted
/// branch and nothing more.
struct ArticleCounter {
  /// Whether reads are counted.
  var enabled = false
  /// One bit per store index.
  private var seen: [UInt64] = []
  /// The distinct articles seen since the last `take()`.
  private(set) var count = 0

  /// Notes that the article at store index `index` was read.
  mutating func touch(_ index: Int32) {
    let word = Int(index) >> 6
    if word >= seen.count { seen += Array(repeating: 0, count: word - seen.count + 1) }
    let bit = UInt64(1) << UInt64(index & 63)
    if seen[word] & bit == 0 {
      seen[word] |= bit
      count += 1
    }
  }

  /// The count so far, starting afresh.
  mutating func take() -> Int {
    defer {
      count = 0
      for i in seen.indices { seen[i] = 0 }
    }
    return count
  }
}

extension ModelBridge {
  /// Notes a read of the article at store index `index`, when counting.
  @inline(__always)
  func touch(_ index: Int32) {
    if counter.enabled { counter.touch(index) }
  }

  /// Notes a read of every article in `indices` (a host function walked them), when counting.
  func touch<S: Sequence>(all indices: S) where S.Element == Int32 {
    guard counter.enabled else { return }
    for index in indices { counter.touch(index) }
  }

  /// Starts counting the articles commands read (`.timer on`).
  package func startCounting() {
    counter.enabled = true
    // A cached field read never reaches the host, which must see every read to count it.
    fieldCache.pointee.enabled = 0
  }

  /// The distinct articles read since the last call; 0 unless counting.
  package func takeCount() -> Int { counter.take() }

  /// Notes that the shell read the session's article `number` (1-based) itself (`.show`).
  package func touch(number: Int) {
    guard number >= 1, number <= corpus.count else { return }
    touch(Int32(number - 1))
  }

  /// Notes that the shell read every article of the session itself (`.kwic`).
  package func touchAll() {
    touch(all: 0..<Int32(corpus.count))
  }
}
