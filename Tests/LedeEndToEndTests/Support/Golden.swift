import Foundation
import Testing

/// Compares output with a golden file next to the tests.
///
/// A missing golden file is recorded and the test fails, so a new golden is always looked at;
/// `RECORD_SNAPSHOTS=1` re-records on purpose.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

  static func check(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = directory.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "recorded golden file \(name); check it and run again", sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let firstDifference = zip(expectedLines, actualLines).enumerated().first { $1.0 != $1.1 }
      let line = firstDifference?.offset ?? min(expectedLines.count, actualLines.count)
      let want = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
      let got = line < actualLines.count ? String(actualLines[line]) : "<end>"
      Issue.record(
        "output differs from golden \(name) at line \(line + 1):\n  expected: \(want.prefix(300))\n  actual:   \(got.prefix(300))\n(RECORD_SNAPSHOTS=1 re-records)",
        sourceLocation: sourceLocation)
    }
  }
}
