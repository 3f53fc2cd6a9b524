import Foundation
import Testing

/// `lede export` from files on disk to JSON, per loader, against golden files.
@Suite struct ExportTests {
  @Test(arguments: [
    ("seeds/lavrov-visits-north-korea.txt", "export-text.jsonl"),
    ("seeds/council-budget.md", "export-markdown.jsonl"),
    ("seeds/wire-briefs.jsonl", "export-jsonl.jsonl"),
    ("seeds/climate-summit.json", "export-json.jsonl"),
    ("seeds/transfer-news.html", "export-html.jsonl"),
    ("seeds/feed.rss", "export-rss.jsonl"),
    ("seeds/feed.atom", "export-atom.jsonl"),
  ])
  func exportsEachLoader(path: String, golden: String) throws {
    let result = try LedeCLI.run(["export", path])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stderr.isEmpty, "unexpected warnings: \(result.stderr)")
    Golden.check(result.stdout, named: golden)
  }

  @Test func recordKeysFollowTheDesignOrder() throws {
    let result = try LedeCLI.run(["export", "seeds/lavrov-visits-north-korea.txt"])
    let line = try #require(result.stdout.split(separator: "\n").first)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object.count == 18)
    let keys = [
      "id", "path", "format", "title", "standfirst", "byline", "date", "source", "section", "url",
      "meta",
      "text", "blocks", "sentences", "entities", "quotes", "places", "sentiment",
    ]
    var last = line.startIndex
    for key in keys {
      let range = try #require(line.range(of: "\"\(key)\": "), "missing key \(key)")
      #expect(range.lowerBound >= last, "key \(key) out of order")
      last = range.lowerBound
    }
  }

  @Test func spansAreCodePointOffsets() throws {
    let result = try LedeCLI.run(["export", "seeds/lavrov-visits-north-korea.txt"])
    let line = try #require(result.stdout.split(separator: "\n").first)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let text = Array(try #require(object["text"] as? String).unicodeScalars)
    let blocks = try #require(object["blocks"] as? [[String: Any]])
    let title = blocks[0]
    let start = try #require(title["start"] as? Int)
    let end = try #require(title["end"] as? Int)
    var s = String.UnicodeScalarView()
    s.append(contentsOf: text[start..<end])
    #expect(String(s) == "Russia’s Lavrov visits North Korea amid claims of military cooperation")
  }

  @Test func jsonFormatIsOneArray() throws {
    let result = try LedeCLI.run([
      "export", "--format", "json", "seeds/lavrov-visits-north-korea.txt",
    ])
    #expect(result.status == 0)
    let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]
    #expect(array?.count == 1)
  }
}
