import Foundation
import LedeCore
import LedeLua

#if canImport(Glibc)
  import Glibc
#endif

/// Loads paths in batches, so that a large load shows its progress and Ctrl-C stops it with
/// what was read so far kept.
///
/// Folders are walked as `ArticleLoader` walks them (sorted, hidden entries skipped, article
/// extensions only, regular files only), then the files are read a batch at a time, each batch
/// in parallel.
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

  /// A loader reading JSON fields with `mapping`; with `showProgress`, a large load draws a
  /// progress bar on standard error when it is a terminal.
  package init(mapping: FieldMapping, showProgress: Bool) {
    self.loader = ArticleLoader(mapping: mapping)
    self.showProgress = showProgress && isatty(2) != 0
  }

  /// Loads every path; `-` reads standard input.
  package func load(_ paths: [String]) -> Outcome {
    var outcome = Outcome()
    var files: [String] = []
    for path in paths { files += expand(path, issues: &outcome.issues) }
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

  /// The files a path stands for; a path that is neither a file, a folder nor a matching glob
  /// becomes an issue.
  func expand(_ path: String, issues: inout [LoadIssue]) -> [String] {
    if path == "-" { return [path] }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      return isDirectory.boolValue ? walk(path, issues: &issues) : [path]
    }
    if path.contains(where: { "*?[".contains($0) }) {
      let matches = Self.glob(path)
      if matches.isEmpty { issues.append(LoadIssue(path: path, "no files match this pattern")) }
      return matches.flatMap { expand($0, issues: &issues) }
    }
    issues.append(LoadIssue(path: path, "no such file or directory"))
    return []
  }

  private func walk(_ root: String, issues: inout [LoadIssue]) -> [String] {
    let fm = FileManager.default
    guard let names = try? fm.contentsOfDirectory(atPath: root) else {
      issues.append(LoadIssue(path: root, "cannot read directory (permission denied?)"))
      return []
    }
    var files: [String] = []
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = root.hasSuffix("/") ? root + name : root + "/" + name
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
        issues.append(LoadIssue(path: path, "broken symbolic link; not loaded"))
        continue
      }
      if isDirectory.boolValue {
        files += walk(path, issues: &issues)
        continue
      }
      let ext = SourceDocument(path: path, text: "").fileExtension
      guard ArticleLoader.articleExtensions.contains(ext) else { continue }
      let type = (try? fm.attributesOfItem(atPath: path)[.type]) as? FileAttributeType
      if type != .typeRegular {
        issues.append(LoadIssue(path: path, "not a regular file; not loaded"))
        continue
      }
      files.append(path)
    }
    return files
  }

  /// The paths matching a shell pattern, sorted.
  static func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
    var paths: [String] = []
    for i in 0..<Int(result.gl_pathc) {
      if let p = result.gl_pathv[i] { paths.append(String(cString: p)) }
    }
    return paths.sorted()
  }
}
