import Foundation

/// Runs the built `lede` executable as a user would: arguments, standard input, environment.
struct LedeCLI {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The repository root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The executable: `$LEDE_BIN`, else the one built beside the test bundle.
  static var executable: URL {
    if let path = ProcessInfo.processInfo.environment["LEDE_BIN"] {
      return URL(fileURLWithPath: path)
    }
    let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [bundleDirectory, root.appendingPathComponent(".build/debug")] {
      let url = candidate.appendingPathComponent("lede")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return root.appendingPathComponent(".build/debug/lede")
  }

  /// Runs `lede` with `arguments` from the repository root.
  static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    directory: URL? = nil, executableURL: URL? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = executableURL ?? executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? root
    var env = ProcessInfo.processInfo.environment
    env["LEDE_PLUGIN_PATH"] = nil
    // Text reports fit $COLUMNS when not on a terminal: golden files are 100 wide wherever the
    // tests run.
    env["COLUMNS"] = nil
    env["NO_COLOR"] = "1"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    // Read both pipes concurrently so a large output cannot deadlock the child.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
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
