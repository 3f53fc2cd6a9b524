/// A sentence a report's figure came from, with the article it is in.
public struct Evidence: Sendable, Equatable {
  /// The sentence (or passage) as it reads in the article.
  public var text: String
  /// The article's `id`.
  public var articleID: String
  /// The article's title, when it has one.
  public var articleTitle: String?
  /// Why the sentence is evidence, such as "negative toward Russia".
  public var label: String?
  /// The row the sentence supports, by the value of its first column, such as "Russia".
  public var rowKey: String?
  /// Where the sentence is in the article's text: code-point offsets, 0-based, end exclusive,
  /// as in `lede export` (the producer converts from byte spans, since it has the text).
  public var span: Range<Int>?
  /// The article's path, when it was loaded from a file.
  public var articlePath: String?
  /// The article's number in the session (`corpus[N]`, `.show N`), when it is in it.
  public var articleNumber: Int?
  /// The paragraph around `text`, for showing it in context (HTML only).
  public var context: Context?

  /// A passage with the evidence in it: the text before, the evidence itself, the text after.
  public struct Context: Sendable, Equatable {
    /// The paragraph's text before the evidence.
    public var before: String
    /// The evidence as it stands in the paragraph.
    public var match: String
    /// The paragraph's text after the evidence.
    public var after: String

    /// A context of three consecutive pieces of a paragraph.
    public init(before: String, match: String, after: String) {
      self.before = before
      self.match = match
      self.after = after
    }
  }

  /// Evidence quoting `text` from the article `articleID`.
  public init(
    text: String, articleID: String, articleTitle: String? = nil, label: String? = nil,
    rowKey: String? = nil, span: Range<Int>? = nil, articlePath: String? = nil,
    articleNumber: Int? = nil,
    context: Context? = nil
  ) {
    self.text = text
    self.articleID = articleID
    self.articleTitle = articleTitle
    self.label = label
    self.rowKey = rowKey
    self.span = span
    self.articlePath = articlePath
    self.articleNumber = articleNumber
    self.context = context
  }

  /// "#7 path/to/file.txt “Article title”, label, row: key", on one line, for text and
  /// Markdown: the number and path lead back to the article (`.show` takes either, or both as
  /// printed); the hash id only when there is neither.
  var attribution: String {
    var place: [String] = []
    if let articleNumber { place.append("#\(articleNumber)") }
    if let articlePath { place.append(CellText.singleLine(articlePath)) }
    if place.isEmpty { place.append(articleID) }
    if let articleTitle { place.append("“\(CellText.singleLine(articleTitle))”") }
    var parts = [place.joined(separator: " ")]
    if let label { parts.append(CellText.singleLine(label)) }
    if let rowKey { parts.append("row: " + CellText.singleLine(rowKey)) }
    return parts.joined(separator: ", ")
  }
}
