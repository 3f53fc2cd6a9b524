import LedeCore

/// The stance words of an article's tokens (`StanceText.words`), made when a rule reads one.
///
/// A rule reads the words of a few tokens around each cue; the lists the scan's loops test are
/// matched by key (`StanceWordKeys`). Making every token's `String` up front cost about 67M
/// instructions of 1,262M for every analysis of 200 PolNeAR train texts, more than the scan
/// that reads them. Only the words the reading rewrote (`did` for "didn't", `is` for "it’s")
/// are kept as strings.
struct StanceWordColumn: RandomAccessCollection, Sendable {
  /// The article's text as UTF-8 bytes, which the layer's offsets index. A copy of the bytes
  /// rather than the `String`: reading the string's bytes took a retain, a release and a
  /// contiguity test each time, about half of `compare`'s 17.7M instructions over its 430k
  /// calls for every analysis of 200 PolNeAR train texts (callgrind).
  let text: [UInt8]
  let layer: TokenLayer
  /// Per token: the index in `rewritten` of its word, or −1 when it is the token as written
  /// (lowercased, without its possessive ending, curly single quotes straightened).
  let rewrite: [Int32]
  let rewritten: [String]

  var startIndex: Int { 0 }
  var endIndex: Int { layer.count }

  /// The word of token `t`: a word lowercased without its possessive ending, a number as
  /// written, punctuation with curly single quotes straightened.
  subscript(t: Int) -> String {
    let index = rewrite[t]
    if index >= 0 { return rewritten[Int(index)] }
    let token = layer.tokens[t]
    return text.withUnsafeBufferPointer { bytes in
      switch token.kind {
      case .word:
        let stemEnd = token.end - layer.flags[t].possessiveLength
        return StanceText.lowered(
          UnsafeBufferPointer(rebasing: bytes[token.start..<stemEnd]), lowercase: true)
      case .number:
        return String(
          decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
      default:
        return StanceText.lowered(
          UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), lowercase: false)
      }
    }
  }

  /// Whether token `t`'s word is `word`, as `self[t] == word` says, without making the word
  /// when the token is ASCII: there its word is its bytes, lowercased for a word. (A token
  /// with other bytes is compared as a `String`, whose equality reads canonical equivalents
  /// such as `;` and U+037E as one.) Rules test the words around a cue against a literal
  /// this way; made each time, those words were most of the 34M instructions their strings
  /// cost over 200 PolNeAR train texts.
  func matches(_ t: Int, _ word: StaticString) -> Bool {
    compare(t, word, suffix: false) ?? (self[t] == word.description)
  }

  /// Whether token `t`'s word ends with `suffix`, as `self[t].hasSuffix(suffix)` says, without
  /// making the word when the token is ASCII. Rules ask it of the words around every cue
  /// ("-ing", "-ed", "-ly"); made each time, those words were about 420 instructions a test.
  func hasSuffix(_ t: Int, _ suffix: StaticString) -> Bool {
    compare(t, suffix, suffix: true) ?? self[t].hasSuffix(suffix.description)
  }

  /// Whether token `t`'s ASCII word is `literal` (or ends with it, for `suffix`), compared on
  /// the text's bytes; nil when the word was rewritten or has other bytes, for the caller to
  /// compare as a `String`.
  private func compare(_ t: Int, _ literal: StaticString, suffix: Bool) -> Bool? {
    guard rewrite[t] < 0, literal.isASCII else { return nil }
    let token = layer.tokens[t]
    let lowercase = token.kind == .word
    let end = lowercase ? token.end - layer.flags[t].possessiveLength : token.end
    let n = literal.utf8CodeUnitCount
    if !suffix { return equals(literal, token.start, end, lowercase: lowercase) }
    let from = end - n
    let fits = end - token.start >= n
    return text.withUnsafeBufferPointer { bytes in
      // Any other byte: compared as a `String` (`K`, the Kelvin sign, lowers to `k`).
      var high: UInt8 = 0
      for i in token.start..<end { high |= bytes[i] }
      if high >= 0x80 { return nil }
      guard fits else { return false }
      for i in from..<end {
        var b = bytes[i]
        if lowercase && b &- 0x41 < 26 { b |= 0x20 }
        if b != literal.utf8Start[i - from] { return false }
      }
      return true
    }
  }

  /// Whether the word in `text[start..<end]` is the ASCII `literal`, read left to right and
  /// stopping at the first difference; nil at a byte past ASCII before one, for the caller to
  /// compare as a `String`. Most tests differ at the first byte: reading the whole token for
  /// other bytes first made `compare` 11.2M instructions over its 111,000 tests on 200 PolNeAR
  /// train texts, 10.0M this way. A difference in the ASCII prefix settles the `String`
  /// comparison too: the word's first characters are those bytes lowered (`lowered` maps
  /// each ASCII byte to one character, `lowercased()` each scalar on its own), and canonical
  /// equivalence leaves ASCII characters in place, so a word that differs from the literal
  /// there, or goes on past it, is not equal to it.
  private func equals(_ literal: StaticString, _ start: Int, _ end: Int, lowercase: Bool) -> Bool? {
    let n = literal.utf8CodeUnitCount
    return text.withUnsafeBufferPointer { bytes in
      var k = 0
      for i in start..<end {
        var b = bytes[i]
        if b >= 0x80 { return nil }
        if k == n { return false }
        if lowercase && b &- 0x41 < 26 { b |= 0x20 }
        if b != literal.utf8Start[k] { return false }
        k += 1
      }
      return k == n
    }
  }
}
