/// The one reader of Lede's tab-separated data files (name lists, lexicons, the gazetteer's
/// lists, stance cues, model weights): rows of tab-separated fields read straight from the
/// bytes, with no `String` made unless a caller asks for one.
///
/// A line feed ends a line and a trailing carriage return is dropped; empty lines are skipped;
/// with `comments`, so is a line whose first byte is `#` (VADER's files have keys such as `#-)`,
/// so they read every line).
package enum TSVReader {
  /// One non-empty line of a file: its fields as byte ranges into the file's bytes.
  package struct Row {
    /// The whole file.
    package let buffer: UnsafeBufferPointer<UInt8>
    /// The fields, in order; a line without a tab has one field.
    package let fields: [Range<Int>]
    /// The line's number in the file, from 1, for error messages.
    package let line: Int

    /// The number of fields.
    package var count: Int { fields.count }

    /// The bytes of field `i`.
    package func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
      UnsafeBufferPointer(rebasing: buffer[fields[i]])
    }

    /// The text of field `i`; the empty string when the line has fewer fields.
    package func string(_ i: Int) -> String {
      i < fields.count ? String(decoding: bytes(i), as: UTF8.self) : ""
    }

    /// Field `i` as a plain decimal (`-1.5`, `2`, `+0.25`), or nil.
    package func decimal(_ i: Int) -> Double? {
      i < fields.count ? TSVReader.decimal(buffer, fields[i]) : nil
    }

    /// Field `i` as a non-negative whole number of up to 18 digits, or nil.
    package func integer(_ i: Int) -> Int? {
      guard i < fields.count else { return nil }
      let range = fields[i]
      guard !range.isEmpty, range.count < 19 else { return nil }
      var value = 0
      for position in range {
        let digit = Int(buffer[position]) - 0x30
        guard digit >= 0 && digit <= 9 else { return nil }
        value = value * 10 + digit
      }
      return value
    }
  }

  /// Calls `body` with each non-empty line of `bytes` (and, with `comments`, each that does not
  /// start with `#`).
  package static func forEachRow(
    _ bytes: [UInt8], comments: Bool, _ body: (Row) throws -> Void
  ) rethrows {
    try bytes.withUnsafeBufferPointer { buffer in
      var fields: [Range<Int>] = []
      fields.reserveCapacity(4)
      var lineStart = 0
      var number = 0
      let count = buffer.count
      while lineStart < count {
        number += 1
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
          try body(Row(buffer: buffer, fields: fields, line: number))
        }
        lineStart = lineEnd + 1
      }
    }
  }

  /// The rows of `bytes` as strings, for the small lists read once: comment lines skipped,
  /// leading spaces of each field dropped, and rows whose first field is blank skipped.
  ///
  /// The spaces are dropped on the bytes: decoding each field, dropping them by `Character` and
  /// copying the rest was about 2,000 instructions a row, 18.8M of every command's start-up.
  /// Without its leading spaces a field holds no tab, so a blank first field is an empty one.
  package static func rows(_ bytes: [UInt8]) -> [[String]] {
    var rows: [[String]] = []
    forEachRow(bytes, comments: true) { row in
      var fields: [String] = []
      fields.reserveCapacity(row.count)
      for i in 0..<row.count { fields.append(withoutLeadingSpaces(row, i)) }
      guard !fields[0].isEmpty else { return }
      rows.append(fields)
    }
    return rows
  }

  /// Field `i` of `row` without its leading spaces, as `String.drop { $0 == " " }` gives it.
  private static func withoutLeadingSpaces(_ row: Row, _ i: Int) -> String {
    let field = row.fields[i]
    var start = field.lowerBound
    while start < field.upperBound, row.buffer[start] == UInt8(ascii: " ") { start += 1 }
    // A space that a combining mark follows is one `Character` with it, which `drop` keeps:
    // left to `String`, as it was.
    if start > field.lowerBound, start < field.upperBound, row.buffer[start] >= 0x80 {
      return String(row.string(i).drop { $0 == " " })
    }
    return String(
      decoding: UnsafeBufferPointer(rebasing: row.buffer[start..<field.upperBound]), as: UTF8.self)
  }

  /// A plain decimal (`-1.5`, `2`, `+0.25`) parsed exactly as `Double("…")` would, or nil.
  ///
  /// Up to 15 significant digits: then the mantissa and the power of ten are both exact and one
  /// division rounds correctly, so the result is the nearest double, as `strtod` gives.
  package static func decimal(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Double?
  {
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
}
