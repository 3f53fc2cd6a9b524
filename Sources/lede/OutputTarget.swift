import ArgumentParser
import Foundation
import LedeCore

/// Where a command's output goes: standard output, or a file written atomically.
struct OutputTarget {
  var path: String?

  /// Refuses to write over an input: nothing is ever written into the input files.
  func check(against inputs: [String]) throws {
    guard let path else { return }
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    for input in inputs where input != "-" {
      let resolved = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
      if resolved == target || target.hasPrefix(resolved + "/") && isDirectory(resolved) {
        throw ValidationError("--output '\(path)' is one of the inputs; choose another file.")
      }
    }
  }

  private func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
  }

  func write(_ bytes: [UInt8]) throws {
    if let path {
      do {
        try AtomicFile.write(bytes, to: path)
      } catch {
        Diagnostics.error(error.description)
        throw ExitCode(ExitCodes.failure)
      }
    } else {
      FileHandle.standardOutput.write(Data(bytes))
    }
  }
}
