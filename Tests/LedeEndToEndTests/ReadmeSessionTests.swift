import Foundation
import Testing

/// The README's worked session is what a newcomer types first: the binary must still print it.
/// The session is replayed with standard input not a terminal (no prompt, banner or colour),
/// so the lines that need a terminal (the Tab completion, Ctrl-C, Ctrl-D) are left out and the
/// completed `a.ti⇥` is typed whole.
@Suite struct ReadmeSessionTests {
  /// The README's `$ lede seeds/` block: its input lines and the output it shows.
  static func session() throws -> (input: String, output: [String]) {
    let readme = try String(
      contentsOf: LedeCLI.root.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex(of: "$ lede seeds/"), "README has no session")
    var input: [String] = []
    var output: [String] = []
    var skipNext = false
    for line in lines[(start + 1)...] {
      if line.hasPrefix("```") { break }
      if line.hasPrefix("Lede 0.") || line.hasPrefix("Type Lua or a .command") { continue }
      if skipNext {
        skipNext = false
        if line == "interrupted" { continue }
      }
      if line == "^C" {
        skipNext = true
        continue
      }
      let chunk: String
      if line.hasPrefix("lede> ") {
        chunk = String(line.dropFirst(6))
      } else if line.hasPrefix("...> ") {
        chunk = String(line.dropFirst(5))
      } else {
        output.append(line)
        continue
      }
      if chunk == "^D" || chunk == "while true do end" { continue }
      if let tab = chunk.range(of: "⇥") {
        // `a.ti⇥            (Tab completes it to a.title)`: type what the Tab completes.
        let completed = chunk[tab.upperBound...].firstMatch(of: /to ([A-Za-z_.]+)\)/)
        input.append(String(try #require(completed, "\(chunk)").1))
        continue
      }
      input.append(chunk)
    }
    return (input.joined(separator: "\n") + "\n", output)
  }

  @Test func theBinaryPrintsTheReadmeSession() throws {
    let (input, expected) = try Self.session()
    #expect(expected.count > 20, "\(expected)")
    let r = try LedeCLI.run(["seeds/"], stdin: input)
    #expect(r.status == 0, "\(r.stderr)")
    let printed = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    #expect(
      Array(printed.prefix(expected.count)) == expected,
      "README.md's session no longer matches what lede prints:\n\(r.stdout)")
  }
}
