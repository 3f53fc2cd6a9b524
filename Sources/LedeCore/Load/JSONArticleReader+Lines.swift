import Foundation

extension JSONArticleReader {
  /// Bytes of JSON Lines read as one unit of work: large files are cut at line ends into
  /// slices of about this size and the slices parsed on all cores.
  static let linesSliceBytes = 1 << 20

  /// One slice of a JSON Lines document: its bytes and the number of its first line.
  struct LineSlice: Sendable {
    var bytes: Range<Int>
    var firstLine: Int
  }

  /// Reads a JSON Lines document, slice by slice on all cores; articles and issues keep the
  /// order of the lines.
  func readLines(_ document: SourceDocument) -> ReadResult {
    let slices = JSONArticleReader.lineSlices(of: document.text)
    let results = ConcurrentMap.map(slices, minimumCount: 2) { slice in
      readLines(slice, of: document)
    }
    guard results.count != 1 else { return results[0] }
    var result = ReadResult()
    result.articles.reserveCapacity(results.reduce(0) { $0 + $1.articles.count })
    for part in results {
      result.articles += part.articles
      result.issues += part.issues
    }
    return result
  }

  /// Cuts the text into slices that end after a line feed, and numbers their first lines.
  static func lineSlices(of text: String) -> [LineSlice] {
    text.utf8.withContiguousStorageIfAvailable { bytes -> [LineSlice] in
      var slices: [LineSlice] = []
      var start = 0
      var line = 1
      while start < bytes.count {
        var end = min(start + linesSliceBytes, bytes.count)
        while end < bytes.count, bytes[end - 1] != 0x0A { end += 1 }
        slices.append(LineSlice(bytes: start..<end, firstLine: line))
        line += JSONArticleReader.lineFeeds(in: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        start = end
      }
      return slices
    } ?? [LineSlice(bytes: 0..<text.utf8.count, firstLine: 1)]
  }

  private func readLines(_ slice: LineSlice, of document: SourceDocument) -> ReadResult {
    var text = document.text
    return text.withUTF8 { all in
      var result = ReadResult()
      var lineNumber = slice.firstLine - 1
      var start = slice.bytes.lowerBound
      let end = slice.bytes.upperBound
      while start < end {
        var stop = start
        while stop < end, all[stop] != 0x0A { stop += 1 }
        lineNumber += 1
        let line = UnsafeBufferPointer(rebasing: all[start..<stop])
        start = stop + 1
        if ArticleBuilder.isBlank(line) { continue }
        do throws(JSONParseError) {
          let value = try JSONParser.parse(line)
          collect(value, document: document, line: lineNumber, label: nil, into: &result)
        } catch {
          result.issues.append(
            LoadIssue(
              path: document.path, line: lineNumber,
              "malformed JSON: \(error.message) (column \(error.column)); line skipped"))
        }
      }
      return result
    }
  }

  /// The number of line feeds in `bytes`, found with `memchr` (news lines are long).
  static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard var p = bytes.baseAddress.map(UnsafeRawPointer.init) else { return 0 }
    let end = p + bytes.count
    var count = 0
    while p < end, let found = memchr(p, 0x0A, end - p) {
      count += 1
      p = UnsafeRawPointer(found) + 1
    }
    return count
  }
}
