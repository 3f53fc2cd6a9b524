import Testing

@testable import LedeCore

/// The one FNV-1a hash: the published test values, and every way of feeding it agrees.
@Suite struct StableHashTests {
  @Test func matchesTheReferenceValues() {
    // FNV-1a 64 of "" and "a", from the algorithm's published test vectors.
    #expect(StableHash.value(of: "") == 0xcbf2_9ce4_8422_2325)
    #expect(StableHash.value(of: "a") == 0xaf63_dc4c_8601_ec8c)
    #expect(StableHash.hex(of: "a") == "af63dc4c8601ec8c")
  }

  @Test func bytesStringsAndContinuationAgree() {
    let bytes = Array("w:blamed".utf8)
    let whole = bytes.withUnsafeBufferPointer { StableHash.value(of: $0) }
    #expect(whole == StableHash.value(of: "w:blamed"))
    var split = StableHash()
    split.mix("w:")
    var continued = StableHash(continuing: split.value)
    for byte in "blamed".utf8 { continued.mix(byte) }
    #expect(continued.value == whole)
  }

  @Test func wordHashIsTheStableHashOfTheFoldedWord() {
    // A word already folded hashes as its bytes: the two hashes are one function.
    #expect(WordHash.of("zurich") == StableHash.value(of: "zurich"))
    #expect(WordHash.of("Zürich") == StableHash.value(of: "zurich"))
  }
}
