import Foundation
import LedeCore
import LedeReport

/// Turns what `lede.report{…}` built in Lua into a typed `Report`, checking every row.
enum ReportReader {
  /// Whether a value is a report the builder made.
  static func isReport(_ value: LuaValue) -> Bool {
    value.tableValue?["__lede_report"] == .boolean(true)
  }

  /// The report, or a message naming the table, row and column at fault.
  static func report(
    from value: LuaValue, article: (String) -> Article?, number: (Article) -> Int? = { _ in nil }
  ) throws(ReportError) -> Report {
    guard let table = value.tableValue, isReport(value) else {
      throw ReportError(
        .invalidTable, "expected a report made by lede.report, got a \(value.typeName)")
    }
    var report = Report(title: table["title"]?.stringValue ?? "Report")
    report.summary = table["summary"]?.stringValue
    for item in table["tables"]?.tableValue?.sequence ?? [] {
      guard let spec = item.tableValue else { continue }
      let name = spec["name"]?.stringValue ?? "table"
      var columns: [ReportColumn] = []
      for (i, c) in (spec["columns"]?.tableValue?.sequence ?? []).enumerated() {
        guard let column = c.tableValue, let columnName = column["name"]?.stringValue else {
          continue
        }
        let typeName = column["type"]?.stringValue ?? "string"
        guard let type = ReportColumn.ValueType(rawValue: typeName == "bool" ? "boolean" : typeName)
        else {
          let types = ReportColumn.ValueType.allCases.map(\.rawValue).joined(separator: ", ")
          throw ReportError(
            .invalidTable,
            "table '\(name)', column \(i + 1) '\(columnName)': unknown type '\(typeName)'; expected one of \(types)"
          )
        }
        var format: ReportColumn.Format?
        if let spec = column["format"]?.stringValue {
          guard let f = ReportColumn.Format(spec: spec) else {
            throw ReportError(
              .invalidTable,
              "table '\(name)', column '\(columnName)': unknown format '\(spec)'; use decimals:N or percent[:N]"
            )
          }
          format = f
        }
        columns.append(ReportColumn(columnName, type, format: format))
      }
      var reportTable: ReportTable
      do {
        reportTable = try ReportTable(
          name: name, title: spec["title"]?.stringValue, columns: columns)
      } catch let error as ReportError {
        throw error
      } catch {
        throw ReportError(.invalidTable, "table '\(name)': \(error)")
      }
      for (r, row) in (spec["rows"]?.tableValue?.sequence ?? []).enumerated() {
        let cells = (1...columns.count).map { cell(row.tableValue?[$0] ?? .nil) }
        do {
          try reportTable.add(row: cells)
        } catch let error as ReportError {
          throw ReportError(error.code, "table '\(name)', \(error.message)")
        } catch {
          throw ReportError(.invalidRow, "table '\(name)', row \(r + 1): \(error)")
        }
      }
      report.tables.append(reportTable)
    }
    report.notes = (table["notes"]?.tableValue?.sequence ?? []).compactMap(\.stringValue)
    for item in table["evidence_items"]?.tableValue?.sequence ?? [] {
      guard let e = item.tableValue, let text = e["text"]?.stringValue else { continue }
      let id = e["article_id"]?.stringValue ?? ""
      var span: Range<Int>?
      var context: Evidence.Context?
      if case .integer(let lower)? = e["span_start"], case .integer(let upper)? = e["span_end"] {
        span = lower..<max(lower, upper)
      } else if case .integer(let start)? = e["start"], case .integer(let stop)? = e["stop"],
        let a = article(id)
      {
        var mapper = CodePointMapper(a.text)
        let lower = mapper.codePointOffset(start - 1)
        span = lower..<max(lower, mapper.codePointOffset(stop))
        context = Self.context(of: Span(start: start - 1, end: max(start - 1, stop)), in: a)
      }
      let cited = article(id)
      var carriedNumber: Int?
      if case .integer(let n)? = e["article_number"] { carriedNumber = n }
      report.evidence.append(
        Evidence(
          text: text, articleID: id, articleTitle: e["article_title"]?.stringValue,
          label: e["label"]?.stringValue, rowKey: e["row"]?.stringValue, span: span,
          articlePath: cited?.metadata.path ?? e["article_path"]?.stringValue,
          articleNumber: cited.flatMap(number) ?? carriedNumber,
          context: context))
    }
    for (i, item) in (table["charts"]?.tableValue?.sequence ?? []).enumerated() {
      report.charts.append(try chart(item, number: i + 1).resolved(in: report, number: i + 1))
    }
    return report
  }

  /// The blocks around a byte span (0-based, end exclusive), cut into before, match and after.
  static func context(of span: Span, in article: Article) -> Evidence.Context? {
    let blocks = article.blocks.filter {
      $0.span.start < max(span.end, span.start + 1) && span.start < $0.span.end
    }
    guard let first = blocks.first, let last = blocks.last,
      span.end <= article.text.utf8.count
    else { return nil }
    let whole = Span(start: min(first.span.start, span.start), end: max(last.span.end, span.end))
    return Evidence.Context(
      before: article.text(of: Span(start: whole.start, end: span.start)),
      match: article.text(of: span),
      after: article.text(of: Span(start: span.end, end: whole.end)))
  }

  /// A chart as `r:chart{…}` stored it; the Lua side has checked its keys already.
  private static func chart(_ value: LuaValue, number: Int) throws(ReportError) -> ReportChart {
    let spec = value.tableValue
    func option(_ key: String) -> String? { spec?[key]?.stringValue }
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _: T.Type) throws(ReportError)
      -> T? where T.RawValue == String
    {
      guard let text = option(key) else { return nil }
      guard let value = T(rawValue: text) else {
        let known = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        throw ReportError(
          .invalidChart, "chart \(number): unknown \(key) '\(text)'; expected one of \(known)")
      }
      return value
    }
    guard let kind = try choice("kind", ReportChart.Kind.self) else {
      throw ReportError(.invalidChart, "chart \(number): kind is missing (bar, line, map…)")
    }
    guard let table = option("table") else {
      throw ReportError(
        .invalidChart, "chart \(number) (\(kind.rawValue)): table is missing: name the table")
    }
    var columns: [ReportChart.Channel: String] = [:]
    for channel in ReportChart.Channel.allCases {
      if let name = option(channel.rawValue) { columns[channel] = name }
    }
    return ReportChart(
      kind: kind, table: table, title: option("title"), columns: columns,
      time: try choice("time", ReportChart.TimeUnit.self),
      aggregate: try choice("aggregate", ReportChart.Aggregate.self))
  }

  private static func cell(_ value: LuaValue) -> ReportCell {
    switch value {
    case .nil: .null
    case .boolean(let b): .boolean(b)
    case .integer(let i): .integer(i)
    case .number(let d): .number(d)
    case .string(let s): .string(s)
    case .table, .opaque: .string(value.description)
    }
  }
}
