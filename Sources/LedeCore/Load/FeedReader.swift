// TEMPORARY placeholder written by the lead so LedeCore compiles; the feed work replaces it.
public struct FeedReader: ArticleReader {
  public init() {}
  public func read(_ document: SourceDocument) -> ReadResult { ReadResult() }
}
