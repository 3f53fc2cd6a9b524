/// The output formats of `lede report --format`.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// A width-aware text table for terminals.
  case text
  /// One JSON document.
  case json
  /// CSV, one section per table.
  case csv
  /// GitHub-flavoured Markdown.
  case md
  /// A GeoJSON FeatureCollection of the rows with coordinates.
  case geojson
  /// One self-contained HTML page with sortable tables, charts and evidence; opens offline.
  case html

  /// The format called `name`, also accepting "markdown", "txt" and "table"; case does not matter.
  public init?(name: String) {
    switch name.lowercased() {
    case "text", "txt", "table": self = .text
    case "json": self = .json
    case "csv": self = .csv
    case "md", "markdown": self = .md
    case "geojson": self = .geojson
    case "html", "htm": self = .html
    default: return nil
    }
  }

  /// The format a file with extension `pathExtension` (without the dot) gets, such as `--output
  /// places.geojson`.
  public init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "txt", "text": self = .text
    case "json": self = .json
    case "csv": self = .csv
    case "md", "markdown": self = .md
    case "geojson": self = .geojson
    case "html", "htm": self = .html
    default: return nil
    }
  }

  /// The usual file extension, without the dot.
  public var fileExtension: String {
    switch self {
    case .text: "txt"
    case .json, .csv, .md, .geojson, .html: rawValue
    }
  }

  /// The renderer for this format; `width` matters for text only.
  public func renderer(width: Int = TextRenderer.defaultWidth) -> any ReportRenderer {
    switch self {
    case .text: TextRenderer(width: width)
    case .json: JSONRenderer()
    case .csv: CSVRenderer()
    case .md: MarkdownRenderer()
    case .geojson: GeoJSONRenderer()
    case .html: HTMLRenderer()
    }
  }

  /// `report` in this format; `width` is the text table's maximum line width.
  ///
  /// - Throws: `ReportError` when the report cannot be shown this way (GeoJSON without
  ///   coordinates, HTML without its bundled scripts).
  public func render(_ report: Report, width: Int = TextRenderer.defaultWidth) throws -> String {
    try renderer(width: width).render(report)
  }
}
