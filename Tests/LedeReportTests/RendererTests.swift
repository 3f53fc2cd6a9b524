import Testing

@testable import LedeReport

@Suite struct RendererTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", #""a,b""#),
    (#"say "hi""#, #""say ""hi""""#),
    ("two\nlines", "\"two\nlines\""),
    ("cr\r\nlf", "\"cr\r\nlf\""),
    (" padded", "\" padded\""),
    ("Пхеньян", "Пхеньян"),
    ("", ""),
  ])
  func csvQuotesWhatReadersWouldMisread(value: String, expected: String) {
    #expect(CSVRenderer.field(value) == expected)
  }

  @Test func csvQuotesALeadingHashOnlyFirstInARecord() {
    #expect(CSVRenderer.field("#1", first: true) == ##""#1""##)
    #expect(CSVRenderer.field("#1") == "#1")
  }

  @Test func csvOfOneTableIsPlain() throws {
    let table = try ReportTable(
      name: "t", columns: [ReportColumn("name", .string), ReportColumn("score", .number)],
      rows: [["a, b", .number(0.1 + 0.2)], ["c", .number(.nan)], [nil, 1]])
    let report = Report(title: "T", tables: [table], notes: ["not in CSV"])
    #expect(
      try CSVRenderer().render(report) == "name,score\n\"a, b\",0.30000000000000004\nc,\n,1.0\n")
    #expect(try CSVRenderer(lineEnding: "\r\n").render(report).hasPrefix("name,score\r\n"))
  }

  @Test func csvRefusesSeveralTablesAndOneCanBeChosen() throws {
    let report = try SampleReport.make()
    #expect(throws: ReportError.self) { try CSVRenderer().render(report) }
    let places = try CSVRenderer().render(report.only(table: "places"))
    #expect(!places.contains("# "), "\(places)")
    #expect(places.hasPrefix("name,"), "\(places)")
    #expect(throws: ReportError.self) { try report.only(table: "nosuch") }
    #expect(Report.fileName(forTable: "Top terms (all)") == "top-terms-all")
  }

  @Test func onlyTheTextRendererShortensCells() throws {
    let long = String(repeating: "word ", count: 60) + "end"
    let table = try ReportTable(
      name: "t", columns: [ReportColumn("quote", .string)], rows: [[.string(long)]])
    let report = Report(title: "T", tables: [table])
    #expect(try CSVRenderer().render(report).contains(long))
    #expect(JSONRenderer().render(report).contains(long))
    #expect(!TextRenderer(width: 60).render(report).contains(long))
    #expect(TextRenderer(width: 60).render(report).contains("…"))
  }

  @Test func jsonWritesNullForNonFiniteNumbers() throws {
    let table = try ReportTable(
      name: "t", columns: [ReportColumn("x", .number)],
      rows: [[.number(.nan)], [.number(-.infinity)]])
    let json = JSONRenderer().render(Report(title: "T", tables: [table]))
    #expect(json.contains(#""x": null"#))
    #expect(!json.contains("nan") && !json.contains("inf"))
  }

  @Test func geoJSONNeedsCoordinates() throws {
    let table = try ReportTable(
      name: "words", columns: [ReportColumn("word", .string), ReportColumn("lat", .number)])
    let report = Report(title: "No map", tables: [table])
    #expect(
      throws: ReportError(
        .noCoordinates,
        "GeoJSON needs a table with number columns 'lat' and 'lon' (or 'latitude' and "
          + "'longitude'); tables: words (word, lat)")
    ) { try GeoJSONRenderer().render(report) }
    #expect(throws: ReportError.self) { try ReportFormat.geojson.render(Report(title: "Empty")) }
  }

  @Test func geoJSONReadsLatitudeAndLongitude() throws {
    let table = try ReportTable(
      name: "cities",
      columns: [
        ReportColumn("Latitude", .number), ReportColumn("name", .string),
        ReportColumn("Longitude", .number),
      ],
      rows: [[55.75, "Moscow", 37.62], [nil, "Nowhere", nil]])
    let out = try GeoJSONRenderer().render(Report(title: "Cities", tables: [table]))
    #expect(
      out == """
        {
          "type": "FeatureCollection",
          "title": "Cities",
          "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [37.62, 55.75]}, \
        "properties": {"name": "Moscow"}}
          ]
        }

        """)
  }

  @Test func geoJSONRejectsOutOfRangeCoordinates() throws {
    let table = try ReportTable(
      name: "p", columns: [ReportColumn("lat", .number), ReportColumn("lon", .number)],
      rows: [[10, 20], [95, 20]])
    #expect(
      throws: ReportError(
        .invalidCoordinate,
        "table 'p', row 2: coordinates lat 95.0, lon 20.0 are out of range (lat -90 to 90, "
          + "lon -180 to 180)")
    ) { try GeoJSONRenderer().render(Report(title: "P", tables: [table])) }
  }

  @Test func markdownEscapesPipesAndLineBreaks() {
    #expect(MarkdownRenderer.escape("a | b\nc") == #"a \| b c"#)
  }

  /// A hard-wrapped line's break and indentation are one space in a cell; spaces within a line stay.
  @Test func aBreakAndItsIndentationAreOneSpace() {
    #expect(CellText.singleLine("nearly\n            $1,000") == "nearly $1,000")
    #expect(CellText.singleLine("end.  \r\n\t  Next  two") == "end. Next  two")
    #expect(CellText.singleLine("cr\r\nlf") == "cr lf")
  }

  @Test func textKeepsNumbersWholeAndCutsText() throws {
    let table = try ReportTable(
      name: "t",
      columns: [ReportColumn("headline", .string), ReportColumn("score", .number)],
      rows: [[.string(String(repeating: "word ", count: 20)), 123456.789]])
    let text = TextRenderer(width: 30).render(Report(title: "", tables: [table]))
    #expect(
      text == """
        t
        headline                 score
        ------------------  ----------
        word word word wo…  123456.789

        """)
  }

  /// Numbers that leave a name too few cells push the last columns out, named under the table,
  /// rather than cutting "Vladimir Putin" to "Vladi…".
  @Test func textLeavesOutLastColumnsRatherThanCutNames() throws {
    let table = try ReportTable(
      name: "t",
      columns: [
        ReportColumn("entity", .string), ReportColumn("mentions", .integer),
        ReportColumn("positive", .integer), ReportColumn("negative", .integer),
      ],
      rows: [["Vladimir Putin", 9, 1, 5]])
    let text = TextRenderer(width: 30).render(Report(title: "", tables: [table]))
    #expect(
      text == """
        t
        entity          mentions
        --------------  --------
        Vladimir Putin         9
        (left out at 30 cells:
        “positive”, “negative”; 42
        cells show them)

        """)
    // Numbers alone, or a table with no rows, keep every column.
    let numbers = try ReportTable(
      name: "n", columns: (1...6).map { ReportColumn("count \($0)", .integer) },
      rows: [[1, 2, 3, 4, 5, 6]])
    #expect(
      !TextRenderer(width: 30).render(Report(title: "", tables: [numbers])).contains("left out"))
    let empty = try ReportTable(name: "e", columns: table.columns, rows: [])
    #expect(
      !TextRenderer(width: 30).render(Report(title: "", tables: [empty])).contains("left out"))
    let wide = TextRenderer(width: 44).render(Report(title: "", tables: [table]))
    #expect(wide.contains("Vladimir Putin         9         1         5"), "\(wide)")
    #expect(!wide.contains("left out"))
  }

  @Test func textReflowsEvidenceWrittenWithHardLineBreaks() {
    let evidence = Evidence(
      text: "The mayor said the plan was a\ndisaster and a waste.", articleID: "a1")
    let text = TextRenderer(width: 80).render(Report(title: "", evidence: [evidence]))
    #expect(text.contains("“The mayor said the plan was a disaster and a waste.”"))
  }

  @Test func formatsByName() {
    #expect(ReportFormat(name: "markdown") == .md)
    #expect(ReportFormat(name: "GeoJSON") == .geojson)
    #expect(ReportFormat(name: "xml") == nil)
    #expect(ReportFormat(pathExtension: "geojson") == .geojson)
    #expect(ReportFormat.text.fileExtension == "txt")
  }
}
