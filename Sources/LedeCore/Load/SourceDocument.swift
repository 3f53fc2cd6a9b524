import Foundation

/// An input's text, decoded, with where it came from.
public struct SourceDocument: Sendable {
  /// The path as the user gave it, or `-` for standard input.
  public var path: String
  /// The text: UTF-8 decoded (invalid bytes replaced), BOM removed, CRLF turned to LF.
  public var text: String
  /// The file extension, lowercased, without the dot; empty for standard input.
  public var fileExtension: String

  public init(path: String, text: String, fileExtension: String? = nil) {
    self.path = path
    self.text = text
    if let fileExtension {
      self.fileExtension = fileExtension
    } else {
      // The last component, as `path.split(separator: "/").last` gives it, found on the UTF-8
      // bytes: split by `Character`, a path cost about 35,000 instructions.
      let bytes = path.utf8
      var end = bytes.endIndex
      while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") {
        end = bytes.index(before: end)
      }
      let start = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:))
      let name = end > bytes.startIndex ? path[(start ?? bytes.startIndex)..<end] : path[...]
      if let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex {
        self.fileExtension = name[name.utf8.index(after: dot)...].lowercased()
      } else {
        self.fileExtension = ""
      }
    }
  }

  /// Decodes raw bytes, or explains why they are not text.
  ///
  /// Invalid UTF-8 is replaced with U+FFFD and reported as a `repaired` issue; a file with NUL
  /// bytes in its first 64 KiB (and no UTF-16 byte order mark) is binary and refused; a NUL
  /// further on is replaced with U+FFFD and reported as `repaired`.
  public static func decode(_ bytes: [UInt8], path: String) -> (SourceDocument?, [LoadIssue]) {
    var issues: [LoadIssue] = []
    var body = bytes[...]
    if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
      return (decodeUTF16(body, path: path), [])
    }
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let bomLength = bytes.count - body.count
    let probe = body.prefix(65_536)
    if probe.contains(0) {
      return (nil, [LoadIssue(path: path, "binary file (contains NUL bytes); not loaded")])
    }
    // The common case, valid UTF-8 without NUL, is one validating copy: the scans that name the
    // first bad byte run only when there is one.
    if let valid = body.withUnsafeBufferPointer({ all -> String? in
      guard !SourceDocument.contains(0, in: all) else { return nil }
      return String(validating: all, as: UTF8.self)
    }) {
      let hasCR =
        valid.utf8.withContiguousStorageIfAvailable {
          SourceDocument.contains(0x0D, in: $0)
        } ?? valid.utf8.contains(0x0D)
      return (SourceDocument(path: path, text: hasCR ? normalizeNewlines(valid) : valid), issues)
    }
    if let bad = firstInvalidUTF8(body) {
      issues.append(
        LoadIssue(
          path: path,
          "invalid UTF-8 at byte \(bad - body.startIndex + bomLength); "
            + "bad bytes replaced with U+FFFD",
          severity: .repaired))
    }
    // Past the probe a NUL is a damaged record in a large dump, not a binary file: the rest
    // of the file is kept, the byte replaced and reported.
    if let nul = body.firstIndex(of: 0) {
      issues.append(
        LoadIssue(
          path: path,
          "NUL byte at byte \(nul - body.startIndex + bomLength); "
            + "NUL bytes replaced with U+FFFD",
          severity: .repaired))
      var cleaned: [UInt8] = []
      cleaned.reserveCapacity(body.count + 8)
      for byte in body {
        if byte == 0 { cleaned += [0xEF, 0xBF, 0xBD] } else { cleaned.append(byte) }
      }
      body = cleaned[...]
    }
    var text = String(decoding: body, as: UTF8.self)
    if text.utf8.contains(0x0D) { text = normalizeNewlines(text) }
    return (SourceDocument(path: path, text: text), issues)
  }

  /// Whether `byte` occurs in `bytes` (`memchr`, many bytes at a time: files can be large).
  static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
    return memchr(base, Int32(byte), bytes.count) != nil
  }

  private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, path: String) -> SourceDocument {
    let bigEndian = bytes.first == 0xFE
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex + 2
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(bigEndian ? a << 8 | b : b << 8 | a)
      i += 2
    }
    return SourceDocument(
      path: path, text: normalizeNewlines(String(decoding: units, as: UTF16.self)))
  }

  /// CRLF (and a lone CR) become LF, so offsets are the same on every platform.
  static func normalizeNewlines(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var previousCR = false
    for b in text.utf8 {
      if b == 0x0D {
        out.append(0x0A)
        previousCR = true
        continue
      }
      if b == 0x0A && previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      out.append(b)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The index of the first byte that does not begin a valid UTF-8 sequence, if any.
  static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      UTF8Decoder.firstMalformed(buffer).map { bytes.startIndex + $0 }
    }
  }
}
