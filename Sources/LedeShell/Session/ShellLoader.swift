import Foundation
import LedeCore
import LedeLua

#if canImport(Glibc)
  import Glibc
#endif

/// Loads paths in batches, so that a large load shows its progress and Ctrl-C stops it with
/// what was read so far kept.
///
/// `ArticleLoader` lists the files (folders walked, globs expanded), then they are read a
/// batch at a time, each batch in parallel.
package struct ShellLoader {
  /// What a load produced.
  package struct Outcome {
    /// The articles read, in the order of the paths.
    package var articles: [Article] = []
    /// Every problem met, each naming its file.
    package var issues: [LoadIssue] = []
    /// The files read.
    package var filesRead = 0
    /// Ctrl-C stopped the load early.
    package var interrupted = false
  }

  let loader: ArticleLoader
  let showProgress: Bool
  /// Files read together, in parallel.
  static let batchSize = 32
  /// Loads of fewer files than this show no progress bar.
  static let progressThreshold = 64

  /// A loader reading files as `loader` does; with `showProgress`, a large load draws a
  /// progress bar on standard error when it is a terminal.
  package init(loader: ArticleLoader, showProgress: Bool) {
    self.loader = loader
    self.showProgress = showProgress && isatty(2) != 0
  }

  /// Loads every path; `-` reads standard input.
  package func load(_ paths: [String]) -> Outcome {
    var outcome = Outcome()
    let (files, issues) = loader.files(for: paths)
    outcome.issues = issues
    let progress =
      showProgress && files.count >= Self.progressThreshold
      ? ProgressBar(total: files.count, label: "Loading") : nil
    var done = 0
    while done < files.count {
      if LuaInterrupt.isRequested {
        LuaInterrupt.clear()
        outcome.interrupted = true
        break
      }
      let batch = Array(files[done..<min(done + Self.batchSize, files.count)])
      let result = loader.load(batch)
      outcome.articles += result.articles
      outcome.issues += result.issues
      outcome.filesRead += result.filesRead
      done += batch.count
      progress?.update(done)
    }
    progress?.finish()
    return outcome
  }
}
