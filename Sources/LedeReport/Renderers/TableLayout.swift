/// Column widths for a text table that must fit a line width.
struct TableLayout {
  /// Spaces between columns.
  static let gap = 2
  /// The narrowest a shrunk column gets, so that a truncated cell still says something.
  static let minimumShrunkWidth = 6
  /// The width below which a text column is no longer read: most names in news ("Donald Trump",
  /// "Vladimir Putin", "United States") take 16 cells or fewer. Rather than cut every name to
  /// "Donald…" to make room, the table leaves out its last columns (a report orders columns
  /// by importance) and says which.
  static let readableWidth = 16

  /// The width of each column; 0 for a column left out.
  let widths: [Int]
  /// The columns shown, in order: all but those left out from the right.
  let shown: [Int]
  /// The width at which every column would be shown (at its readable width or more).
  let widthForAll: Int

  /// Widths for columns that want `natural` widths. When the table is too wide, columns are left
  /// out from the right (never the first) until every text column can keep `readableWidth`
  /// cells (or its natural width, if smaller); then only `shrinkable` columns (text) give way,
  /// narrowest first getting an even share of what is left, so short text columns stay whole
  /// and the long ones split the rest. Numbers are never cut; when even the minimums do not fit,
  /// lines run past `maxWidth`.
  init(natural: [Int], shrinkable: [Bool], maxWidth: Int) {
    func spacing(_ count: Int) -> Int { Self.gap * max(count - 1, 0) }
    func readable(_ i: Int) -> Int {
      shrinkable[i] ? min(natural[i], Self.readableWidth) : natural[i]
    }
    var count = natural.count
    widthForAll = (0..<count).map(readable).reduce(0, +) + spacing(count)
    while count > 1, (0..<count).map(readable).reduce(0, +) + spacing(count) > maxWidth {
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
