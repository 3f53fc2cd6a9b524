import LedeCore

/// Splits text into tokens exactly as the reference VADER does (SPEC.md §1–3).
struct VaderTokenizer {
  let resources: SentimentResources

  /// `!` and `?` in the text the tokens came from, for the punctuation amplifier.
  struct Marks {
    var exclamations = 0
    var questions = 0
  }

  /// Runs `body` over the text as the reference tokenizes it: with each emoji replaced by its
  /// description (§1), which copies the text only when it has an emoji.
  func withSwappedText<R>(
    _ text: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    if let swapped = swapEmoji(text) { return swapped.withUnsafeBufferPointer(body) }
    return body(text)
  }

  /// The text with each emoji scalar replaced by its description, or nil when it has none.
  private func swapEmoji(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    let emoji = resources.emoji
    var position = UTF8Decoder.nextNonASCII(text, from: 0)
    var first = -1
    while position < text.count {
      if text[position] >= 0xC2 {
        let (scalar, _) = UTF8Decoder.decode(text, at: position, end: text.count)
        if emoji.index(of: scalar) >= 0 {
          first = position
          break
        }
      }
      position = UTF8Decoder.nextNonASCII(text, from: position + 1)
    }
    guard first >= 0 else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(text.count + 64)
    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[0..<first]))
    var previousSpace = first == 0 || text[first - 1] == 0x20
    position = first
    while position < text.count {
      let (scalar, size) = UTF8Decoder.decode(text, at: position, end: text.count)
      let index = size > 1 ? emoji.index(of: scalar) : -1
      if index >= 0 {
        if !previousSpace { output.append(0x20) }
        output.append(contentsOf: emoji.description(index))
        previousSpace = false
      } else {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[position..<(position + size)]))
        previousSpace = scalar == 0x20
      }
      position += size
    }
    return output
  }

  /// Splits on Python whitespace and strips ASCII punctuation from words of three or more
  /// scalars (§2), then classifies each token.
  func split(
    _ text: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>,
    into tokens: inout TokenBuffer
  ) -> Marks {
    let classifier = WordClassifier(resources: resources, scratch: scratch)
    var marks = Marks()
    let count = text.count
    var position = 0
    while position < count {
      // Skip whitespace.
      var spaceLength = VaderTokenizer.spaceLength(text, at: position)
      while spaceLength > 0 {
        position += spaceLength
        spaceLength = position < count ? VaderTokenizer.spaceLength(text, at: position) : 0
      }
      if position >= count { break }
      // One pass over the token finds its end, counts `!` and `?`, and finds the stripped word:
      // `leading` punctuation bytes before the first other byte, and the end of the last other
      // byte with the count of scalars up to it (punctuation is ASCII, one scalar a byte).
      let start = position
      var leading = 0
      var sawWord = false
      var scalars = 0
      var lastWordEnd = start
      var scalarsAtLastWordEnd = 0
      while position < count {
        let byte = text[position]
        if byte < 0x80 {
          if UTF8Scalar.isPythonSpace(byte: byte) { break }
          scalars += 1
          if ASCII.isPunctuation(byte) {
            if byte == UInt8(ascii: "!") {
              marks.exclamations += 1
            } else if byte == UInt8(ascii: "?") {
              marks.questions += 1
            }
            if !sawWord { leading += 1 }
            position += 1
            continue
          }
        } else {
          if byte & 0xC0 != 0x80 {
            if VaderTokenizer.spaceLength(text, at: position) > 0 { break }
            scalars += 1
          }
        }
        sawWord = true
        position += 1
        lastWordEnd = position
        scalarsAtLastWordEnd = scalars
      }
      let end = position
      var wordStart = start
      var wordEnd = end
      // Fewer than three scalars once stripped: the token is kept whole (§2).
      if sawWord && scalarsAtLastWordEnd - leading > 2 {
        wordStart = start + leading
        wordEnd = lastWordEnd
      }
      var token = SentimentToken(start: wordStart, end: wordEnd)
      let (entry, traits) = classifier.classify(text, wordStart, wordEnd)
      token.entry = entry
      token.traits = traits.intersection([.upper, .contraction, .word, .capitalized])
      if traits.contains(.contraction) { token.traits.insert(.negates) }
      if entry >= 0 {
        let word = resources.table[entry]
        token.role = word.role
        if word.flags.contains(.inVader) {
          token.traits.insert(.valence)
          token.valence = word.vader
        }
        if word.flags.contains(.booster) {
          token.traits.insert(.booster)
          token.booster = word.booster
        }
        if word.flags.contains(.negation) { token.traits.insert(.negates) }
      }
      tokens.append(token)
    }
    return marks
  }

  /// The length of the whitespace scalar at `position`, or 0 when it is not whitespace.
  @inline(__always)
  static func spaceLength(_ text: UnsafeBufferPointer<UInt8>, at position: Int) -> Int {
    let byte = text[position]
    if byte < 0x80 { return UTF8Scalar.isPythonSpace(byte: byte) ? 1 : 0 }
    // Only scalars led by C2, E1, E2 or E3 can be whitespace.
    guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 else { return 0 }
    let (scalar, size) = UTF8Decoder.decode(text, at: position, end: text.count)
    return UTF8Scalar.isPythonSpace(scalar) ? size : 0
  }
}
