extension TokenScanner {
  /// A word: letters, digits and marks of any script, joined by an apostrophe (`Russia’s`,
  /// `O’Brien`), a hyphen (`anti-Russia`, `COVID-19`), `&` between capitals (`AT&T`) or the
  /// periods of a dotted abbreviation (`U.S.`, `a.m.`). A final period is kept for dotted
  /// abbreviations, initials (`W.`) and the listed abbreviations (`Mr.`, `Jan.`). A word that
  /// turns out to be a URL or an e-mail address is emitted as one.
  ///
  /// `resumingAt` continues a token whose start has already been read (the digits of
  /// `10-year-old`, the `#` of a hashtag).
  mutating func scanWord(from first: Int, resumingAt resume: Int? = nil) {
    var index = resume ?? first
    var letters = 0  // letters and digits in the word
    var segment = 0  // letters and digits since the start or the last period
    var dotted = false
    while true {
      scan: while index < end {
        let byte = text[index]
        if byte < 0x80 {
          if CharacterClass.isASCIIAlphanumeric(byte) {
            // The run of ASCII letters and digits, most of a word, in a loop of its own: one
            // byte at a time through the whole loop (with the text's base read again and both
            // counts checked for overflow) this was about 20 instructions a byte.
            let base = text.base
            var next = index &+ 1
            while next < end, CharacterClass.isASCIIAlphanumeric(base[next]) { next &+= 1 }
            letters &+= next &- index
            segment &+= next &- index
            index = next
            continue
          }
          switch byte {
          case UInt8(ascii: "'"):
            guard isLetter(at: index + 1) else { break scan }
            index += 1
          case UInt8(ascii: "-"), UInt8(ascii: "_"):
            guard isAlphanumeric(at: index + 1) else { break scan }
            index += 1
            segment = 0
          case UInt8(ascii: "&"):
            guard index > first, CharacterClass.isASCIIUppercase(text[index - 1]),
              index + 1 < end, CharacterClass.isASCIIUppercase(text[index + 1])
            else { break scan }
            index += 1
          case UInt8(ascii: "."):
            guard index + 1 < end, !CharacterClass.isASCIISpace(text[index + 1]) else { break scan }
            if segment == 1, let nextPeriod = periodAfterOneLetter(index + 1) {
              index = nextPeriod  // U.S., a.m., e.g.
              dotted = true
              letters += 1
              continue
            }
            guard CharacterClass.isASCIIAlphanumeric(text[index + 1]) else { break scan }
            if let finalPeriod = listedDottedAbbreviation(from: first) {
              index = finalPeriod  // Ph.D.
              dotted = true
              break scan
            }
            if let link = link(from: first) {
              emit(link.kind, from: first, to: link.end)
              return
            }
            break scan
          case UInt8(ascii: "@"):
            if isAlphanumeric(at: index + 1), let link = link(from: first) {
              emit(link.kind, from: first, to: link.end)
              return
            }
            break scan
          case UInt8(ascii: ":"):
            if byteIs(UInt8(ascii: "/"), at: index + 1), byteIs(UInt8(ascii: "/"), at: index + 2),
              let link = link(from: first)
            {
              emit(link.kind, from: first, to: link.end)
              return
            }
            break scan
          default:
            break scan
          }
        } else {
          let (value, length) = text.scalar(at: index, limit: end)
          switch CharacterClass.of(value) {
          case .letter, .digit:
            index += length
            letters += 1
            segment += 1
          case .mark, .ignorable:
            index += length
          default:
            if value == 0x2019, isLetter(at: index + length) {
              index += length
            } else if value == 0x2010 || value == 0x2011, isAlphanumeric(at: index + length) {
              index += length
              segment = 0
            } else {
              break scan
            }
          }
        }
      }
      guard keepsPeriod(at: index, wordStart: first, dotted: dotted, letters: letters) else {
        break
      }
      index += 1
      // U.S.-led, Gov.-Gen.
      guard byteIs(UInt8(ascii: "-"), at: index), isLetter(at: index + 1) else { break }
      index += 1
      segment = 0
    }
    emit(.word, from: first, to: index)
  }

  /// Whether the period at `index` (if there is one) ends the abbreviation before it rather
  /// than the sentence or the clause.
  private func keepsPeriod(at index: Int, wordStart: Int, dotted: Bool, letters: Int) -> Bool {
    guard byteIs(UInt8(ascii: "."), at: index), !byteIs(UInt8(ascii: "."), at: index + 1) else {
      return false
    }
    if dotted { return true }
    if letters == 1 {
      // An initial, as in George W. Bush; `I.` is more often the pronoun or a numeral
      // (World War I.) than an initial.
      let value = text.scalar(at: wordStart, limit: index).value
      if value != UInt32(UInt8(ascii: "I")), CharacterClass.isUppercase(value) { return true }
    }
    return Abbreviations.kind(of: text, from: wordStart, to: index) != nil
  }

  /// When one letter starts at `index` and a period follows it, the position of that period.
  private func periodAfterOneLetter(_ index: Int) -> Int? {
    guard index < end else { return nil }
    let byte = text[index]
    let length: Int
    if byte < 0x80 {
      guard CharacterClass.isASCIILetter(byte) else { return nil }
      length = 1
    } else {
      let scalar = text.scalar(at: index, limit: end)
      guard CharacterClass.of(scalar.value) == .letter else { return nil }
      length = scalar.length
    }
    return byteIs(UInt8(ascii: "."), at: index + length) ? index + length : nil
  }

  /// When the letters and periods from `first` spell a listed abbreviation with inner periods
  /// (`Ph.D.`), the position of its final period.
  private func listedDottedAbbreviation(from first: Int) -> Int? {
    var index = first
    let limit = min(end, first + ByteKey.capacity + 1)
    while index < limit,
      CharacterClass.isASCIILetter(text[index]) || text[index] == UInt8(ascii: ".")
    {
      index += 1
    }
    guard index - first >= 3, text[index - 1] == UInt8(ascii: ".") else { return nil }
    return Abbreviations.kind(of: text, from: first, to: index - 1) == nil ? nil : index - 1
  }

  /// A number: digits with thousands separators (`1,000`), decimals and versions (`3.5`,
  /// `1.2.3`), times, dates and ranges (`10:30`, `12/10/2023`, `2022-23`), an optional sign or
  /// leading period before `digitsAt`, and a unit or ordinal suffix (`21st`, `1990s`, `5bn`).
  /// Digits followed by other letters make a word (`10-year-old`, `3D`).
  mutating func scanNumber(from first: Int, digitsAt digits: Int) {
    var index = digits
    while true {
      while index < end, CharacterClass.isASCIIDigit(text[index]) { index += 1 }
      guard index + 1 < end, CharacterClass.isASCIIDigit(text[index + 1]) else { break }
      switch text[index] {
      case UInt8(ascii: ","):
        // A thousands separator has exactly three digits after it.
        guard isDigit(at: index + 2), isDigit(at: index + 3), !isDigit(at: index + 4) else {
          break
        }
        index += 4
        continue
      case UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "-"):
        index += 1
        continue
      default:
        break
      }
      break
    }
    guard index < end else { return emit(.number, from: first, to: index) }
    let byte = text[index]
    if CharacterClass.isASCIILetter(byte) {
      var suffixEnd = index
      while suffixEnd < end, CharacterClass.isASCIILetter(text[suffixEnd]) { suffixEnd += 1 }
      if !continuesWord(at: suffixEnd),
        TokenScanner.isNumberSuffix(text, from: index, to: suffixEnd)
      {
        return emit(.number, from: first, to: suffixEnd)
      }
      return scanWord(from: first, resumingAt: index)
    }
    if byte == UInt8(ascii: "-") || byte >= 0x80 {
      if continuesWord(at: index) { return scanWord(from: first, resumingAt: index) }
    }
    if byte == UInt8(ascii: "'"), byteIs(UInt8(ascii: "s"), at: index + 1),
      !isAlphanumeric(at: index + 2)
    {
      return emit(.number, from: first, to: index + 2)  // 1990's
    }
    emit(.number, from: first, to: index)
  }

  /// Whether the bytes at `index` carry on a word: a letter or digit, or a hyphen or
  /// apostrophe before one.
  private func continuesWord(at index: Int) -> Bool {
    guard index < end else { return false }
    if isAlphanumeric(at: index) { return true }
    let (value, length) = text.scalar(at: index, limit: end)
    switch value {
    case 0x2D, 0x2010, 0x2011: return isAlphanumeric(at: index + length)
    case 0x2019: return isLetter(at: index + length)
    default: return false
    }
  }

  /// Digits outside ASCII (Arabic-Indic, full-width, `½`): a number, or a word if letters
  /// follow.
  mutating func scanOtherDigits(from first: Int) {
    var index = first
    while index < end {
      if CharacterClass.isASCIIDigit(text[index]) {
        index += 1
        continue
      }
      guard text[index] >= 0x80 else { break }
      let (value, length) = text.scalar(at: index, limit: end)
      guard CharacterClass.of(value) == .digit else { break }
      index += length
    }
    if continuesWord(at: index) { return scanWord(from: first, resumingAt: index) }
    emit(.number, from: first, to: index)
  }

  /// After an apostrophe at the start of a token, the end of a decade or year: `’90s`, `'24`.
  func decadeEnd(from index: Int) -> Int? {
    guard isDigit(at: index), isDigit(at: index + 1) else { return nil }
    let end = byteIs(UInt8(ascii: "s"), at: index + 2) ? index + 3 : index + 2
    return isAlphanumeric(at: end) ? nil : end
  }

  /// Units and ordinal endings written straight after a number.
  private static let numberSuffixes = Set(
    [
      "st", "nd", "rd", "th", "s", "k", "m", "mn", "bn", "tn", "trn", "km", "kg", "kw", "mw",
      "gw", "kwh", "mph", "kph", "ft", "cm", "mm", "ml", "am", "pm", "pc", "x",
    ].map(ByteKey.init))

  private static func isNumberSuffix(_ text: TextBytes, from start: Int, to end: Int) -> Bool {
    guard let key = ByteKey(text, from: start, to: end, lowercased: true) else { return false }
    return numberSuffixes.contains(key)
  }
}
