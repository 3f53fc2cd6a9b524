import LedeCore
import Testing

@testable import LedeAnalysis

/// News mode looks plain words up by the token layer's key (`WordTable.find(key:)`) instead of
/// lowercasing and hashing them again: these check that the two folds find the same entries.
@Suite struct SentimentKeyTests {
  private var table: WordTable? {
    guard case .success(let resources) = SentimentResources.shared else { return nil }
    return resources.table
  }

  /// Whether a word is one a plain token (`WordClassifier.plainTraits`) can match: ASCII, no
  /// hyphen, no white space, no capital (the classifier lowercases what it looks up).
  private static func isPlain(_ key: ArraySlice<UInt8>) -> Bool {
    key.allSatisfy { byte in
      byte < 0x80 && byte != 0x2D && byte != 0x20 && byte &- 0x09 >= 5 && !ASCII.isUpper(byte)
    }
  }

  @Test func noTwoWordsShareAKey() throws {
    let table = try #require(table)
    var seen: [UInt64: Int] = [:]
    for index in 0..<table.count {
      let hash = table.hash(at: index)
      #expect(seen[hash] == nil, "\(String(decoding: table.key(at: index), as: UTF8.self))")
      seen[hash] = index
    }
  }

  @Test func layerFoldAgreesOnEveryPlainWord() throws {
    let table = try #require(table)
    var plain = 0
    for index in 0..<table.count where Self.isPlain(table.key(at: index)) {
      plain += 1
      let key = table.key(at: index)
      let layerKey = Array(key).withUnsafeBufferPointer { WordHash.of($0, from: 0, to: $0.count) }
      #expect(layerKey == table.hash(at: index), "\(String(decoding: key, as: UTF8.self))")
      #expect(table.find(key: layerKey) == Int32(index))
    }
    #expect(plain > 7_000)
  }

  @Test func noWordEndsInAPossessive() throws {
    let table = try #require(table)
    for index in 0..<table.count {
      let key = Array(table.key(at: index))
      let stem = key.withUnsafeBufferPointer { Possessive.stemEnd($0, 0, $0.count) }
      #expect(stem == nil, "\(String(decoding: key, as: UTF8.self))")
    }
  }

  @Test func keyAndClassifierFindTheSameWords() throws {
    guard case .success(let resources) = SentimentResources.shared else {
      Issue.record("sentiment data did not load")
      return
    }
    var text =
      "The mayor's GREAT plan didn't help; Smith's aides were happy, sad and I said OK. "
      + "Critics hated it, the U.S. agency's staff loved it, and 3 voters can't stand it."
    text.withUTF8 { bytes in
      let layer = TokenLayer(utf8: bytes)
      let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(
        capacity: WordClassifier.scratchSize)
      defer { scratch.deallocate() }
      var classifier = WordClassifier(resources: resources, scratch: scratch)
      classifier.curlyApostrophes = true
      var found = 0
      for t in 0..<layer.count where layer.tokens[t].kind == .word {
        let start = layer.tokens[t].start
        let end = layer.tokens[t].end
        let stemEnd = layer.stemEnd(t)
        guard !layer.flags[t].contains(.finalPeriod),
          let traits = WordClassifier.plainTraits(bytes, start, end)
        else { continue }
        var (entry, classified) = classifier.classify(bytes, start, end)
        if entry < 0, stemEnd < end { entry = classifier.classify(bytes, start, stemEnd).entry }
        #expect(traits == classified)
        #expect(resources.table.find(key: layer.keys[t]) == entry)
        if entry >= 0 { found += 1 }
      }
      #expect(found >= 8)
    }
  }
}
