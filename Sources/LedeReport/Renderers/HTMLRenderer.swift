import LedeCore

/// Renders a report as one self-contained HTML page that opens offline.
///
/// The page embeds the report once, as the JSON document `JSONRenderer` writes (in a
/// `<script type="application/json" id="lede-report">`), beside the chart declarations and the
/// evidence's paragraphs; its own script (`web/report.js` in the data folder) builds the
/// sortable tables with their CSV downloads, the charts, the notes and the evidence from them,
/// using `textContent` only, so no string from the data is ever parsed as HTML. Vega (bars,
/// lines, scatter plots, networks) and Leaflet with the Natural Earth countries (maps) are
/// embedded only when a chart needs them. A Content-Security-Policy forbids every request
/// (`default-src 'none'`), so the page can neither fetch nor leak anything.
public struct HTMLRenderer: ReportRenderer {
  /// An HTML renderer reading its scripts from Lede's data folder.
  public init() {}

  /// Reads an embedded file; a missing one is a `missingAsset` error naming it.
  static func asset(_ name: String) throws(ReportError) -> String {
    do {
      let bytes = try BundledData.bytes("web/" + name)
      let text = String(decoding: bytes, as: UTF8.self)
      // Inside <script> and <style> only these sequences end or confuse the element.
      for bad in ["</script", "</style", "<!--"] where text.lowercased().contains(bad) {
        throw ReportError(
          .missingAsset,
          DataFileError.corrupt("web/" + name, "contains '\(bad)', which cannot be embedded")
            .description)
      }
      return text
    } catch let error as ReportError {
      throw error
    } catch {
      throw ReportError(.missingAsset, "\(error)")
    }
  }

  /// The page for `report`.
  ///
  /// - Throws: `ReportError` with code `missingAsset` when a script the page needs is not in
  ///   the data folder.
  public func render(_ report: Report) throws -> String {
    let needsMap = report.charts.contains { $0.kind == .map }
    let needsVega = report.charts.contains { $0.kind != .map }
    var page = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="\(Self.policy)">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="Lede">
      <title>\(Self.escape(report.title))</title>

      """
    if needsMap { page += "<style>\n\(try Self.asset("leaflet.css"))</style>\n" }
    page += "<style>\n\(try Self.asset("report.css"))</style>\n"
    // First, so that errors raised while the libraries load are recorded too.
    page += "<script>\n\(try Self.asset("watch.js"))</script>\n"
    page += "</head>\n<body>\n<header>\n<h1>\(Self.escape(report.title))</h1>\n</header>\n"
    page += "<noscript><p>This report draws its tables and charts with JavaScript; "
    page += "the same data is in `lede report … --format json`.</p></noscript>\n"
    page += "<main id=\"lede\"></main>\n"
    page += Self.data("lede-report", JSONRenderer().document(for: report))
    page += Self.data("lede-charts", .array(report.charts.map(Self.chart)))
    page += Self.data("lede-context", .array(report.evidence.map(Self.context)))
    // The CSV downloads are named as `--format csv --output DIR` names its files.
    page += Self.data(
      "lede-files",
      .array(report.tables.map { .string(Report.fileName(forTable: $0.name) + ".csv") }))
    if needsMap { page += Self.dataText("lede-basemap", try Self.asset("countries.json")) }
    if needsVega { page += "<script>\n\(try Self.asset("vega.min.js"))</script>\n" }
    if needsMap { page += "<script>\n\(try Self.asset("leaflet.min.js"))</script>\n" }
    page += "<script>\n\(try Self.asset("charts.js"))</script>\n"
    page += "<script>\n\(try Self.asset("report.js"))</script>\n"
    page += "</body>\n</html>\n"
    return page
  }

  /// No request of any kind: scripts and styles are inline, images only `data:` and `blob:`
  /// (Vega's PNG export, the CSV links). Vega compiles its expressions with `Function`, hence
  /// 'unsafe-eval'.
  static let policy =
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; "
    + "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; "
    + "form-action 'none'; base-uri 'none'"

  /// `text` safe as HTML text and attribute values.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// A JSON value in a data block; `<` is written `\u003c` so that no string in it can end
  /// the script element, and the line separators are escaped for old parsers.
  static func data(_ id: String, _ value: JSONValue) -> String {
    dataText(id, JSONWriter.encode(value))
  }

  private static func dataText(_ id: String, _ json: String) -> String {
    var safe = ""
    safe.reserveCapacity(json.utf8.count)
    for scalar in json.unicodeScalars {
      switch scalar {
      case "<": safe += "\\u003c"
      case "\u{2028}": safe += "\\u2028"
      case "\u{2029}": safe += "\\u2029"
      default: safe.unicodeScalars.append(scalar)
      }
    }
    let body = safe.hasSuffix("\n") ? safe : safe + "\n"
    return "<script type=\"application/json\" id=\"\(id)\">\n\(body)</script>\n"
  }

  private static func chart(_ chart: ReportChart) -> JSONValue {
    let columns = chart.columns.sorted { $0.key < $1.key }.map {
      ($0.key.rawValue, JSONValue.string($0.value))
    }
    return .object(
      JSONObject([
        ("kind", .string(chart.kind.rawValue)),
        ("table", .string(chart.table)),
        ("title", chart.title.map(JSONValue.string) ?? .null),
        ("time", chart.time.map { .string($0.rawValue) } ?? .null),
        ("aggregate", chart.aggregate.map { .string($0.rawValue) } ?? .null),
        ("columns", .object(JSONObject(columns))),
      ]))
  }

  /// The paragraph around a piece of evidence (the report's JSON has its article's path and
  /// number already); null when the evidence has no span.
  private static func context(_ item: Evidence) -> JSONValue {
    guard let context = item.context else { return .null }
    return .object(
      JSONObject([
        ("before", .string(context.before)), ("match", .string(context.match)),
        ("after", .string(context.after)),
      ]))
  }
}
