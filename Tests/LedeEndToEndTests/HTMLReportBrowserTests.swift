import Foundation
import Testing

/// Every shipped plugin's HTML report of the seeds, opened in headless Chromium with the
/// network cut off: each chart rendered, no error, no blocked request, and the data shown is the
/// report's JSON. Screenshots are kept in `.build/html-reports/` to look at.
@Suite(.serialized) struct HTMLReportBrowserTests {
  static let reports: [(name: String, arguments: [String])] = [
    ("overview", ["overview"]),
    ("quotes", ["quotes"]),
    ("sentiment", ["sentiment"]),
    ("sentiment-entity", ["sentiment", "--param", "by=entity"]),
    ("geography", ["geography"]),
    ("geography-country", ["geography", "--param", "by=country"]),
    ("stance", ["stance"]),
    ("stance-network", ["stance", "--param", "view=network"]),
  ]

  static let artifacts = LedeCLI.root.appendingPathComponent(".build/html-reports")

  @Test(arguments: reports.map(\.name))
  func shippedPluginPageRendersOffline(name: String) throws {
    let arguments = try #require(Self.reports.first { $0.name == name }).arguments
    try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
    let page = Self.artifacts.appendingPathComponent("\(name).html")
    let made = try LedeCLI.run(["report"] + arguments + ["seeds", "--output", page.path])
    #expect(made.status == 0, "\(made.stderr)")
    let json = try LedeCLI.run(["report"] + arguments + ["seeds", "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: page.path)[.size] as? Int)
    #expect(size < 1_500_000, "\(name).html is \(size) bytes")

    let browser = try HeadlessBrowser()
    let (html, seconds) = try browser.dom(of: page)
    let dom = PageDOM(html: html)
    let root = try #require(dom.attributes(of: "html"), "no <html> in the DOM of \(name)")
    #expect(root["data-state"] == "done", "\(name): the page did not finish")
    #expect(root["data-errors"] == "[]", "\(name): \(root["data-errors"] ?? "?")")
    #expect(root["data-blocked"] == "[]", "\(name): \(root["data-blocked"] ?? "?")")

    // The report is embedded once, and it is the JSON document --format json writes.
    let embedded = try #require(dom.dataBlock("lede-report"))
    let shown = try JSONSerialization.jsonObject(with: Data(embedded.utf8)) as? NSDictionary
    let expected = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? NSDictionary
    #expect(shown != nil && shown == expected, "\(name): the embedded report differs from JSON")
    let report = try #require(expected as? [String: Any])
    let tables = try #require(report["tables"] as? [[String: Any]])

    // Every table shows every row and value.
    for table in tables {
      let tableName = try #require(table["name"] as? String)
      let columns = try #require(table["columns"] as? [[String: Any]])
      let rows = try #require(table["rows"] as? [[String: Any]])
      let cells = try #require(dom.tableCells(tableName), "\(name): no table '\(tableName)'")
      #expect(cells.count == rows.count, "\(name), '\(tableName)': \(cells.count) rows shown")
      for (row, shownRow) in zip(rows, cells) {
        for (column, text) in zip(columns, shownRow) {
          let columnName = column["name"] as? String ?? ""
          #expect(
            Self.shows(text, row[columnName], column),
            "\(name), '\(tableName)', \(columnName): shows '\(text)' for \(row[columnName] ?? "nil")"
          )
        }
      }
    }

    // Each table's CSV link holds what `--format csv --table NAME` writes.
    let links = dom.allAttributes(of: "a", containing: "data-csv-table=")
    for table in tables {
      let tableName = table["name"] as? String ?? ""
      let link = try #require(links.first { $0["data-csv-table"] == tableName })
      let href = link["href"] ?? ""
      let prefix = "data:text/csv;charset=utf-8,"
      #expect(href.hasPrefix(prefix), "\(name), '\(tableName)': \(href.prefix(40))")
      let csv = try LedeCLI.run(
        ["report"] + arguments + ["seeds", "--format", "csv", "--table", tableName])
      #expect(
        String(href.dropFirst(prefix.count)).removingPercentEncoding == csv.stdout,
        "\(name), '\(tableName)': the CSV link differs from --format csv")
    }

    // Every chart is drawn, with every row of its table (a map: those with coordinates).
    let charts =
      try JSONSerialization.jsonObject(
        with: Data(try #require(dom.dataBlock("lede-charts")).utf8)) as? [[String: Any]] ?? []
    let figures = dom.allAttributes(of: "figure", containing: "data-chart=")
    #expect(!charts.isEmpty, "\(name): no chart declared")
    #expect(figures.count == charts.count, "\(name): \(figures.count) of \(charts.count) charts")
    for (chart, figure) in zip(charts, figures) {
      #expect(figure["data-rendered"] == "true", "\(name): chart \(figure["data-chart"] ?? "?")")
      let table = tables.first { $0["name"] as? String == chart["table"] as? String }
      let rows = table?["rows"] as? [[String: Any]] ?? []
      let columns = chart["columns"] as? [String: String] ?? [:]
      let drawn =
        chart["kind"] as? String == "map"
        ? rows.filter {
          $0[columns["lat"] ?? ""] is NSNumber && $0[columns["lon"] ?? ""] is NSNumber
        }
        .count
        : rows.count
      #expect(
        figure["data-marks"] == String(drawn), "\(name): chart \(figure["data-chart"] ?? "?")")
    }

    let screenshot = Self.artifacts.appendingPathComponent("\(name).png")
    try browser.screenshot(of: page, to: screenshot)
    print(
      "html report \(name): \(size) bytes, browser \(String(format: "%.2f", seconds)) s, "
        + "page render \(root["data-render-ms"] ?? "?") ms, screenshot \(screenshot.path)")
  }

  @Test func hostileStringsInTheDataStayText() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("lede-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let evil =
      "</script><script>document.documentElement.setAttribute('data-pwned','script')</script>"
      + "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">"
      + "<!-- &amp; \" ' \u{2028} ${x} {{y}}"
    try """
    local evil = \(Self.luaString(evil))
    return {
      name = "hostile", version = "1.0", description = "hostile strings everywhere", params = {},
      run = function(corpus)
        local r = lede.report { title = evil, summary = evil }
        local t = r:table { name = evil, title = evil,
          columns = { { evil, "string" }, { "n", "integer" }, { "lat", "number" }, { "lon", "number" } } }
        t:add { evil, 1, 10, 20 }
        r:note(evil)
        r:evidence { text = evil, label = evil, row = evil, article = corpus[1] }
        r:chart { kind = "bar", table = evil, title = evil, x = evil, y = "n", color = evil }
        r:chart { kind = "map", table = evil, title = evil, label = evil, color = evil }
        return r
      end,
    }
    """.write(to: folder.appendingPathComponent("hostile.lua"), atomically: true, encoding: .utf8)
    let page = folder.appendingPathComponent("hostile.html")
    let made = try LedeCLI.run([
      "report", "hostile", "seeds", "--plugins", folder.path,
      "--output", page.path,
    ])
    #expect(made.status == 0, "\(made.stderr)")
    let (html, _) = try HeadlessBrowser().dom(of: page)
    let dom = PageDOM(html: html)
    let root = try #require(dom.attributes(of: "html"))
    #expect(root["data-pwned"] == nil)
    #expect(root["data-state"] == "done")
    #expect(root["data-errors"] == "[]", "\(root["data-errors"] ?? "?")")
    #expect(root["data-blocked"] == "[]", "\(root["data-blocked"] ?? "?")")
    #expect(
      dom.tableCells(evil)?.first?.first == evil.replacingOccurrences(of: "\u{2028}", with: " "))
    #expect(html.contains("<title>") && !html.contains("<img src=\"x\""))
    let figures = dom.allAttributes(of: "figure", containing: "data-chart=")
    #expect(figures.map { $0["data-rendered"] } == ["true", "true"])
  }

  /// Whether a cell's text shows `value` of `column` as the text renderer would.
  static func shows(_ text: String, _ value: Any?, _ column: [String: Any]) -> Bool {
    switch value {
    case nil, is NSNull: return text.isEmpty
    case let string as String:
      let controls = string.unicodeScalars.map { scalar -> String in
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || scalar == "\u{2028}"
          || scalar == "\u{2029}" ? " " : String(scalar)
      }
      return text == controls.joined()
    case let number as NSNumber:
      if column["type"] as? String == "boolean" {
        return text == (number.boolValue ? "true" : "false")
      }
      if column["type"] as? String == "integer" && column["format"] is NSNull {
        return text == number.stringValue
      }
      let format = column["format"] as? String ?? "decimals:3"
      let percent = format.hasPrefix("percent")
      let decimals = Int(format.split(separator: ":").last ?? "") ?? (percent ? 1 : 3)
      guard let shown = Double(percent ? String(text.dropLast()) : text) else { return false }
      let exact = number.doubleValue * (percent ? 100 : 1)
      return abs(shown - exact) <= 0.5 * pow(10, Double(-decimals)) + 1e-9
    default: return false
    }
  }

  static func luaString(_ text: String) -> String {
    "\""
      + text.unicodeScalars.map { scalar -> String in
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case _ where scalar.value > 0x7E || scalar.value < 0x20:
          return "\\u{\(String(scalar.value, radix: 16))}"
        default: return String(scalar)
        }
      }.joined() + "\""
  }
}
