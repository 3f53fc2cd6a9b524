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
    VaderByteClass.table.withUnsafeBufferPointer { classes in
      split(text, classes: classes, scratch: scratch, into: &tokens)
    }
  }

  private func split(
    _ text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>,
    scratch: UnsafeMutableBufferPointer<UInt8>, into tokens: inout TokenBuffer
  ) -> Marks {
    let classifier = WordClassifier(resources: resources, scratch: scratch)
    // Read through a local copy: through `resources` each token's entry retained the array.
    let table = resources.table
    let entries = table.entries
    let limit = min(table.maxKeyLength, scratch.count)
    var marks = Marks()
    let count = text.count
    var position = 0
    while position < count {
      // Skip whitespace.
      var spaceLength = VaderTokenizer.spaceLength(text, at: position, classes: classes)
      while spaceLength > 0 {
        position += spaceLength
        spaceLength =
          position < count ? VaderTokenizer.spaceLength(text, at: position, classes: classes) : 0
      }
      if position >= count { break }
      // One pass over the token finds its end, counts `!` and `?`, and finds the stripped word: `leading` punctuation
      // bytes before the first other byte, and the end of the last other byte. The same pass
      // hashes a plain token (ASCII, no leading punctuation: most of news text) lowercased as
      // `WordClassifier` would, keeping the hash at the last word byte too, so the token is
      // looked up without a second pass whether it is stripped of trailing punctuation or kept
      // whole (only a key found by hash is compared, against the token's bytes lowercased
      // again); any other token goes to the classifier. A run of word bytes (letters and
      // digits) has a loop of its own, which reads one class a byte.
      let start = position
      var leading = 0
      var lastWordEnd = start
      var state = ScanState()
      // The classes of the plain token's word bytes, or-ed: whether it has upper and lower case.
      var cases: UInt8 = 0
      var hash = StableHash.seed
      var hashAtLastWordEnd = hash
      while position < count {
        var byte = text[position]
        var byteClass = classes[Int(byte)]
        if byteClass & VaderByteClass.notWord == 0 {
          if state.contains(.other) {
            repeat {
              position &+= 1
            } while position < count && classes[Int(text[position])] & VaderByteClass.notWord == 0
          } else {
            repeat {
              cases |= byteClass
              let lower = byte | (byteClass & VaderByteClass.upper)
              hash = (hash ^ UInt64(lower)) &* StableHash.prime
              position &+= 1
              if position == count { break }
              byte = text[position]
              byteClass = classes[Int(byte)]
            } while byteClass & VaderByteClass.notWord == 0
            hashAtLastWordEnd = hash
          }
          state.insert(.sawWord)
          lastWordEnd = position
          continue
        }
        if byteClass & VaderByteClass.space != 0 { break }
        if byteClass & VaderByteClass.punctuation != 0 {
          if byte == UInt8(ascii: "!") {
            marks.exclamations += 1
          } else if byte == UInt8(ascii: "?") {
            marks.questions += 1
          }
          if !state.contains(.sawWord) {
            leading += 1
            state.insert(.other)
          } else if !state.contains(.other) {
            // "n't": the `t` after the apostrophe is a word byte, so it lies inside the
            // word however the token is stripped.
            if byte == UInt8(ascii: "'"), position + 1 < count,
              text[position - 1] | 0x20 == UInt8(ascii: "n"),
              text[position + 1] | 0x20 == UInt8(ascii: "t")
            {
              state.insert(.contraction)
            }
            hash = (hash ^ UInt64(byte)) &* StableHash.prime
          }
          position += 1
          continue
        }
        // A byte outside ASCII.
        state.insert(.other)
        if byte & 0xC0 != 0x80 && VaderTokenizer.spaceLength(text, at: position) > 0 { break }
        state.insert(.sawWord)
        position += 1
        lastWordEnd = position
      }
      let end = position
      var wordStart = start
      var wordEnd = end
      // Fewer than three scalars once stripped: the token is kept whole (§2). Punctuation is
      // ASCII, one scalar a byte; a plain token is all ASCII.
      let scalarsToLastWordEnd =
        state.contains(.other)
        ? VaderTokenizer.scalarCount(text, start, lastWordEnd) : lastWordEnd - start
      if state.contains(.sawWord) && scalarsToLastWordEnd - leading > 2 {
        wordStart = start + leading
        wordEnd = lastWordEnd
        hash = hashAtLastWordEnd
      }
      let entry: Int32
      var traits: TokenTraits
      if state.contains(.other) {
        (entry, traits) = classifier.classify(text, wordStart, wordEnd)
      } else {
        traits = []
        let upper = cases & VaderByteClass.upper != 0
        let lower = cases & VaderByteClass.lower != 0
        if upper && !lower { traits.insert(.upper) }
        if upper && lower && VaderTokenizer.firstLetterIsUpper(text, from: start, classes: classes)
        {
          traits.insert(.capitalized)
        }
        if upper || lower { traits.insert(.word) }
        if state.contains(.contraction) { traits.insert(.contraction) }
        let length = wordEnd - wordStart
        if length > 0 && length <= limit {
          // The stored key against the token lowercased as the scan hashed it (punctuation's
          // class has no case bit, so it compares as written).
          entry = table.find(hash: hash, length: length) { stored in
            for offset in 0..<length {
              let byte = text[wordStart &+ offset]
              if stored[offset] != byte | (classes[Int(byte)] & VaderByteClass.upper) {
                return false
              }
            }
            return true
          }
        } else {
          entry = -1
        }
      }
      var token = SentimentToken(start: wordStart, end: wordEnd)
      token.entry = entry
      token.traits = traits.intersection([.upper, .contraction, .word, .capitalized])
      if traits.contains(.contraction) { token.traits.insert(.negates) }
      if entry >= 0 {
        token.take(entries[Int(entry)], newsLexicon: false)
      }
      tokens.append(token)
    }
    return marks
  }

  /// What the scan of one token has seen.
  private struct ScanState: OptionSet {
    let rawValue: UInt8
    /// A byte that is not punctuation.
    static let sawWord = ScanState(rawValue: 1 << 0)
    /// Leading punctuation or a byte outside ASCII: the classifier reads the token.
    static let other = ScanState(rawValue: 1 << 1)
    static let contraction = ScanState(rawValue: 1 << 5)
  }

  /// The scalars of `text[start..<end]`: its bytes that do not continue a UTF-8 sequence.
  private static func scalarCount(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Int
  {
    var scalars = 0
    for position in start..<end where text[position] & 0xC0 != 0x80 { scalars += 1 }
    return scalars
  }

  /// Whether the first letter from `start` on is uppercase, in a plain token (all ASCII, with
  /// a letter of each case): found when needed, not tracked byte by byte in the scan.
  private static func firstLetterIsUpper(
    _ text: UnsafeBufferPointer<UInt8>, from start: Int, classes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var position = start
    while classes[Int(text[position])] & VaderByteClass.cased == 0 { position += 1 }
    return classes[Int(text[position])] & VaderByteClass.upper != 0
  }

  /// `spaceLength(_:at:)`, with ASCII bytes classed by `VaderByteClass.table`.
  @inline(__always)
  private static func spaceLength(
    _ text: UnsafeBufferPointer<UInt8>, at position: Int, classes: UnsafeBufferPointer<UInt8>
  ) -> Int {
    let byte = text[position]
    if byte < 0x80 { return Int(classes[Int(byte)] & VaderByteClass.space) }
    return spaceLength(text, at: position)
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
