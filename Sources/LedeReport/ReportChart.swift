/// A chart declared over one of a report's tables: which column plays which part.
///
/// A chart holds no data of its own: it names a table and its columns, and the HTML page draws
/// the table's rows. Text, JSON, CSV, Markdown and GeoJSON ignore charts. `resolved(in:number:)`
/// checks a chart against its report, so a plugin learns of a misspelt column when the report
/// is built, not when someone opens the page.
public struct ReportChart: Sendable, Equatable {
  /// What the chart draws.
  public enum Kind: String, Sendable, CaseIterable {
    /// Bars per category (horizontal) or per date (vertical), with optional error bars.
    case bar
    /// A line per series over ordered or dated x, with an optional band between lo and hi.
    case line
    /// Points at numeric x and y, optionally sized and coloured.
    case scatter
    /// Circles on a world map of countries, sized and coloured by columns; zoomable.
    case map
    /// Nodes and directed edges, edges coloured by a column and weighted by another.
    case network
  }

  /// The part a column plays: `x = "speaker"` in Lua is `.x: "speaker"`.
  public enum Channel: String, Sendable, CaseIterable, Comparable {
    /// The category, date or horizontal value.
    case x
    /// The value drawn.
    case y
    /// The lower end of an interval around `y` (error bar or band).
    case lo
    /// The upper end of an interval around `y`.
    case hi
    /// The column whose values colour (and for bars and lines, group) the marks.
    case color
    /// The column that sizes points and map circles.
    case size
    /// The column named in a point's tooltip first (maps and scatter plots).
    case label
    /// Latitude, in degrees (maps).
    case lat
    /// Longitude, in degrees (maps).
    case lon
    /// The node an edge starts from (networks).
    case source
    /// The node an edge goes to (networks).
    case target
    /// The edge's width (networks).
    case weight

    /// In declaration order, so messages list channels as the documentation does.
    public static func < (a: Channel, b: Channel) -> Bool {
      (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
  }

  /// The calendar unit dates on x are counted in.
  public enum TimeUnit: String, Sendable, CaseIterable {
    /// Calendar days.
    case day
    /// Weeks starting on Monday.
    case week
    /// Calendar months.
    case month
    /// Calendar years.
    case year
  }

  /// How rows that fall on one x (and one colour) are combined.
  public enum Aggregate: String, Sendable, CaseIterable {
    /// The number of rows; needs no `y`.
    case count
    /// The sum of `y`.
    case sum
    /// The mean of `y`.
    case mean
  }

  /// What the chart draws.
  public var kind: Kind
  /// The name of the table whose rows it draws.
  public var table: String
  /// A heading above the chart; the table's title or name when nil.
  public var title: String?
  /// The column of each channel the chart uses.
  public var columns: [Channel: String]
  /// When x holds dates (ISO 8601 text), the unit they are counted in.
  public var time: TimeUnit?
  /// How rows on one x are combined; nil draws every row as it is.
  public var aggregate: Aggregate?

  /// A chart of `kind` over the table `table`.
  public init(
    kind: Kind, table: String, title: String? = nil, columns: [Channel: String] = [:],
    time: TimeUnit? = nil, aggregate: Aggregate? = nil
  ) {
    self.kind = kind
    self.table = table
    self.title = title
    self.columns = columns
    self.time = time
    self.aggregate = aggregate
  }

  /// The options `r:chart{…}` takes besides the channels, in the order messages list them.
  public static let optionNames = ["kind", "table", "title", "time", "aggregate"]

  /// Every key `r:chart{…}` accepts.
  public static var keyNames: [String] { optionNames + Channel.allCases.map(\.rawValue) }
}
