extension ReportTable {
  /// Sorts the rows by the column named `column`, keeping the order of equal rows.
  ///
  /// Nulls come last whichever the direction, NaN just before them; strings compare by Unicode
  /// scalar values, never by locale, so the order is the same on every machine.
  ///
  /// - Throws: `ReportError` with code `unknownColumn` when there is no such column.
  public mutating func sort(by column: String, descending: Bool = false) throws {
    guard let index = columnIndex(named: column) else {
      let names = columns.map(\.name).joined(separator: ", ")
      throw ReportError(
        .unknownColumn, "table '\(name)': no column '\(column)' to sort by (columns: \(names))")
    }
    let keyed = rows.enumerated().map { (offset: $0.offset, row: $0.element) }
    rows = keyed.sorted { a, b in
      let order = Self.compare(a.row[index], b.row[index], descending: descending)
      return order != 0 ? order < 0 : a.offset < b.offset
    }.map(\.row)
  }

  /// -1, 0 or 1: nulls and NaN rank after every value in both directions.
  private static func compare(_ a: ReportCell, _ b: ReportCell, descending: Bool) -> Int {
    let ra = rank(a)
    let rb = rank(b)
    if ra != rb { return ra < rb ? -1 : 1 }
    guard ra == 0 else { return 0 }
    let order: Int
    switch (a, b) {
    case (.string(let x), .string(let y)):
      let (xs, ys) = (x.unicodeScalars, y.unicodeScalars)
      order = xs.lexicographicallyPrecedes(ys) ? -1 : (xs.elementsEqual(ys) ? 0 : 1)
    case (.integer(let x), .integer(let y)):
      order = x < y ? -1 : (x > y ? 1 : 0)
    case (.boolean(let x), .boolean(let y)):
      order = x == y ? 0 : (!x ? -1 : 1)
    default:
      let x = a.doubleValue ?? 0
      let y = b.doubleValue ?? 0
      order = x < y ? -1 : (x > y ? 1 : 0)
    }
    return descending ? -order : order
  }

  private static func rank(_ cell: ReportCell) -> Int {
    switch cell {
    case .null: 2
    case .number(let d) where d.isNaN: 1
    default: 0
    }
  }
}
