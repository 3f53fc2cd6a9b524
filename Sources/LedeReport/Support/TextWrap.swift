/// Greedy word wrapping by display width, for notes, summaries and evidence in text output.
enum TextWrap {
  /// `text` broken into lines of at most `width` columns; explicit line breaks are kept and a
  /// word longer than a line is broken between characters.
  static func lines(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var used = 0
      // Control characters (tabs, escapes that would drive the terminal) become spaces.
      for word in CellText.singleLine(String(paragraph)).split(separator: " ") {
        let w = DisplayWidth.of(word)
        if used > 0 && used + 1 + w <= width {
          line += " " + word
          used += 1 + w
          continue
        }
        if used > 0 {
          result.append(line)
          line = ""
          used = 0
        }
        for character in word {
          let cw = DisplayWidth.of(character)
          if used + cw > width && used > 0 {
            result.append(line)
            line = ""
            used = 0
          }
          line.append(character)
          used += cw
        }
      }
      result.append(line)
    }
    return result
  }

  /// `text` wrapped to `width` with `firstPrefix` before the first line and `prefix` (spaces of
  /// the same width, by default) before the others.
  static func lines(
    _ text: String, width: Int, firstPrefix: String, prefix: String? = nil
  ) -> [String] {
    let rest = prefix ?? String(repeating: " ", count: DisplayWidth.of(firstPrefix))
    let body = lines(text, width: width - DisplayWidth.of(firstPrefix))
    return body.enumerated().map { ($0.offset == 0 ? firstPrefix : rest) + $0.element }
  }
}
