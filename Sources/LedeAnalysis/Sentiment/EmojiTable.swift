import LedeCore

/// VADER's emoji descriptions (`vader/emoji_lexicon.tsv`), keyed by Unicode scalar.
///
/// The reference swaps emoji one scalar at a time, so only single-scalar keys can match; the
/// multi-scalar keys (skin tones, ZWJ sequences, keycaps) are skipped when loading.
struct EmojiTable: Sendable {
  private var indexByScalar: [UInt32: Int32] = [:]
  private var bounds: [Int32] = [0]
  private var arena: [UInt8] = []
  private var wordBounds: [Int32] = [0]
  private var wordEntries: [Int32] = []
  /// The smallest scalar above U+00FF that is a key: a fast reject for the common non-ASCII
  /// punctuation of news text (curly quotes, dashes).
  private var smallestWideKey: UInt32 = 0x10_FFFF

  /// The description index of a scalar, or −1.
  @inline(__always)
  func index(of scalar: UInt32) -> Int32 {
    if scalar < 0xA9 || (scalar > 0xFF && scalar < smallestWideKey) { return -1 }
    return indexByScalar[scalar] ?? -1
  }

  /// The description's bytes.
  func description(_ index: Int32) -> ArraySlice<UInt8> {
    arena[Int(bounds[Int(index)])..<Int(bounds[Int(index) + 1])]
  }

  /// The word-table indices of the description's words (lowercased, punctuation stripped), for
  /// news mode, which scores an emoji as the words of its description.
  func words(_ index: Int32) -> ArraySlice<Int32> {
    wordEntries[Int(wordBounds[Int(index)])..<Int(wordBounds[Int(index) + 1])]
  }

  /// Reads the emoji file; description words are looked up in `table`.
  static func load(_ bytes: [UInt8], table: WordTable) -> EmojiTable {
    var emoji = EmojiTable()
    TSVReader.forEachRow(bytes, comments: false) { row in
      guard row.count >= 2, let scalar = singleScalar(row.buffer, row.fields[0]) else { return }
      let description = row.bytes(1)
      // A later line replaces an earlier one, as in a dictionary built line by line.
      let index = Int32(emoji.bounds.count - 1)
      emoji.indexByScalar[scalar] = index
      emoji.arena.append(contentsOf: description)
      emoji.bounds.append(Int32(emoji.arena.count))
      if scalar > 0xFF { emoji.smallestWideKey = min(emoji.smallestWideKey, scalar) }
      var lower: [UInt8] = []
      for word in description.split(separator: 0x20) {
        lower.removeAll(keepingCapacity: true)
        for byte in word where !ASCII.isPunctuation(byte) { lower.append(ASCII.lowercase(byte)) }
        let entry = lower.withUnsafeBufferPointer { table.find($0) }
        emoji.wordEntries.append(entry)
      }
      emoji.wordBounds.append(Int32(emoji.wordEntries.count))
    }
    return emoji
  }

  /// The scalar of a field holding exactly one Unicode scalar.
  private static func singleScalar(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> UInt32?
  {
    guard !range.isEmpty else { return nil }
    let (scalar, length) = UTF8Decoder.decode(buffer, at: range.lowerBound, end: range.upperBound)
    return length == range.count ? scalar : nil
  }
}
