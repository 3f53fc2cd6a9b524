import LedeCore

/// The one search for a name's whole-word occurrences in text: a target's mention in a
/// sentence (`find`), and an article's occurrences of a name no entity or place has
/// (`occurrences`, for `Article.mentionSpans`).
enum TargetLocator {
  /// A target's mention in a sentence: the name as given, on word boundaries; failing that,
  /// ignoring case; failing that, its last word ("Kovalenko" for "Yurii Kovalenko").
  static func find(_ target: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var target = target[...]
    while let first = target.first, first == 0x20 { target = target.dropFirst() }
    while let last = target.last, last == 0x20 { target = target.dropLast() }
    guard !target.isEmpty else { return nil }
    if let found = search(target, in: text, ignoringCase: false) { return found }
    if let found = search(target, in: text, ignoringCase: true) { return found }
    if let space = target.lastIndex(of: 0x20) {
      let last = target[(space + 1)...]
      if last.count >= 3, let found = search(last, in: text, ignoringCase: false) { return found }
    }
    return nil
  }

  /// The occurrences of `needle` on word boundaries, as given, in text order and not
  /// overlapping.
  static func occurrences(of needle: [UInt8], in text: UnsafeBufferPointer<UInt8>)
    -> [Range<Int>]
  {
    var found: [Range<Int>] = []
    var from = 0
    while let range = search(needle[...], in: text, ignoringCase: false, from: from) {
      found.append(range)
      from = range.upperBound
    }
    return found
  }

  /// The first occurrence of `needle` at or after `from` on word boundaries.
  private static func search(
    _ needle: ArraySlice<UInt8>, in text: UnsafeBufferPointer<UInt8>, ignoringCase: Bool,
    from: Int = 0
  ) -> Range<Int>? {
    let count = needle.count
    guard count > 0, count <= text.count else { return nil }
    let first = needle.startIndex
    var start = from
    while start + count <= text.count {
      var matches = true
      for offset in 0..<count {
        let a = text[start + offset]
        let b = needle[first + offset]
        if a != b && !(ignoringCase && ASCII.lowercase(a) == ASCII.lowercase(b)) {
          matches = false
          break
        }
      }
      if matches && isBoundary(text, before: start) && isBoundary(text, at: start + count) {
        return start..<(start + count)
      }
      start += 1
    }
    return nil
  }

  /// Whether the scalar before `position` is not part of a word.
  private static func isBoundary(_ text: UnsafeBufferPointer<UInt8>, before position: Int) -> Bool {
    guard position > 0 else { return true }
    var lead = position - 1
    while lead > 0 && text[lead] & 0xC0 == 0x80 { lead -= 1 }
    return !isWordScalar(UTF8Decoder.decode(text, at: lead, end: position).0)
  }

  /// Whether the scalar at `position` is not part of a word.
  private static func isBoundary(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
    guard position < text.count else { return true }
    return !isWordScalar(UTF8Decoder.decode(text, at: position, end: text.count).0)
  }

  private static func isWordScalar(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return ASCII.isLetter(UInt8(scalar)) || ASCII.isDigit(UInt8(scalar)) }
    guard let unicode = Unicode.Scalar(scalar) else { return false }
    return unicode.properties.isAlphabetic
  }
}
