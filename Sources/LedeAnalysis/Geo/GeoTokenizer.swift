import LedeCore

/// Splits an article's blocks into `GeoToken`s in one pass over the UTF-8 bytes.
///
/// It is deliberately simpler than LedeCore's tokenizer: the geoparser needs only words (with
/// case, possessive and hyphen facts, and their folded hash), the punctuation around them and
/// sentence starts, and it runs on every article, so it avoids every allocation but the array.
struct GeoTokenizer {
  let titleAbbreviations: KeySet

  init(lexicon: GeoLexicon) { titleAbbreviations = lexicon.titles }

  func tokens(_ text: UnsafeBufferPointer<UInt8>, blocks: [Range<Int>]) -> [GeoToken] {
    var tokens: [GeoToken] = []
    tokens.reserveCapacity(text.count / 5)
    for (number, block) in blocks.enumerated() {
      scan(text, block, block: Int32(number), into: &tokens)
    }
    return tokens
  }

  private func scan(
    _ text: UnsafeBufferPointer<UInt8>, _ block: Range<Int>, block number: Int32,
    into tokens: inout [GeoToken]
  ) {
    var i = block.lowerBound
    let end = min(block.upperBound, text.count)
    var sentenceStart = true
    var joinNext = false  // the previous token was a word and only spaces followed so far
    var hyphenNext = false
    while i < end {
      let b = text[i]
      if b == 0x20 || b == 0x09 {
        i += 1
        continue
      }
      if b == 0x0A || b == 0x0D {
        joinNext = false
        hyphenNext = false
        i += 1
        continue
      }
      let (scalar, length) = UTF8Decoder.decode(text, at: i, end: end)
      if GeoUTF8.isLetter(scalar) || (b >= 0x30 && b <= 0x39) {
        var (token, stop) = word(text, from: i, end: end)
        if sentenceStart { token.flags |= GeoToken.sentenceStart }
        if joinNext { token.flags |= GeoToken.joined }
        if hyphenNext { token.flags |= GeoToken.hyphenBefore | GeoToken.joined }
        token.block = number
        i = stop
        tokens.append(token)
        sentenceStart = false
        hyphenNext = false
        joinNext = true
        // A hyphen straight after a word and straight before a letter joins two words.
        if i < end, text[i] == UInt8(ascii: "-") || isUnicodeHyphen(text, i, end), i + 1 < end {
          let next = text[i] == UInt8(ascii: "-") ? i + 1 : i + 3
          if next < end {
            let (s, _) = UTF8Decoder.decode(text, at: next, end: end)
            if GeoUTF8.isLetter(s) {
              hyphenNext = true
              i = next
            }
          }
        }
        if token.has(GeoToken.dotAfter) && i < end && text[i] == UInt8(ascii: ".") {
          let isTitle = token.end - token.start <= 4 && titleAbbreviations.contains(token.hash)
          tokens.append(punctuation(i, 1, isTitle ? Punct.abbreviation : Punct.period, number))
          i += 1
          if !isTitle {
            // "Oct. 18", "Va. (AP)": the period ends a sentence only before a capital letter.
            sentenceStart = true
            joinNext = false
          }
        }
        continue
      }
      // Punctuation or a symbol.
      var code = Punct.other
      switch scalar {
      case 0x2C: code = Punct.comma
      case 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x28, 0x29, 0x22: code = UInt8(truncatingIfNeeded: scalar)
      case 0x201C, 0x2018: code = UInt8(ascii: "o")
      case 0x201D, 0x2019: code = UInt8(ascii: "c")
      case 0x2014, 0x2013, 0x2D: code = Punct.dash
      default: code = Punct.other
      }
      tokens.append(punctuation(i, length, code, number))
      if Punct.endsSentence(code) { sentenceStart = true }
      joinNext = false
      hyphenNext = false
      i += length
    }
  }

  private func isUnicodeHyphen(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    i + 2 < end && text[i] == 0xE2 && text[i + 1] == 0x80
      && (text[i + 2] == 0x90 || text[i + 2] == 0x91)
  }

  private func punctuation(_ at: Int, _ length: Int, _ code: UInt8, _ block: Int32) -> GeoToken {
    GeoToken(
      start: Int32(truncatingIfNeeded: at), end: Int32(truncatingIfNeeded: at + length), hash: 0,
      flags: 0,
      punct: code, block: block)
  }

  /// Reads one word from `start`: the token and the offset where reading stopped (after a
  /// possessive ending).
  private func word(_ text: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> (
    GeoToken, Int
  ) {
    var i = start
    var flags = GeoToken.word
    var upper = 0
    var lower = 0
    var first = true
    var key = NameKey()
    let startsWithDigit = text[start] >= 0x30 && text[start] <= 0x39
    if startsWithDigit { flags |= GeoToken.number }
    var wordEnd = start
    var stop = start
    while i < end {
      let (scalar, length) = UTF8Decoder.decode(text, at: i, end: end)
      let isDigit = scalar >= 0x30 && scalar <= 0x39
      if GeoUTF8.isLetter(scalar) || isDigit {
        if GeoUTF8.isUppercase(scalar) {
          upper += 1
          if first { flags |= GeoToken.capitalised }
          if lower > 0 { flags |= GeoToken.camelCase }
        } else if !isDigit && scalar < 0x80 || (scalar >= 0x80 && !GeoUTF8.isUppercase(scalar)) {
          if !isDigit { lower += 1 }
        }
        first = false
        if scalar < 0x80 {
          key.emit(
            UInt8(truncatingIfNeeded: scalar) | (scalar >= 0x41 && scalar <= 0x5A ? 0x20 : 0))
        } else {
          key.feedScalar(scalar)
        }
        i += length
        wordEnd = i
        continue
      }
      // An apostrophe inside a word (O'Brien, d'Ivoire) or a possessive ending.
      if scalar == 0x27 || scalar == 0x2019 {
        let after = i + length
        let (next, nextLength) =
          after < end ? UTF8Decoder.decode(text, at: after, end: end) : (0, 0)
        if (next == 0x73 || next == 0x53) && !followsLetter(text, after + nextLength, end) {
          flags |= GeoToken.possessive
          stop = after + nextLength
          return finish(start, wordEnd, stop, key, flags, upper, lower, text)
        }
        if GeoUTF8.isLetter(next) {
          key.emit(0x27)
          if wordEnd - start == 1 && GeoUTF8.isUppercase(next) { flags |= GeoToken.capitalised }
          i = after
          continue
        }
        if wordEnd > start && (text[wordEnd - 1] == 0x73) {  // "Wales'", "the Philippines'"
          flags |= GeoToken.possessive
          stop = after
          return finish(start, wordEnd, stop, key, flags, upper, lower, text)
        }
        break
      }
      // Dotted abbreviations: U.S., U.K., D.C. (a capital, a period, a capital…).
      if scalar == 0x2E && upper == wordEnd - start && wordEnd - start <= 2 && i + 2 < end
        && text[i + 1] >= 0x41 && text[i + 1] <= 0x5A
        && (text[i + 2] == 0x2E || (i + 3 < end && text[i + 3] == 0x2E))
      {
        key.emit(0x2E)
        flags |= GeoToken.dotted
        i += 1
        continue
      }
      break
    }
    stop = i
    if flags & GeoToken.dotted != 0 && i < end && text[i] == 0x2E {
      key.emit(0x2E)
      wordEnd = i + 1
      stop = i + 1
    } else if i < end && text[i] == 0x2E {
      flags |= GeoToken.dotAfter
    }
    return finish(start, wordEnd, stop, key, flags, upper, lower, text)
  }

  private func followsLetter(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
    guard i < end else { return false }
    return GeoUTF8.isLetter(UTF8Decoder.decode(text, at: i, end: end).0)
  }

  private func finish(
    _ start: Int, _ wordEnd: Int, _ stop: Int, _ key: NameKey, _ flags: UInt16, _ upper: Int,
    _ lower: Int, _ text: UnsafeBufferPointer<UInt8>
  ) -> (GeoToken, Int) {
    var flags = flags
    if upper >= 2 && lower == 0 { flags |= GeoToken.allCaps }
    let token = GeoToken(
      start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: wordEnd),
      hash: key.value,
      flags: flags, punct: 0, block: 0)
    return (token, stop)
  }
}
