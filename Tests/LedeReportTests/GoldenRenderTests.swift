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
    try Golden.check(CSVRenderer().render(SampleReport.make()), named: "sample-csv")
  }

  @Test func markdown() throws {
    try Golden.check(MarkdownRenderer().render(SampleReport.make()), named: "sample-md")
  }

  @Test func geoJSON() throws {
    try Golden.check(GeoJSONRenderer().render(SampleReport.make()), named: "sample-geojson")
  }

  @Test(arguments: ReportFormat.allCases)
  func sameInputSameBytes(format: ReportFormat) throws {
    let first = try format.render(SampleReport.make(), width: 60)
    let second = try format.render(SampleReport.make(), width: 60)
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
