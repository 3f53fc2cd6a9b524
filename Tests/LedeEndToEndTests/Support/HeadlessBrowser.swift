import Foundation

/// Opens pages in headless Chromium with the network cut off: every proxy request goes to a
/// dead port and every host name fails to resolve, on top of the page's own CSP.
struct HeadlessBrowser {
  /// Why the browser could not be used.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The browser: `$LEDE_CHROMIUM`, else Debian's `chromium-headless-shell` or `chromium`.
  let executable: URL

  init() throws {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["LEDE_CHROMIUM"], !path.isEmpty {
      executable = URL(fileURLWithPath: path)
      return
    }
    let directories = (environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
    for name in ["chromium-headless-shell", "chromium"] {
      for directory in directories {
        let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: url.path) {
          executable = url
          return
        }
      }
    }
    throw Failure(
      description:
        "headless Chromium not found: `make deps` installs Debian's chromium-headless-shell "
        + "(or set LEDE_CHROMIUM)")
  }

  /// The page's DOM after its scripts ran (up to `budget` ms of virtual time), and the time the
  /// browser took, in seconds.
  func dom(of page: URL, budget: Int = 15000) throws -> (dom: String, seconds: Double) {
    let start = Date()
    let output = try run(["--dump-dom", "--virtual-time-budget=\(budget)", page.absoluteString])
    return (output, Date().timeIntervalSince(start))
  }

  /// Saves a screenshot of the page, `width` × `height` pixels.
  func screenshot(of page: URL, to file: URL, width: Int = 1200, height: Int = 1500) throws {
    _ = try run([
      "--screenshot=\(file.path)", "--hide-scrollbars", "--window-size=\(width),\(height)",
      "--virtual-time-budget=15000", page.absoluteString,
    ])
  }

  private func run(_ arguments: [String]) throws -> String {
    let profile = FileManager.default.temporaryDirectory
      .appendingPathComponent("lede-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = executable
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--mute-audio",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(profile.path)",
      ] + arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    // A hung browser must not hang the suite.
    let deadline = DispatchTime.now() + .seconds(120)
    DispatchQueue.global().asyncAfter(deadline: deadline) {
      if process.isRunning { process.terminate() }
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(
        description: "\(executable.lastPathComponent) exited with \(process.terminationStatus)")
    }
    return String(decoding: data, as: UTF8.self)
  }
}
