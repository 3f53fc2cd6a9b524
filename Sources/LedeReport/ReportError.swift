/// A report that cannot be built or rendered: a bad table, a bad row, nothing to map.
public struct ReportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What kind of problem this is.
  public enum Code: String, Sendable {
    /// A table definition is unusable (no columns, duplicate names, a format on text).
    case invalidTable
    /// A row does not fit its table's columns.
    case invalidRow
    /// A column name that the table does not have.
    case unknownColumn
    /// GeoJSON was asked for but no table has coordinate columns.
    case noCoordinates
    /// A row's coordinates are out of range.
    case invalidCoordinate
    /// `--table` named a table the report does not have.
    case unknownTable
    /// CSV was asked for a report with several tables and none was chosen.
    case severalTables
    /// A chart names a table, column or option that does not fit.
    case invalidChart
    /// A file the HTML page embeds (a script, the basemap) is missing.
    case missingAsset
    /// A line that is not a partial report `lede merge` can read.
    case invalidPartial
  }

  /// What kind of problem this is.
  public var code: Code
  /// The message for the user, quoting the bad input.
  public var message: String

  /// An error of kind `code` with `message`.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
