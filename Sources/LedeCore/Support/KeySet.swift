/// A set of `WordHash` hashes (the gazetteer's and the name lists' keys): open addressing on the key itself, which is already a good hash,
/// so a lookup costs one multiply-free probe instead of `Set`'s SipHash round.
///
/// `contains` is public and `@inlinable` (with the storage it reads): the analyses that probe
/// it for every token live in other modules, where it was a call each (a `package` function is
/// never inlined into another module; see `TokenFlags`).
public struct KeySet: Sendable {
  @usableFromInline var slots: [UInt64]
  @usableFromInline var mask: Int
  private var count = 0

  package init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
    self.init(Array(keys))
  }

  /// The set of an array's keys. Not generic: a generic init called from another module runs
  /// unspecialized, and over a lazy sequence it looked up type metadata for every element (7% of
  /// `a:places()` on PolNeAR train, from `GeoDocument.filter`).
  package init(_ array: [UInt64]) {
    var capacity = 16
    while capacity < array.count * 2 { capacity <<= 1 }
    slots = [UInt64](repeating: 0, count: capacity)
    mask = capacity - 1
    for key in array { insert(key) }
  }

  package init() { self.init([UInt64]()) }

  /// Adds a key, doubling the table when it would be more than half full: a full table has no
  /// empty slot to end a probe, and `contains` looped forever (the geoparser's surnames, past 15
  /// in one article, hung `a:places()`).
  package mutating func insert(_ key: UInt64) {
    let key = key == 0 ? 1 : key
    if contains(key) { return }
    if (count + 1) * 2 > slots.count { grow() }
    var slot = Int(truncatingIfNeeded: key) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = key
    count += 1
  }

  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    mask = slots.count - 1
    for key in old where key != 0 {
      var slot = Int(truncatingIfNeeded: key) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = key
    }
  }

  /// Whether the set holds `key` (a probe from the key's own bits to an empty slot).
  @inlinable public func contains(_ key: UInt64) -> Bool {
    let key = key == 0 ? 1 : key
    var slot = Int(truncatingIfNeeded: key) & mask
    while true {
      let s = slots[slot]
      if s == key { return true }
      if s == 0 { return false }
      slot = (slot + 1) & mask
    }
  }

  package func union(_ other: KeySet) -> KeySet {
    KeySet(slots.filter { $0 != 0 } + other.slots.filter { $0 != 0 })
  }
  package func union<S: Sequence>(_ keys: S) -> KeySet where S.Element == UInt64 {
    KeySet(slots.filter { $0 != 0 } + Array(keys))
  }
  package func subtracting<S: Sequence>(_ keys: S) -> KeySet where S.Element == UInt64 {
    let removed = KeySet(Array(keys))
    return KeySet(slots.filter { $0 != 0 && !removed.contains($0) })
  }
}

/// A map from `WordHash` hashes to values, with `KeySet`'s probing.
public struct KeyMap<Value: Sendable>: Sendable {
  @usableFromInline var keys: [UInt64]
  @usableFromInline var values: [Value?]
  @usableFromInline var mask: Int

  package init(_ pairs: [(UInt64, Value)]) {
    var capacity = 16
    while capacity < pairs.count * 2 { capacity <<= 1 }
    keys = [UInt64](repeating: 0, count: capacity)
    values = [Value?](repeating: nil, count: capacity)
    mask = capacity - 1
    for (key, value) in pairs {
      let key = key == 0 ? 1 : key
      var slot = Int(truncatingIfNeeded: key) & mask
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  /// The value stored for `key`, or nil.
  @inlinable public subscript(key: UInt64) -> Value? {
    let key = key == 0 ? 1 : key
    var slot = Int(truncatingIfNeeded: key) & mask
    while true {
      let k = keys[slot]
      if k == key { return values[slot] }
      if k == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }
}
