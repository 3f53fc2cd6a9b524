import LedeCore
import LedeReport

/// A list of articles as a table with a row count: `.articles`, `.search`, and any result that
/// is a corpus or a list of articles.
///
/// The `#` column is the article's number in the session, whatever list it is shown from, so
/// `.show N` and `corpus[N]` reach the row numbered N: one numbering everywhere.
struct ArticleTable {
  /// The articles shown.
  var articles: [Article]
  /// How many there are in all (more than shown when the list was cut).
  var total: Int
  /// The article's number in the session; nil for one outside it (made by `lede.parse`).
  var number: (Article) -> Int?

  /// The table as a report of one table, whose title counts the rows.
  var report: Report {
    let columns = [
      ReportColumn("#", .integer), ReportColumn("title", .string), ReportColumn("date", .string),
      ReportColumn("source", .string), ReportColumn("path", .string),
    ]
    let rows: [[ReportCell]] = articles.map { a in
      let m = a.metadata
      return [
        number(a).map(ReportCell.integer) ?? .null, .string(m.title ?? m.path ?? a.id),
        cell(m.date),
        cell(m.source), cell(m.path),
      ]
    }
    let noun = total == 1 ? "article" : "articles"
    let title =
      articles.count < total ? "\(articles.count) of \(total) \(noun)" : "\(total) \(noun)"
    let table =
      (try? ReportTable(name: "articles", title: title, columns: columns, rows: rows))
      ?? (try? ReportTable(name: "articles", columns: columns))
    return Report(title: "", tables: table.map { [$0] } ?? [])
  }

  /// The table in `format`, fitted to `width` for text.
  func render(format: ReportFormat, width: Int) -> String {
    if total == 0 && format == .text { return "0 articles\n" }
    return (try? format.render(report, width: width)) ?? ""
  }

  private func cell(_ text: String?) -> ReportCell {
    text.map { .string($0) } ?? .null
  }
}
