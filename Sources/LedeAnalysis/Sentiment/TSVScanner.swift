/// Reads tab-separated data files straight from their bytes: no `String` per line or field.
enum TSVScanner {
  /// Calls `body` with the fields of each non-empty line (and, with `comments`, each line that
  /// does not start with `#`: VADER's files have keys such as `#-)`, so they read every line).
  ///
  /// Fields are byte ranges into `bytes`; a trailing CR is dropped.
  static func forEachRow(
    _ bytes: [UInt8], comments: Bool = false,
    _ body: (UnsafeBufferPointer<UInt8>, [Range<Int>]) throws -> Void
  ) rethrows {
    try bytes.withUnsafeBufferPointer { buffer in
      var fields: [Range<Int>] = []
      fields.reserveCapacity(4)
      var lineStart = 0
      let count = buffer.count
      while lineStart < count {
        var lineEnd = lineStart
        while lineEnd < count && buffer[lineEnd] != 0x0A { lineEnd += 1 }
        var end = lineEnd
        if end > lineStart && buffer[end - 1] == 0x0D { end -= 1 }
        if end > lineStart && !(comments && buffer[lineStart] == UInt8(ascii: "#")) {
          fields.removeAll(keepingCapacity: true)
          var fieldStart = lineStart
          for position in lineStart..<end where buffer[position] == 0x09 {
            fields.append(fieldStart..<position)
            fieldStart = position + 1
          }
          fields.append(fieldStart..<end)
          try body(buffer, fields)
        }
        lineStart = lineEnd + 1
      }
    }
  }

  /// A plain decimal (`-1.5`, `2`, `+0.25`) parsed exactly as `Double("…")` would, or nil.
  ///
  /// Up to 15 significant digits: then the mantissa and the power of ten are both exact and one
  /// division rounds correctly, so the result is the nearest double, as `strtod` gives.
  static func decimal(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
    var position = range.lowerBound
    var negative = false
    if position < range.upperBound,
      buffer[position] == UInt8(ascii: "-") || buffer[position] == UInt8(ascii: "+")
    {
      negative = buffer[position] == UInt8(ascii: "-")
      position += 1
    }
    var mantissa: Int64 = 0
    var digits = 0
    var fractionDigits = 0
    var seenPoint = false
    while position < range.upperBound {
      let byte = buffer[position]
      if byte == UInt8(ascii: ".") && !seenPoint {
        seenPoint = true
      } else if byte >= 0x30 && byte <= 0x39 {
        mantissa = mantissa * 10 + Int64(byte - 0x30)
        digits += 1
        if seenPoint { fractionDigits += 1 }
      } else {
        return nil
      }
      position += 1
    }
    guard digits > 0, digits <= 15 else { return nil }
    var value = Double(mantissa)
    if fractionDigits > 0 { value /= powersOfTen[fractionDigits] }
    return negative ? -value : value
  }

  private static let powersOfTen: [Double] = (0...15).map { exponent in
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  /// The field's text, for the rare fields that are kept as strings.
  static func string(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
  }
}
