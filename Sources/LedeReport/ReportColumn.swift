/// A typed column of a report table, with an optional display format.
public struct ReportColumn: Sendable, Equatable {
  /// The type every non-null cell of a column has.
  public enum ValueType: String, Sendable, CaseIterable {
    /// Text, left-aligned and cut to fit in text output.
    case string
    /// Whole numbers, right-aligned.
    case integer
    /// Floating-point numbers, right-aligned, 3 decimals in text unless formatted.
    case number
    /// True or false.
    case boolean
  }

  /// How text and Markdown show a column's numbers; JSON and CSV always carry the full value.
  public enum Format: Sendable, Equatable {
    /// A fixed number of decimals (0–17).
    case decimals(Int)
    /// The value × 100 with a fixed number of decimals (0–17) and a "%" sign: 0.125 → "12.5%".
    case percent(decimals: Int)

    /// Parses `decimals:N`, `percent` (one decimal) or `percent:N`; nil for anything else.
    public init?(spec: String) {
      let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count <= 2, let kind = parts.first else { return nil }
      var places: Int? = nil
      if parts.count == 2 {
        guard let n = Int(parts[1]), (0...17).contains(n) else { return nil }
        places = n
      }
      switch kind {
      case "decimals":
        guard let places else { return nil }
        self = .decimals(places)
      case "percent": self = .percent(decimals: places ?? 1)
      default: return nil
      }
    }

    /// The format written as `init(spec:)` reads it.
    public var spec: String {
      switch self {
      case .decimals(let n): "decimals:\(n)"
      case .percent(let n): "percent:\(n)"
      }
    }

    /// The number of decimals shown.
    public var decimals: Int {
      switch self {
      case .decimals(let n), .percent(let n): n
      }
    }
  }

  /// The column's name: the header in text, CSV and Markdown, the key in JSON rows.
  public var name: String
  /// The type of the column's cells.
  public var type: ValueType
  /// How numbers show in text and Markdown; nil means 3 decimals for `number`, all digits for
  /// `integer`.
  public var format: Format?

  /// A column named `name` holding values of `type`.
  public init(_ name: String, _ type: ValueType, format: Format? = nil) {
    self.name = name
    self.type = type
    self.format = format
  }

  /// Whether the column holds integers or numbers.
  public var isNumeric: Bool { type == .integer || type == .number }
}
