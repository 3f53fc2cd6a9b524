import Testing

@testable import LedeReport

@Suite struct DecimalTextTests {
  @Test(arguments: [
    (2.675, 2, "2.68"),  // rounds the shortest digits, not the binary value
    (0.125, 2, "0.13"),
    (-0.0004, 3, "0.000"),  // no negative zero
    (-0.6124, 3, "-0.612"),
    (0.9996, 3, "1.000"),
    (9.95, 1, "10.0"),
    (0.6, 0, "1"),
    (1234.5, 0, "1235"),
    (0, 3, "0.000"),
    (1e-300, 3, "0.000"),
    (123456789.0, 2, "123456789.00"),
  ])
  func fixed(value: Double, decimals: Int, expected: String) throws {
    #expect(try #require(DecimalText(value)).fixed(decimals) == expected)
  }

  @Test(arguments: [
    (0.1 + 0.2, "0.30000000000000004"),
    (3.0, "3.0"),
    (-0.0, "0.0"),
    (1e-5, "0.00001"),
    (1e-7, "0.0000001"),
    (1.5e-8, "1.5e-8"),
    (1e16, "10000000000000000.0"),
    (9007199254740993.0, "9007199254740992.0"),
    (1e21, "1e+21"),
    (-47.8388, "-47.8388"),
  ])
  func shortest(value: Double, expected: String) throws {
    #expect(try #require(DecimalText(value)).shortest() == expected)
  }

  @Test func percentShiftsDigitsExactly() {
    #expect(DecimalText(0.4166667)?.shifted(by: 2).fixed(1) == "41.7")
    #expect(DecimalText(3).shifted(by: 2).fixed(0) == "300")
    #expect(DecimalText(Int.min).plain() == "-9223372036854775808.0")
  }

  @Test func nonFiniteHasNoDigits() {
    #expect(DecimalText(.nan) == nil)
    #expect(DecimalText(.infinity) == nil)
  }

  @Test func cellsShowByColumnFormat() {
    let plain = ReportColumn("x", .number)
    let percent = ReportColumn("x", .number, format: .percent(decimals: 1))
    #expect(CellText.display(.number(-0.61236), in: plain) == "-0.612")
    #expect(CellText.display(.number(0.125), in: percent) == "12.5%")
    #expect(CellText.display(.number(.nan), in: plain) == "NaN")
    #expect(CellText.display(.number(-.infinity), in: plain) == "-inf")
    #expect(CellText.display(.number(1e22), in: plain) == "1e+22")
    #expect(CellText.display(.integer(1_000_000), in: ReportColumn("n", .integer)) == "1000000")
    #expect(CellText.data(.number(.nan)) == "")
    #expect(CellText.data(.number(-0.6124)) == "-0.6124")
  }

  @Test func formatSpecsRoundTrip() {
    #expect(ReportColumn.Format(spec: "percent") == .percent(decimals: 1))
    #expect(ReportColumn.Format(spec: "percent:0") == .percent(decimals: 0))
    #expect(ReportColumn.Format(spec: "decimals:2") == .decimals(2))
    #expect(ReportColumn.Format(spec: "decimals") == nil)
    #expect(ReportColumn.Format(spec: "decimals:99") == nil)
    #expect(ReportColumn.Format(spec: "money") == nil)
    #expect(ReportColumn.Format.percent(decimals: 2).spec == "percent:2")
  }
}
