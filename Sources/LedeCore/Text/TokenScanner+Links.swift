extension TokenScanner {
  /// A URL or an e-mail address starting at `first`, if the bytes there make one:
  /// `https://…`, `www.…`, `user@example.org`, or a bare host with a path or a well-known
  /// top-level domain (`example.com/news`, `bbc.co.uk`). Trailing punctuation and an
  /// unbalanced closing bracket are left out, so `(see www.un.org).` ends the URL at `org`.
  ///
  /// A run that makes no link is remembered, so a long run without spaces (`a.b.c.…`) is read
  /// once rather than once per word in it.
  mutating func link(from first: Int) -> (end: Int, kind: TokenKind)? {
    guard first >= noLinkBefore else { return nil }
    var runEnd = first
    while runEnd < end, TokenScanner.isURLByte(text[runEnd]) { runEnd += 1 }
    let link = link(from: first, to: trimmedLinkEnd(from: first, to: runEnd))
    if link == nil { noLinkBefore = runEnd }
    return link
  }

  private func link(from first: Int, to runEnd: Int) -> (end: Int, kind: TokenKind)? {
    guard runEnd > first else { return nil }

    var schemeEnd = first
    while schemeEnd < runEnd, CharacterClass.isASCIILetter(text[schemeEnd]) { schemeEnd += 1 }
    if schemeEnd > first, schemeEnd + 3 < runEnd, text[schemeEnd] == UInt8(ascii: ":"),
      text[schemeEnd + 1] == UInt8(ascii: "/"), text[schemeEnd + 2] == UInt8(ascii: "/")
    {
      return (runEnd, .url)
    }
    if runEnd - first > 4,
      ByteKey(text, from: first, to: first + 4, lowercased: true) == TokenScanner.wwwKey,
      CharacterClass.isASCIIAlphanumeric(text[first + 4])
    {
      return (runEnd, .url)
    }

    var at = first
    while at < runEnd, TokenScanner.isEmailLocalByte(text[at]) { at += 1 }
    if at > first, at < runEnd, text[at] == UInt8(ascii: "@") {
      guard let host = host(from: at + 1, to: runEnd) else { return nil }
      return (host.end, .email)
    }

    guard let host = host(from: first, to: runEnd) else { return nil }
    if host.end < runEnd, text[host.end] == UInt8(ascii: "/") { return (runEnd, .url) }
    guard let domain = ByteKey(text, from: host.lastLabel, to: host.end, lowercased: true),
      TokenScanner.topLevelDomains.contains(domain)
    else { return nil }
    return (host.end, .url)
  }

  /// A host name from `first`: labels of letters, digits and hyphens separated by periods, at
  /// least two of them, the last made of two or more letters.
  private func host(from first: Int, to limit: Int) -> (end: Int, lastLabel: Int)? {
    var index = first
    var lastLabel = first
    var periods = 0
    while index < limit {
      let byte = text[index]
      if byte == UInt8(ascii: "."), index > lastLabel, index + 1 < limit,
        CharacterClass.isASCIIAlphanumeric(text[index + 1])
      {
        periods += 1
        lastLabel = index + 1
      } else if !(CharacterClass.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-")) {
        break
      }
      index += 1
    }
    guard periods > 0, index - lastLabel >= 2 else { return nil }
    for position in lastLabel..<index where !CharacterClass.isASCIILetter(text[position]) {
      return nil
    }
    return (index, lastLabel)
  }

  /// `runEnd` with trailing punctuation and unbalanced closing brackets removed.
  private func trimmedLinkEnd(from first: Int, to runEnd: Int) -> Int {
    var parentheses = 0  // closing minus opening
    var brackets = 0
    for position in first..<runEnd {
      switch text[position] {
      case UInt8(ascii: "("): parentheses -= 1
      case UInt8(ascii: ")"): parentheses += 1
      case UInt8(ascii: "["): brackets -= 1
      case UInt8(ascii: "]"): brackets += 1
      default: break
      }
    }
    var end = runEnd
    while end > first {
      switch text[end - 1] {
      case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
        UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "*"):
        end -= 1
      case UInt8(ascii: ")") where parentheses > 0:
        parentheses -= 1
        end -= 1
      case UInt8(ascii: "]") where brackets > 0:
        brackets -= 1
        end -= 1
      default:
        return end
      }
    }
    return end
  }

  /// Printable ASCII that may appear in a URL written in running text (not quotes, angle
  /// brackets, braces or backslashes, which end it); a URL also ends at the first non-ASCII
  /// byte, so a closing curly quote is never swallowed.
  private static func isURLByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x21...0x7E:
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"),
        UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"),
        UInt8(ascii: "}"):
        false
      default: true
      }
    default: false
    }
  }

  private static func isEmailLocalByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"),
      UInt8(ascii: "-"):
      true
    default: CharacterClass.isASCIIAlphanumeric(byte)
    }
  }

  private static let wwwKey = ByteKey("www.")

  /// Top-level domains that make a bare host a URL without a path (`bbc.co.uk`,
  /// `Amazon.com`); two-letter ones that are also English words (`in`, `it`, `me`) are left
  /// out, since `word.in` is more often a missing space.
  private static let topLevelDomains = Set(
    [
      "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "ai", "app", "dev",
      "news", "tv", "uk", "ru", "ua", "eu", "de", "fr", "es", "cn", "jp", "kr", "au", "ca",
      "ch", "nl", "pl", "se", "ge", "il", "tr", "br", "za", "nz", "ie",
    ].map(ByteKey.init))
}
