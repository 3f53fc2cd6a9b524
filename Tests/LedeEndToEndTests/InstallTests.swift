import Foundation
import Testing

/// An installed `lede` (PREFIX/bin/lede with PREFIX/share/lede) finds its plugins and data
/// there, not in the source tree it was built from.
@Suite struct InstallTests {
  @Test func installedLayoutIsUsed() throws {
    let prefix = try Scratch()
    let fm = FileManager.default
    try fm.createDirectory(atPath: prefix.path("bin"), withIntermediateDirectories: true)
    try fm.createDirectory(atPath: prefix.path("share/lede"), withIntermediateDirectories: true)
    try fm.copyItem(atPath: LedeCLI.executable.path, toPath: prefix.path("bin/lede"))
    try fm.copyItem(
      atPath: LedeCLI.root.appendingPathComponent("Sources/LedeAnalysis/Data").path,
      toPath: prefix.path("share/lede/data"))
    try fm.createDirectory(
      atPath: prefix.path("share/lede/plugins"), withIntermediateDirectories: true)
    // A plugin only the installed tree has: finding it proves the installed folder is searched.
    try prefix.write(
      "share/lede/plugins/installed.lua",
      "return { name = \"installed\", description = \"only in the prefix\", run = function() return lede.report{ title = \"x\" } end }\n"
    )
    let env = ["HOME": prefix.path("home"), "XDG_CONFIG_HOME": prefix.path("config")]
    let installed = URL(fileURLWithPath: prefix.path("bin/lede"))
    let plugins = try LedeCLI.run(["plugins"], environment: env, executableURL: installed)
    #expect(plugins.status == 0)
    #expect(plugins.stdout.contains("installed"))
    #expect(
      !plugins.stdout.contains("overview"), "the source tree's plugins were used: \(plugins.stdout)"
    )
    let score = try LedeCLI.run(
      ["run", "-e", "print(lede.sentiment.score('a wonderful day').compound > 0)"],
      environment: env, executableURL: installed)
    #expect(score.stdout == "true\n", "\(score.stderr)")
    try fm.removeItem(atPath: prefix.path("share/lede/data/vader"))
    let missing = try LedeCLI.run(
      ["run", "-e", "print(lede.sentiment.score('a wonderful day').compound)"],
      environment: env, executableURL: installed)
    #expect(missing.status == 70)
    #expect(missing.stderr.contains("Lede's data file 'vader/vader_lexicon.tsv' is missing"))
  }
}
