/// Renders a report for a terminal: a title, tables fitted to a width, notes and evidence.
///
/// Text columns are left-aligned and cut with "…" when the table is wider than `width` (its last
/// columns are left out, and named under it, when that would cut names short; see `TableLayout`);
/// numbers are right-aligned, never cut, and rounded by their column's format (3 decimals for
/// `number` by default). Widths count terminal cells, so "평양" takes four. Trailing spaces are
/// trimmed from every line.
public struct TextRenderer: ReportRenderer {
  /// The width used when the output is not a terminal.
  public static let defaultWidth = 100
  /// The narrowest width honoured; smaller values are raised to it.
  public static let minimumWidth = 20

  /// The maximum line width in terminal cells (a long title or number may still exceed it).
  public var width: Int

  /// A renderer fitting lines into `width` cells, such as the terminal's column count.
  public init(width: Int = TextRenderer.defaultWidth) {
    self.width = width
  }

  /// The report as lines of text.
  public func render(_ report: Report) -> String {
    let width = max(self.width, Self.minimumWidth)
    var lines: [String] = []
    if !report.title.isEmpty {
      let title = CellText.singleLine(report.title)
      lines.append(title)
      lines.append(String(repeating: "=", count: min(DisplayWidth.of(title), width)))
    }
    if let summary = report.summary, !summary.isEmpty {
      lines += TextWrap.lines(summary, width: width)
    }
    if !report.parameters.isEmpty {
      let list = report.parameters.map { "\($0.name)=\(CellText.parameter($0.value))" }
      lines += TextWrap.lines(
        list.joined(separator: ", "), width: width, firstPrefix: "Parameters: ")
    }
    for table in report.tables {
      if !lines.isEmpty { lines.append("") }
      lines += tableLines(table, width: width)
    }
    if !report.notes.isEmpty {
      if !lines.isEmpty { lines.append("") }
      lines.append("Notes")
      for note in report.notes {
        lines += TextWrap.lines(note, width: width, firstPrefix: "  - ")
      }
    }
    if !report.evidence.isEmpty {
      if !lines.isEmpty { lines.append("") }
      lines.append("Evidence")
      let numberWidth = String(report.evidence.count).count
      for (i, item) in report.evidence.enumerated() {
        let number = String(i + 1)
        let marker =
          "  " + String(repeating: " ", count: numberWidth - number.count) + number + ". "
        // The source's hard line breaks are not the sentence's: the wrap below makes its own.
        let quoted = "“" + CellText.singleLine(item.text) + "”"
        let body = TextWrap.lines(quoted, width: width, firstPrefix: marker)
        lines += body
        let indent = String(repeating: " ", count: DisplayWidth.of(marker))
        lines += TextWrap.lines(item.attribution, width: width, firstPrefix: indent + "— ")
      }
    }
    return lines.map(Self.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
  }

  /// The lines of one table: heading, header, rule and rows.
  func tableLines(_ table: ReportTable, width: Int) -> [String] {
    let heading = CellText.singleLine(table.title ?? table.name)
    let headers = table.columns.map { CellText.singleLine($0.name) }
    let cells = table.rows.map { row in
      zip(table.columns, row).map { CellText.display($1, in: $0) }
    }
    var natural = headers.map { DisplayWidth.of($0) }
    for row in cells {
      for (i, cell) in row.enumerated() { natural[i] = max(natural[i], DisplayWidth.of(cell)) }
    }
    let rightAligned = table.columns.map(\.isNumeric)
    let layout = TableLayout(
      natural: natural, shrinkable: table.columns.map { $0.type == .string }, maxWidth: width,
      rows: !cells.isEmpty)
    let gap = String(repeating: " ", count: TableLayout.gap)

    func line(_ values: [String]) -> String {
      layout.shown.map { i in
        let fitted = DisplayWidth.fit(values[i], toWidth: layout.widths[i])
        return DisplayWidth.pad(fitted, toWidth: layout.widths[i], alignRight: rightAligned[i])
      }.joined(separator: gap)
    }

    var lines = [DisplayWidth.truncate(heading, toWidth: width), line(headers)]
    lines.append(
      layout.shown.map { String(repeating: "-", count: layout.widths[$0]) }.joined(separator: gap))
    lines += cells.map(line)
    if cells.isEmpty { lines.append("(no rows)") }
    if layout.shown.count < headers.count {
      let left = headers[layout.shown.count...].map { "“\($0)”" }.joined(separator: ", ")
      lines += TextWrap.lines(
        "(left out at \(width) cells: \(left); \(layout.widthForAll) cells show them)",
        width: width)
    }
    return lines
  }

  private static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line.removeLast() }
    return String(line)
  }
}
