import LedeCore
import LedeReport

/// Keyword-in-context lines (`.kwic`): in text, the matches line up in one column with the left
/// context right-aligned; in other formats, a table.
struct ConcordanceView {
  /// One line and the corpus number of its article.
  struct Line {
    var article: Int
    var line: ConcordanceLine
  }

  var term: String
  var lines: [Line]
  /// Bold for the matches, on a terminal with colour.
  var style = Style(enabled: false)

  private func highlight(_ match: String) -> String { style.bold(match) }

  func render(format: ReportFormat, width: Int) -> String {
    guard format == .text else {
      return (try? format.render(report, width: width)) ?? ""
    }
    guard !lines.isEmpty else { return "No occurrences of “\(term)”.\n" }
    let numberWidth = String(lines.map(\.article).max() ?? 1).count
    let matchWidth = min(lines.map { DisplayWidth.of($0.line.match) }.max() ?? 0, width / 3)
    let side = max(8, (width - numberWidth - matchWidth - 3) / 2)
    var out = ""
    for item in lines {
      let number = DisplayWidth.pad(String(item.article), toWidth: numberWidth, alignRight: true)
      // The context keeps its own spacing, so "“Sanctions" and "the summit," read as written;
      // the matches still line up in one column.
      let left = Self.keepingEnd(item.line.left, width: side)
      let match = DisplayWidth.truncate(item.line.match, toWidth: matchWidth)
      let right = DisplayWidth.truncate(item.line.right, toWidth: side)
      let row =
        number + "  " + DisplayWidth.pad(left, toWidth: side, alignRight: true)
        + highlight(match) + right
      out += Self.trimmingTrailingSpaces(row) + "\n"
    }
    let noun = lines.count == 1 ? "occurrence" : "occurrences"
    return out + "\(lines.count) \(noun)\n"
  }

  var report: Report {
    let columns = [
      ReportColumn("article", .integer), ReportColumn("left", .string),
      ReportColumn("match", .string), ReportColumn("right", .string),
    ]
    let rows: [[ReportCell]] = lines.map {
      [.integer($0.article), .string($0.line.left), .string($0.line.match), .string($0.line.right)]
    }
    let table = try? ReportTable(name: "kwic", title: "“\(term)”", columns: columns, rows: rows)
    return Report(title: "", tables: table.map { [$0] } ?? [])
  }

  /// The end of `text` that fits in `width` columns, starting with "…" when cut.
  static func keepingEnd(_ text: String, width: Int) -> String {
    guard DisplayWidth.of(text) > width else { return text }
    var kept: [Character] = []
    var used = 1
    for character in text.reversed() {
      let w = DisplayWidth.of(character)
      if used + w > width { break }
      kept.append(character)
      used += w
    }
    return "…" + String(kept.reversed())
  }

  static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line.removeLast() }
    return String(line)
  }
}
