/// Who is in the story and what they said, computed once per article on first use.
extension Article {
  /// The quotes and the entities, found in one pass: speakers are entities.
  private var whoSaidWhat: WhoSaidWhat {
    cached("whoSaidWhat") { article in
      let found = QuoteExtractor(recognizer: EntityRecognizer(places: PlaceNames.current))
        .quotesAndEntities(in: article)
      return WhoSaidWhat(quotes: found.quotes, entities: found.entities)
    }
  }

  /// People, organisations, places and groups, in text order.
  public var entities: [Entity] { whoSaidWhat.entities }

  /// Direct, partial and indirect quotes with their speakers, in text order.
  public var quotes: [Quote] { whoSaidWhat.quotes }
}

struct WhoSaidWhat: Sendable {
  var quotes: [Quote]
  var entities: [Entity]
}
