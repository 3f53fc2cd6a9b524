/// Terminal display width of text: East Asian wide and fullwidth characters take two columns,
/// combining marks and format characters none.
///
/// Foundation has no `wcwidth`, and the C library's depends on the locale, so Lede measures text
/// itself. The table of wide ranges follows Unicode's East Asian Width property (W and F) closely
/// enough for news text; emoji with presentation by default count as wide, as terminals draw them.
package enum DisplayWidth {
  /// The number of terminal columns `text` takes.
  package static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// The number of terminal columns one grapheme cluster takes (0, 1 or 2).
  package static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let only = scalars.first { return of(only) }
    var sum = 0
    var emojiPresentation = false
    for scalar in scalars {
      sum += of(scalar)
      if scalar.value == 0xFE0F { emojiPresentation = true }
    }
    // A cluster is drawn in one cell pair at most: ZWJ sequences, flags and jamo syllables.
    if emojiPresentation && sum == 1 { return 2 }
    return min(sum, 2)
  }

  /// The number of terminal columns one scalar takes (0, 1 or 2).
  package static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    if v < 0x300 { return 1 }
    // Hangul medial vowels and final consonants join the initial consonant's cell.
    if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    return isWide(v) ? 2 : 1
  }

  /// `text` cut to at most `width` columns, ending with "…" when something was cut.
  package static func truncate(_ text: String, toWidth width: Int) -> String {
    if of(text) <= width { return text }
    guard width > 0 else { return "" }
    var kept = ""
    var used = 0
    for character in text {
      let w = of(character)
      if used + w > width - 1 { break }
      kept.append(character)
      used += w
    }
    while let last = kept.last, last.isWhitespace { kept.removeLast() }
    return kept + "…"
  }

  /// `text` cut to at most `width` columns where a reader tells it apart: a file name or path
  /// keeps its end ("…/docs/0412.txt:7", "…archive-2024.jsonl:12"), since the files of one report
  /// share their start; any other text keeps its start.
  package static func fit(_ text: String, toWidth width: Int) -> String {
    guard of(text) > width, width > 1, looksLikeFile(text) else {
      return truncate(text, toWidth: width)
    }
    var kept: [Character] = []
    var used = 0
    for character in text.reversed() {
      let w = of(character)
      if used + w > width - 1 { break }
      kept.append(character)
      used += w
    }
    return "…" + String(kept.reversed())
  }

  /// Whether `text` is a file's name as Lede labels an untitled article: no spaces, and a "/"
  /// or an extension of one to five letters or digits, maybe with a line number
  /// (`feed.jsonl:12`).
  static func looksLikeFile(_ text: String) -> Bool {
    guard !text.contains(where: \.isWhitespace) else { return false }
    if text.contains("/") { return true }
    var name = Substring(text)
    if let colon = name.lastIndex(of: ":"), name[name.index(after: colon)...].allSatisfy(\.isASCII),
      !name[name.index(after: colon)...].isEmpty,
      name[name.index(after: colon)...].allSatisfy(\.isNumber)
    {
      name = name[..<colon]
    }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
    let ext = name[name.index(after: dot)...]
    return (1...5).contains(ext.count)
      && ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      && ext.contains(where: \.isLetter)
  }

  /// `text` padded with spaces to `width` columns, on the right or (for `alignRight`) the left.
  package static func pad(_ text: String, toWidth width: Int, alignRight: Bool = false) -> String {
    let missing = width - of(text)
    guard missing > 0 else { return text }
    let padding = String(repeating: " ", count: missing)
    return alignRight ? padding + text : text + padding
  }

  private static func isWide(_ v: UInt32) -> Bool {
    guard v >= wideRanges[0].lowerBound else { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = wideRanges[mid]
      if v < range.lowerBound {
        high = mid - 1
      } else if v > range.upperBound {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }

  /// Sorted, disjoint ranges of wide and fullwidth scalars.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1AFF0...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
    0x1F260...0x1F265, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
    0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
