/// A one-line progress bar on standard error, redrawn in place and erased when done.
final class ProgressBar {
  let total: Int
  let label: String
  private var shown = -1

  init(total: Int, label: String) {
    self.total = total
    self.label = label
    update(0)
  }

  func update(_ done: Int) {
    let width = min(40, max(10, (TerminalSize.columns(fd: 2) ?? 80) - label.count - 24))
    let filled = total == 0 ? width : width * min(done, total) / total
    guard filled != shown || done == total else { return }
    shown = filled
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    ShellOutput.writeStandardError("\r\u{1B}[2K\(label) \(bar) \(done)/\(total) files")
  }

  func finish() {
    ShellOutput.writeStandardError("\r\u{1B}[2K")
  }
}
