/// Reads articles from JSON (one object, or an array of objects, or `{"articles": [...]}`)
/// and JSON Lines (one object per line; a bad line is reported with its number and skipped).
///
/// The text is composed: title, standfirst, then the body's paragraphs, separated by blank
/// lines. A body holding HTML (`<p>` tags) goes through the HTML reader's extraction.
public struct JSONArticleReader: ArticleReader {
  public var mapping: FieldMapping
  public var lines: Bool

  public init(mapping: FieldMapping = FieldMapping(), lines: Bool) {
    self.mapping = mapping
    self.lines = lines
  }

  public func read(_ document: SourceDocument) -> ReadResult {
    lines ? readLines(document) : readWhole(document)
  }

  private func readWhole(_ document: SourceDocument) -> ReadResult {
    let value: JSONValue
    do {
      value = try JSONParser.parse(document.text)
    } catch {
      return ReadResult(issues: [
        LoadIssue(
          path: document.path, line: error.line,
          "malformed JSON: \(error.message) (column \(error.column))")
      ])
    }
    var records: [JSONValue]
    switch value {
    case .array(let items): records = items
    case .object(let o):
      if let items = (o["articles"] ?? o["items"] ?? o["data"] ?? o["results"])?.arrayValue {
        records = items
      } else {
        records = [value]
      }
    default:
      return ReadResult(issues: [
        LoadIssue(
          path: document.path,
          "expected a JSON object or an array of objects, got a \(value.typeName)")
      ])
    }
    var result = ReadResult()
    for (i, record) in records.enumerated() {
      let label = records.count > 1 ? "record \(i + 1)" : nil
      collect(record, document: document, line: nil, label: label, into: &result)
    }
    return result
  }

  func collect(
    _ record: JSONValue, document: SourceDocument, line: Int?, label: String?,
    into result: inout ReadResult
  ) {
    let place = label.map { " (\($0))" } ?? ""
    guard case .object(let object) = record else {
      result.issues.append(
        LoadIssue(
          path: document.path, line: line,
          "expected a JSON object\(place), got a \(record.typeName); skipped"))
      return
    }
    let base = ArticleMetadata(
      path: line.map { "\(document.path):\($0)" } ?? document.path,
      format: lines ? "jsonl" : "json")
    let (metadata, body) = mapping.metadata(from: object, base: base)
    var builder = ArticleBuilder()
    builder.reserveCapacity(
      (metadata.title?.utf8.count ?? 0) + (metadata.standfirst?.utf8.count ?? 0)
        + (body?.utf8.count ?? 0) + 4)
    if let title = metadata.title { builder.append(.title, title) }
    if let standfirst = metadata.standfirst { builder.append(.standfirst, standfirst) }
    if let body {
      if HTMLReader.looksLikeHTML(body) {
        for block in HTMLReader.blocks(ofFragment: body) { builder.append(block.role, block.text) }
      } else {
        builder.appendBody(body)
      }
    }
    guard builder.hasBody else {
      let fields = mapping.candidates[.text]?.prefix(4).joined(separator: ", ") ?? ""
      result.issues.append(
        LoadIssue(
          path: document.path, line: line,
          "no article text\(place): none of the fields \(fields)… holds text; use --map text=FIELD")
      )
      return
    }
    result.articles.append(builder.build(metadata: metadata))
  }
}
