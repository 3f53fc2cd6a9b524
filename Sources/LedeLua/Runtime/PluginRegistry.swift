import Foundation
import LedeCore

/// Where plugins are found: `--plugins DIR` (in order), `$LEDE_PLUGIN_PATH`, the user's
/// `$XDG_CONFIG_HOME/lede/plugins`, then the shipped `Plugins/`. The first file named
/// `NAME.lua` wins; `*_spec.lua` files are specs, not plugins.
package struct PluginRegistry: Sendable {
  /// A plugin file found in a folder.
  package struct Source: Sendable, Equatable {
    package var name: String
    package var path: String
  }

  /// The folders searched, in order.
  package var directories: [String]

  /// The folders for these `--plugins` options and environment.
  package init(
    extra: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    var directories = extra
    if let path = environment["LEDE_PLUGIN_PATH"] {
      directories += path.split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
    let config =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (environment["HOME"].map { ($0 as NSString).appendingPathComponent(".config") } ?? "")
    if !config.isEmpty {
      directories.append((config as NSString).appendingPathComponent("lede/plugins"))
    }
    if let shipped = PluginRegistry.shippedDirectory { directories.append(shipped) }
    self.directories = directories
  }

  /// The plugins that ship with Lede: `share/lede/plugins` when installed, else the source tree's.
  package static let shippedDirectory = ResourceLocator.directory(
    installed: "plugins", environment: nil, sourceTree: "Plugins")

  /// Every plugin, each name once (the first folder wins), sorted by name.
  package func all() -> [Source] {
    var seen: Set<String> = []
    var found: [Source] = []
    for directory in directories {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
        continue
      }
      for file in names.sorted()
      where file.hasSuffix(".lua") && !file.hasSuffix("_spec.lua") && !file.hasPrefix(".") {
        let name = String(file.dropLast(4))
        guard !seen.contains(name) else { continue }
        seen.insert(name)
        found.append(Source(name: name, path: (directory as NSString).appendingPathComponent(file)))
      }
    }
    return found.sorted { $0.name < $1.name }
  }

  /// The plugin called `name`, if any folder has it.
  package func find(_ name: String) -> Source? {
    for directory in directories {
      let path = (directory as NSString).appendingPathComponent(name + ".lua")
      if FileManager.default.isReadableFile(atPath: path) { return Source(name: name, path: path) }
    }
    return nil
  }

  /// The closest known plugin name to `name`, for "did you mean".
  package func suggestion(for name: String) -> String? {
    Suggestion.closest(to: name, among: all().map(\.name))
  }
}

/// "Did you mean": the candidate with the smallest edit distance, if it is close enough.
package enum Suggestion {
  package static func closest(to word: String, among candidates: [String]) -> String? {
    let best = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
      .min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    guard let best, best.1 <= max(2, word.count / 3) else { return nil }
    return best.0
  }

  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
