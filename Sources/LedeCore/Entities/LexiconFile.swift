/// Reads the tab-separated list files of `names/`: `#` starts a comment line, blank lines are
/// skipped, fields are separated by tabs.
enum LexiconFile {
  struct Line {
    var fields: [Substring]
  }

  /// The lines of a data file; none when the file is missing, so that Lede still runs (with
  /// weaker recognition) from a binary without its data folder.
  static func lines(_ path: String) -> [Line] {
    guard let bytes = try? BundledData.bytes(path) else { return [] }
    let text = String(decoding: bytes, as: UTF8.self)
    var lines: [Line] = []
    for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
        $0.drop { $0 == " " }
      }
      guard let first = fields.first, !first.isEmpty else { continue }
      lines.append(Line(fields: fields))
    }
    return lines
  }
}
