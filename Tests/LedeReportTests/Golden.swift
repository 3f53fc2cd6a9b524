import Foundation
import Testing

/// Golden files next to the tests: `Golden/<name>.golden`.
///
/// A missing file is recorded and the test fails, so a new golden is always looked at once;
/// `RECORD_SNAPSHOTS=1` re-records every file on purpose (and fails too, so a recording run
/// never passes by accident).
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func check(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name + ".golden")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    if record || !FileManager.default.fileExists(atPath: url.path) {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      Issue.record(
        "Recorded golden file \(url.lastPathComponent); check it and run the tests again",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    guard actual != expected else { return }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
    let got = line < a.count ? String(a[line]) : "<end>"
    let want = line < e.count ? String(e[line]) : "<end>"
    Issue.record(
      """
      \(url.lastPathComponent) differs at line \(line + 1) \
      (RECORD_SNAPSHOTS=1 re-records it):
        expected: \(want)
        actual:   \(got)
      """, sourceLocation: sourceLocation)
  }
}
