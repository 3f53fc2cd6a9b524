import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file or folder as the system knows it: the same pair is the same file, however named.
struct FileIdentity: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64

  /// The identity of what `path` names, following symbolic links; nil if it cannot be read.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}

extension ArticleLoader {
  /// The readable article files under a folder, sorted.
  ///
  /// Symbolic links are followed, to files and to folders; a folder reached a second time
  /// (`a -> .`, `up -> ..`, two links to one place) is read once and the link named in a
  /// note. Hidden entries and files with other extensions are skipped, and a note per folder
  /// says how many; a folder's README describes the articles and is skipped without a note.
  func walk(_ root: String, issues: inout [LoadIssue]) -> [Input] {
    var visited = Set<FileIdentity>()
    return walk(root, visited: &visited, issues: &issues)
  }

  private func walk(_ root: String, visited: inout Set<FileIdentity>, issues: inout [LoadIssue])
    -> [Input]
  {
    if let identity = FileIdentity(path: root) {
      guard visited.insert(identity).inserted else {
        issues.append(
          LoadIssue(
            path: root, "a folder already read (a symbolic link loop?); not read again",
            severity: .note))
        return []
      }
    }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else {
      issues.append(LoadIssue(path: root, "cannot read directory (permission denied?)"))
      return []
    }
    var inputs: [Input] = []
    var hidden = 0
    var otherExtensions: [String: Int] = [:]
    for name in names.sorted() where !ArticleLoader.isReadme(name) {
      if name.hasPrefix(".") {
        hidden += 1
        continue
      }
      let path = root.hasSuffix("/") ? root + name : root + "/" + name
      var info = stat()
      guard stat(path, &info) == 0 else {
        let reason = errno == ELOOP ? "symbolic link loop" : "broken symbolic link"
        issues.append(LoadIssue(path: path, "\(reason); not loaded"))
        continue
      }
      let type = info.st_mode & S_IFMT
      if type == S_IFDIR {
        inputs += walk(path, visited: &visited, issues: &issues)
        continue
      }
      let ext = SourceDocument(path: path, text: "").fileExtension
      guard ArticleLoader.articleExtensions.contains(ext) else {
        otherExtensions[ext, default: 0] += 1
        continue
      }
      // A FIFO or device in a folder would block or never end: only regular files are read.
      guard type == S_IFREG else {
        issues.append(LoadIssue(path: path, "not a regular file; not loaded"))
        continue
      }
      inputs.append(.file(path))
    }
    if hidden > 0 || !otherExtensions.isEmpty {
      var parts: [String] = []
      if hidden > 0 { parts.append(hidden == 1 ? "1 hidden entry" : "\(hidden) hidden entries") }
      if !otherExtensions.isEmpty {
        let count = otherExtensions.values.reduce(0, +)
        let list = otherExtensions.keys.sorted().map { "." + $0 }.joined(separator: ", ")
        parts.append("\(count) file\(count == 1 ? "" : "s") with other extensions (\(list))")
      }
      issues.append(
        LoadIssue(
          path: root, "skipped " + parts.joined(separator: " and "), severity: .note))
    }
    return inputs
  }

  /// A file's bytes, at most `maximumFileSize` of them: the size a regular file reports is
  /// checked first, and the read itself stops past the limit, for a device or stream that
  /// reports none (`/dev/zero`, a FIFO that is never closed).
  func readFile(_ path: String) -> Result<[UInt8], LoadIssue> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let reason = errno == EACCES ? "permission denied" : "cannot open file"
      return .failure(LoadIssue(path: path, "\(reason); not loaded"))
    }
    defer { close(fd) }
    let limit = maximumFileSize
    func overLimit(_ what: String) -> LoadIssue {
      LoadIssue(path: path, "\(what) over the \(Self.sizeText(limit)) limit; not loaded")
    }
    var info = stat()
    if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limit {
      return .failure(overLimit("file is \(Self.sizeText(Int(info.st_size))),"))
    }
    var bytes: [UInt8] = []
    if info.st_mode & S_IFMT == S_IFREG { bytes.reserveCapacity(Int(info.st_size)) }
    // A regular file is read in chunks of its own size and one byte more (to see its end): a
    // zeroed 1 MiB chunk for every file was 70% of the instructions of loading a folder of
    // 4 KB articles (PolNeAR train). A stream, whose size is unknown, gets 1 MiB chunks.
    let chunkSize =
      info.st_mode & S_IFMT == S_IFREG ? min(max(Int(info.st_size) + 1, 4096), 1 << 20) : 1 << 20
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        return .failure(LoadIssue(path: path, "read error: \(reason)"))
      }
      if n == 0 { break }
      guard bytes.count + n <= limit else { return .failure(overLimit("input is")) }
      bytes += chunk[..<n]
    }
    return .success(bytes)
  }

  static func sizeText(_ bytes: Int) -> String {
    bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
  }
}
