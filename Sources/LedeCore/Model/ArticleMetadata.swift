/// What is known about an article besides its text.
public struct ArticleMetadata: Sendable, Equatable {
  /// Where the article came from: a file path, `-` for standard input, `path:line` for a JSON
  /// Lines record, or `feed.rss#2` for a feed's second item.
  public var path: String?
  /// The loader that read it: `text`, `markdown`, `json`, `jsonl`, `html`, `rss`, `atom`.
  public var format: String
  public var title: String?
  public var standfirst: String?
  public var byline: String?
  /// ISO 8601 when it could be parsed, the source's text otherwise.
  public var date: String?
  /// The outlet.
  public var source: String?
  /// The desk: politics, business, sport… (not a paragraph's heading: that is `Block.heading`).
  public var section: String?
  public var url: String?
  /// Every other field the source had, in the source's order.
  public var meta: JSONObject

  public init(
    path: String? = nil, format: String, title: String? = nil, standfirst: String? = nil,
    byline: String? = nil, date: String? = nil, source: String? = nil, section: String? = nil,
    url: String? = nil,
    meta: JSONObject = JSONObject()
  ) {
    self.path = path
    self.format = format
    self.title = title
    self.standfirst = standfirst
    self.byline = byline
    self.date = date
    self.source = source
    self.section = section
    self.url = url
    self.meta = meta
  }
}
