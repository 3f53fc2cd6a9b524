import LedeCore

/// The stance words of an article's tokens (`StanceText.words`), made when a rule reads one.
///
/// A rule reads the words of a few tokens around each cue; the lists the scan's loops test are
/// matched by key (`StanceWordKeys`). Making every token's `String` up front cost about 67M
/// instructions of 1,262M for every analysis of 200 PolNeAR train texts, more than the scan
/// that reads them. Only the words the reading rewrote (`did` for "didn't", `is` for "it’s")
/// are kept as strings.
struct StanceWordColumn: RandomAccessCollection, Sendable {
  /// The article's text, which the layer's offsets index.
  let text: String
  let layer: TokenLayer
  /// Per token: the index in `rewritten` of its word, or −1 when it is the token as written
  /// (lowercased, without its possessive ending, curly single quotes straightened).
  let rewrite: [Int32]
  let rewritten: [String]

  var startIndex: Int { 0 }
  var endIndex: Int { layer.count }

  /// The word of token `t`: a word lowercased without its possessive ending, a number as
  /// written, punctuation with curly single quotes straightened.
  subscript(t: Int) -> String {
    let index = rewrite[t]
    if index >= 0 { return rewritten[Int(index)] }
    let token = layer.tokens[t]
    var text = text
    return text.withUTF8 { bytes in
      switch token.kind {
      case .word:
        let stemEnd = token.end - layer.flags[t].possessiveLength
        return StanceText.lowered(
          UnsafeBufferPointer(rebasing: bytes[token.start..<stemEnd]), lowercase: true)
      case .number:
        return String(
          decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
      default:
        return StanceText.lowered(
          UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), lowercase: false)
      }
    }
  }
}
