import Foundation
import Synchronization

@testable import LedeLua

/// Limits for tests: never interruptible by the process-wide flag, so that the one test of
/// `LuaInterrupt` cannot stop sessions of tests running beside it.
func testLimits(
  timeout: Duration? = nil, memoryMegabytes: Int? = nil, safe: Bool = false,
  outputPath: String? = nil
) -> Limits {
  Limits(
    timeout: timeout, memoryMegabytes: memoryMegabytes, safe: safe, outputPath: outputPath,
    interruptible: false)
}

/// A session whose `print`, `lede.log` and `lede.warn` go to `Captured`.
func makeSession(
  _ limits: Limits = testLimits(), library: HostLibrary = .standard,
  captured: Captured = Captured()
) throws -> LuaSession {
  let session = try LuaSession(limits: limits, library: library)
  session.output = { text in captured.output.withLock { $0 += text } }
  session.diagnostics = { diagnostic in captured.diagnostics.withLock { $0.append(diagnostic) } }
  return session
}

/// What a session wrote.
final class Captured: Sendable {
  let output = Mutex("")
  let diagnostics = Mutex<[LuaDiagnostic]>([])
}

/// A counter host functions can bump from their `defer`.
final class Counter: Sendable {
  private let value = Mutex(0)
  func increment() { value.withLock { $0 += 1 } }
  var count: Int { value.withLock { $0 } }
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "lede-lua-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

extension LuaSession {
  /// The single result of a chunk.
  func value(_ source: String) throws -> LuaValue {
    try run(source, name: "t.lua").first ?? .nil
  }

  /// The error a chunk fails with, or nil.
  func failure(_ source: String, name: String = "t.lua") -> LuaError? {
    do {
      try run(source, name: name)
      return nil
    } catch {
      return error
    }
  }
}
