/// One value in a report table: null, a string, an integer, a number or a boolean.
public enum ReportCell: Sendable, Equatable {
  /// A missing value; it fits every column.
  case null
  /// Text.
  case string(String)
  /// A whole number.
  case integer(Int)
  /// A floating-point number; NaN and infinities are allowed and shown as missing in data.
  case number(Double)
  /// True or false.
  case boolean(Bool)

  /// The name of the value's type, as columns and messages spell it ("null" for null).
  public var typeName: String {
    switch self {
    case .null: "null"
    case .string: "string"
    case .integer: "integer"
    case .number: "number"
    case .boolean: "boolean"
    }
  }

  /// The numeric value of an integer or number cell.
  public var doubleValue: Double? {
    switch self {
    case .integer(let i): Double(i)
    case .number(let d): d
    default: nil
    }
  }

  /// The value quoted for an error message: `string "abc"`, `number 2.5`, `null`.
  var quotedForMessage: String {
    switch self {
    case .null: return "null"
    case .string(let s):
      let short = s.count > 40 ? s.prefix(39) + "…" : Substring(s)
      return "string \"\(short)\""
    case .integer(let i): return "integer \(i)"
    case .number(let d): return "number \(CellText.parameter(.number(d)))"
    case .boolean(let b): return "boolean \(b)"
    }
  }
}

extension ReportCell: ExpressibleByNilLiteral, ExpressibleByStringLiteral,
  ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral
{
  /// A null cell.
  public init(nilLiteral: ()) { self = .null }
  /// A string cell.
  public init(stringLiteral value: String) { self = .string(value) }
  /// An integer cell.
  public init(integerLiteral value: Int) { self = .integer(value) }
  /// A number cell.
  public init(floatLiteral value: Double) { self = .number(value) }
  /// A boolean cell.
  public init(booleanLiteral value: Bool) { self = .boolean(value) }
}
