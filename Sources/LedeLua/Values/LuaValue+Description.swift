import Foundation

extension LuaValue: CustomStringConvertible {
  /// What `print` shows for a scalar (strings as they are, numbers as Lua formats them), and
  /// a Lua constructor for a table, in the snapshot's fixed order: `{1, 2.0, x = "y"}`.
  package var description: String {
    switch self {
    case .string(let s): s
    default: literal
    }
  }

  /// The value as Lua source would write it, strings quoted.
  package var literal: String {
    switch self {
    case .nil: "nil"
    case .boolean(let b): b ? "true" : "false"
    case .integer(let i): String(i)
    case .number(let d): Self.format(d)
    case .string(let s): Self.quote(s)
    case .opaque(_, let description): description
    case .table(let table):
      table.entries.isEmpty ? "{}" : "{" + Self.fields(of: table).joined(separator: ", ") + "}"
    }
  }

  /// `%.14g` as `lua_Number` is formatted, with `.0` on integral values as Lua 5.4 shows them.
  package static func format(_ d: Double) -> String {
    if d.isNaN { return d.sign == .minus ? "-nan" : "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let text = String(format: "%.14g", d)
    return text.contains(where: { !"-0123456789".contains($0) }) ? text : text + ".0"
  }

  /// A string as Lua source writes it, in double quotes with escapes.
  package static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\\(scalar.value)"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  private static func fields(of table: LuaTable) -> [String] {
    var next = 1
    return table.entries.map { entry in
      if entry.key == .integer(next) {
        next += 1
        return entry.value.literal
      }
      if case .string(let name) = entry.key, isIdentifier(name) {
        return "\(name) = \(entry.value.literal)"
      }
      return "[\(entry.key.literal)] = \(entry.value.literal)"
    }
  }

  private static let keywords: Set<String> = [
    "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
    "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
  ]

  private static func isIdentifier(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first, !keywords.contains(s) else { return false }
    func isLetter(_ c: Unicode.Scalar) -> Bool {
      c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c)
    }
    return isLetter(first)
      && s.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
  }
}
