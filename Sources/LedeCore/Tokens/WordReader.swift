/// Reads one word token's bytes once for the token layer: its case, its `WordHash` (without a
/// possessive ending), its hyphen parts and its periods.
enum WordReader {
  /// The case of a word or part, counted while reading.
  struct Case {
    var upper = 0
    var lower = 0
    var camel = false
    /// A capital came before any lower-case letter: the first letter is a capital.
    var capitalFirst = false
    var start = 0
    var key = WordHash()

    mutating func letter(isUpper: Bool, isLower: Bool) {
      if isUpper {
        if lower > 0 { camel = true } else { capitalFirst = true }
        upper += 1
      }
      if isLower { lower += 1 }
    }
  }

  /// The flags and hash of the word `b[start..<end]`, token `t`; its hyphen parts, if it has
  /// any, are appended to `parts`.
  @inline(__always)
  static func read(
    _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, token t: Int,
    parts: inout [TokenPart]
  ) -> (flags: TokenFlags, key: UInt64) {
    guard start < end else { return (TokenFlags(shape: .other), WordHash().value) }
    let stemEnd = Possessive.stemEnd(b, start, end) ?? end
    if let plain = readPlain(b, start, end, stemEnd) { return plain }
    return readAny(b, start, end, stemEnd, token: t, parts: &parts)
  }

  /// The flags, keys and hyphen parts of `tokens` in `bytes` (the layer's per-token columns
  /// before the rules that read several tokens). In this file so that `read` is inlined into
  /// the loop: called from the layer's file, it stayed a call once the plain words' case flags
  /// made it larger (about 40 instructions a word).
  static func columns(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> (
    flags: [TokenFlags], keys: [UInt64], parts: [TokenPart]
  ) {
    var flags: [TokenFlags] = []
    flags.reserveCapacity(tokens.count)
    var keys: [UInt64] = []
    keys.reserveCapacity(tokens.count)
    var parts: [TokenPart] = []
    var previousEnd = -1
    for (t, token) in tokens.enumerated() {
      let start = token.start
      let end = min(token.end, bytes.count)
      var f: TokenFlags
      var key: UInt64
      switch token.kind {
      case .word:
        let word = read(bytes, start, end, token: t, parts: &parts)
        f = word.flags
        key = word.key
      case .number:
        f = TokenFlags(shape: .number)
        key = WordHash.of(bytes, from: start, to: end)
      case .punct, .symbol:
        f = TokenFlags(shape: TokenShape.punctuation(bytes, start, end))
        key = WordHash.of(bytes, from: start, to: end)
      default:
        f = TokenFlags(shape: .other)
        key = WordHash.of(bytes, from: start, to: end)
      }
      if previousEnd >= 0, previousEnd < start {
        f.insert(.spaceBefore)
        var i = previousEnd
        while i < start, bytes[i] != 0x0A { i += 1 }
        if i < start { f.insert(.lineBreakBefore) }
      }
      previousEnd = end
      flags.append(f)
      keys.append(key)
    }
    return (flags, keys, parts)
  }

  /// `read` for any word: hyphen parts, non-ASCII letters and separators. Its own function, so
  /// that a plain word does not pay for this one's frame and Unicode property metadata.
  @inline(never)
  private static func readAny(
    _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ stemEnd: Int, token t: Int,
    parts: inout [TokenPart]
  ) -> (flags: TokenFlags, key: UInt64) {
    var word = Case()
    word.start = start
    var part = Case()
    part.start = start
    var found: [TokenPart] = []
    var dotted = false
    var i = start
    while i < stemEnd {
      let c = b[i]
      if c < 0x80 {
        let upper = c &- 0x41 < 26
        let lower = c &- 0x61 < 26
        if upper || lower {
          word.letter(isUpper: upper, isLower: lower)
          part.letter(isUpper: upper, isLower: lower)
        } else if c == 0x2D {
          found.append(finish(part, b, until: i, token: t))
          part = Case()
          part.start = i + 1
        } else if c == 0x2E, i + 1 < stemEnd {
          dotted = true
        }
        word.key.feedASCII(c)
        if c != 0x2D { part.key.feedASCII(c) }
        i += 1
        continue
      }
      let (scalar, length) = UTF8Decoder.decode(b, at: i, end: stemEnd)
      if scalar == 0x2010 || scalar == 0x2011 {
        found.append(finish(part, b, until: i, token: t))
        part = Case()
        part.start = i + length
      } else {
        if !UTF8Decoder.isMalformed((scalar, length)), let s = Unicode.Scalar(scalar) {
          let upper = s.properties.isUppercase
          let lower = s.properties.isLowercase
          word.letter(isUpper: upper, isLower: lower)
          part.letter(isUpper: upper, isLower: lower)
        }
        part.key.feedScalar(scalar)
      }
      word.key.feedScalar(scalar)
      i += length
    }
    var flags = wordFlags(b, start, end, stemEnd, word, dotted: dotted, apostrophe: nil)
    if !found.isEmpty {
      found.append(finish(part, b, until: stemEnd, token: t))
      parts.append(contentsOf: found)
      flags.insert(.hyphenated)
    }
    return (flags, word.key.value)
  }

  /// `read` for a word whose stem is ASCII without a hyphen or white space (most words of news
  /// text), or nil for any other: the same flags and key, in a loop without the general one's
  /// second hash (for parts), its Unicode branches and `WordHash`'s separator bookkeeping,
  /// which made `read` about 600 instructions a word, 8% of `a:places()` on PolNeAR train.
  /// With no separator to fold, the word's `WordHash` is `StableHash` over its lowercased bytes.
  @inline(__always)
  private static func readPlain(
    _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ stemEnd: Int
  ) -> (flags: TokenFlags, key: UInt64)? {
    guard start <= stemEnd, stemEnd <= b.count, let base = b.baseAddress else { return nil }
    var word = Case()
    word.start = start
    var hash = StableHash.seed
    var dotted = false
    var apostrophe = false
    // Lower-case letters first, then capitals, then the bytes that make the word no plain one:
    // with every test on every byte (and checked counts), this loop was about 30 instructions
    // a byte.
    var i = start
    while i < stemEnd {
      let c = base[i]
      i &+= 1
      if c &- 0x61 < 26 {
        word.lower &+= 1
        hash = (hash ^ UInt64(c)) &* StableHash.prime
        continue
      }
      if c &- 0x41 < 26 {
        if word.lower > 0 { word.camel = true } else { word.capitalFirst = true }
        word.upper &+= 1
        hash = (hash ^ UInt64(c | 0x20)) &* StableHash.prime
        continue
      }
      if c >= 0x80 || c == 0x2D || c == 0x20 || c &- 0x09 < 5 { return nil }
      // A period before the stem's last byte (`U.S.`, not `Mr.`).
      if c == 0x2E, i < stemEnd { dotted = true }
      if c == 0x27 { apostrophe = true }
      hash = (hash ^ UInt64(c)) &* StableHash.prime
    }
    return (
      wordFlags(b, start, end, stemEnd, word, dotted: dotted, apostrophe: apostrophe),
      hash == 0 ? 1 : hash
    )
  }

  /// The flags of word `b[start..<end]` from its stem's case and periods; `apostrophe` says,
  /// for a stem `readPlain` read, whether it holds an apostrophe (nil for any other stem).
  @inline(__always)
  private static func wordFlags(
    _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ stemEnd: Int, _ stem: Case,
    dotted: Bool, apostrophe: Bool?
  ) -> TokenFlags {
    var word = stem
    // The shape counts the ending's letter too (`RT's` is not in capitals throughout), as the
    // entity recogniser always had it: PolNeAR dev indirect F1 0.347 with it, 0.346 without.
    for j in stemEnd..<end where b[j] &- 0x41 < 26 || b[j] &- 0x61 < 26 {
      word.letter(isUpper: b[j] &- 0x41 < 26, isLower: b[j] &- 0x61 < 26)
    }
    var flags = TokenFlags(
      shape: shape(b, start, end, word), possessiveLength: end - stemEnd)
    if end > stemEnd { flags.insert(.possessive) }
    if word.camel { flags.insert(.camelCase) }
    if dotted { flags.insert(.dotted) }
    if b[stemEnd - 1] == 0x2E { flags.insert(.finalPeriod) }
    // An ASCII ending is `'s` or `'`; a curly one makes the word no plain one.
    if let apostrophe, stemEnd == end || b[stemEnd] == 0x27 {
      flags.formUnion(plainCase(b, start, end, word, apostrophe: apostrophe || stemEnd < end))
    }
    return flags
  }

  /// The case flags of a plain word (`TokenFlags.plain`), as `WordClassifier.plainTraits`
  /// reads them off its bytes.
  @inline(__always)
  private static func plainCase(
    _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ word: Case, apostrophe: Bool
  ) -> TokenFlags {
    var flags = TokenFlags.plain
    if word.upper > 0 && word.lower == 0 { flags.insert(.upperOnly) }
    if word.capitalFirst && word.lower > 0 { flags.insert(.capitalFirst) }
    if word.upper + word.lower > 0 { flags.insert(.cased) }
    if apostrophe {
      for i in (start + 1)..<max(start + 1, end - 1)
      where b[i] == 0x27 && b[i - 1] | 0x20 == 0x6E && b[i + 1] | 0x20 == 0x74 {
        flags.insert(.negativeContraction)
      }
    }
    return flags
  }

  static func finish(_ c: Case, _ b: UnsafeBufferPointer<UInt8>, until end: Int, token t: Int)
    -> TokenPart
  {
    let lead = c.start < end ? b[c.start] : 0
    let shape: TokenShape
    if lead &- 0x30 < 10 || c.upper + c.lower == 0 {
      shape = .other
    } else if c.upper >= 2 && c.lower == 0 {
      shape = .allCaps
    } else if lead &- 0x41 < 26 || (lead >= 0xC0 && c.upper > 0 && !startsLower(b, c.start, end)) {
      shape = .capitalized
    } else {
      shape = .lower
    }
    return TokenPart(
      token: Int32(t), start: Int32(c.start), end: Int32(end), shape: shape, camelCase: c.camel,
      key: c.key.value)
  }

  static func startsLower(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    let (scalar, _) = UTF8Decoder.decode(b, at: start, end: end)
    return Unicode.Scalar(scalar)?.properties.isUppercase != true
  }

  /// The shape rule: the case of the first letter, capitals throughout for two or more, an
  /// initial for a capital and a period, and `al-`/`el-` before a capital (`al-Mabrouk`).
  static func shape(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ word: Case)
    -> TokenShape
  {
    let lead = b[start]
    if lead &- 0x41 < 26 {
      if end - start == 2 && b[start + 1] == 0x2E { return .initial }
      if word.lower == 0 && word.upper >= 2 { return .allCaps }
      return .capitalized
    }
    if lead &- 0x61 < 26 {
      // al-Mabrouk, el-Sisi: a lower-case particle joined to a name.
      if end - start > 3, b[start + 2] == 0x2D, b[start + 3] &- 0x41 < 26,
        (lead == 0x61 || lead == 0x65) && b[start + 1] == 0x6C
      {
        return .capitalized
      }
      return .lower
    }
    if lead >= 0xC0 {
      let (scalar, length) = UTF8Decoder.decode(b, at: start, end: end)
      if !UTF8Decoder.isMalformed((scalar, length)), let s = Unicode.Scalar(scalar) {
        if s.properties.isUppercase {
          return word.lower == 0 && word.upper >= 2 ? .allCaps : .capitalized
        }
        if s.properties.isLowercase { return .lower }
      }
    }
    return .other
  }
}
