import Foundation

/// Finds Lede's shipped files (plugins, data) in an installed tree or in the source tree.
///
/// Order: an environment override, then `<prefix>/share/lede/<kind>` beside an installed
/// `<prefix>/bin/lede`, then the source tree this binary was built from.
package enum ResourceLocator {
  /// The folder holding one kind of resource, if any candidate exists.
  ///
  /// - Parameters:
  ///   - installed: the folder name under `share/lede` (`plugins`, `data`).
  ///   - environment: a variable that overrides the search (`LEDE_DATA_DIR`).
  ///   - sourceTree: the folder relative to the repository root (`Plugins`).
  package static func directory(installed: String, environment: String?, sourceTree: String)
    -> String?
  {
    let fm = FileManager.default
    if let environment, let override = ProcessInfo.processInfo.environment[environment],
      !override.isEmpty
    {
      return override
    }
    var candidates: [String] = []
    if let exe = executablePath {
      let bin = (exe as NSString).deletingLastPathComponent
      candidates.append(
        ((bin as NSString).deletingLastPathComponent as NSString)
          .appendingPathComponent("share/lede/\(installed)"))
    }
    candidates.append((sourceRoot as NSString).appendingPathComponent(sourceTree))
    return candidates.first { path in
      var isDirectory: ObjCBool = false
      return fm.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
  }

  /// The running executable, resolved through `/proc/self/exe` where there is one.
  static var executablePath: String? {
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return resolved
    }
    return CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
  }

  /// The repository root this file was compiled from.
  static let sourceRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
  }()
}
