/// Converts UTF-8 byte offsets of a text to code-point offsets (what Python indexes by).
///
/// Offsets usually arrive in increasing order, so the mapper walks forward from the last one
/// and only restarts when asked for an earlier offset.
public struct CodePointMapper {
  private let bytes: [UInt8]
  private var byte = 0
  private var codePoint = 0

  public init(_ text: String) { bytes = Array(text.utf8) }

  public mutating func codePointOffset(_ offset: Int) -> Int {
    let target = max(0, min(offset, bytes.count))
    if target < byte {
      byte = 0
      codePoint = 0
    }
    while byte < target {
      // Continuation bytes do not start a code point.
      if bytes[byte] & 0xC0 != 0x80 { codePoint += 1 }
      byte += 1
    }
    return codePoint
  }
}
