import Testing

@testable import LedeReport

@Suite struct GoldenRenderTests {
  @Test func textAtWidth60() throws {
    try Golden.check(TextRenderer(width: 60).render(SampleReport.make()), named: "sample-text-60")
  }

  @Test func textAtWidth100() throws {
    try Golden.check(TextRenderer(width: 100).render(SampleReport.make()), named: "sample-text-100")
  }

  @Test func json() throws {
    try Golden.check(JSONRenderer().render(SampleReport.make()), named: "sample-json")
  }

  @Test func csv() throws {
    let report = try SampleReport.make()
    for table in report.tables {
      try Golden.check(
        CSVRenderer().render(report.only(table: table.name)), named: "sample-csv-\(table.name)")
    }
  }

  @Test func markdown() throws {
    try Golden.check(MarkdownRenderer().render(SampleReport.make()), named: "sample-md")
  }

  @Test func geoJSON() throws {
    try Golden.check(GeoJSONRenderer().render(SampleReport.make()), named: "sample-geojson")
  }

  @Test(arguments: ReportFormat.allCases)
  func sameInputSameBytes(format: ReportFormat) throws {
    // CSV holds one table.
    let report =
      try format == .csv ? SampleReport.make().only(table: "places") : SampleReport.make()
    let first = try format.render(report, width: 60)
    let second = try format.render(report, width: 60)
    #expect(first == second)
    #expect(first.hasSuffix("\n"))
  }

  @Test func textLinesFitTheWidth() throws {
    let text = TextRenderer(width: 60).render(try SampleReport.make())
    for line in text.split(separator: "\n") {
      #expect(DisplayWidth.of(line) <= 60, "\(line)")
    }
  }
}
