import Foundation
import Testing

@testable import LedeShell

@Suite struct HistoryFileTests {
  @Test func appendOnlyWithoutRepeatsOrSpaces() throws {
    let folder = try PTY.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("state/lede/history").path
    let history = HistoryFile(path: path)
    #expect(history.append("a = 1"))
    #expect(!history.append("a = 1"), "a repeat is dropped")
    #expect(!history.append(" secret()"), "a leading space keeps a line out")
    #expect(history.append("function f()\n  return 'a\\b'\nend"))
    #expect(history.append("a = 1"))
    let reopened = HistoryFile(path: path)
    #expect(reopened.load() == ["a = 1", "function f()\n  return 'a\\b'\nend", "a = 1"])
    #expect(!reopened.append("a = 1"), "the last entry of the file counts as a repeat")
  }

  @Test func whereTheFileLives() {
    #expect(
      HistoryFile.defaultPath(environment: ["LEDE_HISTORY": "/h", "HOME": "/home/u"]) == "/h")
    #expect(
      HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/home/u"])
        == "/s/lede/history")
    #expect(HistoryFile.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.lede_history")
  }
}
