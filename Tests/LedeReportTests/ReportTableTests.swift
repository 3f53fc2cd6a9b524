import Testing

@testable import LedeReport

@Suite struct ReportTableTests {
  func table() throws -> ReportTable {
    try ReportTable(
      name: "sentiment",
      columns: [
        ReportColumn("article", .string), ReportColumn("compound", .number),
        ReportColumn("sentences", .integer), ReportColumn("opinion", .boolean),
      ])
  }

  func message(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch let error as ReportError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  @Test func namesRowColumnAndBadValue() throws {
    var t = try table()
    try t.add(row: ["a", 0.5, 3, true])
    try t.add(row: ["b", -0.1, 4, false])
    #expect(
      message { try t.add(row: ["c", "abc", 5, true]) }
        == #"row 3, column 'compound': expected number, got string "abc""#)
    #expect(
      message { try t.add(row: ["c", 0.1, 2.5, true]) }
        == "row 3, column 'sentences': expected integer, got number 2.5")
    #expect(
      message { try t.add(row: [1, 0.1, 2, true]) }
        == "row 3, column 'article': expected string, got integer 1")
    #expect(
      message { try t.add(row: ["c", 0.1, 2, "yes"]) }
        == #"row 3, column 'opinion': expected boolean, got string "yes""#)
    #expect(
      message { try t.add(row: ["c", 0.1]) }
        == "row 3: expected 4 values (article, compound, sentences, opinion), got 2")
    #expect(t.rows.count == 2)
  }

  @Test func errorsCarryACode() throws {
    var t = try table()
    #expect(
      throws: ReportError(
        .invalidRow, "row 1, column 'sentences': expected integer, got number 0.5")
    ) {
      try t.add(row: ["a", 1, 0.5, nil])
    }
  }

  @Test func convertsNumbersBetweenIntegerAndNumberColumns() throws {
    var t = try table()
    try t.add(row: ["a", 1, 3.0, nil])
    #expect(t.rows[0] == [.string("a"), .number(1), .integer(3), .null])
    #expect(
      message { try t.add(row: ["a", 1, .number(1e300), nil]) }
        == "row 2, column 'sentences': expected integer, got number 1e+300")
    #expect(
      message { try t.add(row: ["a", 1, .number(.nan), nil]) }
        == "row 2, column 'sentences': expected integer, got number NaN")
  }

  @Test func acceptsNullAndNonFiniteNumbers() throws {
    var t = try table()
    try t.add(row: [nil, .number(.nan), nil, nil])
    try t.add(row: [nil, .number(.infinity), nil, nil])
    #expect(t.rows.count == 2)
  }

  @Test func quotesLongStringsShortly() throws {
    var t = try table()
    let long = String(repeating: "x", count: 100)
    let text = message { try t.add(row: ["a", .string(long), 1, true]) } ?? ""
    #expect(text.hasSuffix("got string \"" + String(repeating: "x", count: 39) + "…\""))
  }

  @Test func rejectsBadDefinitions() {
    #expect(
      message { _ = try ReportTable(name: "t", columns: []) }
        == "table 't': a table needs at least one column")
    #expect(
      message {
        _ = try ReportTable(
          name: "t", columns: [ReportColumn("a", .string), ReportColumn("a", .number)])
      } == "table 't': duplicate column 'a'")
    #expect(
      message {
        _ = try ReportTable(name: "t", columns: [ReportColumn("a", .string, format: .decimals(2))])
      }
        == "table 't', column 'a': format 'decimals:2' needs an integer or number column, not string"
    )
    #expect(
      message {
        _ = try ReportTable(name: "t", columns: [ReportColumn("a", .number, format: .decimals(40))])
      } == "table 't', column 'a': 40 decimals is out of range (0 to 17)")
  }

  @Test func initialRowsAreChecked() {
    #expect(
      message {
        _ = try ReportTable(name: "t", columns: [ReportColumn("n", .integer)], rows: [[1], ["2"]])
      }
        == #"row 2, column 'n': expected integer, got string "2""#)
  }

  @Test func sortsStablyWithNullsLast() throws {
    var t = try ReportTable(
      name: "t", columns: [ReportColumn("k", .string), ReportColumn("v", .number)],
      rows: [["a", 1], ["b", nil], ["c", .number(.nan)], ["d", 3], ["e", 1], ["f", -2]])
    try t.sort(by: "v", descending: true)
    #expect(t.rows.map { $0[0] } == ["d", "a", "e", "f", "c", "b"])
    try t.sort(by: "v")
    #expect(t.rows.map { $0[0] } == ["f", "a", "e", "d", "c", "b"])
    try t.sort(by: "k", descending: true)
    #expect(t.rows.map { $0[0] } == ["f", "e", "d", "c", "b", "a"])
    #expect(
      message { try t.sort(by: "x") } == "table 't': no column 'x' to sort by (columns: k, v)")
  }
}
