/// Fisher–Yates with a fixed linear congruential generator: the same order on every machine,
/// so that a model the trainers fit is the same wherever its script runs.
struct ReproducibleShuffle {
  private var seed: UInt64 = 0x9E37_79B9_7F4A_7C15

  /// Shuffles `array` in place, going on from the state the last shuffle left.
  mutating func shuffle<T>(_ array: inout [T]) {
    for i in stride(from: array.count - 1, to: 0, by: -1) {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      array.swapAt(i, Int((seed >> 33) % UInt64(i + 1)))
    }
  }
}
