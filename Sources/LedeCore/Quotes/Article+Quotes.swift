/// Who is in the story and what they said, computed once per article on first use.
///
/// The place lexicon is passed in: LedeAnalysis reads these through `Article.entities` and
/// `Article.quotes` with the gazetteer, so the binary, the Lua bridge and the tests all see one
/// configuration.
extension Article {
  /// The entity analysis and the entities it found. Entities need no quotes (places and
  /// sentiment read them alone), so the quotes are found only when asked for; the analysis is
  /// kept until then, so that their speakers need no second look for the entities.
  private func entityFindings(places: any PlaceNameLexicon) -> EntityFindings {
    cached(Self.entitiesKey(places)) { article in
      let scan = ArticleScan(article)
      let analysis = EntityRecognizer(places: places).analyze(scan)
      return EntityFindings(analysis: analysis, entities: analysis.entities(scan).exactCapacity())
    }
  }

  private static func entitiesKey(_ places: any PlaceNameLexicon) -> String {
    "entities " + places.cacheName
  }

  /// People, organisations, places and groups, in text order, with `places` deciding which
  /// names are places.
  public func entities(places: any PlaceNameLexicon) -> [Entity] {
    entityFindings(places: places).entities
  }

  /// Direct, partial and indirect quotes with their speakers, in text order: speakers are the
  /// entities' mentions.
  public func quotes(places: any PlaceNameLexicon) -> [Quote] {
    cached("quotes " + places.cacheName) { article in
      let findings = article.entityFindings(places: places)
      let recognizer = EntityRecognizer(places: places)
      let scan = ArticleScan(article)
      // Nil only when another thread's quotes took it first: found again, the same way.
      let analysis = findings.analysis ?? recognizer.analyze(scan)
      let quotes = QuoteExtractor(recognizer: recognizer).quotes(scan, analysis)
      // The quotes were the analysis's last reader: from now on the entities are kept alone.
      article.replaceCached(
        Self.entitiesKey(places), with: EntityFindings(analysis: nil, entities: findings.entities))
      return quotes.exactCapacity()
    }
  }
}

/// An article's entities, with the analysis they came from while the quotes still need it.
struct EntityFindings: Sendable {
  var analysis: EntityAnalysis?
  var entities: [Entity]
}
