import LedeAnalysis
import Testing

@testable import LedeCore

/// A quote's corpus-wide entity: its speaker's mention, merged across articles and aliases.
@Suite struct QuoteEntityTests {
  /// Two stories written for this test: one names the minister in full, the other by title and
  /// surname; a spokesman and an official speak unnamed.
  static let articles: [Article] = [
    newsArticle(
      "Helen Marsh, the transport secretary, defended the ferry levy on Monday.",
      "“The levy pays for the new harbour,” Helen Marsh said.",
      "“Nobody has asked us,” a spokesman for the islanders said.",
      headline: "Minister defends ferry levy"),
    newsArticle(
      "The ferry levy was debated in the Commons on Tuesday.",
      "“We will review it in the spring,” Ms Marsh told MPs.",
      "“The sums do not add up,” one senior official said.",
      "She added that the review would be published in full.",
      headline: "Levy review promised"),
  ].compactMap { $0 }

  func quote(_ article: Article, _ words: String) throws -> Quote {
    try #require(article.quotes.first { $0.text.contains(words) }, "no quote with “\(words)”")
  }

  @Test func oneSpeakerNamedTwoWaysIsOneEntity() throws {
    #expect(Self.articles.count == 2)
    let resolved = CorpusEntities(articles: Self.articles, places: GazetteerPlaceNames())
    let full = try quote(Self.articles[0], "pays for the new harbour")
    let short = try quote(Self.articles[1], "review it in the spring")
    #expect(full.speaker == "Helen Marsh")
    #expect(short.speaker == "Marsh")
    #expect(full.speakerKind == .person)
    let marsh = try #require(resolved.entity(of: full))
    #expect(marsh.id == "person:helen-marsh")
    #expect(resolved.entity(of: short)?.id == marsh.id)
    // Reported speech through a pronoun resolves to her too.
    let added = try quote(Self.articles[1], "published in full")
    #expect(added.kind == .indirect)
    #expect(added.source == "She")
    #expect(resolved.entity(of: added)?.id == marsh.id)
  }

  @Test func anUnnamedSourceHasNoEntity() throws {
    let resolved = CorpusEntities(articles: Self.articles, places: GazetteerPlaceNames())
    for (article, words) in [
      (Self.articles[0], "Nobody has asked us"), (Self.articles[1], "sums do not add up"),
    ] {
      let q = try quote(article, words)
      #expect(q.source != nil, "\(q)")
      #expect(q.speaker == nil, "\(q)")
      #expect(resolved.entity(of: q) == nil, "\(q)")
    }
  }

  @Test func aliasesMergeSpeakersAcrossArticles() throws {
    let articles = [
      newsArticle(
        "“We oppose the levy,” the Tories said in a statement.",
        headline: "Opposition to levy"),
      newsArticle(
        "“The levy is unfair,” the Conservative Party said.",
        headline: "Party statement"),
    ].compactMap { $0 }
    var aliases = EntityAliases()
    aliases.add(name: "Conservative Party", aliases: ["Tories"])
    let resolved = CorpusEntities(
      articles: articles, aliases: aliases, places: GazetteerPlaceNames())
    let ids = articles.flatMap(\.quotes).map { resolved.entity(of: $0)?.id }
    #expect(ids.count == 2)
    #expect(Set(ids).count == 1)
    #expect(ids.first??.hasSuffix(":conservative-party") == true)
  }

  @Test func exportWritesTheEntityOfEachQuote() throws {
    let resolved = CorpusEntities(articles: Self.articles, places: GazetteerPlaceNames())
    let exporter = ArticleExporter(
      layers: ArticleExporter.Layers(
        entities: ArticleExporter.Layers.entities(resolvedBy: resolved),
        quotes: ArticleExporter.Layers.quotes(resolvedBy: resolved)))
    var w = JSONWriter()
    w.write(exporter.record(Self.articles[1]))
    let json = String(decoding: w.output, as: UTF8.self)
    #expect(json.contains("\"speaker\": \"Marsh\", \"entity\": \"person:helen-marsh\""))
    #expect(json.contains("\"speaker\": null, \"entity\": null"))
    // Without a corpus there is no id to give.
    var plain = JSONWriter()
    plain.write(
      ArticleExporter(layers: .init(placeNames: GazetteerPlaceNames())).record(Self.articles[1]))
    #expect(!String(decoding: plain.output, as: UTF8.self).contains("person:helen-marsh"))
  }
}
