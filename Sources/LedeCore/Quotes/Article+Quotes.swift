/// Who is in the story and what they said, computed once per article on first use.
///
/// The place lexicon is passed in: LedeAnalysis reads these through `Article.entities` and
/// `Article.quotes` with the gazetteer, so the binary, the Lua bridge and the tests all see one
/// configuration.
extension Article {
  /// The entity analysis and the entities it found. Entities need no quotes (places and
  /// sentiment read them alone), so the quotes are found only when asked for; the scan and the
  /// analysis are kept until then, so that the quotes need neither a second scan nor a second
  /// look for the entities. A second `ArticleScan` was about 15% of the entity pass (the name
  /// lists' facts of every token again); kept, it costs about 40 bytes a token until the
  /// quotes, while the token layer, which the quotes read too, is kept as long.
  private func entityFindings(places: any PlaceNameLexicon) -> EntityFindings {
    cached(Self.entitiesKey(places)) { article in
      let recognizer = EntityRecognizer(places: places)
      let resolved = article.resolvedMentions(places: places)
      // Nil only when another thread's entities took it first: found again, the same way.
      let scan = resolved.pass?.scan ?? ArticleScan(article)
      let analysis = recognizer.adoptPlaces(
        resolved.pass?.analysis ?? recognizer.resolve(scan), scan)
      // The entities were the pass's last reader (the place decision reads `parsedRuns`).
      article.replaceCached(Self.resolvedKey(places), with: ResolvedMentions(pass: nil))
      return EntityFindings(
        pass: (scan, analysis), entities: analysis.entities(scan).exactCapacity())
    }
  }

  /// The entity pass before the place lexicon decides which names are places: coreference on
  /// the runs the decision (the geoparser's) read its people from; the entities then take it.
  private func resolvedMentions(places: any PlaceNameLexicon) -> ResolvedMentions {
    cached(Self.resolvedKey(places)) { article in
      let runs = article.parsedRuns(places: places)
      // Nil only when another thread's entities took it first: read again, the same way.
      let parser = runs.parser ?? EntityRecognizer(places: places).parse(ArticleScan(article))
      let analysis = EntityRecognizer(places: places).resolve(parser)
      // Coreference was the parser's last reader: from now on the spans are kept alone.
      article.replaceCached(
        Self.runsKey(places),
        with: ParsedRuns(parser: nil, people: runs.people, organizations: runs.organizations))
      return ResolvedMentions(pass: (parser.scan, analysis))
    }
  }

  /// The capitalised runs of the article read and typed by the name lists and the place
  /// lexicon, before coreference: the people and organisations the place decision reads
  /// (`RunParser.namedSpans`, which takes from coreference only what makes a name a person).
  private func parsedRuns(places: any PlaceNameLexicon) -> ParsedRuns {
    cached(Self.runsKey(places)) { article in
      let parser = EntityRecognizer(places: places).parse(ArticleScan(article))
      let named = parser.namedSpans()
      return ParsedRuns(parser: parser, people: named.people, organizations: named.organizations)
    }
  }

  private static func runsKey(_ places: any PlaceNameLexicon) -> String {
    "parsedRuns " + places.cacheName
  }

  private static func resolvedKey(_ places: any PlaceNameLexicon) -> String {
    "resolvedMentions " + places.cacheName
  }

  /// The spans of the people an article names (a surname alone is the person named in full,
  /// as coreference has it; see `RunParser.namedSpans`), found before the place lexicon decides
  /// which names are places: what keeps the geoparser from reading `Kim Jong Un` as a town, and
  /// what it reads before the entities take its decision.
  public func namedPeople(places: any PlaceNameLexicon) -> [Span] {
    parsedRuns(places: places).people
  }

  /// The spans of the organisations an article names, found with its people (see
  /// `namedPeople`): a place inside one's name (`the U.S. Supreme Court`, `a Lima-based
  /// group`) is decided to be part of it once, by the entity pass, and the geoparser takes
  /// that decision.
  public func namedOrganizations(places: any PlaceNameLexicon) -> [Span] {
    parsedRuns(places: places).organizations
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
      // Nil only when another thread's quotes took them first: found again, the same way.
      let scan = findings.pass?.scan ?? ArticleScan(article)
      let analysis = findings.pass?.analysis ?? recognizer.analyze(scan)
      let found = QuoteExtractor(recognizer: recognizer).quotesAndPronouns(scan, analysis)
      // The quotes were the pass's last reader: from now on the entities are kept alone.
      article.replaceCached(
        Self.entitiesKey(places), with: EntityFindings(pass: nil, entities: findings.entities))
      article.replaceCached(Self.pronounsKey(places), with: found.pronouns)
      return found.quotes.exactCapacity()
    }
  }

  /// Whom the article's `he`, `she`, `his` and `her` refer to, resolved with the quotes (the
  /// quote layer's speakers are what a pronoun falls back on).
  public func pronounReferents(places: any PlaceNameLexicon) -> PronounReferents {
    _ = quotes(places: places)
    // Found with the quotes; found again only if another thread's quotes raced this one's.
    return cached(Self.pronounsKey(places)) { article in
      let recognizer = EntityRecognizer(places: places)
      let scan = ArticleScan(article)
      return QuoteExtractor(recognizer: recognizer).quotesAndPronouns(
        scan, recognizer.analyze(scan)
      ).pronouns
    }
  }

  private static func pronounsKey(_ places: any PlaceNameLexicon) -> String {
    "pronouns " + places.cacheName
  }
}

/// The entity pass before the place decision, with the scan and analysis the entities go on
/// from until they are made.
struct ResolvedMentions: Sendable {
  var pass: (scan: ArticleScan, analysis: EntityAnalysis)?
}

/// The run parser's reading of an article, kept until coreference goes on from it, and the
/// spans of the people and organisations it typed.
struct ParsedRuns: Sendable {
  var parser: RunParser?
  var people: [Span]
  var organizations: [Span]
}

/// An article's entities, with the scan and analysis they came from while the quotes still
/// need them.
struct EntityFindings: Sendable {
  var pass: (scan: ArticleScan, analysis: EntityAnalysis)?
  var entities: [Entity]
}
