import Foundation
import Testing

@testable import LedeShell

/// The line reader of a piped shell: lines of any length, CRLF, a last line without a newline.
@Suite struct PlainLineReaderTests {
  /// A reader over `bytes`, written to a scratch file first.
  func reader(_ bytes: [UInt8]) throws -> (PlainLineReader, Int32, URL) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lede-lines-\(UUID().uuidString)")
    try Data(bytes).write(to: url)
    let fd = open(url.path, O_RDONLY)
    #expect(fd >= 0)
    return (PlainLineReader(fd: fd), fd, url)
  }

  @Test func readsLinesAndTheLastWithoutANewline() throws {
    let (lines, fd, url) = try reader(Array("one\r\ntwo\n\nthree".utf8))
    defer {
      close(fd)
      try? FileManager.default.removeItem(at: url)
    }
    var read: [String] = []
    while case .line(let line) = lines.readLine(prompt: "") { read.append(line) }
    #expect(read == ["one", "two", "", "three"])
  }

  @Test func aHugeLineIsScannedOnce() throws {
    // 48 MB on one line: every 64 KiB read rescanned the whole line for its newline, which
    // took minutes (a hang guard, not a benchmark: it takes well under a second now).
    let size = 48 << 20
    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: size)
    bytes += Array("\nprint(1)\n".utf8)
    let (lines, fd, url) = try reader(bytes)
    defer {
      close(fd)
      try? FileManager.default.removeItem(at: url)
    }
    let start = ContinuousClock.now
    guard case .line(let first) = lines.readLine(prompt: "") else {
      Issue.record("no line")
      return
    }
    #expect(first.utf8.count == size)
    guard case .line(let second) = lines.readLine(prompt: "") else {
      Issue.record("no second line")
      return
    }
    #expect(second == "print(1)")
    #expect(ContinuousClock.now - start < .seconds(20))
  }
}
