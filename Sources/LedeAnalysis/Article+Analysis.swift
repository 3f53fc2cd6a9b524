import LedeCore

/// The analyses LedeAnalysis adds to an article, each computed once on first use.
extension Article {
  /// The resolved place mentions, in text order; people the entity pass names are never read
  /// as places.
  public var places: [ResolvedPlace] {
    cached("places") { article in
      let names = GazetteerPlaceNames()
      return Geoparser.places(
        in: article, personSpans: article.namedPeople(places: names),
        organizationSpans: article.namedOrganizations(places: names)
      ).exactCapacity()
    }
  }

  /// The article's focus: its main countries and city.
  public var geoFocus: GeoFocus { cached("geoFocus") { Geoparser.focus(of: $0.places) } }

  /// The tone of each sentence (news mode, entity names masked), in sentence order, read from
  /// the article's token layer: its words, whether its block is in headline case, which words
  /// are quoted (decided over the whole paragraph) and which open the sentence.
  public var sentenceSentiments: [SentimentScores] {
    cached("sentenceSentiments") { article in
      let entities = article.entities
      let layer = article.tokenLayer
      var text = article.text
      var masks = SentenceMasks(entities.map(\.span))
      return text.withUTF8 { bytes in
        article.sentences.map { sentence in
          SentimentAnalyzer.shared.score(
            bytes, layer: layer, sentence: sentence, masks: masks.within(sentence.span))
        }
      }
    }
  }

  /// The tone of the article: the mean over the sentences of its standfirst and paragraphs.
  ///
  /// Scoring the whole text at once would saturate the compound score (VADER sums valences
  /// before normalising), so a long article would always look strongly positive or negative.
  public var sentiment: SentimentScores {
    cached("sentiment") { article in
      let scores = article.sentenceSentiments
      let body = article.sentences.indices.filter {
        let role = article.blocks[article.sentences[$0].block].role
        return role == .paragraph || role == .standfirst
      }
      return SentimentScores.mean(body.map { scores[$0] })
    }
  }
}

extension SentimentScores {
  /// The component-wise mean; neutral when there is nothing to average.
  public static func mean(_ scores: [SentimentScores]) -> SentimentScores {
    guard !scores.isEmpty else { return SentimentScores(compound: 0, pos: 0, neu: 1, neg: 0) }
    let n = Double(scores.count)
    return SentimentScores(
      compound: scores.reduce(0) { $0 + $1.compound } / n,
      pos: scores.reduce(0) { $0 + $1.pos } / n,
      neu: scores.reduce(0) { $0 + $1.neu } / n,
      neg: scores.reduce(0) { $0 + $1.neg } / n)
  }
}
