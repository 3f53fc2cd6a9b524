import LedeCore

/// Renders a report as one JSON document, pretty-printed with two spaces.
///
/// The shape is fixed, with every key present (null when unset), so that tools can rely on it:
///
/// ```json
/// {"title": "…", "summary": null, "parameters": {"top": 20},
///  "tables": [{"name": "…", "title": null,
///              "columns": [{"name": "share", "type": "number", "format": "percent:1"}],
///              "rows": [{"share": 0.125}]}],
///  "notes": ["…"],
///  "evidence": [{"text": "…", "article_id": "…", "article_title": "…", "article_number": 7,
///                "article_path": "…", "label": null, "row_key": null, "start": 0, "end": 42}]}
/// ```
///
/// Row objects have their keys in column order; numbers carry every significant digit, NaN and
/// infinities are null. `start` and `end` are code-point offsets, as in `lede export`.
public struct JSONRenderer: ReportRenderer {
  /// A JSON renderer.
  public init() {}

  /// The report as a JSON document.
  public func render(_ report: Report) -> String {
    JSONWriter.encode(document(for: report), pretty: true) + "\n"
  }

  /// The report as a JSON value, for callers that embed it in something larger.
  public func document(for report: Report) -> JSONValue {
    .object(
      JSONObject([
        ("title", .string(report.title)),
        ("summary", report.summary.map(JSONValue.string) ?? .null),
        (
          "parameters",
          .object(JSONObject(report.parameters.map { ($0.name, Self.value($0.value)) }))
        ),
        ("tables", .array(report.tables.map(Self.table))),
        ("notes", .array(report.notes.map(JSONValue.string))),
        ("evidence", .array(report.evidence.map(Self.evidence))),
      ]))
  }

  /// A cell as a JSON value; non-finite numbers are written as null by `JSONWriter`.
  static func value(_ cell: ReportCell) -> JSONValue {
    switch cell {
    case .null: .null
    case .string(let s): .string(s)
    case .integer(let i): .integer(i)
    case .number(let d): d.isFinite ? .number(d) : .null
    case .boolean(let b): .bool(b)
    }
  }

  private static func table(_ table: ReportTable) -> JSONValue {
    let columns: [JSONValue] = table.columns.map { column in
      .object(
        JSONObject([
          ("name", .string(column.name)),
          ("type", .string(column.type.rawValue)),
          ("format", column.format.map { .string($0.spec) } ?? .null),
        ]))
    }
    let rows: [JSONValue] = table.rows.map { row in
      .object(JSONObject(zip(table.columns, row).map { ($0.name, value($1)) }))
    }
    return .object(
      JSONObject([
        ("name", .string(table.name)),
        ("title", table.title.map(JSONValue.string) ?? .null),
        ("columns", .array(columns)),
        ("rows", .array(rows)),
      ]))
  }

  private static func evidence(_ item: Evidence) -> JSONValue {
    .object(
      JSONObject([
        ("text", .string(item.text)),
        ("article_id", .string(item.articleID)),
        ("article_title", item.articleTitle.map(JSONValue.string) ?? .null),
        ("article_number", item.articleNumber.map(JSONValue.integer) ?? .null),
        ("article_path", item.articlePath.map(JSONValue.string) ?? .null),
        ("label", item.label.map(JSONValue.string) ?? .null),
        ("row_key", item.rowKey.map(JSONValue.string) ?? .null),
        ("start", item.span.map { .integer($0.lowerBound) } ?? .null),
        ("end", item.span.map { .integer($0.upperBound) } ?? .null),
      ]))
  }
}
