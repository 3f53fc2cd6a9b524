/// Finds the quoted stretches of a text: curly and straight double quotes, and single quotes
/// where they cannot be apostrophes.
///
/// A sentence cut from a longer quotation may hold only its closing mark (`…the ground," he
/// said`) or only its opening one; the quote then runs from the start, or to the end.
enum QuoteScanner {
  /// The byte ranges inside quotation marks, in order.
  static func regions(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var regions: [Range<Int>] = []
    var open: Int?
    var position = 0
    let count = text.count
    var sawQuote = false
    while position < count {
      let byte = text[position]
      if byte == 0x22 {
        if let start = open {
          regions.append(start..<position)
          open = nil
        } else if !sawQuote && isCloser(text, at: position, length: 1) {
          regions.append(0..<position)
        } else {
          open = position + 1
        }
        sawQuote = true
        position += 1
        continue
      }
      if byte == 0xE2 && position + 2 < count && text[position + 1] == 0x80 {
        let third = text[position + 2]
        if third == 0x9C {  // “
          if open == nil { open = position + 3 }
          sawQuote = true
        } else if third == 0x9D {  // ”
          if let start = open {
            regions.append(start..<position)
            open = nil
          } else if !sawQuote {
            regions.append(0..<position)
          }
          sawQuote = true
        } else if third == 0x98 && open == nil {  // ‘ opens a single quote
          if let close = singleCloser(text, from: position + 3, curly: true) {
            regions.append((position + 3)..<close)
            position = close + 3
            continue
          }
        }
        position += 3
        continue
      }
      if byte == 0x27 && open == nil && (position == 0 || isSpace(text[position - 1]))
        && position + 1 < count && ASCII.isLetter(text[position + 1])
      {
        if let close = singleCloser(text, from: position + 1, curly: false) {
          regions.append((position + 1)..<close)
          position = close + 1
          continue
        }
      }
      position += 1
    }
    if let start = open, start < count { regions.append(start..<count) }
    return regions
  }

  /// Whether the straight quote at `position` closes a quote (it follows a word or punctuation
  /// and is followed by a space, punctuation or the end).
  private static func isCloser(_ text: UnsafeBufferPointer<UInt8>, at position: Int, length: Int)
    -> Bool
  {
    guard position > 0, !isSpace(text[position - 1]) else { return false }
    let next = position + length
    return next >= text.count || isSpace(text[next]) || ASCII.isPunctuation(text[next])
  }

  /// The closing single quote of a quote opened before `start`: a `’` (or `'`) that ends a word
  /// and is not followed by a letter, within a dozen words. Nil when there is none, so that an
  /// apostrophe is never taken for a quote.
  private static func singleCloser(_ text: UnsafeBufferPointer<UInt8>, from start: Int, curly: Bool)
    -> Int?
  {
    var position = start
    var words = 0
    while position < text.count && words <= 12 {
      let byte = text[position]
      if isSpace(byte) { words += 1 }
      let isMark =
        curly
        ? (byte == 0xE2 && position + 2 < text.count && text[position + 1] == 0x80
          && text[position + 2] == 0x99)
        : byte == 0x27
      if isMark && position > start {
        let next = position + (curly ? 3 : 1)
        let previous = text[position - 1]
        let followedByLetter =
          next < text.count && (ASCII.isLetter(text[next]) || text[next] >= 0x80)
        if !followedByLetter && !isSpace(previous) { return position }
      }
      position += 1
    }
    return nil
  }

  @inline(__always)
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09
  }
}
