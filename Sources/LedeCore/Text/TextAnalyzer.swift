// TEMPORARY placeholder, replaced by the tokenizer work.
enum TextAnalyzer {
  static func analyze(text: String, blocks: [Block]) -> Article.TextLayers {
    Article.TextLayers(tokens: [], sentences: [])
  }
}
