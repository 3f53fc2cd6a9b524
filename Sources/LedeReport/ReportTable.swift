/// A table of typed columns whose rows are checked against the column types as they are added.
///
/// A null cell fits every column. An integer column also takes a number with an integral value
/// (Lua computes `6 / 2` as `3.0`); a number column takes integers and stores them as numbers,
/// so every renderer sees one type per column.
public struct ReportTable: Sendable, Equatable {
  /// The table's name: a key in JSON, a section name in CSV.
  public var name: String
  /// A heading for text and Markdown; the name is shown when there is none.
  public var title: String?
  /// The columns, in order.
  public private(set) var columns: [ReportColumn]
  /// The rows, in the order they were added; each has one cell per column.
  public internal(set) var rows: [[ReportCell]]

  /// A table named `name` with `columns` and, optionally, initial rows (checked like `add(row:)`).
  ///
  /// - Throws: `ReportError` with code `invalidTable` when there are no columns, a name is empty
  ///   or repeated, or a format is set on a column that is not numeric; `invalidRow` for a bad row.
  public init(
    name: String, title: String? = nil, columns: [ReportColumn], rows: [[ReportCell]] = []
  ) throws {
    guard !columns.isEmpty else {
      throw ReportError(.invalidTable, "table '\(name)': a table needs at least one column")
    }
    var seen: Set<String> = []
    for column in columns {
      guard !column.name.isEmpty else {
        throw ReportError(.invalidTable, "table '\(name)': a column has an empty name")
      }
      guard seen.insert(column.name).inserted else {
        throw ReportError(.invalidTable, "table '\(name)': duplicate column '\(column.name)'")
      }
      if let format = column.format {
        guard column.isNumeric else {
          throw ReportError(
            .invalidTable,
            "table '\(name)', column '\(column.name)': format '\(format.spec)' needs an integer "
              + "or number column, not \(column.type.rawValue)")
        }
        guard (0...17).contains(format.decimals) else {
          throw ReportError(
            .invalidTable,
            "table '\(name)', column '\(column.name)': \(format.decimals) decimals is out of "
              + "range (0 to 17)")
        }
      }
    }
    self.name = name
    self.title = title
    self.columns = columns
    self.rows = []
    for row in rows { try add(row: row) }
  }

  /// Appends `row` after checking it against the columns.
  ///
  /// - Throws: `ReportError` with code `invalidRow`, such as
  ///   `row 3, column 'compound': expected number, got string "abc"`.
  public mutating func add(row: [ReportCell]) throws {
    rows.append(try checked(row, number: rows.count + 1))
  }

  /// The index of the column named `name`.
  public func columnIndex(named name: String) -> Int? {
    columns.firstIndex { $0.name == name }
  }

  /// `row` converted to the column types, or an error naming the row (1-based) and the column.
  func checked(_ row: [ReportCell], number: Int) throws -> [ReportCell] {
    guard row.count == columns.count else {
      let names = columns.map(\.name).joined(separator: ", ")
      throw ReportError(
        .invalidRow,
        "row \(number): expected \(columns.count) values (\(names)), got \(row.count)")
    }
    var result: [ReportCell] = []
    result.reserveCapacity(row.count)
    for (column, cell) in zip(columns, row) {
      guard let converted = Self.convert(cell, to: column.type) else {
        let got = cell.quotedForMessage
        throw ReportError(
          .invalidRow,
          "row \(number), column '\(column.name)': expected \(column.type.rawValue), got \(got)")
      }
      result.append(converted)
    }
    return result
  }

  private static func convert(_ cell: ReportCell, to type: ReportColumn.ValueType) -> ReportCell? {
    switch (type, cell) {
    case (_, .null): return .null
    case (.string, .string), (.integer, .integer), (.number, .number), (.boolean, .boolean):
      return cell
    case (.number, .integer(let i)): return .number(Double(i))
    case (.integer, .number(let d)):
      // Exactly representable integral values only: 2^63 itself is out of Int's range.
      guard d.isFinite, d == d.rounded(), abs(d) < 0x1p63 else { return nil }
      return .integer(Int(d))
    default: return nil
    }
  }
}
