import Foundation
import LedeCore

/// Runs one spec file in a fresh session with the assertion library and collects the results.
package enum SpecRunner {
  /// What a spec file gave.
  package struct Outcome: Sendable {
    package var passed = 0
    package var failed = 0
    /// One line per test: `ok   name` or `FAIL name` with the place and message.
    package var log: [String] = []
    /// An error outside any `it` (a syntax error, say): the file counts as one failure.
    package var error: String?
    package var interrupted = false
  }

  package static func run(file: String, limits: Limits, plugins: PluginRegistry) -> Outcome {
    var outcome = Outcome()
    do {
      let runtime = try ScriptRuntime(corpus: Corpus(), limits: limits, plugins: plugins)
      let session = runtime.session
      try session.run(SpecLibrary.source, name: "spec library")
      let directory = (file as NSString).deletingLastPathComponent
      try session.setGlobal(
        "spec", ["file": .string(file), "dir": .string(directory.isEmpty ? "." : directory)])
      do {
        try session.runFile(at: file)
      } catch {
        outcome.failed += 1
        outcome.error = error.description
        outcome.interrupted = error.kind == .interrupted
      }
      if let results = try session.global("__spec_results").tableValue {
        if case .integer(let p)? = results["passed"] { outcome.passed += p }
        if case .integer(let f)? = results["failed"] { outcome.failed += f }
        outcome.log = (results["log"]?.tableValue?.sequence ?? []).compactMap(\.stringValue)
      }
    } catch {
      outcome.failed += 1
      outcome.error = error.description
    }
    return outcome
  }
}
