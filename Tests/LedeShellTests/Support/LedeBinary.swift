import Foundation

/// The built `lede` executable, run through pipes as a script or CI job would run it.
enum LedeBinary {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The repository root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `$LEDE_BIN`, else the `lede` built beside the test bundle, else `.build/debug/lede`.
  static var executable: URL {
    if let path = ProcessInfo.processInfo.environment["LEDE_BIN"] {
      return URL(fileURLWithPath: path)
    }
    var candidates: [URL] = []
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // The bundle may be a directory (xctest) inside the build folder.
    for _ in 0..<4 {
      candidates.append(directory)
      directory = directory.deletingLastPathComponent()
    }
    candidates.append(root.appendingPathComponent(".build/debug"))
    for candidate in candidates {
      let url = candidate.appendingPathComponent("lede")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue, FileManager.default.isExecutableFile(atPath: url.path)
      {
        return url
      }
    }
    return root.appendingPathComponent(".build/debug/lede")
  }

  /// The environment tests run `lede` in: no user plugins, config or history, no colour.
  static func environment(home: URL, extra: [String: String] = [:]) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["LEDE_PLUGIN_PATH"] = nil
    env["XDG_STATE_HOME"] = nil
    env["HOME"] = home.path
    env["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
    env["LEDE_HISTORY"] = home.appendingPathComponent("history").path
    env["NO_COLOR"] = "1"
    for (k, v) in extra { env[k] = v }
    return env
  }

  /// Runs `lede` with `arguments` and `stdin` from the repository root.
  static func run(
    _ arguments: [String], stdin: String, environment extra: [String: String] = [:],
    home: URL? = nil
  ) throws -> Result {
    let temporary = home == nil ? try PTY.temporaryDirectory() : nil
    defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
    guard let home = home ?? temporary else { throw PTYError("no home folder") }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = root
    process.environment = environment(home: home, extra: extra)
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
