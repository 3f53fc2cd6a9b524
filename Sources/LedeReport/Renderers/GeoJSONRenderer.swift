import LedeCore

/// Renders the rows of a report's tables that have coordinates as a GeoJSON FeatureCollection
/// (RFC 7946), which any GIS tool opens.
///
/// A table has coordinates when it has integer or number columns named `lat` and `lon` (or
/// `latitude` and `longitude`, or `lng`/`long`; case does not matter). Each of its rows becomes a
/// Point feature at `[lon, lat]` whose properties are the other columns, in column order; a row
/// with a null or NaN coordinate is skipped. When several tables have coordinates their features
/// follow one another and each gets a first property `table` with the table's name. The report's
/// title is a foreign member `title` of the collection. Features are written one per line, so
/// that output diffs line by line.
public struct GeoJSONRenderer: ReportRenderer {
  /// A GeoJSON renderer.
  public init() {}

  /// The report's located rows as a FeatureCollection.
  ///
  /// - Throws: `ReportError` with code `noCoordinates` when no table has coordinate columns,
  ///   `invalidCoordinate` when a latitude or longitude is out of range.
  public func render(_ report: Report) throws -> String {
    let located = report.tables.compactMap { table in
      Self.coordinateColumns(of: table).map { (table: table, lat: $0.lat, lon: $0.lon) }
    }
    guard !located.isEmpty else {
      let tables = report.tables.map { table in
        "\(table.name) (\(table.columns.map(\.name).joined(separator: ", ")))"
      }
      throw ReportError(
        .noCoordinates,
        "GeoJSON needs a table with number columns 'lat' and 'lon' (or 'latitude' and "
          + "'longitude'); "
          + (tables.isEmpty
            ? "the report has no tables" : "tables: " + tables.joined(separator: "; ")))
    }
    var features: [String] = []
    for (table, latIndex, lonIndex) in located {
      for (number, row) in table.rows.enumerated() {
        guard let lat = row[latIndex].doubleValue, let lon = row[lonIndex].doubleValue,
          !lat.isNaN, !lon.isNaN
        else { continue }
        guard (-90...90).contains(lat), (-180...180).contains(lon) else {
          throw ReportError(
            .invalidCoordinate,
            "table '\(table.name)', row \(number + 1): coordinates lat \(Self.text(lat)), "
              + "lon \(Self.text(lon)) are out of range (lat -90 to 90, lon -180 to 180)")
        }
        var properties: [(key: String, value: JSONValue)] = []
        if located.count > 1 { properties.append(("table", .string(table.name))) }
        for (i, column) in table.columns.enumerated() where i != latIndex && i != lonIndex {
          properties.append((column.name, JSONRenderer.value(row[i])))
        }
        let feature = JSONValue.object(
          JSONObject([
            ("type", .string("Feature")),
            (
              "geometry",
              .object(
                JSONObject([
                  ("type", .string("Point")),
                  ("coordinates", .array([.number(lon), .number(lat)])),
                ]))
            ),
            ("properties", .object(JSONObject(properties))),
          ]))
        features.append("    " + JSONWriter.encode(feature))
      }
    }
    var out = "{\n  \"type\": \"FeatureCollection\",\n"
    out += "  \"title\": " + JSONWriter.encode(.string(report.title)) + ",\n"
    if features.isEmpty {
      out += "  \"features\": []\n}\n"
    } else {
      out += "  \"features\": [\n" + features.joined(separator: ",\n") + "\n  ]\n}\n"
    }
    return out
  }

  /// The indices of a table's latitude and longitude columns, when it has both as numbers.
  static func coordinateColumns(of table: ReportTable) -> (lat: Int, lon: Int)? {
    func find(_ names: Set<String>) -> Int? {
      table.columns.firstIndex { $0.isNumeric && names.contains($0.name.lowercased()) }
    }
    guard let lat = find(["lat", "latitude"]), let lon = find(["lon", "lng", "long", "longitude"])
    else { return nil }
    return (lat, lon)
  }

  private static func text(_ value: Double) -> String {
    DecimalText(value)?.shortest() ?? value.description
  }
}
