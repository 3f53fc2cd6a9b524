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
    // Globs and other names for the same file: compared as the files they expand to.
    let files = ArticleLoader().files(for: inputs.filter { $0 != "-" }).files
    if AtomicFile.sameFile(as: path, among: files) != nil {
      throw ValidationError("--output '\(path)' is one of the inputs; choose another file.")
    }
    // A folder is a valid --output for CSV of several tables (one file per table inside it);
    // a write of one file over a folder is refused when it is made.
    if let refusal = AtomicFile.refusal(for: path), !isDirectory(path) {
      Diagnostics.error("--output '\(path)': \(refusal).")
      throw ExitCode(ExitCodes.usage)
    }
  }

  /// Every file the paths stand for (globs expanded, folders walked) and every file a script
  /// loaded: what the output must not replace, however it was named.
  static func inputFiles(_ paths: [String], loaded: [String] = []) -> [String] {
    ArticleLoader().files(for: paths.filter { $0 != "-" }).files + loaded
  }

  private func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
  }

  /// Writes what `produce` emits, chunk by chunk, so a large output is never held whole: to
  /// the file atomically (all or nothing, as `write(_:inputs:)`), or to standard output as it
  /// comes. `emit` returns false once a write has failed.
  func write(inputs: [String] = [], chunks produce: (_ emit: ([UInt8]) -> Bool) -> Void) throws {
    if let path {
      do {
        try AtomicFile.write(to: path, inputs: inputs, chunks: produce)
      } catch {
        Diagnostics.error(error.description)
        throw ExitCode(ExitCodes.ioError)
      }
    } else {
      var ok = true
      produce { chunk in
        if ok { ok = StandardOutput.write(chunk) }
        return ok
      }
      // Reported once, with the reason, when the command ends (Lede.main).
      if !ok { throw ExitCode(ExitCodes.ioError) }
    }
  }

  /// Writes the output; `inputs` are every file read (however named) that it must not replace.
  func write(_ bytes: [UInt8], inputs: [String] = []) throws {
    if let path {
      do {
        try AtomicFile.write(bytes, to: path, inputs: inputs)
      } catch {
        Diagnostics.error(error.description)
        throw ExitCode(ExitCodes.ioError)
      }
    } else if !StandardOutput.write(bytes) {
      // Reported once, with the reason, when the command ends (Lede.main).
      throw ExitCode(ExitCodes.ioError)
    }
  }
}
