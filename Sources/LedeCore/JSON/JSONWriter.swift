/// Writes JSON compactly (`"key": value` with one space, as DESIGN.md §6 shows) or indented.
public struct JSONWriter {
  public var output: [UInt8] = []
  private let pretty: Bool

  public init(pretty: Bool = false, capacity: Int = 256) {
    self.pretty = pretty
    output.reserveCapacity(capacity)
  }

  /// Encodes one value to a string.
  public static func encode(_ value: JSONValue, pretty: Bool = false) -> String {
    var w = JSONWriter(pretty: pretty)
    w.write(value)
    return String(decoding: w.output, as: UTF8.self)
  }

  public mutating func write(_ value: JSONValue, level: Int = 0) {
    switch value {
    case .null: raw("null")
    case .bool(let b): raw(b ? "true" : "false")
    case .integer(let i): raw(String(i))
    case .number(let d): writeNumber(d)
    case .string(let s): writeString(s)
    case .array(let items):
      if items.isEmpty { return raw("[]") }
      output.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { output.append(UInt8(ascii: ",")) }
        if pretty { newline(level + 1) } else if i > 0 { output.append(0x20) }
        write(item, level: level + 1)
      }
      if pretty { newline(level) }
      output.append(UInt8(ascii: "]"))
    case .object(let object):
      if object.isEmpty { return raw("{}") }
      output.append(UInt8(ascii: "{"))
      for (i, member) in object.members.enumerated() {
        if i > 0 { output.append(UInt8(ascii: ",")) }
        if pretty { newline(level + 1) } else if i > 0 { output.append(0x20) }
        writeString(member.key)
        raw(": ")
        write(member.value, level: level + 1)
      }
      if pretty { newline(level) }
      output.append(UInt8(ascii: "}"))
    }
  }

  private mutating func newline(_ level: Int) {
    output.append(0x0A)
    output.append(contentsOf: repeatElement(0x20, count: level * 2))
  }

  public mutating func raw(_ s: String) { output.append(contentsOf: s.utf8) }

  /// Numbers print in the shortest form that round-trips; JSON has no NaN or infinity, so
  /// those become `null`.
  public mutating func writeNumber(_ d: Double) {
    guard d.isFinite else { return raw("null") }
    if d == d.rounded(), abs(d) < 1e15 {
      raw(String(Int(d)))
      raw(".0")
    } else {
      raw("\(d)")
    }
  }

  public mutating func writeString(_ s: String) {
    output.append(0x22)
    for b in s.utf8 {
      switch b {
      case 0x22: raw("\\\"")
      case 0x5C: raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x0D: raw("\\r")
      case 0x09: raw("\\t")
      case 0x08: raw("\\b")
      case 0x0C: raw("\\f")
      case 0..<0x20:
        raw("\\u00")
        output.append(hex(b >> 4))
        output.append(hex(b & 0xF))
      default: output.append(b)
      }
    }
    output.append(0x22)
  }

  private func hex(_ n: UInt8) -> UInt8 { n < 10 ? 0x30 + n : 0x61 + n - 10 }
}
