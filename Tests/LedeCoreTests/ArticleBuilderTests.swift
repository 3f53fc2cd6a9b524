import Testing

@testable import LedeCore

/// The byte-level whitespace and paragraph rules of the JSON loader agree with the rules as
/// first written on characters and scalars, on the inputs where bytes and characters differ.
@Suite struct ArticleBuilderTests {
  /// Every White_Space scalar, plus neighbours that are not whitespace.
  static let spaces: [Unicode.Scalar] =
    ["\u{9}", "\u{A}", "\u{B}", "\u{C}", "\u{D}", " ", "\u{85}", "\u{A0}", "\u{1680}"]
    + (0x2000...0x200A).compactMap(Unicode.Scalar.init)
    + ["\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
  static let notSpaces: [Unicode.Scalar] = [
    "\u{200B}", "\u{1C}", "\u{84}", "\u{A1}", "\u{1681}", "\u{200C}", "\u{2027}", "\u{202A}",
    "\u{2060}", "\u{3001}", "\u{301}", "é", "’",
  ]

  static let samples: [String] = {
    var samples = [
      "", " ", "a", "  a  b  ", "a\r\nb", "a\r\n\r\nb", "a\n \u{301}\nb", "\u{A0}\n\u{A0}x\n\nb",
      "Title\n\nFirst para\ngoes on.\n\nSecond.", "one\ntwo\nthree", "\n\n\n", "x\u{2028}\u{2029}y",
      "“Quote,” he said.\n\u{3000}\nNext", "a\u{85}b\u{200B}c",
    ]
    for s in spaces + notSpaces {
      samples.append("a\(s)b")
      samples.append("\(s)a\(s)\(s)b\(s)")
      samples.append("line\n\(s)\nline")
    }
    return samples
  }()

  @Test func collapsesWhitespaceAsTheScalarRuleDid() {
    for sample in ArticleBuilderTests.samples {
      #expect(
        ArticleBuilder.collapseWhitespace(sample) == scalarCollapse(sample),
        "\(sample.debugDescription)")
    }
  }

  @Test func splitsParagraphsAsTheCharacterRuleDid() {
    for sample in ArticleBuilderTests.samples {
      #expect(
        ArticleBuilder.paragraphs(of: sample) == characterParagraphs(sample),
        "\(sample.debugDescription)")
    }
  }

  @Test func composesArticlesAsCollapsingEachParagraphDid() {
    for sample in ArticleBuilderTests.samples {
      for title in ["", " A\u{A0} title ", "T"] {
        var builder = ArticleBuilder()
        builder.append(.title, title)
        builder.appendBody(sample)
        let article = builder.build(metadata: ArticleMetadata(path: "x", format: "json"))
        let parts = ([title] + characterParagraphs(sample)).map(scalarCollapse).filter {
          !$0.isEmpty
        }
        #expect(article.text == parts.joined(separator: "\n\n"), "\(sample.debugDescription)")
        #expect(
          article.blocks.map { article.text(of: $0.span) } == parts, "\(sample.debugDescription)")
      }
    }
  }

  @Test func readsJSONLinesAcrossSlicesWithTheirLineNumbers() {
    // Enough lines for several slices, a bad line and a blank one near the end.
    let body = String(repeating: "word ", count: 200)
    var lines: [String] = []
    for i in 0..<3_000 { lines.append(#"{"title": "T\#(i)", "text": "\#(body)\#(i)"}"#) }
    lines[2_500] = "{broken"
    lines[2_600] = "\u{A0} "
    let text = lines.joined(separator: "\n") + "\n"
    #expect(text.utf8.count > 2 * JSONArticleReader.linesSliceBytes)
    let result = JSONArticleReader(lines: true).read(SourceDocument(path: "x.jsonl", text: text))
    #expect(result.articles.count == 2_998)
    #expect(result.issues.map(\.line) == [2_501])
    #expect(result.articles[2_500].metadata.path == "x.jsonl:2502")
    #expect(result.articles.last?.metadata.title == "T2999")
  }

  /// Python's `None` and its kin in a field are no value (a newcomer's front matter had
  /// `date: None`, which became the article's date).
  @Test func placeholderValuesAreMissing() {
    let markdown = "---\ntitle: Budget\ndate: None\nauthor: N/A\n---\nThe council met.\n"
    let md = MarkdownReader().read(SourceDocument(path: "a.md", text: markdown))
    #expect(md.articles.first?.metadata.title == "Budget")
    #expect(md.articles.first?.metadata.date == nil && md.articles.first?.metadata.byline == nil)
    let json = #"{"title": "Budget", "date": "NaN", "text": "The council met."}"#
    let js = JSONArticleReader(lines: true).read(SourceDocument(path: "a.jsonl", text: json))
    #expect(js.articles.first?.metadata.date == nil)
  }

  private func scalarCollapse(_ s: String) -> String {
    var out = ""
    var pendingSpace = false
    for scalar in s.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.unicodeScalars.append(" ") }
        pendingSpace = false
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private func characterParagraphs(_ body: String) -> [String] {
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    if !lines.contains(where: { $0.allSatisfy(\.isWhitespace) }) { return lines.map(String.init) }
    var result: [String] = []
    var current: [Substring] = []
    for line in lines {
      if line.allSatisfy(\.isWhitespace) {
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { result.append(current.joined(separator: " ")) }
    return result
  }
}
