import LedeCore

/// The flags of a word in `WordTable`.
struct WordFlags: OptionSet, Sendable {
  let rawValue: UInt16
  /// In VADER's lexicon.
  static let inVader = WordFlags(rawValue: 1 << 0)
  /// In the news lexicon (which overrides VADER's valence in news mode).
  static let inNews = WordFlags(rawValue: 1 << 1)
  /// A VADER booster or dampener ("very", "slightly").
  static let booster = WordFlags(rawValue: 1 << 2)
  /// A VADER negation word ("not", "never").
  static let negation = WordFlags(rawValue: 1 << 3)
  /// Starts or continues a multi-word entry (special case, booster phrase, news phrase).
  static let inPhrase = WordFlags(rawValue: 1 << 4)
  /// A known name-word ("Kim", "Hope") masked when capitalised mid-sentence.
  static let nameWord = WordFlags(rawValue: 1 << 5)
  /// Starts a news phrase.
  static let newsPhraseStart = WordFlags(rawValue: 1 << 6)
  /// Starts a multi-word name.
  static let nameStart = WordFlags(rawValue: 1 << 7)
}

/// What the rules know about one lowercased word.
struct WordEntry: Sendable {
  var vader: Double = 0
  var news: Double = 0
  var booster: Double = 0
  var flags: WordFlags = []
  var role: WordRole = .none
}

/// Lowercased words and what the rules know about them, looked up by UTF-8 bytes so that the
/// hot path never makes a `String` per token.
///
/// Open addressing with linear probing over a power-of-two slot array; keys live in one byte
/// arena. A slot holds the high half of its key's hash beside the word's index, so a probe that
/// misses costs one memory read, not two (the slot array and the hash array were the two cache
/// misses of a look-up). Before the slots, one bit per hash value in a 16 KB filter, small
/// enough to stay cached, turns most words that are not in the table (57% of the tokens of
/// PolNeAR-train sentences, counted outside the repo) away without reading the 256 KB slot array,
/// whose read was 60% of the look-up's time in a profile of sentence scoring. Built once while
/// loading, then read-only (and so safe to share between threads).
struct WordTable: Sendable {
  private(set) var entries: [WordEntry] = []
  private var hashes: [UInt64] = []
  private var keyBounds: [Int32] = [0]
  private var arena: [UInt8] = []
  /// `tag << 32 | index`, where the tag is the high half of the key's hash; `empty` when free.
  private var slots: [UInt64] = Array(repeating: WordTable.empty, count: 1 << 14)
  /// One bit per value of `filterBit(hash)`, set for every key: a clear bit means the key is
  /// absent. 2^17 bits for about 8,100 keys leave 6% of absent words to the slots.
  private var filter: [UInt64] = Array(repeating: 0, count: WordTable.filterWords)
  /// The longest key: a longer token cannot be in the table.
  private(set) var maxKeyLength = 0

  private static let empty = UInt64.max
  private static let filterWords = 1 << 11

  /// The filter bit of a hash: bits the slot position (the low ones) and the tag (the high
  /// half) do not use alone, so a key that shares a slot run need not share a bit.
  @inline(__always)
  private static func filterBit(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash >> 15) & (filterWords * 64 - 1)
  }

  /// The number of words.
  var count: Int { entries.count }

  subscript(index: Int32) -> WordEntry {
    get { entries[Int(index)] }
    set { entries[Int(index)] = newValue }
  }

  /// The index of a word (already lowercased), or −1.
  func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    if key.count > maxKeyLength || key.isEmpty { return -1 }
    return find(key, hash: StableHash.value(of: key))
  }

  /// The index of a word (already lowercased) whose `StableHash` the caller has computed, or −1.
  ///
  /// Inlined: the call itself (saving and restoring registers in the tokenizer's loop) was a
  /// fifth of a look-up's instructions, and most look-ups end at the filter.
  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
    if key.count > maxKeyLength || key.isEmpty { return -1 }
    return find(hash: hash, length: key.count) { stored in
      for offset in 0..<stored.count where stored[offset] != key[offset] { return false }
      return true
    }
  }

  /// The index of the word of `length` bytes whose `StableHash` is `hash` and whose stored
  /// bytes `equals` accepts (it is given only keys of that length), or −1; `length` must be
  /// between 1 and `maxKeyLength`.
  ///
  /// The caller compares: the VADER tokenizer compares the token's own bytes as it lowercases
  /// them, so it need not copy each token lowercased into a scratch buffer first (6 of the 18
  /// instructions of each letter of a sentence, callgrind over NewsMTSC train sentences).
  @inline(__always)
  func find(
    hash: UInt64, length: Int, equals: (UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Int32 {
    let bit = WordTable.filterBit(hash)
    let present = filter.withUnsafeBufferPointer { filter in
      filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
    if !present { return -1 }
    return slots.withUnsafeBufferPointer { slots in
      keyBounds.withUnsafeBufferPointer { bounds in
        arena.withUnsafeBufferPointer { arena in
          let mask = slots.count - 1
          let tag = hash >> 32
          var position = Int(truncatingIfNeeded: hash) & mask
          while true {
            let slot = slots[position]
            if slot == WordTable.empty { return -1 }
            if slot >> 32 == tag {
              let index = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)
              let start = Int(bounds[index])
              let end = Int(bounds[index + 1])
              if end - start == length && equals(UnsafeBufferPointer(rebasing: arena[start..<end]))
              {
                return Int32(truncatingIfNeeded: index)
              }
            }
            position = (position + 1) & mask
          }
        }
      }
    }
  }

  /// The index of a word, adding it (with no flags) when it is new. Keys are stored verbatim.
  @discardableResult
  mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = StableHash.value(of: key)
    let found = key.isEmpty ? findEmpty() : find(key, hash: hash)
    if found >= 0 { return found }
    if (entries.count + 1) * 2 > slots.count { grow() }
    let index = Int32(entries.count)
    entries.append(WordEntry())
    hashes.append(hash)
    arena.append(contentsOf: key)
    keyBounds.append(Int32(arena.count))
    maxKeyLength = max(maxKeyLength, key.count)
    place(index, hash: hash)
    return index
  }

  /// The index of the empty key, which `find` never reports.
  private func findEmpty() -> Int32 {
    for index in entries.indices where keyBounds[index] == keyBounds[index + 1] {
      return Int32(index)
    }
    return -1
  }

  /// The index of the word whose `StableHash` is `key`, or −1: a token layer's key (`WordHash`),
  /// which is that hash over the word's lowercased bytes when it is ASCII without a hyphen or
  /// white space, so news mode need not lowercase and hash the word again.
  ///
  /// The key stands for the word: no two words of the table share a hash, and the layer's fold
  /// and the table's agree on every word a plain token can match (`SentimentKeyTests`).
  @inline(__always)
  func find(key: UInt64) -> Int32 {
    let bit = WordTable.filterBit(key)
    let present = filter.withUnsafeBufferPointer { filter in
      filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
    if !present { return -1 }
    return slots.withUnsafeBufferPointer { slots in
      hashes.withUnsafeBufferPointer { hashes in
        let mask = slots.count - 1
        let tag = key >> 32
        var position = Int(truncatingIfNeeded: key) & mask
        while true {
          let slot = slots[position]
          if slot == WordTable.empty { return -1 }
          if slot >> 32 == tag {
            let index = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)
            if hashes[index] == key { return Int32(truncatingIfNeeded: index) }
          }
          position = (position + 1) & mask
        }
      }
    }
  }

  /// The bytes of word `index`, as it was interned.
  func key(at index: Int) -> ArraySlice<UInt8> {
    arena[Int(keyBounds[index])..<Int(keyBounds[index + 1])]
  }

  /// The `StableHash` of word `index`.
  func hash(at index: Int) -> UInt64 { hashes[index] }

  /// The index of a word given as a `String`, adding it when it is new.
  @discardableResult
  mutating func intern(_ word: String) -> Int32 {
    var word = word
    return word.withUTF8 { intern($0) }
  }

  /// The index of a word given as a `String`, or −1.
  func find(_ word: String) -> Int32 {
    var word = word
    return word.withUTF8 { find($0) }
  }

  /// Makes room for `count` more words without rehashing.
  mutating func reserve(_ count: Int) {
    entries.reserveCapacity(entries.count + count)
    hashes.reserveCapacity(entries.count + count)
    keyBounds.reserveCapacity(entries.count + count + 1)
    var size = slots.count
    while size < (entries.count + count) * 2 { size *= 2 }
    if size > slots.count {
      slots = Array(repeating: WordTable.empty, count: size)
      for index in entries.indices { place(Int32(index), hash: hashes[index]) }
    }
  }

  private mutating func place(_ index: Int32, hash: UInt64) {
    let bit = WordTable.filterBit(hash)
    filter[bit >> 6] |= 1 << UInt64(bit & 63)
    let mask = slots.count - 1
    var position = Int(truncatingIfNeeded: hash) & mask
    while slots[position] != WordTable.empty { position = (position + 1) & mask }
    slots[position] = (hash >> 32) << 32 | UInt64(UInt32(index))
  }

  private mutating func grow() {
    slots = Array(repeating: WordTable.empty, count: slots.count * 2)
    for index in entries.indices { place(Int32(index), hash: hashes[index]) }
  }
}
