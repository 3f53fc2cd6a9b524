import Foundation
import LedeCore
import LedeLua

/// A runtime over one seed article, with the shipped plugins and no interrupt (tests run side
/// by side with the ones that press Ctrl-C).
enum ShellFixture {
  static let root = LedeBinary.root

  static func runtime() throws -> ScriptRuntime {
    let outcome = ArticleLoader().load([
      root.appendingPathComponent("seeds/lavrov-visits-north-korea.txt").path
    ])
    return try ScriptRuntime(
      corpus: Corpus(outcome.articles), limits: Limits(interruptible: false),
      plugins: PluginRegistry(
        extra: [root.appendingPathComponent("Plugins").path], environment: [:]))
  }
}
