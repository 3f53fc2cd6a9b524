#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines from a pipe or file: no prompt, no editing, no history.
package final class PlainLineReader: LineReader {
  private var buffer: [UInt8] = []
  /// How much of `buffer` is known to hold no newline: a long line is scanned once, not once
  /// per read (a 100 MB line took minutes when every read rescanned it from the start).
  private var searched = 0
  private var atEnd = false
  private let fd: Int32

  /// A reader of file descriptor `fd`.
  package init(fd: Int32 = 0) { self.fd = fd }

  /// The next line without its newline (the prompt is not shown); a last line without a
  /// newline counts.
  package func readLine(prompt: String) -> LineInput {
    while true {
      if let newline = newlineIndex() {
        // A CRLF line from a Windows editor ends in a stray CR: not part of the line.
        let end = newline > 0 && buffer[newline - 1] == 0x0D ? newline - 1 : newline
        let line = String(decoding: buffer[..<end], as: UTF8.self)
        buffer.removeSubrange(...newline)
        searched = 0
        return .line(line)
      }
      if atEnd {
        if buffer.isEmpty { return .endOfInput }
        let line = String(decoding: buffer, as: UTF8.self)
        buffer.removeAll()
        searched = 0
        return .line(line)
      }
      searched = buffer.count
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 {
        atEnd = true
      } else {
        buffer.append(contentsOf: chunk[..<n])
      }
    }
  }

  /// The first newline past `searched`, found with `memchr` (a byte loop in a debug build
  /// took seconds on a long line).
  private func newlineIndex() -> Int? {
    buffer.withUnsafeBufferPointer { bytes -> Int? in
      guard let base = bytes.baseAddress, searched < bytes.count,
        let found = memchr(base + searched, 0x0A, bytes.count - searched)
      else { return nil }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// Nothing: a pipe keeps no history.
  package func remember(_ entry: String) {}
}
