#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Token memory that each thread keeps from one scored sentence to the next.
///
/// A sentence's tokens (48 bytes each, room for one per two bytes of text) pass the 1 KB that
/// `withUnsafeTemporaryAllocation` keeps on the stack on Linux, so each scored sentence took and
/// returned a heap block of a few KB: glibc's slow path for blocks past its per-thread cache,
/// about 1,700 of the 20,400 instructions of a sentence scored through Lua (callgrind, NewsMTSC
/// train sentences). A thread now keeps one block, grown as needed, and frees it when it exits.
/// A call made while the thread's block is in use (none does so today) gets memory of its own.
enum ThreadTokenStorage {
  /// A block: this header, then `capacity` tokens.
  private struct Header {
    var capacity: Int
    var inUse: Bool
  }

  /// The largest block a thread keeps (196 KB); longer texts allocate for the call.
  static let maximumCapacity = 4096

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { block in free(block) }
    return key
  }()

  /// Runs `body` with uninitialised memory for `capacity` tokens.
  static func with<R>(
    capacity: Int, _ body: (UnsafeMutableBufferPointer<SentimentToken>) -> R
  ) -> R {
    guard capacity <= maximumCapacity, let header = block(for: capacity) else {
      return withUnsafeTemporaryAllocation(of: SentimentToken.self, capacity: capacity, body)
    }
    header.pointee.inUse = true
    defer { header.pointee.inUse = false }
    let tokens = UnsafeMutableRawPointer(header + 1).assumingMemoryBound(to: SentimentToken.self)
    return body(UnsafeMutableBufferPointer(start: tokens, count: capacity))
  }

  /// The thread's block, grown to hold `capacity` tokens, or nil when it is in use or cannot
  /// be allocated.
  private static func block(for capacity: Int) -> UnsafeMutablePointer<Header>? {
    let current = pthread_getspecific(key)?.assumingMemoryBound(to: Header.self)
    if let current, current.pointee.capacity >= capacity {
      return current.pointee.inUse ? nil : current
    }
    if let current, current.pointee.inUse { return nil }
    // Header and tokens are both 8-byte aligned, and the header's stride is a multiple of 8.
    var size = 256
    while size < capacity { size *= 2 }
    let bytes = MemoryLayout<Header>.stride + size * MemoryLayout<SentimentToken>.stride
    guard let raw = realloc(current, bytes) else { return nil }
    let header = raw.bindMemory(to: Header.self, capacity: 1)
    header.initialize(to: Header(capacity: size, inUse: false))
    pthread_setspecific(key, raw)
    return header
  }
}
