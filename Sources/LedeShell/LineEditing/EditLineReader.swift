import CEditLine

#if canImport(Glibc)
  import Glibc
#endif

/// Line editing through libedit's native API: Emacs keys, Ctrl-R search, `~/.editrc`, Tab
/// completion and in-memory history.
///
/// Input bytes come through our own read function so that Ctrl-C at the prompt (a flag set
/// by the SIGINT handler) ends the read and clears the line instead of killing the shell.
/// While a line is read, SIGINT goes to `promptSignalHandler`, which only sets that flag: a
/// second Ctrl-C at the prompt must not take the exit meant for code stuck in a run.
/// libedit's own signal handling is on, so the terminal is restored when a signal stops or
/// ends the process at the prompt (Ctrl-Z, SIGTERM, SIGHUP) and redrawn when it resumes.
package final class EditLineReader: LineReader {
  let editLine: OpaquePointer
  private let history: OpaquePointer
  private var event = HistEvent()
  /// libedit keeps the prompt pointer between calls, so it lives in memory we own.
  var promptBuffer: UnsafeMutableBufferPointer<CChar> = {
    let b = UnsafeMutableBufferPointer<CChar>.allocate(capacity: 1)
    b[0] = 0
    return b
  }()
  /// Completions for the text before the cursor.
  package var completer: ((String) -> Completion)?
  /// Set by the SIGINT handler; polled while waiting for a key.
  package var interruptPending: () -> Bool
  /// Takes up the pending Ctrl-C once the line is cleared.
  package var clearInterrupt: () -> Void
  /// The SIGINT handler while a line is read.
  private let promptSignalHandler: (@convention(c) (Int32) -> Void)?
  fileprivate var wasInterrupted = false
  /// The entries remembered, oldest first, for the history search.
  var entries: [String] = []

  /// Fails when standard input or output is not a terminal or libedit cannot start.
  package init?(
    program: String, interruptPending: @escaping () -> Bool, clearInterrupt: @escaping () -> Void,
    promptSignalHandler: (@convention(c) (Int32) -> Void)? = nil
  ) {
    guard isatty(0) != 0, isatty(1) != 0 else { return nil }
    EditLineReader.prepareLocale()
    // Our own FILE handles: the C library's stdin/stdout globals are shared mutable state.
    guard let input = fdopen(0, "r"), let output = fdopen(1, "w"), let errors = fdopen(2, "w"),
      let el = el_init(program, input, output, errors), let h = history_init()
    else { return nil }
    editLine = el
    history = h
    self.interruptPending = interruptPending
    self.clearInterrupt = clearInterrupt
    self.promptSignalHandler = promptSignalHandler
    lede_history_setsize(h, &event, 1000)
    lede_history_setunique(h, &event, 1)
    lede_el_set_editor(el, "emacs")
    lede_el_set_signal(el, 1)
    lede_el_set_history(el, h)
    lede_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
    lede_el_set_prompt(el, editLinePrompt)
    lede_el_set_getc(el, editLineGetChar)
    lede_el_add_function(
      el, "lede-complete", "Complete the word before the cursor", editLineComplete)
    lede_el_bind(el, "^I", "lede-complete")
    lede_el_add_function(el, "lede-search", "Search the history", editLineSearch)
    lede_el_bind(el, "^R", "lede-search")
    // As in readline: ^U kills back to the start of the line, ^W the word before the cursor.
    lede_el_bind(el, "^U", "vi-kill-line-prev")
    lede_el_bind(el, "^W", "ed-delete-prev-word")
    // The user's ~/.editrc (or $EDITRC) comes last so it can override our bindings.
    el_source(el, nil)
  }

  deinit {
    el_end(editLine)
    history_end(history)
    promptBuffer.deallocate()
  }

  /// Line editing needs a character locale; when the environment sets none or a non-UTF-8
  /// one, UTF-8 is assumed so that `café` and `Пхеньян` edit as characters.
  static func prepareLocale() {
    let current = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? ""
    if !current.uppercased().contains("UTF-8") && !current.uppercased().contains("UTF8") {
      if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
    }
  }

  /// Reads one line with editing; Ctrl-C clears it, Ctrl-D on an empty line ends the input.
  package func readLine(prompt: String) -> LineInput {
    setPrompt(Array(prompt.utf8CString))
    wasInterrupted = false
    var saved = sigaction()
    if let promptSignalHandler {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = promptSignalHandler
      sigemptyset(&action.sa_mask)
      sigaction(SIGINT, &action, &saved)
    }
    defer { if promptSignalHandler != nil { sigaction(SIGINT, &saved, nil) } }
    // The terminal may have been resized while a chunk ran.
    el_resize(editLine)
    lede_el_prepare_terminal(editLine, 1)
    var count: Int32 = 0
    guard let raw = el_gets(editLine, &count), count > 0 else {
      if wasInterrupted || interruptPending() {
        clearInterrupt()
        // The line was abandoned: start the next one empty, on a fresh row.
        el_reset(editLine)
        EditLineReader.write("^C\n")
        return .interrupted
      }
      return .endOfInput
    }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  /// Adds an entry to the in-memory history, for the arrow keys and Ctrl-R.
  package func remember(_ entry: String) {
    lede_history_enter(history, &event, entry)
    if entries.last != entry { entries.append(entry) }
    if entries.count > 1000 { entries.removeFirst(entries.count - 1000) }
  }

  /// Sets the prompt libedit draws (a NUL-terminated string).
  func setPrompt(_ bytes: [CChar]) {
    promptBuffer.deallocate()
    promptBuffer = .allocate(capacity: bytes.count)
    _ = promptBuffer.initialize(from: bytes)
  }

  fileprivate var prompt: UnsafeMutablePointer<CChar>? { promptBuffer.baseAddress }

  fileprivate func complete() -> UInt8 {
    guard let completer, let info = el_line(editLine) else { return UInt8(CC_ERROR) }
    let before =
      info.pointee.buffer.map { start -> String in
        let length = info.pointee.cursor - start
        return String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
      } ?? ""
    let completion = completer(before)
    let typed = Array(before.utf8)[min(completion.start, before.utf8.count)...]
    let typedText = String(decoding: typed, as: UTF8.self)
    let candidates = completion.candidates.filter { $0.hasPrefix(typedText) }
    guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
    let common = EditLineReader.commonPrefix(candidates)
    let unique = candidates.count == 1 && !completion.suffix.isEmpty
    if common.utf8.count > typed.count || unique {
      let rest = String(
        decoding: Array(common.utf8)[min(typed.count, common.utf8.count)...], as: UTF8.self)
      el_insertstr(editLine, rest + (unique ? completion.suffix : ""))
      return UInt8(CC_REFRESH)
    }
    if candidates.count == 1 { return UInt8(CC_REFRESH) }
    // Several candidates and nothing more in common: list them under the line.
    let width = max(20, Int(terminalColumns()))
    let cell = min(width, (candidates.map { $0.count }.max() ?? 0) + 2)
    let perRow = max(1, width / cell)
    var out = "\n"
    for (i, c) in candidates.prefix(200).enumerated() {
      out += c.padding(toLength: cell)
      if (i + 1) % perRow == 0 { out += "\n" }
    }
    if candidates.count > 200 { out += "\n… \(candidates.count - 200) more" }
    if !out.hasSuffix("\n") { out += "\n" }
    EditLineReader.write(out)
    return UInt8(CC_REDISPLAY)
  }

  static func write(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
  }

  static func commonPrefix(_ strings: [String]) -> String {
    guard var prefix = strings.first.map({ Array($0.unicodeScalars) }) else { return "" }
    for s in strings.dropFirst() {
      let scalars = Array(s.unicodeScalars)
      var n = 0
      while n < prefix.count, n < scalars.count, prefix[n] == scalars[n] { n += 1 }
      prefix = Array(prefix[..<n])
    }
    var result = ""
    result.unicodeScalars.append(contentsOf: prefix)
    return result
  }

  private func terminalColumns() -> Int32 {
    var size = winsize()
    return ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int32(size.ws_col) : 80
  }

  /// Reads one character for libedit: polls so a pending Ctrl-C ends the read.
  fileprivate func readCharacter(_ out: UnsafeMutablePointer<wchar_t>) -> Int32 {
    var bytes: [UInt8] = []
    while true {
      if interruptPending() {
        wasInterrupted = true
        errno = EINTR
        return -1
      }
      var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      let ready = poll(&fds, 1, 100)
      if ready < 0 && errno == EINTR { continue }
      if ready <= 0 { continue }
      var byte: UInt8 = 0
      let n = read(0, &byte, 1)
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return 0 }
      bytes.append(byte)
      let need = EditLineReader.sequenceLength(bytes[0])
      if bytes.count < need { continue }
      let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first ?? "\u{FFFD}"
      out.pointee = wchar_t(bitPattern: scalar.value)
      return 1
    }
  }

  static func sequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xC0...0xDF: 2
    case 0xE0...0xEF: 3
    case 0xF0...0xF7: 4
    default: 1
    }
  }
}

private func reader(_ el: OpaquePointer?) -> EditLineReader? {
  guard let el, let data = lede_el_clientdata(el) else { return nil }
  return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

private func editLinePrompt(_ el: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
  reader(el)?.prompt
}

private func editLineGetChar(_ el: OpaquePointer?, _ out: UnsafeMutablePointer<wchar_t>?) -> Int32 {
  guard let out, let r = reader(el) else { return -1 }
  return r.readCharacter(out)
}

private func editLineComplete(_ el: OpaquePointer?, _ key: Int32) -> UInt8 {
  reader(el)?.complete() ?? UInt8(CC_ERROR)
}

extension String {
  fileprivate func padding(toLength n: Int) -> String {
    count >= n ? self : self + String(repeating: " ", count: n - count)
  }
}
