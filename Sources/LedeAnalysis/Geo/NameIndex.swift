/// An open-addressing hash table from name keys to gazetteer records, filled once and then read.
///
/// A key may map to many records (there are dozens of Springfields), so equal keys simply sit in
/// the same probe sequence; a lookup collects every slot with its hash up to the first empty one.
/// Each slot keeps where its name starts in the file bytes, so nothing is copied into a `String`.
struct NameIndex: Sendable {
  /// One match of a key.
  struct Entry: Sendable, Equatable {
    /// Index of the record in `Gazetteer.records`.
    var record: Int
    /// Byte offset of the matched name in the gazetteer file.
    var nameOffset: Int
    /// Whether the name is an alternate rather than the main name.
    var isAlternate: Bool
    /// Whether the name is written in capitals (`US`, `UK`) and so must match case exactly.
    var exactCase: Bool
  }

  /// One slot: key, record and name in one 16-byte value, so a probe touches one cache line.
  struct Slot: Sendable {
    var hash: UInt64
    var record: UInt32
    var name: UInt32
  }

  private var slots: [Slot]
  private let mask: Int
  /// How many names the table was sized for.
  let capacityHint: Int
  private(set) var count = 0

  static let alternateFlag: UInt32 = 1 << 31
  static let exactCaseFlag: UInt32 = 1 << 30

  init(capacityFor expected: Int) {
    var capacity = 16
    // `expected` is an upper bound (the loader counts every line twice), so a load factor of
    // up to 0.8 on it leaves the real table about half full.
    while capacity < expected + expected / 4 { capacity <<= 1 }
    slots = [Slot](repeating: Slot(hash: 0, record: 0, name: 0), count: capacity)
    mask = capacity - 1
    capacityHint = expected
  }

  /// Adds a name; duplicates of the same record under the same key are skipped.
  mutating func insert(
    _ hash: UInt64, record: Int, nameOffset: Int, alternate: Bool, exactCase: Bool
  ) {
    precondition(count < mask, "NameIndex is full")
    let recordValue = UInt32(truncatingIfNeeded: record)
    var name = UInt32(truncatingIfNeeded: nameOffset)
    if alternate { name |= Self.alternateFlag }
    if exactCase { name |= Self.exactCaseFlag }
    let mask = self.mask
    let inserted = slots.withUnsafeMutableBufferPointer { slots -> Bool in
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot].hash != 0 {
        if slots[slot].hash == hash && slots[slot].record == recordValue { return false }
        slot = (slot + 1) & mask
      }
      slots[slot] = Slot(hash: hash, record: recordValue, name: name)
      return true
    }
    if inserted { count += 1 }
  }

  /// Adds many names (see `insert`), reading ahead: the table is larger than the cache, so each
  /// insertion's first probe is a miss; touching the slot a few names ahead lets those misses
  /// overlap instead of queueing (about twice as fast on the 2-core reference machine).
  mutating func insertAll(_ items: [Slot]) {
    let mask = self.mask
    var added = 0
    var touched: UInt64 = 0
    slots.withUnsafeMutableBufferPointer { slots in
      items.withUnsafeBufferPointer { items in
        let ahead = 12
        for i in items.indices {
          if i + ahead < items.count {
            touched &+= slots[Int(truncatingIfNeeded: items[i + ahead].hash) & mask].hash
          }
          let item = items[i]
          var slot = Int(truncatingIfNeeded: item.hash) & mask
          var duplicate = false
          while slots[slot].hash != 0 {
            if slots[slot].hash == item.hash && slots[slot].record == item.record {
              duplicate = true
              break
            }
            slot = (slot + 1) & mask
          }
          if !duplicate {
            slots[slot] = item
            added += 1
          }
        }
      }
    }
    count += added
    precondition(count < mask || touched == touched, "NameIndex is full")
  }

  /// A slot value for `insertAll`.
  static func slot(_ hash: UInt64, record: Int, nameOffset: Int, alternate: Bool, exactCase: Bool)
    -> Slot
  {
    var name = UInt32(truncatingIfNeeded: nameOffset)
    if alternate { name |= alternateFlag }
    if exactCase { name |= exactCaseFlag }
    return Slot(hash: hash, record: UInt32(truncatingIfNeeded: record), name: name)
  }

  /// Whether any name has this key.
  @inline(__always) func contains(_ hash: UInt64) -> Bool {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let h = slots[slot].hash
      if h == hash { return true }
      if h == 0 { return false }
      slot = (slot + 1) & mask
    }
  }

  /// Every entry with this key, in insertion order of their slots.
  func entries(_ hash: UInt64) -> [Entry] {
    var result: [Entry] = []
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let h = slots[slot].hash
      if h == 0 { break }
      if h == hash {
        let name = slots[slot].name
        result.append(
          Entry(
            record: Int(slots[slot].record),
            nameOffset: Int(name & ~(Self.alternateFlag | Self.exactCaseFlag)),
            isAlternate: name & Self.alternateFlag != 0, exactCase: name & Self.exactCaseFlag != 0))
      }
      slot = (slot + 1) & mask
    }
    return result
  }
}
