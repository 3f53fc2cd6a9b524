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

  /// Evidence quoting `text` from the article `articleID`.
  public init(
    text: String, articleID: String, articleTitle: String? = nil, label: String? = nil,
    rowKey: String? = nil, span: Range<Int>? = nil
  ) {
    self.text = text
    self.articleID = articleID
    self.articleTitle = articleTitle
    self.label = label
    self.rowKey = rowKey
    self.span = span
  }

  /// "Article title (id), label, row: key", on one line, for text and Markdown.
  var attribution: String {
    let article = articleTitle.map { "\(CellText.singleLine($0)) (\(articleID))" } ?? articleID
    var parts = [article]
    if let label { parts.append(CellText.singleLine(label)) }
    if let rowKey { parts.append("row: " + CellText.singleLine(rowKey)) }
    return parts.joined(separator: ", ")
  }
}
