import CLibXML2

extension HTMLDocument {
  /// The XML with named character references made numeric (`&amp;` → `&#38;`, `&nbsp;` →
  /// `&#160;`) and stray ampersands escaped; CDATA, comments and the DOCTYPE are left alone.
  ///
  /// libxml2 2.9 in recovery mode drops every named reference, even `&amp;`, once it has seen
  /// one error, and feeds are full of errors (`AT&T`, HTML's `&nbsp;`); numeric references
  /// always survive. Names libxml2 knows neither from XML nor HTML are kept, as the DOCTYPE may
  /// declare them.
  static func numericReferences(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.contains(UInt8(ascii: "&")) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 16)
    var i = 0
    func copy(through terminator: String, from start: Int) {
      let end = Array(terminator.utf8)
      var j = start
      while j < bytes.count, !bytes[j...].starts(with: end) { j += 1 }
      j = min(bytes.count, j + end.count)
      out += bytes[i..<j]
      i = j
    }
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "<") {
        let rest = bytes[i...]
        if rest.starts(with: Array("<![CDATA[".utf8)) {
          copy(through: "]]>", from: i + 9)
        } else if rest.starts(with: Array("<!--".utf8)) {
          copy(through: "-->", from: i + 4)
        } else if rest.starts(with: Array("<!DOCTYPE".utf8)) {
          let bracket = rest.prefix(4096).firstIndex {
            $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: ">")
          }
          if let bracket, bytes[bracket] == UInt8(ascii: "[") {
            copy(through: "]", from: bracket)
            copy(through: ">", from: i)
          } else {
            copy(through: ">", from: i)
          }
        } else {
          out.append(b)
          i += 1
        }
        continue
      }
      guard b == UInt8(ascii: "&") else {
        out.append(b)
        i += 1
        continue
      }
      // `&name;` or `&#…;`: find the semicolon within a plausible distance.
      var j = i + 1
      while j < bytes.count, j - i <= 32, isNameByte(bytes[j]) || bytes[j] == UInt8(ascii: "#") {
        j += 1
      }
      let name = bytes[(i + 1)..<j]
      guard j < bytes.count, bytes[j] == UInt8(ascii: ";"), !name.isEmpty else {
        out += Array("&#38;".utf8)
        i += 1
        continue
      }
      if name.first == UInt8(ascii: "#") {
        out += bytes[i...j]
      } else if let code = predefined[String(decoding: name, as: UTF8.self)] {
        out += Array("&#\(code);".utf8)
      } else if let code = htmlCode(name) {
        out += Array("&#\(code);".utf8)
      } else {
        out += bytes[i...j]
      }
      i = j + 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let predefined = ["amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39]

  private static func isNameByte(_ b: UInt8) -> Bool {
    (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
      || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
      || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
      || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b >= 0x80
  }

  /// The code point of an HTML 4 entity name.
  private static func htmlCode(_ name: ArraySlice<UInt8>) -> UInt32? {
    let cName = Array(name) + [0]
    return cName.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return nil }
      return htmlEntityLookup(base).map { $0.pointee.value }
    }
  }
}
