/// Column widths for a text table that must fit a line width.
struct TableLayout {
  /// Spaces between columns.
  static let gap = 2
  /// The narrowest a shrunk column gets, so that a truncated cell still says something.
  static let minimumShrunkWidth = 6
  /// The width below which a text column is no longer read: the people news names most
  /// ("Donald Trump", "Barack Obama", "Kim Jong Un") take 12 cells or fewer, and a longer name cut
  /// there ("Vladimir Pu…") is still known. Rather than cut every name to "Donald…" to make room,
  /// a table with rows leaves out its last columns (a report orders columns by importance) and
  /// says which. (Chosen by reading the shipped sentiment, stance and geography reports on 15
  /// PolNeAR texts at 100 cells, and 16 dropped a column for one cell short; not measured on a set.)
  static let readableWidth = 12

  /// The width of each column; 0 for a column left out.
  let widths: [Int]
  /// The columns shown, in order: all but those left out from the right.
  let shown: [Int]
  /// The width at which every column would be shown (at its readable width or more).
  let widthForAll: Int

  /// Widths for columns that want `natural` widths. When the table has `rows` and is too wide
  /// for its text columns to keep `readableWidth` cells each (or their natural width, if
  /// smaller), columns are left out from the right (never the first, and never in a table with
  /// no text column to make room for); then only `shrinkable` columns (text) give way,
  /// narrowest first getting an even share of what is left, so short text columns stay whole
  /// and the long ones split the rest. Numbers are never cut; when even the minimums do not fit,
  /// lines run past `maxWidth`.
  init(natural: [Int], shrinkable: [Bool], maxWidth: Int, rows: Bool = true) {
    func spacing(_ count: Int) -> Int { Self.gap * max(count - 1, 0) }
    func readable(_ i: Int) -> Int {
      shrinkable[i] ? min(natural[i], Self.readableWidth) : natural[i]
    }
    var count = natural.count
    widthForAll = (0..<count).map(readable).reduce(0, +) + spacing(count)
    while rows, count > 1, shrinkable[0..<count].contains(true),
      (0..<count).map(readable).reduce(0, +) + spacing(count) > maxWidth
    {
      count -= 1
    }
    shown = Array(0..<count)
    var widths = Array(repeating: 0, count: natural.count)
    let kept = Array(natural[0..<count])
    guard kept.reduce(0, +) + spacing(count) > maxWidth else {
      widths.replaceSubrange(0..<count, with: kept)
      self.widths = widths
      return
    }
    let fixed = shown.filter { !shrinkable[$0] }.map { natural[$0] }.reduce(0, +)
    var available = maxWidth - spacing(count) - fixed
    let order = shown.filter { shrinkable[$0] }.sorted {
      natural[$0] != natural[$1] ? natural[$0] < natural[$1] : $0 < $1
    }
    var remaining = order.count
    for i in order {
      let share = max(available / remaining, 0)
      let width = max(min(natural[i], share), min(natural[i], Self.minimumShrunkWidth))
      widths[i] = width
      available -= width
      remaining -= 1
    }
    for i in shown where !shrinkable[i] { widths[i] = natural[i] }
    self.widths = widths
  }
}
