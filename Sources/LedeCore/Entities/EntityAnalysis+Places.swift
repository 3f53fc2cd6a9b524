/// The entities take the place lexicon's decision for the whole article (issue 12: one
/// decision per fact): a mention is a place exactly when its span is one of the decided places.
///
/// The run parser types a name a place when the gazetteer's best reading of it alone is big
/// enough (`Carson`, `Rubio`, `Bush` are cities); the geoparser reads the context (a surname
/// after its full name, a dateline, an organisation's name around it) and reports places the
/// runs never typed (`Onawa, Iowa`; a dateline's `NEW YORK`, where the runs had `YORK`). On 200
/// PolNeAR train texts the two agreed on 2,146 spans; 226 were places to the entities only and
/// 198 locations to the geoparser only.
extension EntityAnalysis {
  mutating func adopt(_ decision: PlaceDecision, _ scan: ArticleScan, lexicon: any PlaceNameLexicon)
  {
    let places = Set(decision.places)
    var held = Set<Span>()
    var freed: [Int] = []
    for i in mentions.indices where !mentions[i].isRolePhrase && mentions[i].kind != .person {
      if places.contains(mentions[i].span) {
        mentions[i].kind = .place
        held.insert(mentions[i].span)
      } else if mentions[i].kind == .place {
        freed.append(i)
      }
    }
    for i in freed where !isUndecided(mentions[i], decision.read, scan, lexicon) {
      retype(i, scan)
    }
    var added = false
    for span in places where !held.contains(span) {
      // A place inside a longer name the entities hold (`Breitbart Texas`) or across a person's
      // name is left to that name; the mentions inside a place give way to it.
      // Index loops read the mentions in place: closures over `mentions` copied each one,
      // retaining its strings and lists.
      guard let tokens = scan.tokens(of: span),
        !mentions.indices.contains(where: { i in
          let m = mentions[i].span
          return m.start < span.end && span.start < m.end
            && !(span.start <= m.start && m.end <= span.end && mentions[i].kind != .person)
        })
      else { continue }
      mentions.removeAll { span.start <= $0.span.start && $0.span.end <= span.end }
      let text = scan.text(span.start, span.end)
      let shouted = tokens.count > 1 && tokens.allSatisfy { scan.facts[$0].shape == .allCaps }
      mentions.append(
        Mention(
          tokens: tokens, span: span, kind: .place,
          canonical: shouted ? SpeakerLabel.titleCased(text) : text))
      added = true
    }
    if added { mentions.sort { $0.span < $1.span } }
  }

  /// Whether the geoparser made no decision on a place the runs typed by its place word
  /// (`Harlow Springs`, a town the gazetteer lacks; `River Styx`): it reads only the names the
  /// gazetteer knows, and read nothing that overlaps it. Such a name stays a place. A name typed
  /// a place by the gazetteer was read, and an acronym after a place (the `AP` of "WASHINGTON
  /// (AP)") was no place by its words.
  private func isUndecided(
    _ m: Mention, _ read: [Span], _ scan: ArticleScan, _ lexicon: any PlaceNameLexicon
  ) -> Bool {
    guard m.tokens.count >= 2,
      scan.facts[m.tokens.lowerBound].info.contains(.placeStart)
        || scan.facts[m.tokens.upperBound - 1].info.contains(.placeWord),
      !read.contains(where: { $0.start < m.span.end && m.span.start < $0.end })
    else { return false }
    return !lexicon.isPlace(scan.text(m.tokens, possessive: false))
  }

  /// A name the runs typed a place that is none: a surname written alone after the person's
  /// full name (`Carson` after "Ben Carson") is that person, as coreference links a surname the
  /// runs left untyped; anything else is an organisation, coreference's default for a name.
  private mutating func retype(_ i: Int, _ scan: ArticleScan) {
    let tokens = mentions[i].tokens
    let word = scan.facts[tokens.lowerBound].hash
    // Read by index: closures over `mentions` copied each mention they passed.
    func isFullName(_ j: Int) -> Bool {
      mentions[j].kind == .person && !mentions[j].isRolePhrase && mentions[j].tokens.count > 1
        && scan.facts[mentions[j].tokens.upperBound - 1].hash == word
    }
    if tokens.count == 1,
      let j = mentions.indices[..<i].last(where: isFullName)
        ?? mentions.indices[i...].first(where: isFullName)
    {
      mentions[i].kind = .person
      mentions[i].canonical = mentions[j].canonical
      mentions[i].gender = mentions[j].gender
      return
    }
    mentions[i].kind = .organization
  }
}
