/// Who is in the story and what they said, computed once per article on first use.
///
/// The place lexicon is passed in: LedeAnalysis reads these through `Article.entities` and
/// `Article.quotes` with the gazetteer, so the binary, the Lua bridge and the tests all see one
/// configuration.
extension Article {
  /// The quotes and the entities, found in one pass: speakers are entities.
  private func whoSaidWhat(places: any PlaceNameLexicon) -> WhoSaidWhat {
    cached("whoSaidWhat " + places.cacheName) { article in
      let found = QuoteExtractor(recognizer: EntityRecognizer(places: places))
        .quotesAndEntities(in: article)
      return WhoSaidWhat(quotes: found.quotes, entities: found.entities)
    }
  }

  /// People, organisations, places and groups, in text order, with `places` deciding which
  /// names are places.
  public func entities(places: any PlaceNameLexicon) -> [Entity] {
    whoSaidWhat(places: places).entities
  }

  /// Direct, partial and indirect quotes with their speakers, in text order.
  public func quotes(places: any PlaceNameLexicon) -> [Quote] {
    whoSaidWhat(places: places).quotes
  }
}

struct WhoSaidWhat: Sendable {
  var quotes: [Quote]
  var entities: [Entity]
}
