// TEMPORARY placeholder written by the lead so LedeCore compiles; the HTML work replaces this
// file. Keep these two static functions (used by JSONArticleReader for HTML bodies):
//   static func looksLikeHTML(_ text: String) -> Bool
//   static func blocks(ofFragment html: String) -> [(role: BlockRole, text: String)]
public struct HTMLReader: ArticleReader {
  public init() {}
  public func read(_ document: SourceDocument) -> ReadResult { ReadResult() }
  static func looksLikeHTML(_ text: String) -> Bool { false }
  static func blocks(ofFragment html: String) -> [(role: BlockRole, text: String)] { [] }
}
