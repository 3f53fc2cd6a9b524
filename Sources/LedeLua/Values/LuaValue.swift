/// A Lua value copied out of a state: for results, tests and conversions.
///
/// Tables are snapshots with their entries in a fixed order (integer keys ascending, then
/// numbers, then strings, then the rest), since `pairs()` order is random. Functions, userdata
/// and threads cannot leave the state and become `opaque`, keeping what `tostring` showed;
/// pushing an opaque value pushes nil.
package indirect enum LuaValue: Sendable, Equatable {
  case `nil`
  case boolean(Bool)
  case integer(Int)
  case number(Double)
  case string(String)
  case table(LuaTable)
  case opaque(type: String, description: String)

  /// The string, if this is one.
  package var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The table, if this is one.
  package var tableValue: LuaTable? {
    if case .table(let t) = self { return t }
    return nil
  }

  /// The Lua type name.
  package var typeName: String {
    switch self {
    case .nil: "nil"
    case .boolean: "boolean"
    case .integer, .number: "number"
    case .string: "string"
    case .table: "table"
    case .opaque(let type, _): type
    }
  }
}

extension LuaValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
  ExpressibleByDictionaryLiteral
{
  /// `true` or `false`.
  package init(booleanLiteral value: Bool) { self = .boolean(value) }
  /// An integer.
  package init(integerLiteral value: Int) { self = .integer(value) }
  /// A float.
  package init(floatLiteral value: Double) { self = .number(value) }
  /// A string.
  package init(stringLiteral value: String) { self = .string(value) }
  /// A sequence.
  package init(arrayLiteral elements: LuaValue...) { self = .table(LuaTable(array: elements)) }
  /// A table with string keys.
  package init(dictionaryLiteral elements: (String, LuaValue)...) {
    self = .table(LuaTable(entries: elements.map { LuaTable.Entry(key: .string($0), value: $1) }))
  }
}

/// A snapshot of a Lua table.
package struct LuaTable: Sendable, Equatable {
  /// One key and its value.
  package struct Entry: Sendable, Equatable {
    /// The key.
    package var key: LuaValue
    /// The value.
    package var value: LuaValue

    /// An entry.
    package init(key: LuaValue, value: LuaValue) {
      self.key = key
      self.value = value
    }
  }

  /// The entries in their fixed order.
  package private(set) var entries: [Entry]

  /// A table of `entries`, put in the fixed order.
  package init(entries: [Entry]) {
    self.entries = entries.sorted { LuaTable.order($0.key) < LuaTable.order($1.key) }
  }

  /// A sequence: keys 1...n.
  package init(array: [LuaValue]) {
    entries = array.enumerated().map { Entry(key: .integer($0.offset + 1), value: $0.element) }
  }

  /// The value at a string key.
  package subscript(key: String) -> LuaValue? {
    entries.first { $0.key == .string(key) }?.value
  }

  /// The value at an integer key.
  package subscript(index: Int) -> LuaValue? {
    entries.first { $0.key == .integer(index) }?.value
  }

  /// The values at 1, 2, … up to the first missing one, like `ipairs`.
  package var sequence: [LuaValue] {
    var values: [LuaValue] = []
    while let value = self[values.count + 1] { values.append(value) }
    return values
  }

  /// A sort key giving integer keys first (ascending), then floats, strings, and the rest.
  private static func order(_ key: LuaValue) -> OrderKey {
    switch key {
    case .integer(let i): OrderKey(rank: 0, number: Double(i), integer: i, text: "")
    case .number(let d): OrderKey(rank: 1, number: d, integer: 0, text: "")
    case .string(let s): OrderKey(rank: 2, number: 0, integer: 0, text: s)
    case .boolean(let b): OrderKey(rank: 3, number: b ? 1 : 0, integer: 0, text: "")
    case .nil, .table, .opaque(_, _): OrderKey(rank: 4, number: 0, integer: 0, text: "\(key)")
    }
  }

  private struct OrderKey: Comparable {
    var rank: Int
    var number: Double
    var integer: Int
    var text: String

    static func < (a: OrderKey, b: OrderKey) -> Bool {
      if a.rank != b.rank { return a.rank < b.rank }
      if a.rank == 0 { return a.integer < b.integer }
      if a.number != b.number { return a.number < b.number }
      return a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
    }
  }
}
