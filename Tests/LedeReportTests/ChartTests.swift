import Testing

@testable import LedeReport

/// Charts are checked against their report's tables when the report is built, with messages
/// that name the chart, the table and the column.
@Suite struct ChartTests {
  static func report() throws -> Report {
    let places = try ReportTable(
      name: "places",
      columns: [
        ReportColumn("place", .string), ReportColumn("mentions", .integer),
        ReportColumn("lat", .number), ReportColumn("lon", .number), ReportColumn("date", .string),
      ])
    return Report(title: "Places", tables: [places])
  }

  func message(_ chart: ReportChart) throws -> String? {
    do {
      _ = try chart.resolved(in: try Self.report(), number: 2)
      return nil
    } catch let error as ReportError {
      #expect(error.code == .invalidChart)
      return error.message
    }
  }

  @Test func aMapTakesTheTablesCoordinatesByDefault() throws {
    let chart = try ReportChart(kind: .map, table: "places", columns: [.size: "mentions"])
      .resolved(in: Self.report(), number: 1)
    #expect(chart.columns == [.lat: "lat", .lon: "lon", .size: "mentions"])
  }

  @Test func errorsNameTheChartTableAndColumn() throws {
    #expect(
      try message(ReportChart(kind: .bar, table: "place", columns: [.x: "place"]))
        == "chart 2 (bar): no table 'place'; the report has: 'places'")
    #expect(
      try message(ReportChart(kind: .bar, table: "places", columns: [.x: "place", .y: "mention"]))
        == "chart 2 (bar over 'places'): no column 'mention' for y; the table has: place, "
        + "mentions, lat, lon, date")
    #expect(
      try message(ReportChart(kind: .bar, table: "places", columns: [.x: "place", .y: "date"]))
        == "chart 2 (bar over 'places'): y needs an integer or number column; 'date' is string")
    #expect(
      try message(ReportChart(kind: .line, table: "places", columns: [.x: "place"]))
        == "chart 2 (line over 'places'): y is missing: name the column it shows")
    #expect(
      try message(
        ReportChart(kind: .bar, table: "places", columns: [.x: "place", .y: "lat", .lo: "lat"]))
        == "chart 2 (bar over 'places'): give lo and hi together: they are the two ends of the "
        + "interval")
    #expect(
      try message(
        ReportChart(kind: .network, table: "places", columns: [.source: "place", .x: "a"]))
        == "chart 2 (network over 'places'): a network chart takes no x; it takes source, target, "
        + "weight, color")
    #expect(
      try message(
        ReportChart(
          kind: .line, table: "places", columns: [.x: "mentions", .y: "lat"], time: .week))
        == "chart 2 (line over 'places'): time needs dates as text (ISO 8601) on x; 'mentions' is "
        + "integer")
    #expect(
      try message(
        ReportChart(
          kind: .bar, table: "places", columns: [.x: "date", .y: "mentions"], aggregate: .count))
        == "chart 2 (bar over 'places'): aggregate 'count' counts rows: leave y out")
  }

  @Test func countingRowsNeedsNoY() throws {
    let chart = ReportChart(
      kind: .bar, table: "places", columns: [.x: "date"], time: .month, aggregate: .count)
    #expect(try message(chart) == nil)
  }

  @Test func htmlEmbedsDataSoNoStringEndsItsElement() throws {
    var report = try Self.report()
    report.title = "</title><script>alert(1)</script>"
    try report.tables[0].add(row: ["</script><!-- \u{2028}", 1, 1.5, 2.5, nil])
    report.charts = [ReportChart(kind: .map, table: "places", columns: [.lat: "lat", .lon: "lon"])]
    let page = try HTMLRenderer().render(report)
    #expect(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
    #expect(page.contains(#"\u003c/script>\u003c!-- \u2028"#))
    #expect(!page.contains("</script><!--"))
    // A map page needs Leaflet and the countries, not Vega.
    #expect(page.contains("id=\"lede-basemap\"") && !page.contains("window.vegaEmbed="))
    // One file: nothing is linked, every script and style is inline.
    #expect(!page.contains("<link") && !page.contains("<script src") && !page.contains("<img"))
  }
}
