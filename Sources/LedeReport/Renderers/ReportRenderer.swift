/// Turns a report into one output document; the same report always gives the same bytes.
public protocol ReportRenderer: Sendable {
  /// The document for `report`, ending with a newline unless it is empty.
  func render(_ report: Report) throws -> String
}
