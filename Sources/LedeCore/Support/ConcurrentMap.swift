import Dispatch
import Synchronization

/// Maps a collection on all cores, keeping order; small inputs stay on the calling thread.
package enum ConcurrentMap {
  package static func map<T: Sendable, R: Sendable>(
    _ items: [T], minimumCount: Int = 4, _ transform: @Sendable (T) -> R
  ) -> [R] {
    guard items.count >= minimumCount else { return items.map(transform) }
    let results = Mutex([R?](repeating: nil, count: items.count))
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
      let r = transform(items[i])
      results.withLock { $0[i] = r }
    }
    return results.withLock { $0.compactMap { $0 } }
  }
}
