import Foundation
import Testing

@testable import LedeLua

/// The reference in `Sources/LedeLua/Reference.md` is the API as declared: an API-surface
/// snapshot. A change to the API changes this file, on purpose (`RECORD_SNAPSHOTS=1`).
@Suite struct APIReferenceTests {
  @Test func referenceMatchesTheDeclarations() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/LedeLua/Reference.md")
    let actual = APIReference.markdown()
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded Sources/LedeLua/Reference.md; check it and run again")
      return
    }
    #expect(expected == actual, "the API changed: re-record Reference.md with RECORD_SNAPSHOTS=1")
  }
}
