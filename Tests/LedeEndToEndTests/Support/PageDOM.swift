import Foundation

/// Reads what a report page shows from the DOM Chromium serialised: the marks the page set on
/// `<html>` and on each chart, the embedded report, and the text of every table cell.
struct PageDOM {
  let html: String

  /// The attributes of the first element that matches `tag` and `marker` (a literal substring
  /// of its start tag), decoded.
  func attributes(of tag: String, containing marker: String = "") -> [String: String]? {
    allAttributes(of: tag, containing: marker).first
  }

  /// The attributes of every element `tag` whose start tag contains `marker`.
  func allAttributes(of tag: String, containing marker: String = "") -> [[String: String]] {
    let pattern = "<\(tag)(\\s[^>]*)?>"
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    let ns = html as NSString
    var out: [[String: String]] = []
    for match in regex.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
      let tagText = ns.substring(with: match.range)
      guard marker.isEmpty || tagText.contains(marker) else { continue }
      out.append(Self.parseAttributes(tagText))
    }
    return out
  }

  /// The text of the `<script type="application/json" id="ID">` element.
  func dataBlock(_ id: String) -> String? {
    let start = "<script type=\"application/json\" id=\"\(id)\">"
    guard let open = html.range(of: start),
      let close = html.range(of: "</script>", range: open.upperBound..<html.endIndex)
    else { return nil }
    return String(html[open.upperBound..<close.lowerBound])
  }

  /// The cell texts of the table shown for the report table `name`, row by row.
  func tableCells(_ name: String) -> [[String]]? {
    // Chromium escapes < and > in attribute values since version 138, not before.
    let value = Self.escapeAttribute(name)
    let angled = value.replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
    guard
      let section = html.range(of: "<section class=\"table\" data-table=\"\(angled)\">")
        ?? html.range(of: "<section class=\"table\" data-table=\"\(value)\">"),
      let body = html.range(of: "<tbody>", range: section.upperBound..<html.endIndex),
      let end = html.range(of: "</tbody>", range: body.upperBound..<html.endIndex)
    else { return nil }
    let rows = html[body.upperBound..<end.lowerBound].components(separatedBy: "</tr>")
      .filter { $0.contains("<td") }
    return rows.map { row in
      row.components(separatedBy: "</td>").dropLast().map { cell in
        guard let open = cell.range(of: "<td") else { return "" }
        let rest = cell[open.upperBound...]
        guard let close = rest.firstIndex(of: ">") else { return "" }
        return Self.decode(String(rest[rest.index(after: close)...]))
      }
    }
  }

  static func parseAttributes(_ tag: String) -> [String: String] {
    guard let regex = try? NSRegularExpression(pattern: "([\\w-]+)=\"([^\"]*)\"") else {
      return [:]
    }
    let ns = tag as NSString
    var out: [String: String] = [:]
    for match in regex.matches(in: tag, range: NSRange(location: 0, length: ns.length)) {
      out[ns.substring(with: match.range(at: 1))] = decode(ns.substring(with: match.range(at: 2)))
    }
    return out
  }

  /// Text and attribute values as the serialiser escaped them, decoded.
  static func decode(_ text: String) -> String {
    text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
        of: "&nbsp;", with: "\u{A0}"
      )
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  static func escapeAttribute(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "\u{A0}", with: "&nbsp;")
  }
}
