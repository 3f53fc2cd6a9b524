/// A transcript's speaker label at the start of a paragraph: `ANCHOR (ERICA TORRES):`,
/// `MARCUS BELL, CORRESPONDENT (on camera):`, `REPORTER (voice-over):`.
struct SpeakerLabel {
  /// The speaker's name in capitals, when the label gives one.
  var name: Range<Int>?
  /// The last word of the role the label gives (`correspondent`, `anchor`).
  var role: UInt64?
  /// The colon that ends the label.
  var colon: Int
  /// The first token after the label.
  var contentStart: Int

  /// The label that opens the tokens `lo..<hi`, if they open with one.
  static func parse(_ scan: ArticleScan, from lo: Int, to hi: Int) -> SpeakerLabel? {
    let facts = scan.facts
    var t = lo
    var depth = 0
    var groups: [Range<Int>] = []  // runs of capitals outside parentheses
    var inner: Range<Int>?  // capitals inside parentheses
    var groupStart: Int?
    var innerStart: Int?
    while t < hi, t - lo < 16 {
      let f = facts[t]
      switch f.shape {
      case .colon:
        if let s = groupStart { groups.append(s..<t) }
        guard depth == 0, t > lo, t + 1 < hi, !groups.isEmpty else { return nil }
        var label = SpeakerLabel(name: nil, role: nil, colon: t, contentStart: t + 1)
        if let inner, inner.count >= 2 {
          label.name = inner
        } else if let g = groups.first, let name = nameWords(scan, g) {
          label.name = name
        }
        let name = label.name
        if let g = groups.first(where: { g in name.map { !g.overlaps($0) } ?? true }) {
          label.role = facts[g.upperBound - 1].hash
        }
        return label
      case .openParen:
        if let s = groupStart { groups.append(s..<t) }
        groupStart = nil
        depth += 1
      case .closeParen:
        if let s = innerStart, inner == nil { inner = s..<t }
        innerStart = nil
        depth -= 1
      case .comma:
        if depth == 0, let s = groupStart { groups.append(s..<t) }
        groupStart = nil
      case .allCaps, .initial:
        if depth == 0 {
          if groupStart == nil { groupStart = t }
        } else if innerStart == nil {
          innerStart = t
        }
      case .lower, .capitalized, .dash:
        guard depth > 0 else { return nil }
        innerStart = nil
      default:
        return nil
      }
      t += 1
    }
    return nil
  }

  /// The name in a run of words in capitals, without leading titles (`DR SUNITA REDDY`);
  /// nil when the words are a role (`ANCHOR`, `VICTORIA MAYOR`).
  static func nameWords(_ scan: ArticleScan, _ r: Range<Int>) -> Range<Int>? {
    var start = r.lowerBound
    while start < r.upperBound, scan.facts[start].info.contains(.title) { start += 1 }
    guard start < r.upperBound else { return nil }
    let first = scan.facts[start].info
    if first.contains(.notName) || scan.facts[r.upperBound - 1].info.contains(.title) { return nil }
    return start..<r.upperBound
  }

  /// `titleCased(text)` when it differs from `text`, else nil. An ASCII text already in title
  /// case (most headline words coreference tries) is told without making the copy: made for
  /// each, the copies were about 5M of the 493M instructions of `a:places()` on 200 PolNeAR
  /// train texts (callgrind).
  static func titleCasedIfChanged(_ text: String) -> String? {
    let unchanged = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      var atWordStart = true
      for byte in bytes {
        // The cases `titleCased` changes: a lower-case letter starting a word, a capital
        // inside one; past ASCII, the copy decides.
        if byte >= 0x80 || (atWordStart ? byte &- 0x61 < 26 : byte &- 0x41 < 26) {
          return false
        }
        atWordStart = byte == 0x20 || byte == 0x2D || byte == 0x27
      }
      return true
    }
    if unchanged == true { return nil }
    let titled = titleCased(text)
    return titled == text ? nil : titled
  }

  /// `MARCUS BELL` as `Marcus Bell`.
  static func titleCased(_ text: String) -> String {
    // ASCII, byte by byte: the same result, where the `Character` loop below cost about 3,500
    // instructions a call (3.5% of `a:places()` on PolNeAR train, from coreference).
    if let ascii = text.utf8.withContiguousStorageIfAvailable({ bytes -> String? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var atWordStart = true
      let cased = bytes.map { byte -> UInt8 in
        let mapped =
          atWordStart
          ? (byte &- 0x61 < 26 ? byte - 0x20 : byte) : (byte &- 0x41 < 26 ? byte + 0x20 : byte)
        atWordStart = byte == 0x20 || byte == 0x2D || byte == 0x27
        return mapped
      }
      return String(decoding: cased, as: UTF8.self)
    }), let ascii {
      return ascii
    }
    var out = ""
    var atWordStart = true
    for ch in text {
      out += atWordStart ? String(ch).uppercased() : String(ch).lowercased()
      atWordStart = ch == " " || ch == "-" || ch == "'"
    }
    return out
  }
}
