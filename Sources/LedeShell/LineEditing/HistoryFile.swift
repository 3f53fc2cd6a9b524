import Foundation

/// The shell's history on disk: append-only, written after every entry so a crash or
/// `kill -9` loses nothing.
///
/// The file is `$LEDE_HISTORY`, else `$XDG_STATE_HOME/lede/history`, else `~/.lede_history`.
/// One entry per line; a multi-line entry has its newlines escaped as `\n` (and `\` as `\\`).
package final class HistoryFile {
  /// The file.
  package let path: String
  private var last: String?

  /// The history in the file at `path` (created on the first entry).
  package init(path: String) {
    self.path = path
  }

  /// The path the environment asks for.
  package static func defaultPath(
    environment: [String: String] = ProcessInfo.processInfo.environment
  )
    -> String
  {
    if let explicit = environment["LEDE_HISTORY"], !explicit.isEmpty { return explicit }
    if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
      return (state as NSString).appendingPathComponent("lede/history")
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".lede_history")
  }

  /// The saved entries, oldest first.
  package func load() -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    let entries = String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      HistoryFile.unescape(String($0))
    }
    last = entries.last
    return entries
  }

  /// Appends an entry unless it repeats the previous one or starts with a space.
  @discardableResult
  package func append(_ entry: String) -> Bool {
    guard !entry.isEmpty, !entry.hasPrefix(" "), entry != last else { return false }
    last = entry
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    let bytes = Array((HistoryFile.escape(entry) + "\n").utf8)
    // One write call with O_APPEND: the entry lands whole even if the shell dies right after.
    return bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) } == bytes.count
  }

  static func escape(_ s: String) -> String {
    s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
  }

  static func unescape(_ s: String) -> String {
    var out = ""
    var escaping = false
    for c in s {
      if escaping {
        out.append(c == "n" ? "\n" : c)
        escaping = false
      } else if c == "\\" {
        escaping = true
      } else {
        out.append(c)
      }
    }
    return out
  }
}
