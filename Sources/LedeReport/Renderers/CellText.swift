/// Cell values as text: `display` for people (text and Markdown), `data` for tools (CSV).
enum CellText {
  /// Decimals shown for a `number` column without a format.
  static let defaultDecimals = 3

  /// The cell as a person reads it: numbers rounded by the column's format, on one line.
  static func display(_ cell: ReportCell, in column: ReportColumn) -> String {
    switch cell {
    case .null: return ""
    case .string(let s): return singleLine(s)
    case .boolean(let b): return b ? "true" : "false"
    case .integer(let i):
      guard let format = column.format else { return String(i) }
      return formatted(DecimalText(i), format)
    case .number(let d):
      guard let digits = DecimalText(d) else { return d.isNaN ? "NaN" : (d < 0 ? "-inf" : "inf") }
      // Fixed decimals of a huge value would be a wall of digits.
      if digits.exponent >= 21 { return digits.scientific() }
      return formatted(digits, column.format ?? .decimals(defaultDecimals))
    }
  }

  /// The cell for a tool: every significant digit, empty for null, NaN and infinities.
  static func data(_ cell: ReportCell) -> String {
    switch cell {
    case .null: ""
    case .string(let s): s
    case .boolean(let b): b ? "true" : "false"
    case .integer(let i): String(i)
    case .number(let d): DecimalText(d)?.shortest() ?? ""
    }
  }

  /// A parameter's value as shown under a title.
  static func parameter(_ cell: ReportCell) -> String {
    switch cell {
    case .null: "null"
    case .string(let s): singleLine(s)
    case .number(let d): DecimalText(d)?.shortest() ?? (d.isNaN ? "NaN" : (d < 0 ? "-inf" : "inf"))
    default: data(cell)
    }
  }

  /// `text` with line breaks, tabs and other control characters as spaces, so a cell stays in
  /// its row: a break and the blanks around it are one space, so the indentation of a
  /// hard-wrapped file ("nearly\n            $1,000") does not open a gap in the cell.
  static func singleLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    var inBreak = false
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        if !inBreak {
          while out.last == " " { out.removeLast() }
          out.append(" ")
        }
        inBreak = true
      } else if inBreak && scalar == " " {
        continue
      } else {
        out.append(scalar)
        inBreak = false
      }
    }
    return String(out)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar == "\u{2028}"
      || scalar == "\u{2029}"
  }

  private static func formatted(_ digits: DecimalText, _ format: ReportColumn.Format) -> String {
    switch format {
    case .decimals(let n): digits.fixed(n)
    case .percent(let n): digits.shifted(by: 2).fixed(n) + "%"
    }
  }
}
