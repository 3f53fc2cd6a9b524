import Testing

@testable import LedeCore

/// The scalars and lengths `UTF8Decoder` reads from `bytes`, one after the other.
private func decodeAll(_ bytes: [UInt8]) -> [(UInt32, Int)] {
  bytes.withUnsafeBufferPointer { buffer in
    var out: [(UInt32, Int)] = []
    var i = 0
    while i < buffer.count {
      let (value, length) = UTF8Decoder.decode(buffer, at: i, end: buffer.count)
      out.append((value, length))
      i += length
    }
    return out
  }
}

@Suite struct UTF8DecoderTests {
  @Test func decodesEveryLength() {
    let decoded = decodeAll(Array("aé’😀".utf8))
    #expect(decoded.map(\.0) == [0x61, 0xE9, 0x2019, 0x1F600])
    #expect(decoded.map(\.1) == [1, 2, 3, 4])
  }

  @Test func readsMalformedBytesAsOneReplacementEach() {
    // A stray continuation byte, an overlong "/", a surrogate, a value past U+10FFFF, a lead
    // byte followed by ASCII.
    for bad: [UInt8] in [[0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
      let decoded = decodeAll(bad)
      #expect(decoded.first.map { $0 == (0xFFFD, 1) } == true, "\(bad)")
      #expect(decoded.count == bad.count)
    }
    #expect(decodeAll([0xC3, 0x41]).map(\.0) == [0xFFFD, 0x41])
  }

  @Test func neverReadsPastTheEnd() {
    let bytes = Array("’".utf8)
    bytes.withUnsafeBufferPointer { buffer in
      #expect(UTF8Decoder.decode(buffer, at: 0, end: 2) == (0xFFFD, 1))
      #expect(UTF8Decoder.decode(buffer, at: 0, end: 3) == (0x2019, 3))
    }
  }

  @Test func tellsAWrittenReplacementFromAMalformedByte() {
    #expect(!UTF8Decoder.isMalformed(decodeAll(Array("\u{FFFD}".utf8))[0]))
    #expect(UTF8Decoder.isMalformed(decodeAll([0xFF])[0]))
  }

  @Test func theLoaderFindsTheFirstMalformedByte() {
    #expect(SourceDocument.firstInvalidUTF8(ArraySlice(Array("aé’".utf8))) == nil)
    let bytes: [UInt8] = [0x61, 0x62, 0xC0, 0xAF]
    #expect(SourceDocument.firstInvalidUTF8(bytes[1...]) == 2)
  }
}
