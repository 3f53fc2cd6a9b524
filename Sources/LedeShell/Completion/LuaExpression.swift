import LedeLua

/// The end of a line of Lua as completion sees it: the word being typed and, when it follows
/// `.` or `:`, the plain expression before it (`corpus[1].ti` → `corpus[1]`, `.`, `ti`).
struct LuaExpression: Equatable {
  /// The value being indexed, as steps; empty for a bare word.
  var path: [ShellPathStep]
  /// `.`, `:` or nil for a bare word.
  var separator: Character?
  /// The partial name typed.
  var word: String
  /// Byte offset of `word` in the line.
  var wordStart: Int

  /// Parses the text before the cursor; nil where nothing can be completed (inside a string,
  /// after a call, after a number).
  init?(_ text: String) {
    let bytes = Array(text.utf8)
    if Self.inString(bytes) { return nil }
    var end = bytes.count
    while end > 0, Self.isNameByte(bytes[end - 1]) { end -= 1 }
    wordStart = end
    word = String(decoding: bytes[end...], as: UTF8.self)
    if let first = word.utf8.first, (0x30...0x39).contains(first) { return nil }
    guard end > 0, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: ":")
    else {
      separator = nil
      path = []
      return
    }
    separator = Character(UnicodeScalar(bytes[end - 1]))
    // `..` is concatenation, not a field.
    if end >= 2, bytes[end - 2] == UInt8(ascii: ".") { return nil }
    guard let steps = Self.path(endingAt: end - 1, in: bytes) else { return nil }
    path = steps
  }

  /// The steps of the expression that ends just before `end`: a name followed by `.name`,
  /// `[integer]`, `["string"]` and calls `:name(…)` / `.name(…)` (whose arguments are skipped,
  /// never evaluated); nil for anything else.
  static func path(endingAt end: Int, in bytes: [UInt8]) -> [ShellPathStep]? {
    var steps: [ShellPathStep] = []
    var i = end
    while true {
      guard i > 0 else { return nil }
      if bytes[i - 1] == UInt8(ascii: ")") {
        guard let open = openingParenthesis(before: i - 1, in: bytes) else { return nil }
        var start = open
        while start > 0, isNameByte(bytes[start - 1]) { start -= 1 }
        guard start < open, start > 0, !(0x30...0x39).contains(bytes[start]) else { return nil }
        let separator = bytes[start - 1]
        guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: ".") else { return nil }
        let name = String(decoding: bytes[start..<open], as: UTF8.self)
        steps.append(.call(name, method: separator == UInt8(ascii: ":")))
        i = start - 1
        continue
      }
      if bytes[i - 1] == UInt8(ascii: "]") {
        guard let open = bytes[..<(i - 1)].lastIndex(of: UInt8(ascii: "[")) else { return nil }
        let inside = String(decoding: bytes[(open + 1)..<(i - 1)], as: UTF8.self).trimmingSpaces
        if let n = Int(inside) {
          steps.append(.index(n))
        } else if inside.count >= 2, let q = inside.first, q == "\"" || q == "'",
          inside.last == q
        {
          steps.append(.field(String(inside.dropFirst().dropLast())))
        } else {
          return nil
        }
        i = open
        continue
      }
      var start = i
      while start > 0, isNameByte(bytes[start - 1]) { start -= 1 }
      guard start < i, !(0x30...0x39).contains(bytes[start]) else { return nil }
      let name = String(decoding: bytes[start..<i], as: UTF8.self)
      if start > 0, bytes[start - 1] == UInt8(ascii: ".") {
        guard start < 2 || bytes[start - 2] != UInt8(ascii: ".") else { return nil }
        steps.append(.field(name))
        i = start - 1
        continue
      }
      if start > 0, bytes[start - 1] == UInt8(ascii: ":") { return nil }
      steps.append(.name(name))
      return steps.reversed()
    }
  }

  /// The `(` that the `)` at `close` closes, skipping nested parentheses and strings; nil when
  /// there is none.
  static func openingParenthesis(before close: Int, in bytes: [UInt8]) -> Int? {
    var depth = 0
    var i = close
    var quote: UInt8?
    while i >= 0 {
      let b = bytes[i]
      if let q = quote {
        if b == q && (i == 0 || bytes[i - 1] != UInt8(ascii: "\\")) { quote = nil }
      } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        quote = b
      } else if b == UInt8(ascii: ")") {
        depth += 1
      } else if b == UInt8(ascii: "(") {
        depth -= 1
        if depth == 0 { return i }
      }
      i -= 1
    }
    return nil
  }

  /// Whether the end of the line is inside a string literal.
  static func inString(_ bytes: [UInt8]) -> Bool {
    var quote: UInt8?
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if let q = quote {
        if b == UInt8(ascii: "\\") {
          i += 1
        } else if b == q {
          quote = nil
        }
      } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
        quote = b
      } else if b == UInt8(ascii: "-"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "-") {
        return true  // a comment: nothing to complete
      }
      i += 1
    }
    return quote != nil
  }

  static func isNameByte(_ b: UInt8) -> Bool {
    b == 0x5F || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b)
      || (0x61...0x7A).contains(b)
  }
}
