import ArgumentParser
import Foundation
import LedeCore
import LedeLua

/// `lede test`: runs plugin spec files (`*_spec.lua`) with a small assertion library.
struct TestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run plugin spec files (*_spec.lua).",
    discussion: """
      Each spec file runs in a fresh session with `describe`, `it`, `before_each` and `assert` \
      (equal, same, truthy, falsy, near, matches, error). The global `spec` has the file's path \
      and folder, for loading fixtures. Without PATH, the spec folders of the plugin \
      directories are searched. The last line is `N passed, N failed`; any failure exits 1.
      """)

  @Argument(help: "Spec files or folders searched for *_spec.lua.")
  var paths: [String] = []

  @Flag(name: .shortAndLong, help: "List every test, not only failures.")
  var verbose = false

  @OptionGroup var script: ScriptOptions

  func run() throws {
    let registry = script.registry
    let roots = paths.isEmpty ? registry.directories : paths
    var files: [String] = []
    for root in roots { files += SpecFinder.specs(under: root) }
    if files.isEmpty {
      if !paths.isEmpty {
        Diagnostics.error("no *_spec.lua files in \(paths.joined(separator: " "))")
        throw ExitCode(ExitCodes.noInput)
      }
      print("0 passed, 0 failed")
      return
    }
    LuaInterrupt.installSignalHandler()
    var passed = 0
    var failed = 0
    for file in files {
      let outcome = SpecRunner.run(file: file, limits: script.limits(), plugins: registry)
      passed += outcome.passed
      failed += outcome.failed
      for line in outcome.log where verbose || !line.hasPrefix("ok") {
        print(line)
      }
      if let error = outcome.error {
        print("FAIL \(file)\n     \(error)")
      }
      if outcome.interrupted { throw ExitCode(ExitCodes.interrupted) }
    }
    print("\(passed) passed, \(failed) failed")
    if failed > 0 { throw ExitCode(ExitCodes.failure) }
  }
}

/// Finds spec files: a file as given, or `*_spec.lua` under a folder, sorted.
enum SpecFinder {
  static func specs(under root: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { return [] }
    guard isDirectory.boolValue else { return [root] }
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if relative.hasSuffix("_spec.lua") {
        found.append((root as NSString).appendingPathComponent(relative))
      }
    }
    return found.sorted()
  }
}
