/// One pass of the tokenizer over a range of bytes: the position and the tokens so far.
///
/// Each `scan…` method starts at `position`, appends one token (or skips whitespace) and
/// leaves `position` after it. Words, numbers and links are in the extensions.
struct TokenScanner {
  let text: TextBytes
  /// The first byte of the range; nothing before it is read.
  let start: Int
  /// The end of the range; nothing at or after it is read.
  let end: Int
  var position: Int
  /// Where the tokens are written, and how many: an unsafe buffer rather than an array, whose
  /// every `append` checked its uniqueness and capacity out of line (about 35 instructions a
  /// token, 5M of 1,115M for every analysis of 200 PolNeAR train texts). `Tokenizer.tokenize`
  /// gives it room for one token in two bytes (news text has one in five); `grow` doubles it
  /// for denser text.
  private(set) var out: UnsafeMutablePointer<Token>
  private(set) var count = 0
  private var capacity: Int
  /// Where the last run of URL characters that made no link ended (see `link(from:)`).
  var noLinkBefore = 0

  /// A scanner of `text[start..<end]` that writes its tokens to `out`, which has room for
  /// `capacity` (`out` is the caller's to free, as `grow` may have replaced it).
  init(
    text: TextBytes, start: Int, end: Int, out: UnsafeMutablePointer<Token>, capacity: Int
  ) {
    self.text = text
    self.start = start
    self.end = end
    self.position = start
    self.out = out
    self.capacity = capacity
  }

  mutating func run() {
    while position < end {
      let byte = text[position]
      if byte < 0x80 {
        if CharacterClass.isASCIILetter(byte) {
          scanWord(from: position)
        } else if CharacterClass.isASCIISpace(byte) {
          position += 1
        } else if CharacterClass.isASCIIDigit(byte) {
          scanNumber(from: position, digitsAt: position)
        } else {
          scanASCIIPunctuation(byte)
        }
      } else {
        scanNonASCII()
      }
    }
  }

  /// Appends a token and moves past it; a token longer than `Token.maximumLength` is cut at
  /// scalar boundaries into several.
  @inline(__always)
  mutating func emit(_ kind: TokenKind, from tokenStart: Int, to tokenEnd: Int) {
    var pieceStart = tokenStart
    while tokenEnd - pieceStart > Token.maximumLength {
      var cut = pieceStart + Token.maximumLength
      while cut > pieceStart + 1, text[cut] & 0xC0 == 0x80 { cut -= 1 }
      write(Token(start: pieceStart, end: cut, kind: kind))
      pieceStart = cut
    }
    write(Token(start: pieceStart, end: tokenEnd, kind: kind))
    position = tokenEnd
  }

  @inline(__always)
  private mutating func write(_ token: Token) {
    if count == capacity { grow() }
    (out + count).initialize(to: token)
    count &+= 1
  }

  /// Doubles the room of `out`.
  @inline(never)
  private mutating func grow() {
    let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2 + 16)
    larger.moveInitialize(from: out, count: count)
    out.deallocate()
    out = larger
    capacity = capacity * 2 + 16
  }

  // MARK: Punctuation and symbols

  private mutating func scanASCIIPunctuation(_ byte: UInt8) {
    let first = position
    switch byte {
    case UInt8(ascii: "."):
      if byteIs(UInt8(ascii: "."), at: first + 1) {
        emit(.punct, from: first, to: extent(from: first) { $0 == UInt8(ascii: ".") })
      } else if isDigit(at: first + 1), followsBoundary(first) {
        scanNumber(from: first, digitsAt: first + 1)  // .45 calibre
      } else {
        emit(.punct, from: first, to: first + 1)
      }
    case UInt8(ascii: "!"), UInt8(ascii: "?"):
      emit(
        .punct, from: first,
        to: extent(from: first) { $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") })
    case UInt8(ascii: "-"):
      if byteIs(UInt8(ascii: "-"), at: first + 1) {
        emit(.punct, from: first, to: extent(from: first) { $0 == UInt8(ascii: "-") })
      } else if isDigit(at: first + 1), followsBoundary(first) {
        scanNumber(from: first, digitsAt: first + 1)
      } else {
        emit(.punct, from: first, to: first + 1)
      }
    case UInt8(ascii: "+"):
      if isDigit(at: first + 1), followsBoundary(first) {
        scanNumber(from: first, digitsAt: first + 1)
      } else {
        emit(.symbol, from: first, to: first + 1)
      }
    case UInt8(ascii: "'"):
      if let decadeEnd = decadeEnd(from: first + 1) {
        emit(.number, from: first, to: decadeEnd)
      } else if byteIs(UInt8(ascii: "'"), at: first + 1),
        !byteIs(UInt8(ascii: "'"), at: first + 2) || byteIs(UInt8(ascii: "'"), at: first + 3)
      {
        // Two apostrophes are one double quotation mark in the New York Times' style
        // (`''This isn't reform,'' she said.`); of three, the first closes a single
        // quotation and the other two the double one (`it,''' he said`).
        emit(.punct, from: first, to: first + 2)
      } else {
        emit(.punct, from: first, to: first + 1)
      }
    case UInt8(ascii: "#"), UInt8(ascii: "@"):
      if isAlphanumeric(at: first + 1) || byteIs(UInt8(ascii: "_"), at: first + 1) {
        scanWord(from: first, resumingAt: first + 1)  // #hashtag, @mention
      } else {
        emit(.symbol, from: first, to: first + 1)
      }
    case UInt8(ascii: "`") where byteIs(UInt8(ascii: "`"), at: first + 1):
      emit(.punct, from: first, to: first + 2)  // ``: the opening mark that pairs with ''
    case 0x00..<0x20, 0x7F:
      position += 1  // control characters other than whitespace separate tokens
    default:
      emit(CharacterClass.ascii(byte) == .symbol ? .symbol : .punct, from: first, to: first + 1)
    }
  }

  private mutating func scanNonASCII() {
    let first = position
    if text[first] & 0xC0 == 0x80 {
      position += 1  // a range that starts inside a scalar: skip to the next one
      return
    }
    let (value, length) = text.scalar(at: first, limit: end)
    switch value {
    case 0x2018, 0x2019:
      if let decadeEnd = decadeEnd(from: first + length) {
        emit(.number, from: first, to: decadeEnd)  // ’90s
      } else {
        emit(.punct, from: first, to: first + length)
      }
    case 0x2013, 0x2014, 0x2015, 0x2E3A, 0x2E3B:
      emit(.punct, from: first, to: scalarExtent(from: first, while: TokenScanner.isDash))
    case 0x2026:
      emit(.punct, from: first, to: scalarExtent(from: first) { $0 == 0x2026 })
    case 0x2212:  // minus sign
      if isDigit(at: first + length), followsBoundary(first) {
        scanNumber(from: first, digitsAt: first + length)
      } else {
        emit(.symbol, from: first, to: first + length)
      }
    default:
      switch CharacterClass.of(value) {
      case .letter, .mark: scanWord(from: first)
      case .digit: scanOtherDigits(from: first)
      case .space, .ignorable: position = first + length
      case .emoji: scanEmoji(from: first, first: value, length: length)
      case .symbol:
        let next = first + length
        if next < end, CharacterClass.isEmoji(value),
          text.scalar(at: next, limit: end).value == 0xFE0F
        {
          scanEmoji(from: first, first: value, length: length)  // ❤️
        } else {
          emit(.symbol, from: first, to: next)
        }
      case .punct: emit(.punct, from: first, to: first + length)
      }
    }
  }

  /// An emoji with its modifiers (skin tone, variation selector, keycap, tags), joined to
  /// the emoji after a zero-width joiner; a pair of regional indicators is one flag.
  private mutating func scanEmoji(from first: Int, first value: UInt32, length: Int) {
    var next = first + length
    if (0x1F1E6...0x1F1FF).contains(value) {
      if next < end, text[next] >= 0x80 {
        let (other, otherLength) = text.scalar(at: next, limit: end)
        if (0x1F1E6...0x1F1FF).contains(other) { next += otherLength }
      }
      emit(.emoji, from: first, to: next)
      return
    }
    while next < end, text[next] >= 0x80 {
      let (following, followingLength) = text.scalar(at: next, limit: end)
      if CharacterClass.isEmojiModifier(following) {
        next += followingLength
      } else if following == 0x200D, next + followingLength < end,
        CharacterClass.isEmoji(text.scalar(at: next + followingLength, limit: end).value)
      {
        next += followingLength + text.scalar(at: next + followingLength, limit: end).length
      } else {
        break
      }
    }
    emit(.emoji, from: first, to: next)
  }

  // MARK: Looking around

  @inline(__always) func byteIs(_ byte: UInt8, at index: Int) -> Bool {
    index < end && text[index] == byte
  }

  @inline(__always) func isDigit(at index: Int) -> Bool {
    index < end && CharacterClass.isASCIIDigit(text[index])
  }

  /// Whether a letter (of any script) starts at `index`.
  @inline(__always) func isLetter(at index: Int) -> Bool {
    guard index < end else { return false }
    let byte = text[index]
    if byte < 0x80 { return CharacterClass.isASCIILetter(byte) }
    return CharacterClass.of(text.scalar(at: index, limit: end).value) == .letter
  }

  /// Whether a letter or a digit (of any script) starts at `index`.
  @inline(__always) func isAlphanumeric(at index: Int) -> Bool {
    guard index < end else { return false }
    let byte = text[index]
    if byte < 0x80 { return CharacterClass.isASCIIAlphanumeric(byte) }
    let kind = CharacterClass.of(text.scalar(at: index, limit: end).value)
    return kind == .letter || kind == .digit
  }

  /// Whether `index` starts the range or follows whitespace or an opening bracket or quote:
  /// there a `-` or `+` before a digit is a sign, not a hyphen.
  func followsBoundary(_ index: Int) -> Bool {
    guard let previous = text.scalar(before: index, lowerBound: start) else { return true }
    switch previous {
    case 0x28, 0x5B, 0x7B, 0x22, 0x27, 0x2018, 0x201C, 0xAB, 0x2F: return true
    default: return CharacterClass.of(previous) == .space
    }
  }

  /// The end of the run of bytes satisfying `belongs` that starts at `from`.
  @inline(__always) func extent(from: Int, while belongs: (UInt8) -> Bool) -> Int {
    var index = from
    while index < end, belongs(text[index]) { index += 1 }
    return index
  }

  /// En dash, em dash, horizontal bar, two- and three-em dashes.
  static func isDash(_ value: UInt32) -> Bool {
    switch value {
    case 0x2013, 0x2014, 0x2015, 0x2E3A, 0x2E3B: true
    default: false
    }
  }

  /// The end of the run of scalars satisfying `belongs` that starts at `from`.
  func scalarExtent(from: Int, while belongs: (UInt32) -> Bool) -> Int {
    var index = from
    while index < end {
      let (value, length) = text.scalar(at: index, limit: end)
      guard belongs(value) else { break }
      index += length
    }
    return index
  }
}
