/// Column widths for a text table that must fit a line width.
struct TableLayout {
  /// Spaces between columns.
  static let gap = 2
  /// The narrowest a shrunk column gets, so that a truncated cell still says something.
  static let minimumShrunkWidth = 6

  /// The width of each column.
  let widths: [Int]

  /// Widths for columns that want `natural` widths; only `shrinkable` columns (text) give way,
  /// narrowest first getting an even share of what is left, so short text columns stay whole and
  /// the long ones split the rest. Numbers are never cut; when even the minimums do not fit,
  /// lines run past `maxWidth`.
  init(natural: [Int], shrinkable: [Bool], maxWidth: Int) {
    let spacing = Self.gap * max(natural.count - 1, 0)
    guard natural.reduce(0, +) + spacing > maxWidth else {
      widths = natural
      return
    }
    var widths = natural
    let fixed = zip(natural, shrinkable).filter { !$0.1 }.map(\.0).reduce(0, +)
    var available = maxWidth - spacing - fixed
    let order = natural.indices.filter { shrinkable[$0] }.sorted {
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
    self.widths = widths
  }
}
