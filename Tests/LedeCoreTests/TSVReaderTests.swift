import Testing

@testable import LedeCore

/// The one reader of tab-separated data files.
@Suite struct TSVReaderTests {
  @Test func readsFieldsLinesAndNumbers() {
    let bytes = Array("# header\nalpha\t1.5\t7\r\n\nbeta\n#-)\t-2\n\tgap\t\n".utf8)
    var rows: [(Int, [String])] = []
    TSVReader.forEachRow(bytes, comments: true) { row in
      rows.append((row.line, (0..<row.count).map { row.string($0) }))
    }
    #expect(rows.map(\.0) == [2, 4, 6])
    #expect(rows.map(\.1) == [["alpha", "1.5", "7"], ["beta"], ["", "gap", ""]])

    var keys: [String] = []
    var numbers: [Double?] = []
    var integers: [Int?] = []
    TSVReader.forEachRow(bytes, comments: false) { row in
      keys.append(row.string(0))
      numbers.append(row.decimal(1))
      integers.append(row.integer(2))
    }
    #expect(keys == ["# header", "alpha", "beta", "#-)", ""])
    #expect(numbers == [nil, 1.5, nil, -2, nil])
    #expect(integers == [nil, 7, nil, nil, nil])
  }

  @Test func rowsDropCommentsBlankKeysAndLeadingSpaces() {
    let bytes = Array("# list\n  Moscow\tRU\n \t\n\tno key\nKyiv\n".utf8)
    #expect(TSVReader.rows(bytes) == [["Moscow", "RU"], ["Kyiv"]])
  }

  @Test func rowsDropSpacesAsCharactersDo() {
    // Every field loses its leading spaces; a space that a combining mark follows is one
    // `Character` with it, and stays; spaces inside and after a field stay.
    let bytes = Array("  São Paulo \t  BR\n \u{301}x\t y\n   \tz\n".utf8)
    #expect(TSVReader.rows(bytes) == [["São Paulo ", "BR"], [" \u{301}x", "y"]])
  }

  @Test func decimalsParseAsDoubleDoes() {
    for text in ["-1.5", "2.0", "0.9", "-0.4", "3.14159", "+0.25", "7", "-0.001", "2.30"] {
      let bytes = Array(text.utf8)
      let parsed = bytes.withUnsafeBufferPointer { TSVReader.decimal($0, 0..<bytes.count) }
      #expect(parsed == Double(text))
    }
    for bad in ["1.2.3x", "", "-", "1e5"] {
      let bytes = Array(bad.utf8)
      #expect(bytes.withUnsafeBufferPointer { TSVReader.decimal($0, 0..<bytes.count) } == nil)
    }
  }
}
