/// What reading one document produced: the articles in it and any problems.
public struct ReadResult: Sendable {
  public var articles: [Article]
  public var issues: [LoadIssue]

  public init(articles: [Article] = [], issues: [LoadIssue] = []) {
    self.articles = articles
    self.issues = issues
  }
}

/// Reads the articles of one format out of a decoded document.
public protocol ArticleReader: Sendable {
  func read(_ document: SourceDocument) -> ReadResult
}
