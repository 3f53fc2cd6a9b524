import Testing

@testable import LedeCore

@Suite struct KeySetTests {
  /// A set made empty and filled one key at a time grows: every key is found, others are not.
  @Test func growsPastItsFirstTable() {
    var set = KeySet()
    let keys = (1...200).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
    for key in keys { set.insert(key) }
    #expect(keys.allSatisfy { set.contains($0) })
    #expect(!set.contains(12_345))
    set.insert(0)
    #expect(set.contains(0))
  }
}
