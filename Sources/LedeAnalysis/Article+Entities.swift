import LedeCore

/// Who is in the story and what they said, with the gazetteer deciding which names are places:
/// the one configuration the binary, the Lua bridge, the reports and the tests all read.
extension Article {
  /// People, organisations, places and groups, in text order.
  public var entities: [Entity] { entities(places: GazetteerPlaceNames()) }

  /// Direct, partial and indirect quotes with their speakers, in text order.
  public var quotes: [Quote] { quotes(places: GazetteerPlaceNames()) }

  /// Whom the article's `he`, `she`, `his` and `her` refer to (the quote layer's rule).
  public var pronounReferents: PronounReferents { pronounReferents(places: GazetteerPlaceNames()) }
}

extension Corpus {
  /// The corpus-wide entities, with the declared aliases merged in.
  public var entities: CorpusEntities { entities(places: GazetteerPlaceNames()) }
}
