/// The result of a plugin or script: typed tables, notes and evidence, rendered by the host.
///
/// A report holds data only; every renderer (`TextRenderer`, `JSONRenderer`, `CSVRenderer`,
/// `MarkdownRenderer`, `GeoJSONRenderer`, `HTMLRenderer`) turns the same report into the same bytes every time.
/// Nothing in it is time- or locale-dependent, and rows, notes and evidence keep the order they
/// were added in.
public struct Report: Sendable, Equatable {
  /// The report's title.
  public var title: String
  /// One paragraph saying what the report shows.
  public var summary: String?
  /// The parameters the report was run with, in the order they are shown.
  public var parameters: [ReportParameter]
  /// The tables, in order.
  public var tables: [ReportTable]
  /// Remarks shown after the tables: caveats, method, counts of skipped input.
  public var notes: [String]
  /// Sentences the figures came from.
  public var evidence: [Evidence]
  /// Charts over the tables, drawn by the HTML renderer and ignored by the others.
  public var charts: [ReportChart]

  /// A report titled `title`.
  public init(
    title: String, summary: String? = nil, parameters: [ReportParameter] = [],
    tables: [ReportTable] = [], notes: [String] = [], evidence: [Evidence] = [],
    charts: [ReportChart] = []
  ) {
    self.title = title
    self.summary = summary
    self.parameters = parameters
    self.tables = tables
    self.notes = notes
    self.evidence = evidence
    self.charts = charts
  }

  /// The first table named `name`.
  public func table(named name: String) -> ReportTable? {
    tables.first { $0.name == name }
  }
}
