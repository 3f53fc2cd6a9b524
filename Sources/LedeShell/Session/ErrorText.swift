/// Lua error messages as the shell shows them.
enum ErrorText {
  /// Adds `offset` to the line numbers of positions in chunk `stdin` (`stdin:3:` → `stdin:15:`),
  /// so that from a pipe they count lines of the whole input, not of the chunk.
  static func shift(_ text: String, by offset: Int, chunk: String = "stdin") -> String {
    guard offset != 0 else { return text }
    let marker = Array((chunk + ":").utf8)
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 8)
    var i = 0
    while i < bytes.count {
      if bytes[i...].starts(with: marker) {
        var j = i + marker.count
        var line = 0
        while j < bytes.count, (0x30...0x39).contains(bytes[j]), line < 1_000_000_000 {
          line = line * 10 + Int(bytes[j] - 0x30)
          j += 1
        }
        // Only `chunk:<digits>:` is a position; the chunk name must not end another word.
        let atWordStart = i == 0 || !Self.isNameByte(bytes[i - 1])
        if j > i + marker.count, j < bytes.count, bytes[j] == 0x3A, atWordStart {
          out += marker
          out += Array(String(line + offset).utf8)
          i = j
          continue
        }
      }
      out.append(bytes[i])
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Whether a traceback says more than "in the main chunk": it has a function frame.
  static func isInformative(_ traceback: String) -> Bool {
    traceback.split(separator: "\n").dropFirst().contains { line in
      let frame = line.drop { $0 == "\t" || $0 == " " }
      return !frame.hasSuffix("in main chunk") && !frame.hasPrefix("[C]: in ?")
        && !frame.hasPrefix("[C]: in metamethod")
        && !frame.hasPrefix("[C]: in function 'error'")
    }
  }

  private static func isNameByte(_ b: UInt8) -> Bool {
    b == 0x5F || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b)
      || (0x61...0x7A).contains(b)
  }
}
