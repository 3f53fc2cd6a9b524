import Foundation
import LedeCore

@testable import LedeAnalysis

/// Shared helpers of the geoparser tests: the repository root, articles and the dev set.
enum GeoTestSupport {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// An article read by the real loader (plain text: headline, standfirst, paragraphs).
  static func article(path: String) -> Article? {
    ArticleLoader().load([root.appendingPathComponent(path).path]).articles.first
  }

  /// An article made from text, with the plain-text layout rules.
  static func article(_ text: String) -> Article? {
    PlainTextReader().read(SourceDocument(path: "test.txt", text: text)).articles.first
  }

  /// One gold toponym of the dev set.
  struct GoldPlace {
    var text: String
    var name: String
    var country: String
    var latitude: Double
    var longitude: Double
    var kind: String
    var role: String
    /// Byte span in the article text.
    var span: Span?
  }

  struct DevArticle {
    var file: String
    var article: Article
    var places: [GoldPlace]
  }

  /// The annotated articles of `Tests/DevSets` (those whose annotation has `places`).
  static func devSet() -> [DevArticle] {
    let folder = root.appendingPathComponent("Tests/DevSets")
    let files =
      (try? FileManager.default.contentsOfDirectory(
        atPath: folder.appendingPathComponent("annotations").path))?
      .filter { $0.hasSuffix(".json") }.sorted() ?? []
    return files.compactMap { file -> DevArticle? in
      guard
        let data = FileManager.default.contents(
          atPath: folder.appendingPathComponent("annotations/\(file)").path),
        let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let articleFile = json["file"] as? String, let places = json["places"] as? [[String: Any]],
        let article = article(path: "Tests/DevSets/articles/\(articleFile)")
      else { return nil }
      let offsets = byteOffsets(article.text)
      let gold = places.compactMap { p -> GoldPlace? in
        guard let text = p["text"] as? String, let lat = p["lat"] as? Double,
          let lon = p["lon"] as? Double
        else {
          return nil
        }
        var span: Span?
        if let start = p["start"] as? Int, start + text.unicodeScalars.count < offsets.count {
          span = Span(start: offsets[start], end: offsets[start + text.unicodeScalars.count])
        }
        return GoldPlace(
          text: text, name: p["name"] as? String ?? "", country: p["country"] as? String ?? "",
          latitude: lat,
          longitude: lon, kind: p["kind"] as? String ?? "", role: p["role"] as? String ?? "",
          span: span)
      }
      return DevArticle(file: articleFile, article: article, places: gold)
    }
  }

  /// Byte offset of every Unicode scalar of a text, plus one past the end.
  static func byteOffsets(_ text: String) -> [Int] {
    var offsets: [Int] = []
    var position = 0
    for scalar in text.unicodeScalars {
      offsets.append(position)
      position += UTF8.width(scalar)
    }
    offsets.append(position)
    return offsets
  }
}
