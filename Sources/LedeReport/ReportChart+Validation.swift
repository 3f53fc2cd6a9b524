extension ReportChart {
  /// The channels a kind of chart needs and those it may use, and which must be numeric.
  struct Rules {
    var required: [Channel]
    var optional: [Channel]

    static func of(_ kind: Kind) -> Rules {
      switch kind {
      case .bar, .line: Rules(required: [.x, .y], optional: [.lo, .hi, .color])
      case .scatter: Rules(required: [.x, .y], optional: [.color, .size, .label])
      case .map: Rules(required: [.lat, .lon], optional: [.size, .color, .label])
      case .network: Rules(required: [.source, .target], optional: [.weight, .color])
      }
    }
  }

  /// Channels whose column must hold integers or numbers.
  static let numericChannels: Set<Channel> = [.y, .lo, .hi, .size, .lat, .lon, .weight]

  /// The chart checked against `report`, with the defaults filled in: a map with no `lat` and
  /// `lon` uses the table's coordinate columns (as GeoJSON does).
  ///
  /// - Parameter number: the chart's place among the report's charts (1-based), for messages.
  /// - Throws: `ReportError` with code `invalidChart`, naming the chart, its table and the
  ///   column or option at fault, such as `chart 2 (bar over 'speakers'): no column 'quote'
  ///   for y; the table has: speaker, quotes, direct`.
  public func resolved(in report: Report, number: Int) throws(ReportError) -> ReportChart {
    let name = "chart \(number) (\(kind.rawValue) over '\(table)')"
    func fail(_ message: String) -> ReportError {
      ReportError(.invalidChart, "\(name): \(message)")
    }
    guard let table = report.table(named: self.table) else {
      let names = report.tables.map { "'\($0.name)'" }.joined(separator: ", ")
      throw ReportError(
        .invalidChart,
        "chart \(number) (\(kind.rawValue)): no table '\(self.table)'; "
          + (names.isEmpty ? "the report has no tables" : "the report has: \(names)"))
    }
    var chart = self
    let rules = Rules.of(kind)
    if kind == .map, columns[.lat] == nil, columns[.lon] == nil,
      let (lat, lon) = GeoJSONRenderer.coordinateColumns(of: table)
    {
      chart.columns[.lat] = table.columns[lat].name
      chart.columns[.lon] = table.columns[lon].name
    }
    let allowed = Set(rules.required + rules.optional)
    for channel in chart.columns.keys.sorted() where !allowed.contains(channel) {
      let list = (rules.required + rules.optional).map(\.rawValue).joined(separator: ", ")
      throw fail("a \(kind.rawValue) chart takes no \(channel.rawValue); it takes \(list)")
    }
    let countsRows = aggregate == .count
    for channel in rules.required where chart.columns[channel] == nil {
      if channel == .y && countsRows { continue }
      throw fail("\(channel.rawValue) is missing: name the column it shows")
    }
    if (chart.columns[.lo] == nil) != (chart.columns[.hi] == nil) {
      throw fail("give lo and hi together: they are the two ends of the interval")
    }
    let columnList = table.columns.map(\.name).joined(separator: ", ")
    for (channel, columnName) in chart.columns.sorted(by: { $0.key < $1.key }) {
      guard let index = table.columnIndex(named: columnName) else {
        throw fail(
          "no column '\(columnName)' for \(channel.rawValue); the table has: \(columnList)")
      }
      let column = table.columns[index]
      let numeric = Self.numericChannels.contains(channel) || (kind == .scatter && channel == .x)
      if numeric && !column.isNumeric {
        throw fail(
          "\(channel.rawValue) needs an integer or number column; '\(columnName)' is "
            + column.type.rawValue)
      }
      if channel == .x, time != nil, column.type != .string {
        throw fail(
          "time needs dates as text (ISO 8601) on x; '\(columnName)' is \(column.type.rawValue)")
      }
    }
    if time != nil || aggregate != nil, kind != .bar, kind != .line {
      throw fail("time and aggregate apply to bar and line charts only")
    }
    if aggregate != nil, chart.columns[.lo] != nil {
      throw fail("an interval (lo, hi) cannot be aggregated: give one row per x, or no aggregate")
    }
    if countsRows, chart.columns[.y] != nil {
      throw fail("aggregate 'count' counts rows: leave y out")
    }
    return chart
  }
}
