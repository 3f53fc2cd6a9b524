/// A fixed-capacity list of tokens in caller-provided memory, so that scoring a sentence does
/// not allocate an array (the memory usually comes from `ThreadTokenStorage`).
struct TokenBuffer {
  private let storage: UnsafeMutableBufferPointer<SentimentToken>
  private(set) var count = 0

  init(_ storage: UnsafeMutableBufferPointer<SentimentToken>) { self.storage = storage }

  /// The most tokens a text of `byteCount` bytes can split into (one byte and one separator
  /// each), with room for emoji descriptions in news mode.
  static func capacity(forBytes byteCount: Int) -> Int { byteCount / 2 + 2 }

  var isFull: Bool { count == storage.count }

  @inline(__always)
  mutating func append(_ token: SentimentToken) {
    guard count < storage.count else { return }
    storage.initializeElement(at: count, to: token)
    count += 1
  }

  subscript(index: Int) -> SentimentToken {
    @inline(__always) get { storage[index] }
    @inline(__always) nonmutating set { storage[index] = newValue }
  }

  /// The tokens appended so far.
  var tokens: UnsafeMutableBufferPointer<SentimentToken> {
    UnsafeMutableBufferPointer(rebasing: storage[0..<count])
  }

  /// Runs `body` with an empty buffer big enough for the tokens of `byteCount` bytes.
  static func with<R>(bytes byteCount: Int, _ body: (inout TokenBuffer) -> R) -> R {
    with(capacity: capacity(forBytes: byteCount), body)
  }

  /// Runs `body` with an empty buffer for `capacity` tokens.
  static func with<R>(capacity: Int, _ body: (inout TokenBuffer) -> R) -> R {
    ThreadTokenStorage.with(capacity: capacity) { storage in
      var buffer = TokenBuffer(storage)
      return body(&buffer)
    }
  }
}
