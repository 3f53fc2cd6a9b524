/// Which source fields hold an article's parts, for JSON, JSON Lines and front matter.
///
/// Each part has a list of candidate field names tried in order; the user can put a field of
/// their own first (`--map text=story_body`). A dotted name reaches into an object
/// (`source.name`). Fields not used for a part are kept in `meta`.
public struct FieldMapping: Sendable, Equatable {
  /// The parts of an article a field can fill.
  ///
  /// There is no `id`: an article's id is derived from its content (DESIGN §2), so a source's own
  /// id field stays in `meta`, and `--map id=…` is refused rather than quietly ignored.
  public enum Part: String, Sendable, CaseIterable {
    case title, standfirst, text, date, url, byline, source, section
  }

  public var candidates: [Part: [String]] = [
    .title: ["title", "headline", "heading", "name"],
    .standfirst: [
      "standfirst", "summary", "description", "dek", "subtitle", "subheadline", "lede", "abstract",
    ],
    .text: [
      "text", "body", "content", "article", "articleBody", "article_body", "story", "full_text",
      "fulltext",
    ],
    .date: [
      "date", "published", "published_at", "publishedAt", "pubDate", "datePublished",
      "publish_date", "created_at", "timestamp",
    ],
    .url: ["url", "link", "uri", "permalink", "canonical_url"],
    .byline: ["byline", "author", "authors", "creator", "writer"],
    .source: ["source", "outlet", "publisher", "site", "site_name", "publication", "source.name"],
    .section: ["section", "desk", "category"],
  ]

  public init() {}

  /// Puts `field` first among the candidates for `part`.
  public mutating func prefer(_ field: String, for part: Part) {
    candidates[part, default: []].removeAll { $0 == field }
    candidates[part, default: []].insert(field, at: 0)
  }

  /// Parses `part=field` as given on the command line.
  public mutating func apply(_ assignment: String) throws(LoadIssue) {
    let pieces = assignment.split(separator: "=", maxSplits: 1).map(String.init)
    guard pieces.count == 2, !pieces[1].isEmpty else {
      throw LoadIssue(path: "--map", "expected PART=FIELD, got '\(assignment)'")
    }
    guard let part = Part(rawValue: pieces[0]) else {
      let names = Part.allCases.map(\.rawValue).joined(separator: ", ")
      throw LoadIssue(path: "--map", "unknown part '\(pieces[0])'; expected one of \(names)")
    }
    prefer(pieces[1], for: part)
  }

  /// Fills metadata from an object and returns it with the body text, if there was one.
  ///
  /// The first candidate present with a usable value wins; the fields used are removed from
  /// what lands in `meta`.
  public func metadata(from object: JSONObject, base: ArticleMetadata) -> (ArticleMetadata, String?)
  {
    var metadata = base
    var used: Set<String> = []
    func take(_ part: Part) -> String? {
      for field in candidates[part] ?? [] {
        guard let value = lookup(field, in: object), let text = FieldMapping.text(of: value) else {
          continue
        }
        // Most names have no dot: splitting each was 9M of the 313M instructions of reading
        // PolNeAR's gold.jsonl (callgrind).
        if !field.utf8.contains(UInt8(ascii: ".")) {
          used.insert(field)
        } else {
          used.insert(String(field.split(separator: ".").first ?? Substring(field)))
        }
        return text
      }
      return nil
    }
    metadata.title = take(.title) ?? metadata.title
    metadata.standfirst = take(.standfirst) ?? metadata.standfirst
    let body = take(.text)
    if let date = take(.date) { metadata.date = DateNormalizer.normalize(date) ?? date }
    metadata.url = take(.url) ?? metadata.url
    metadata.byline = take(.byline) ?? metadata.byline
    metadata.source = take(.source) ?? metadata.source
    metadata.section = take(.section) ?? metadata.section
    var meta = metadata.meta
    for member in object.members where !used.contains(member.key) {
      meta[member.key] = member.value
    }
    metadata.meta = meta
    return (metadata, body)
  }

  private func lookup(_ field: String, in object: JSONObject) -> JSONValue? {
    // Most names have no dot: one look-up, no splitting (this runs for every candidate of
    // every article).
    if !field.utf8.contains(UInt8(ascii: ".")) { return object[field] }
    var current: JSONValue = .object(object)
    for key in field.split(separator: ".") {
      guard let next = current.objectValue?[String(key)] else { return nil }
      current = next
    }
    return current
  }

  /// What exporters write for a missing value (Python's `None`, pandas' `NaN`, JavaScript's
  /// `undefined`): a field holding one is absent, not a date or a byline called "None".
  static let placeholders: Set<String> = [
    "None", "none", "null", "Null", "NULL", "nil", "NaN", "nan", "N/A", "n/a", "undefined",
  ]

  /// A field's value as text: strings as they are, numbers printed, a list of names joined,
  /// an object's `name` (authors and sources are often `{"name": …}`).
  static func text(of value: JSONValue) -> String? {
    switch value {
    case .string(let s): return s.isEmpty || placeholders.contains(s) ? nil : s
    case .integer(let i): return String(i)
    case .number(let d): return String(d)
    case .array(let items):
      let names = items.compactMap { text(of: $0) }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    case .object(let o):
      return o["name"].flatMap { text(of: $0) }
    case .null, .bool: return nil
    }
  }
}
