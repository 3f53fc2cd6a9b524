import LedeCore

/// The name index of `places.bin`: name keys to gazetteer records, read in place.
///
/// The build script hashes every name and alternate with `WordHash`'s hash and writes the
/// entries grouped by the low bits of their hash, with a table of where each group starts. A
/// look-up reads one group (about one entry on average) and never builds anything. A key may
/// map to many records (there are dozens of Springfields); within a key the entries keep the
/// file's order (records in file order, a record's main name before its alternates).
struct NameIndex: Sendable {
  /// One match of a key.
  struct Entry: Sendable, Equatable {
    /// Index of the record in `Gazetteer.records`.
    var record: Int
    /// Byte offset of the matched name in the names section of the file.
    var nameOffset: Int
    /// Whether the name is an alternate rather than the main name.
    var isAlternate: Bool
    /// Whether the name is written in capitals (`US`, `UK`) and so must match case exactly.
    var exactCase: Bool
  }

  static let alternateFlag: UInt32 = 1 << 31
  static let exactCaseFlag: UInt32 = 1 << 30

  let file: GazetteerFile

  /// The entries whose hash falls in the group of `hash`, as a range of entry numbers.
  @inline(__always) private func group(_ hash: UInt64) -> Range<Int> {
    let bucket = Int(truncatingIfNeeded: hash) & file.bucketMask
    let at = file.bucketsAt + 4 * bucket
    let lower = min(Int(file.load(at, as: UInt32.self)), file.entryCount)
    let upper = min(Int(file.load(at + 4, as: UInt32.self)), file.entryCount)
    return lower..<max(lower, upper)
  }

  @inline(__always) private func hash(ofEntry i: Int) -> UInt64 {
    file.load(file.entriesAt + GazetteerFile.entrySize * i, as: UInt64.self)
  }

  /// Whether any name has this key.
  @inline(__always) func contains(_ hash: UInt64) -> Bool {
    guard file.entryCount > 0 else { return false }
    for i in group(hash) where self.hash(ofEntry: i) == hash { return true }
    return false
  }

  /// How many entries of the file have this key (some may name no record, or be left out by
  /// a look-up's case test): the capacity a list of them needs at most.
  @inline(__always) func count(_ hash: UInt64) -> Int {
    guard file.entryCount > 0 else { return 0 }
    var n = 0
    for i in group(hash) where self.hash(ofEntry: i) == hash { n += 1 }
    return n
  }

  /// Every entry with this key, in file order.
  func entries(_ hash: UInt64) -> [Entry] {
    var result: [Entry] = []
    forEach(hash) { result.append($0) }
    return result
  }

  /// Calls `body` with every entry with this key, in file order, making no list (an array a
  /// look-up was an allocation for each name the entity recogniser asks about).
  @inline(__always) func forEach(_ hash: UInt64, _ body: (Entry) -> Void) {
    guard file.entryCount > 0 else { return }
    for i in group(hash) where self.hash(ofEntry: i) == hash {
      if let entry = entry(i) { body(entry) }
    }
  }

  /// Every entry of the file with its hash, in file order (for checks of the data).
  func allEntries() -> [(hash: UInt64, entry: Entry)] {
    (0..<file.entryCount).compactMap { i in entry(i).map { (hash(ofEntry: i), $0) } }
  }

  /// Entry number `i`; nil if it names a record the file does not have.
  private func entry(_ i: Int) -> Entry? {
    let at = file.entriesAt + GazetteerFile.entrySize * i
    let record = Int(file.load(at + 8, as: UInt32.self))
    let name = file.load(at + 12, as: UInt32.self)
    guard record < file.recordCount else { return nil }
    return Entry(
      record: record, nameOffset: Int(name & ~(Self.alternateFlag | Self.exactCaseFlag)),
      isAlternate: name & Self.alternateFlag != 0, exactCase: name & Self.exactCaseFlag != 0)
  }
}
