/// Splits the tokens of one block into sentences, with the rules of edited news text.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis followed by whitespace and something that
/// can start a sentence (a capitalised word, a number, an opening quote or bracket), or at the
/// end of the block; closing quotes and brackets right after the terminator stay with it.
/// Abbreviations that precede names (`Mr.`, `Gen.`) and initials never end a sentence; other
/// abbreviations (`U.S.`, `Inc.`, `Jan.`) do only before a common sentence-starting word.
/// `“Stop!” she shouted.` and `“Why?” Putin asked.` are one sentence each. Full-width CJK
/// terminators end a sentence without whitespace. Titles and headings are one sentence.
struct SentenceSplitter {
  private let text: TextBytes
  private let tokens: UnsafeBufferPointer<Token>
  /// One past the last token of the block.
  private let limit: Int

  /// Appends the sentences of the block whose tokens are `range` to `sentences`.
  static func split(
    _ text: TextBytes, tokens: [Token], range: Range<Int>, block: Int, role: BlockRole,
    into sentences: inout [Sentence]
  ) {
    guard !range.isEmpty else { return }
    tokens.withUnsafeBufferPointer { buffer in
      func append(_ sentenceTokens: Range<Int>) {
        let span = Span(
          start: buffer[sentenceTokens.lowerBound].start,
          end: buffer[sentenceTokens.upperBound - 1].end)
        sentences.append(Sentence(span: span, block: block, tokens: sentenceTokens))
      }
      if role == .title || role == .heading {
        // Headline punctuation is irregular (`Lavrov: ‘We will respond.’ Kremlin warns`), and a
        // heading is one unit whatever it holds.
        append(range)
        return
      }
      let splitter = SentenceSplitter(text: text, tokens: buffer, limit: range.upperBound)
      var first = range.lowerBound
      var index = first
      while index < range.upperBound {
        guard let terminator = splitter.terminator(buffer[index]) else {
          index += 1
          continue
        }
        var next = index + 1
        while next < range.upperBound, splitter.isCloser(next) { next += 1 }
        if next < range.upperBound, splitter.ends(terminator, at: index, before: next) {
          append(first..<next)
          first = next
        }
        index = next
      }
      if first < range.upperBound { append(first..<range.upperBound) }
    }
  }

  private enum Terminator: Equatable {
    case period, exclamation, ellipsis, fullWidth, initial
    case abbreviation(AbbreviationKind)
  }

  /// How a token after a possible sentence end begins.
  private enum Opening {
    case upper, lower, number, quoteOrBracket, other
  }

  /// What kind of sentence end a token may be, if any.
  private func terminator(_ token: Token) -> Terminator? {
    switch token.kind {
    case .punct:
      let lead = text[token.start]
      if lead == UInt8(ascii: ".") { return token.end - token.start == 1 ? .period : .ellipsis }
      if lead == UInt8(ascii: "!") || lead == UInt8(ascii: "?") { return .exclamation }
      guard lead >= 0x80 else { return nil }
      switch text.scalar(at: token.start, limit: token.end).value {
      case 0x2026: return .ellipsis
      case 0x203C, 0x2047...0x2049, 0x061F: return .exclamation
      case 0x0964, 0x06D4: return .period
      case 0x3002, 0xFF01, 0xFF1F, 0xFF61: return .fullWidth
      default: return nil
      }
    case .word:
      guard text[token.end - 1] == UInt8(ascii: ".") else { return nil }
      let first = text.scalar(at: token.start, limit: token.end)
      if first.length + 1 == token.end - token.start, CharacterClass.isUppercase(first.value) {
        return .initial
      }
      return .abbreviation(
        Abbreviations.kind(of: text, from: token.start, to: token.end - 1) ?? .other)
    default:
      return nil
    }
  }

  /// Whether the token at `index` is a closing quote or bracket that stays with the
  /// terminator before it: it touches the token before, or is a guillemet, which French
  /// typography sets apart with a space.
  private func isCloser(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .punct else { return false }
    let value = text.scalar(at: token.start, limit: token.end).value
    switch value {
    case 0xBB, 0x203A: return true
    case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0x300D, 0x300F, 0xFF09:
      return token.start == tokens[index - 1].end
    default: return false
    }
  }

  private func isQuote(_ token: Token) -> Bool {
    switch text.scalar(at: token.start, limit: token.end).value {
    case 0x22, 0x27, 0x2019, 0x201D, 0xBB, 0x203A, 0x300D, 0x300F: true
    default: false
    }
  }

  /// Whether the terminator at `index` ends a sentence, the next sentence starting at `next`.
  private func ends(_ terminator: Terminator, at index: Int, before next: Int) -> Bool {
    if terminator == .fullWidth { return true }
    // `3.5`, `U.S.-led` and `sanctions.The` have no space: not a sentence end.
    guard tokens[next].start > tokens[next - 1].end else { return false }
    switch terminator {
    case .initial, .abbreviation(.title):
      return false
    case .abbreviation(.other):
      switch opening(of: next) {
      case .upper: return isStarter(next)
      // `Va. (AP)` is a dateline; `U.S. “We…` starts a sentence.
      case .quoteOrBracket: return next + 1 < limit && isStarter(next + 1)
      default: return false
      }
    default:
      switch opening(of: next) {
      case .upper:
        if terminator != .period, (index + 1..<next).contains(where: { isQuote(tokens[$0]) }),
          isAttribution(from: next)
        {
          return false  // “Why?” Putin asked.
        }
        return true
      case .number: return true
      case .quoteOrBracket: return !(next + 1 < limit && opening(of: next + 1) == .lower)
      case .lower, .other: return false
      }
    }
  }

  private func opening(of index: Int) -> Opening {
    let token = tokens[index]
    let lead = text[token.start]
    switch token.kind {
    case .number:
      return .number
    case .word:
      if lead < 0x80 {
        if CharacterClass.isASCIIUppercase(lead) { return .upper }
        if CharacterClass.isASCIILowercase(lead) {
          // iPhone, eBay
          let second = token.start + 1
          return second < token.end && CharacterClass.isASCIIUppercase(text[second])
            ? .upper : .lower
        }
        if lead == UInt8(ascii: "#") || lead == UInt8(ascii: "@") { return .upper }
        return CharacterClass.isASCIIDigit(lead) ? .number : .other
      }
      let value = text.scalar(at: token.start, limit: token.end).value
      return CharacterClass.isLowercase(value) ? .lower : .upper
    case .punct:
      switch text.scalar(at: token.start, limit: token.end).value {
      case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x60, 0x2018, 0x201C, 0x201E, 0x201A, 0xAB, 0x2039, 0xBF,
        0xA1,
        0x300C, 0x300E, 0xFF08:
        return .quoteOrBracket
      default:
        return .other
      }
    case .symbol:
      // A currency sign starts an amount: `$5bn was pledged.`
      let value = text.scalar(at: token.start, limit: token.end).value
      switch value {
      case 0x24, 0xA2...0xA5, 0x20A0...0x20CF: return .number
      default: return .other
      }
    case .url, .email, .emoji:
      return .other
    }
  }

  private func isStarter(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.kind == .word && SentenceCues.isStarter(text, from: token.start, to: token.end)
  }

  /// Whether the tokens from `index` are a short capitalised name and a verb of saying:
  /// `Putin asked`, `Mr. Kim said` (but not `Officials said`, a new sentence).
  private func isAttribution(from index: Int) -> Bool {
    guard !isStarter(index) else { return false }
    var position = index
    while position < limit, position - index < 4, tokens[position].kind == .word,
      opening(of: position) == .upper
    {
      position += 1
    }
    guard position > index, position < limit, tokens[position].kind == .word else { return false }
    return SentenceCues.isSpeechVerb(text, from: tokens[position].start, to: tokens[position].end)
  }
}
