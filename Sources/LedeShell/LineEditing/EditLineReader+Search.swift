import CEditLine

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-R: history search with a prompt that says what it is, `(history search) 'term': `,
/// instead of libedit's raw `bck:`. Typing narrows to the newest entry containing the term,
/// Ctrl-R again goes to older ones, Backspace shortens the term, Enter runs the entry found,
/// Ctrl-G or Escape gives back the line as it was, any other key keeps the entry to edit.
extension EditLineReader {
  /// Runs the search; a libedit command's return code.
  func searchHistory() -> UInt8 {
    let original = currentLine()
    var term = ""
    var position = entries.count  // search from the newest
    var found: String?
    var failed = false
    func search(olderThan start: Int) {
      var i = start - 1
      while i >= 0 {
        if !term.isEmpty, entries[i].contains(term) {
          found = entries[i]
          position = i
          failed = false
          return
        }
        i -= 1
      }
      failed = !term.isEmpty
    }
    while true {
      let label = failed ? "(failing history search)" : "(history search)"
      draw("\(label) '\(term)': ", found ?? original)
      var key: wchar_t = 0
      guard el_wgetc(editLine, &key) == 1, let scalar = Unicode.Scalar(UInt32(bitPattern: key))
      else {
        finish(with: original)
        return UInt8(CC_REDISPLAY)
      }
      switch scalar.value {
      case 0x12:  // Ctrl-R: an older match
        search(olderThan: position)
      case 0x7F, 0x08:  // Backspace
        if !term.isEmpty { term.removeLast() }
        found = nil
        position = entries.count
        search(olderThan: position)
      case 0x07, 0x1B, 0x03:  // Ctrl-G, Escape, Ctrl-C: the line as it was
        finish(with: original)
        return UInt8(CC_REDISPLAY)
      case 0x0A, 0x0D:  // Enter: run what was found
        finish(with: found ?? original)
        return UInt8(CC_NEWLINE)
      case 0x20...:
        term.unicodeScalars.append(scalar)
        search(olderThan: found == nil ? entries.count : position + 1)
      default:  // another control key: keep the entry and edit it
        finish(with: found ?? original)
        return UInt8(CC_REDISPLAY)
      }
    }
  }

  /// Puts `line` in the editor and clears the search from the screen; libedit redraws the
  /// prompt and the line.
  private func finish(with line: String) {
    replaceLine(with: line)
    EditLineReader.write("\r\u{1B}[J")
  }

  /// Draws the search prompt and the entry found on the current row, over what was there.
  private func draw(_ prompt: String, _ line: String) {
    let flat = line.replacingOccurrences(of: "\n", with: " ")
    EditLineReader.write("\r\u{1B}[J" + prompt + flat)
  }

  /// The line being edited.
  private func currentLine() -> String {
    guard let info = el_line(editLine), let start = info.pointee.buffer else { return "" }
    let length = info.pointee.lastchar - start
    return String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
  }

  /// Replaces the whole line with `text`, the cursor at its end.
  private func replaceLine(with text: String) {
    // el_cursor stops at the end of the line; el_deletestr deletes only as many characters
    // as there are before the cursor, so the count is read again after the move.
    el_cursor(editLine, 1 << 20)
    guard let info = el_line(editLine), let start = info.pointee.buffer else { return }
    let before = String(
      decoding: UnsafeRawBufferPointer(start: start, count: info.pointee.cursor - start),
      as: UTF8.self)
    let count = before.unicodeScalars.count
    if count > 0 { el_deletestr(editLine, Int32(count)) }
    if !text.isEmpty { el_insertstr(editLine, text) }
  }
}

/// The libedit command bound to Ctrl-R.
func editLineSearch(_ el: OpaquePointer?, _ key: Int32) -> UInt8 {
  guard let el, let data = lede_el_clientdata(el) else { return UInt8(CC_ERROR) }
  return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().searchHistory()
}
