import LedeCore

/// Lowercases a token's bytes, looks it up in the word table and reads its letter case, in
/// one pass and without allocating.
struct WordClassifier {
  let resources: SentimentResources
  /// Where lowercased bytes go; at least `resources.table.maxKeyLength` long.
  let scratch: UnsafeMutableBufferPointer<UInt8>
  /// News mode: read `’` as `'` (so "doesn’t" is a negation and "it’s" a contraction).
  var curlyApostrophes = false

  /// The scratch size every caller allocates.
  static let scratchSize = 64

  /// The entry and letter-case traits of `bytes[start..<end]`.
  func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> (entry: Int32, traits: TokenTraits)
  {
    let limit = min(resources.table.maxKeyLength, scratch.count)
    var length = 0
    var hasUpper = false
    var hasLower = false
    var firstCased: UInt8 = 0  // 1: uppercase, 2: lowercase
    var traits: TokenTraits = []
    // The key's `StableHash`, mixed as its lowercased bytes are written, so the look-up does not
    // read them again.
    var hash = StableHash.seed
    var position = start
    while position < end {
      let byte = bytes[position]
      if byte < 0x80 {
        var lower = byte
        if ASCII.isUpper(byte) {
          hasUpper = true
          lower = byte | 0x20
          if firstCased == 0 { firstCased = 1 }
        } else if ASCII.isLower(byte) {
          hasLower = true
          if firstCased == 0 { firstCased = 2 }
        }
        if byte == UInt8(ascii: "'") && lower == byte, position > start, position + 1 < end,
          bytes[position - 1] | 0x20 == UInt8(ascii: "n"),
          bytes[position + 1] | 0x20 == UInt8(ascii: "t")
        {
          traits.insert(.contraction)
        }
        if length < limit { scratch[length] = lower }
        hash = (hash ^ UInt64(lower)) &* StableHash.prime
        length += 1
        position += 1
        continue
      }
      let (scalar, size) = UTF8Decoder.decode(bytes, at: position, end: end)
      if curlyApostrophes && scalar == 0x2019 {
        if position > start, position + size < end,
          bytes[position - 1] | 0x20 == UInt8(ascii: "n"),
          bytes[position + size] | 0x20 == UInt8(ascii: "t")
        {
          traits.insert(.contraction)
        }
        if length < limit { scratch[length] = UInt8(ascii: "'") }
        hash = (hash ^ UInt64(UInt8(ascii: "'"))) &* StableHash.prime
        length += 1
        position += size
        continue
      }
      if scalar >= 0x2000 && scalar <= 0x206F {
        // General punctuation (curly quotes, dashes, ellipsis): uncased, its own lowercase.
        for offset in 0..<size {
          if length < limit { scratch[length] = bytes[position + offset] }
          hash = (hash ^ UInt64(bytes[position + offset])) &* StableHash.prime
          length += 1
        }
        position += size
        continue
      }
      if scalar >= 0xC0 && scalar <= 0xFE && scalar != 0xD7 && scalar != 0xDF && scalar != 0xF7 {
        // Latin-1 letters: upper À–Þ lowercase by adding 0x20, lower ß–þ are their own.
        let isUpper = scalar <= 0xDE
        if isUpper {
          hasUpper = true
        } else {
          hasLower = true
        }
        if firstCased == 0 { firstCased = isUpper ? 1 : 2 }
        let lower = isUpper ? scalar + 0x20 : scalar
        let lead = UInt8(0xC0 | (lower >> 6))
        let trail = UInt8(0x80 | (lower & 0x3F))
        if length + 1 < limit {
          scratch[length] = lead
          scratch[length + 1] = trail
        }
        hash = (hash ^ UInt64(lead)) &* StableHash.prime
        hash = (hash ^ UInt64(trail)) &* StableHash.prime
        length += 2
        position += size
        continue
      }
      let cased = WordClassifier.otherScalar(
        scalar, bytes: UnsafeBufferPointer(rebasing: bytes[position..<(position + size)]),
        scratch: scratch, limit: limit, length: &length, hash: &hash)
      // A titlecase letter (3) counts as lowercase, but as uppercase when it comes first.
      if cased >= 2 {
        hasLower = true
      } else if cased == 1 {
        hasUpper = true
      }
      if firstCased == 0 && cased != 0 { firstCased = cased == 2 ? 2 : 1 }
      position += size
    }
    if hasUpper && !hasLower { traits.insert(.upper) }
    if firstCased == 1 && hasLower { traits.insert(.capitalized) }
    if hasUpper || hasLower { traits.insert(.word) }
    let entry =
      length <= limit
      ? resources.table.find(UnsafeBufferPointer(rebasing: scratch[0..<length]), hash: hash)
      : -1
    return (entry, traits)
  }

  /// The letter-case traits of `bytes[start..<end]` as `classify` reads them, when the word is
  /// ASCII without a hyphen or white space (where the token layer's key is the table's hash of
  /// the lowercased word); nil for any other word, which `classify` must read.
  ///
  /// News mode looks such a word up by the layer's key: lowercasing and hashing it again here
  /// was half of reading a sentence's words (36M of 63M instructions over 200 PolNeAR train
  /// texts).
  ///
  /// Letters are tested first, and the rare apostrophe's `n't` in a second pass: with every
  /// test on every byte, this loop was about 40 instructions a byte, half of reading a word
  /// (`NewsTokenReader`).
  @inline(__always)
  static func plainTraits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> TokenTraits?
  {
    guard start >= 0, start <= end, end <= bytes.count, let base = bytes.baseAddress else {
      return nil
    }
    var hasUpper = false
    var hasLower = false
    var firstCased: UInt8 = 0  // 1: uppercase, 2: lowercase
    var apostrophe = false
    var position = start
    while position < end {
      let byte = base[position]
      position += 1
      if byte &- 0x41 < 26 {
        hasUpper = true
        if firstCased == 0 { firstCased = 1 }
      } else if byte &- 0x61 < 26 {
        hasLower = true
        if firstCased == 0 { firstCased = 2 }
      } else if byte >= 0x80 || byte == UInt8(ascii: "-") || byte == 0x20 || byte &- 0x09 < 5 {
        return nil
      } else if byte == UInt8(ascii: "'") {
        apostrophe = true
      }
    }
    var traits: TokenTraits = []
    if apostrophe {
      for position in (start + 1)..<max(start + 1, end - 1)
      where base[position] == UInt8(ascii: "'") && base[position - 1] | 0x20 == UInt8(ascii: "n")
        && base[position + 1] | 0x20 == UInt8(ascii: "t")
      {
        traits.insert(.contraction)
      }
    }
    if hasUpper && !hasLower { traits.insert(.upper) }
    if firstCased == 1 && hasLower { traits.insert(.capitalized) }
    if hasUpper || hasLower { traits.insert(.word) }
    return traits
  }

  /// Lowercases a scalar outside ASCII, Latin-1 and general punctuation into `scratch` and the
  /// hash, and says its case: 0 uncased, 1 upper, 2 lower, 3 titlecase.
  ///
  /// Kept out of `classify`, which runs once a token: the Unicode property look-ups made its
  /// every call fetch type metadata and size a stack buffer for them (18% of its time in a
  /// profile of sentence scoring), though news text rarely reaches this path.
  @inline(never)
  private static func otherScalar(
    _ scalar: UInt32, bytes: UnsafeBufferPointer<UInt8>,
    scratch: UnsafeMutableBufferPointer<UInt8>, limit: Int, length: inout Int, hash: inout UInt64
  ) -> UInt8 {
    guard let unicode = Unicode.Scalar(scalar) else { return 0 }
    let properties = unicode.properties
    var cased: UInt8 = 0
    if properties.isLowercase || properties.generalCategory == .titlecaseLetter {
      cased = properties.isLowercase ? 2 : 3
    } else if properties.isUppercase {
      cased = 1
    }
    if properties.changesWhenLowercased {
      for byte in properties.lowercaseMapping.utf8 {
        if length < limit { scratch[length] = byte }
        hash = (hash ^ UInt64(byte)) &* StableHash.prime
        length += 1
      }
    } else {
      for byte in bytes {
        if length < limit { scratch[length] = byte }
        hash = (hash ^ UInt64(byte)) &* StableHash.prime
        length += 1
      }
    }
    return cased
  }
}
