import LedeCore

/// The geoparser's view of an article: Core's token layer turned into `GeoToken`s, without
/// reading the text again.
///
/// The view splits hyphenated words into their parts (`anti-Russia` is `anti` and a `Russia`
/// that a place can start at), leaves possessive endings and possessive marks out, and keeps an
/// abbreviation's period as a token of its own (a title's, `St.`, stays inside a name).
struct GeoTokens {
  let layer: TokenLayer
  let text: UnsafeBufferPointer<UInt8>
  let titles: KeySet
  /// The view being written, in place: an `append` to an array held by this struct checked the
  /// array's uniqueness and capacity for every token (about 4M of the view's 27M instructions on
  /// 200 PolNeAR train texts, callgrind). `capacity` bounds what `build` can write.
  private var out = UnsafeMutablePointer<GeoToken>(bitPattern: 0)
  private var written = 0
  /// The token before was a word and nothing but spaces followed it.
  var joinNext = false
  /// The layer's flag bits, read once: from this module `TokenFlags`' members and `contains`
  /// are calls (Swift does not inline `package` code across modules), several a token, and
  /// comparing shapes with `==` went through the Equatable witness. Bits and `case` patterns
  /// cut this view from about 520 to 310 instructions a token (PolNeAR train, callgrind).
  private let bits = FlagBits()
  /// The layer's arrays, read through pointers while `build` runs: indexing the arrays inside
  /// `layer` reloaded them at every access, `shape` and `stemEnd` were calls, and the small
  /// helpers below copied this struct at each call until forced inline. Together these cut the
  /// view from 221M to 158M instructions (`a:places()` on PolNeAR train, callgrind).
  private var layerTokens = UnsafeBufferPointer<Token>(start: nil, count: 0)
  private var layerFlags = UnsafeBufferPointer<TokenFlags>(start: nil, count: 0)
  private var layerKeys = UnsafeBufferPointer<UInt64>(start: nil, count: 0)

  private struct FlagBits {
    let lineBreakBefore = TokenFlags.lineBreakBefore.rawValue
    let possessiveMark = TokenFlags.possessiveMark.rawValue
    let hyphenated = TokenFlags.hyphenated.rawValue
    let initial = TokenFlags.initial.rawValue
    let camelCase = TokenFlags.camelCase.rawValue
    let dotted = TokenFlags.dotted.rawValue
    let finalPeriod = TokenFlags.finalPeriod.rawValue
    let possessive = TokenFlags.possessive.rawValue
    let spaceBefore = TokenFlags.spaceBefore.rawValue
    /// The possessive ending's length and the shape below it, where `TokenFlags` packs them
    /// (read from Core, so the layout is written once).
    let possessiveBits = TokenFlags(shape: .other, possessiveLength: 7).rawValue
    /// Stored, not computed: as computed properties the shift and mask were worked out again
    /// for every word (a bit count and its overflow checks).
    let possessiveShift: UInt32
    let shapeMask: UInt32
    let allCaps = UInt32(TokenShape.allCaps.rawValue)
    let capitalized = UInt32(TokenShape.capitalized.rawValue)
    let initialShape = UInt32(TokenShape.initial.rawValue)
    let period = UInt32(TokenShape.period.rawValue)

    init() {
      possessiveShift = UInt32(possessiveBits.trailingZeroBitCount)
      shapeMask = (1 << possessiveShift) - 1
    }
  }

  init(layer: TokenLayer, text: UnsafeBufferPointer<UInt8>, titles: KeySet) {
    self.layer = layer
    self.text = text
    self.titles = titles
  }

  /// The most tokens the view can have: a word gives at most two (itself and its period), a
  /// hyphenated one one per part and the period of its last.
  private var capacity: Int { 2 * layer.count + layer.parts.count + 1 }

  /// The view of every token of the layer, block by block.
  mutating func build() -> [GeoToken] {
    let layer = self.layer
    return [GeoToken](unsafeUninitializedCapacity: capacity) { buffer, count in
      out = buffer.baseAddress
      written = 0
      layer.tokens.withUnsafeBufferPointer { tokens in
        layer.flags.withUnsafeBufferPointer { flags in
          layer.keys.withUnsafeBufferPointer { keys in
            layerTokens = tokens
            layerFlags = flags
            layerKeys = keys
            var block = -1
            let n = min(tokens.count, flags.count, keys.count)
            for sentence in layer.sentences {
              if sentence.block != block {
                block = sentence.block
                joinNext = false
              }
              for t in sentence.tokens where t < n { add(t, block: Int32(block)) }
            }
            layerTokens = UnsafeBufferPointer(start: nil, count: 0)
            layerFlags = UnsafeBufferPointer(start: nil, count: 0)
            layerKeys = UnsafeBufferPointer(start: nil, count: 0)
          }
        }
      }
      count = written
      out = nil
    }
  }

  /// Writes the next token of the view.
  @inline(__always)
  private mutating func append(_ token: GeoToken) {
    out.unsafelyUnwrapped[written] = token
    written += 1
  }

  /// Adds `flags` to the last token written.
  @inline(__always)
  private func markLast(_ flags: UInt16) {
    out.unsafelyUnwrapped[written - 1].flags |= flags
  }

  @inline(__always)
  private mutating func add(_ t: Int, block: Int32) {
    let f = layerFlags[t]
    let raw = f.rawValue
    if raw & bits.lineBreakBefore != 0 { joinNext = false }
    if raw & bits.possessiveMark != 0 { return }  // `Wales'`: the word carries the possessive
    let token = layerTokens[t]
    switch token.kind {
    case .word, .number:
      if raw & bits.hyphenated != 0 {
        var first = true
        for part in layer.parts(of: t) {
          var flags = GeoToken.word
          if part.shape == .capitalized || part.shape == .allCaps { flags |= GeoToken.capitalised }
          if part.shape == .allCaps { flags |= GeoToken.allCaps }
          if part.camelCase { flags |= GeoToken.camelCase }
          if isDigit(Int(part.start)) { flags |= GeoToken.number }
          if !first { flags |= GeoToken.hyphenBefore | GeoToken.joined }
          if first && raw & bits.initial != 0 { flags |= GeoToken.sentenceStart }
          word(Int(part.start), Int(part.end), part.key, flags, block: block)
          first = false
        }
        markLast(endFlags(t, f))
      } else {
        wholeWord(t, f, block: block)
      }
    default:
      punctuation(token.start, token.end, f.shape, block: block)
    }
  }

  /// A word that is one token (not hyphenated); inlined into the view's loop, whose most
  /// frequent step it is.
  @inline(__always)
  private mutating func wholeWord(_ t: Int, _ f: TokenFlags, block: Int32) {
    let token = layerTokens[t]
    let raw = f.rawValue
    let start = token.start
    var end = token.end - Int((raw & bits.possessiveBits) >> bits.possessiveShift)
    var key = layerKeys[t]
    var flags = GeoToken.word
    let shape = raw & bits.shapeMask
    if shape == bits.allCaps {
      flags |= GeoToken.capitalised | GeoToken.allCaps
    } else if shape == bits.capitalized || shape == bits.initialShape {
      flags |= GeoToken.capitalised
    } else if startsLikeDIvoire(start, end) {
      flags |= GeoToken.capitalised
    }
    if raw & bits.camelCase != 0 { flags |= GeoToken.camelCase }
    if raw & bits.dotted != 0 { flags |= GeoToken.dotted }
    // The layer's `initial` (a sentence's first word, or the first after a colon or an opening
    // quotation mark): a capital there says nothing about a name.
    if raw & bits.initial != 0 { flags |= GeoToken.sentenceStart }
    if case .number = token.kind {
      flags |= GeoToken.number
    } else if isDigit(start) {
      flags |= GeoToken.number
    }
    // `Mr.`, `St.`, `Jan.`: the word, then its period as a token of its own.
    let period = raw & bits.finalPeriod != 0 && raw & bits.dotted == 0 && end - start > 1
    if period {
      end -= 1
      key = WordHash.of(text, from: start, to: end)
    }
    word(start, end, key, flags | endFlags(t, f), block: block)
    if period {
      markLast(GeoToken.dotAfter)
      let isTitle = end - start <= 4 && titles.contains(key)
      append(mark(end, end + 1, isTitle ? Punct.abbreviation : Punct.period, block))
      if !isTitle { joinNext = false }
    }
  }

  /// The flags the last part of a word takes from the whole token.
  @inline(__always)
  private func endFlags(_ t: Int, _ f: TokenFlags) -> UInt16 {
    var flags: UInt16 = 0
    let raw = f.rawValue
    if raw & bits.possessive != 0 { flags |= GeoToken.possessive }
    // A period straight after the word (`Paris.`, `Va.`): part of an abbreviation or not.
    if raw & bits.finalPeriod == 0, t + 1 < layerFlags.count,
      layerFlags[t + 1].rawValue & bits.spaceBefore == 0,
      layerFlags[t + 1].rawValue & bits.shapeMask == bits.period
    {
      flags |= GeoToken.dotAfter
    }
    return flags
  }

  @inline(__always)
  private mutating func word(
    _ start: Int, _ end: Int, _ key: UInt64, _ flags: UInt16, block: Int32
  ) {
    var flags = flags
    if joinNext { flags |= GeoToken.joined }
    append(
      GeoToken(
        start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), hash: key,
        flags: flags, punct: 0, block: block))
    joinNext = true
  }

  /// A punctuation mark, by the shape the token layer gave it.
  private mutating func punctuation(_ start: Int, _ end: Int, _ shape: TokenShape, block: Int32) {
    let code: UInt8
    switch shape {
    case .comma: code = Punct.comma
    case .period, .ellipsis: code = Punct.period
    case .question: code = UInt8(ascii: "?")  // and `!`
    case .colon: code = Punct.colon
    case .semicolon: code = UInt8(ascii: ";")
    case .openParen: code = Punct.openParen
    case .closeParen: code = Punct.closeParen
    case .dash: code = Punct.dash
    case .straightQuote: code = Punct.quote
    case .openQuote, .openSingle: code = UInt8(ascii: "o")
    case .closeQuote, .closeSingle: code = UInt8(ascii: "c")
    default: code = Punct.other
    }
    append(mark(start, end, code, block))
    joinNext = false
  }

  @inline(__always)
  private func mark(_ start: Int, _ end: Int, _ code: UInt8, _ block: Int32) -> GeoToken {
    GeoToken(
      start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), hash: 0,
      flags: 0, punct: code, block: block)
  }

  @inline(__always)
  private func isDigit(_ i: Int) -> Bool { i < text.count && text[i] &- 0x30 < 10 }

  /// `d'Ivoire`, `l’Aquila`: one lower-case letter and an apostrophe before a capital.
  @inline(__always)
  private func startsLikeDIvoire(_ start: Int, _ end: Int) -> Bool {
    guard end - start > 3, text[start] &- 0x61 < 26 else { return false }
    if text[start + 1] == 0x27 { return text[start + 2] &- 0x41 < 26 }
    return end - start > 5 && text[start + 1] == 0xE2 && text[start + 2] == 0x80
      && text[start + 3] == 0x99 && text[start + 4] &- 0x41 < 26
  }
}
