/// Why a JSON text could not be parsed, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  /// 1-based line and column of the offending byte.
  public var line: Int
  public var column: Int

  public var description: String { "line \(line), column \(column): \(message)" }
}

/// A strict RFC 8259 parser over UTF-8 bytes that keeps object member order.
///
/// It reads the bytes in place (no copy of the input) and takes a string's bytes as one run up to
/// its closing quote or first escape, so long article bodies cost one validation and one copy.
public struct JSONParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var depth = 0
  /// Deeper nesting is refused rather than risking the stack on hostile input.
  public static let maximumDepth = 512

  /// Parses one complete JSON text.
  public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    var text = text
    return try text.withUTF8 { buffer in
      Result { () throws(JSONParseError) -> JSONValue in try parse(buffer) }
    }.get()
  }

  /// Parses one complete JSON text from UTF-8 bytes.
  public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { (buffer) throws(JSONParseError) -> JSONValue in
      try parse(buffer)
    }
  }

  /// Parses one complete JSON text from UTF-8 bytes that outlive the call.
  public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError)
    -> JSONValue
  {
    var parser = JSONParser(bytes: bytes)
    parser.skipWhitespace()
    let value = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count { throw parser.error("unexpected text after the JSON value") }
    return value
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  private func error(_ message: String) -> JSONParseError {
    var line = 1
    var column = 1
    for b in UnsafeBufferPointer(rebasing: bytes[0..<min(index, bytes.count)]) {
      if b == 0x0A {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return JSONParseError(message: message, line: line, column: column)
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func parseValue() throws(JSONParseError) -> JSONValue {
    guard index < bytes.count else { throw error("unexpected end of input") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default:
      throw error("unexpected character '\(printable(bytes[index]))'")
    }
  }

  private func printable(_ b: UInt8) -> String {
    b >= 0x20 && b < 0x7F ? String(UnicodeScalar(b)) : "\\u{\(String(b, radix: 16))}"
  }

  private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONParseError)
    -> JSONValue
  {
    let start = index
    for b in word.utf8 {
      guard index < bytes.count, bytes[index] == b else {
        index = start
        throw error("invalid literal")
      }
      index += 1
    }
    return value
  }

  private mutating func enter() throws(JSONParseError) {
    depth += 1
    if depth > JSONParser.maximumDepth { throw error("nesting deeper than 512 levels") }
  }

  private mutating func parseObject() throws(JSONParseError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(JSONObject(members))
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("expected a string key")
      }
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("expected ':' after key")
      }
      index += 1
      skipWhitespace()
      members.append((key, try parseValue()))
      skipWhitespace()
      guard index < bytes.count else { throw error("unterminated object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(JSONObject(members))
      } else {
        throw error("expected ',' or '}' in object")
      }
    }
  }

  private mutating func parseArray() throws(JSONParseError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    index += 1
    var items: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      items.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count else { throw error("unterminated array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(items)
      } else {
        throw error("expected ',' or ']' in array")
      }
    }
  }

  private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
    let start = index
    var isInteger = true
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func digits(_ p: inout JSONParser) -> Int {
      let s = p.index
      while p.index < p.bytes.count, (0x30...0x39).contains(p.bytes[p.index]) { p.index += 1 }
      return p.index - s
    }
    let intDigits = digits(&self)
    guard intDigits > 0 else { throw error("invalid number") }
    if intDigits > 1, bytes[index - intDigits] == UInt8(ascii: "0") {
      throw error("leading zero in number")
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard digits(&self) > 0 else { throw error("invalid number") }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard digits(&self) > 0 else { throw error("invalid number") }
    }
    // An integer of up to 18 digits cannot overflow: read from the bytes, as `Int(text)` reads
    // it, without making the text (a `String` and `Int(_:)` for each of the 116K numbers of
    // PolNeAR's gold.jsonl were 32M of the 232M instructions of parsing it, callgrind).
    if isInteger, intDigits <= 18 {
      var value = 0
      for position in (index - intDigits)..<index {
        value = value &* 10 &+ Int(bytes[position] &- 0x30)
      }
      return .integer(bytes[start] == UInt8(ascii: "-") ? -value : value)
    }
    let text = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    if isInteger, let i = Int(text) { return .integer(i) }
    guard let d = Double(text) else { throw error("invalid number") }
    // JSON has no infinity: a number too large for a double is an error, not `inf`.
    guard d.isFinite else { throw error("number out of range") }
    return .number(d)
  }

  private mutating func parseString() throws(JSONParseError) -> String {
    index += 1
    let start = index
    // The common case: no escape, so the string is one run of the input.
    index = plainRunEnd(from: index)
    while index < bytes.count {
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        index += 1
        return String(
          decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
      }
      if b == UInt8(ascii: "\\") || b < 0x20 { break }
      index += 1
    }
    var out: [UInt8] = []
    out.reserveCapacity(index - start + 16)
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while true {
      guard index < bytes.count else { throw error("unterminated string") }
      let b = bytes[index]
      switch b {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count else { throw error("unterminated string") }
        let e = bytes[index]
        index += 1
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var scalar = try parseHex4()
          if (0xD800..<0xDC00).contains(scalar), index + 1 < bytes.count,
            bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
          {
            index += 2
            let low = try parseHex4()
            if (0xDC00..<0xE000).contains(low) {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
              out.append(contentsOf: "\u{FFFD}".utf8)
              scalar = low
            }
          }
          let u = UnicodeScalar(scalar) ?? "\u{FFFD}"
          out.append(contentsOf: String(u).utf8)
        default:
          index -= 1
          throw error("invalid escape '\\\(printable(e))' in string")
        }
      case 0..<0x20:
        throw error("control character in string")
      default:
        // The run up to the next quote, escape or control byte, copied at once.
        let run = index
        index = plainRunEnd(from: index)
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""),
          bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20
        {
          index += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
      }
    }
  }

  /// The first index from `start` where eight bytes are not all free of quotes, backslashes and
  /// control bytes: long strings go by eight bytes at a time.
  private func plainRunEnd(from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    var i = start
    while i + 8 <= bytes.count {
      let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      let quote = x ^ 0x2222_2222_2222_2222
      let backslash = x ^ 0x5C5C_5C5C_5C5C_5C5C
      // Zero bytes of quote or backslash, or bytes below 0x20 (exact as a yes or no).
      let found =
        ((quote &- 0x0101_0101_0101_0101) & ~quote)
        | ((backslash &- 0x0101_0101_0101_0101) & ~backslash)
        | ((x &- 0x2020_2020_2020_2020) & ~x)
      if found & 0x8080_8080_8080_8080 != 0 { break }
      i += 8
    }
    return i
  }

  private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("invalid \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      let c = bytes[index]
      let d: UInt32
      switch c {
      case 0x30...0x39: d = UInt32(c - 0x30)
      case 0x41...0x46: d = UInt32(c - 0x41 + 10)
      case 0x61...0x66: d = UInt32(c - 0x61 + 10)
      default: throw error("invalid \\u escape")
      }
      v = v << 4 | d
      index += 1
    }
    return v
  }
}
