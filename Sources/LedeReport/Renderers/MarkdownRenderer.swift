/// Renders a report as GitHub-flavoured Markdown: a `#` title, one pipe table per report
/// table, notes as a list and evidence as quotes.
///
/// Cells are padded to their display width so that the source reads as a table too; numbers
/// are right-aligned and rounded as in text output; `|` in a cell is escaped and line breaks
/// become spaces. Title, summary and notes are written as given, so they may hold Markdown.
public struct MarkdownRenderer: ReportRenderer {
  /// A Markdown renderer.
  public init() {}

  /// The report as a Markdown document.
  public func render(_ report: Report) -> String {
    var blocks: [String] = []
    if !report.title.isEmpty { blocks.append("# " + CellText.singleLine(report.title)) }
    if let summary = report.summary, !summary.isEmpty { blocks.append(summary) }
    if !report.parameters.isEmpty {
      let list = report.parameters.map {
        "`\($0.name)` = \(Self.escape(CellText.parameter($0.value)))"
      }
      blocks.append("Parameters: " + list.joined(separator: ", "))
    }
    let headingLevel = report.title.isEmpty ? "# " : "## "
    for table in report.tables {
      blocks.append(headingLevel + CellText.singleLine(table.title ?? table.name))
      blocks.append(tableLines(table).joined(separator: "\n"))
    }
    if !report.notes.isEmpty {
      blocks.append(headingLevel + "Notes")
      blocks.append(report.notes.map { "- " + CellText.singleLine($0) }.joined(separator: "\n"))
    }
    if !report.evidence.isEmpty {
      blocks.append(headingLevel + "Evidence")
      for item in report.evidence {
        let quote = item.text.split(separator: "\n", omittingEmptySubsequences: false)
          .map { "> " + $0 }
        blocks.append((quote + [">", "> — " + item.attribution]).joined(separator: "\n"))
      }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// Header, alignment row and rows of one table.
  func tableLines(_ table: ReportTable) -> [String] {
    let headers = table.columns.map { Self.escape($0.name) }
    let cells = table.rows.map { row in
      zip(table.columns, row).map { Self.escape(CellText.display($1, in: $0)) }
    }
    // Three is the shortest alignment marker GitHub accepts ("---" or "--:").
    var widths = headers.map { max(DisplayWidth.of($0), 3) }
    for row in cells {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
    }
    let right = table.columns.map(\.isNumeric)
    func line(_ values: [String]) -> String {
      let padded = values.enumerated().map {
        DisplayWidth.pad($1, toWidth: widths[$0], alignRight: right[$0])
      }
      return "| " + padded.joined(separator: " | ") + " |"
    }
    let rule = widths.enumerated().map { i, width in
      right[i]
        ? String(repeating: "-", count: width - 1) + ":" : String(repeating: "-", count: width)
    }
    return [line(headers), "| " + rule.joined(separator: " | ") + " |"] + cells.map(line)
  }

  /// `text` on one line with `|` escaped, safe inside a table cell.
  static func escape(_ text: String) -> String {
    CellText.singleLine(text).replacing("|", with: "\\|")
  }
}
