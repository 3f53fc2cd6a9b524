import LedeCore

/// Who or what a target names: the entity, a pronoun's referent, or the phrase itself.
extension StanceScan {
  /// The target as an actor: the entity the phrase names or possesses ("Russia’s “sacred
  /// fight”" → Russia), a pronoun's referent, or the phrase itself; nil for a pronoun that
  /// cannot be resolved.
  func resolveTarget(_ target: Range<Int>, holders: [Actor] = []) -> Actor? {
    // "what she called a “rant”": a phrase of determiners alone ("a", "The") names nothing
    // ("her" alone is a pronoun, resolved below).
    guard target.contains(where: { names($0) }) else { return nil }
    // "praised Tuesday night": a time is no target; the cue's object stands elsewhere (PolNeAR
    // train: 4 such records, none right).
    if target.allSatisfy({
      !text.isWord($0) || StanceWords.keys.timeWords.contains(text.keys[$0])
        || StanceWords.keys.timeStarters.contains(text.keys[$0])
    }) {
      return nil
    }
    if target.count > 1, let named = pronounHead(target, holders: holders) { return named }
    // "accused Dr Stein", "praised Mrs. Clinton", "backed Sen. Marco Rubio": a title stands
    // before the name it belongs to, as a determiner does (PolNeAR train: 43 of 1,412 records
    // had an honorific target, none resolved to its person; with every title, as the subject
    // scan reads them, 7 more of 1,333 targets resolve, all to the right person).
    var a = target.lowerBound
    while a < target.upperBound - 1, text.isWord(a),
      StanceWords.keys.determiners.contains(text.keys[a])
        || Abbreviations.titleKeys.contains(text.keys[a])
    { a += 1 }
    if text.entityOf[a] >= 0 {
      let e = Int(text.entityOf[a])
      if let range = text.entityTokens[e], range.lowerBound >= target.lowerBound {
        let after = range.upperBound + 1
        // ("called for the United States to step up": what is called for is the action.)
        let purpose =
          after + 1 < target.upperBound && text.words.matches(after, "to")
          && !(target.lowerBound > 0 && text.words.matches(target.lowerBound - 1, "for"))
          && !StanceWords.keys.determiners.contains(text.keys[after + 1])
          && text.entityOf[after + 1] < 0
        // "praised Tony Blair for his stance", "backing Russia in its war", "criticised Brown
        // again": what follows the name says why, where or when, so the name is the target.
        let adjunct = after < target.upperBound && Self.adjunctStarters.contains(text.words[after])
        if text.possessive[range.upperBound],
          let head = namedHead(after: range.upperBound, in: target)
        {
          return actor(entity: head)
        }
        // "denied Garland a hearing", "deny Bernie Sanders the nomination": a name before a
        // second object is who the act is toward.
        let secondObject =
          after < target.upperBound && ["a", "an", "the"].contains(text.words[after])
        // "approved Indiana's voter-identification law": a state or town named as a place owns
        // what is approved, and the target is the thing, not the place.
        let placeOwner =
          text.possessive[range.upperBound] && range.upperBound < target.upperBound - 1
          && localPlaces.contains(entities[e].span.start)
        // "does not support Grayson’s opponent": a person named by a relation to the possessor
        // is someone else, as after "his" (`pronounHead`); the phrase stays the target.
        let relation =
          text.possessive[range.upperBound] && namesRelation(after: range.upperBound, in: target)
        if !placeOwner, !relation,
          range.upperBound >= target.upperBound - 1 || text.possessive[range.upperBound] || purpose
            || adjunct || secondObject
        {
          return actor(entity: e)
        }
      }
    }
    // "presumptive Republican presidential nominee Donald Trump": a role before a name (not
    // an action after "to": "called on Republicans to unendorse Trump").
    if text.entityOf[a] < 0, a > target.lowerBound || text.isWord(a),
      !(target.lowerBound > 0 && text.words.matches(target.lowerBound - 1, "to")),
      let head = namedHead(after: a - 1, in: target)
    {
      return actor(entity: head)
    }
    // "the news media, which is then denounced by Trump": the relative names its antecedent.
    if target.count == 1, ["which", "who", "whom"].contains(text.words[a]) {
      var low = a
      while low > 0, text.sentenceOf[low - 1] == text.sentenceOf[a] { low -= 1 }
      guard let e = antecedent(ofRelative: a, in: low..<(a + 1)) else { return nil }
      return actor(entity: e)
    }
    // "has not endorsed a candidate", "would endorse anyone who …": no one in particular.
    let words = target.filter { text.isWord($0) }.map { text.words[$0] }
    if words.count <= 2, let last = words.last, Self.genericPeople.contains(last),
      words.count == 1 || ["a", "an", "any"].contains(words[0])
    {
      return nil
    }
    // "I get endorsed by Bernie", "has attacked me": inside a quote the first person is its
    // speaker.
    if target.count == 1, StanceWords.keys.firstPerson.contains(text.keys[a]), text.quoteOf[a] >= 0
    {
      let quote = quotes[Int(text.quoteOf[a])]
      return quote.speaker.map { Actor(name: $0, span: quote.speakerSpan) }
    }
    // "support him enthusiastically", "accused him of …", "congratulated her for her victory":
    // an object pronoun that opens a longer phrase is still the target.
    if target.count > 1,
      text.words.matches(a, "him")
        || (text.words.matches(a, "her") && StanceWords.prepositions.contains(text.words[a + 1]))
    {
      return referent(ofPronoun: a).map { actor(entity: $0) }
    }
    // "the way he was being criticized by Lopez": a passive's patient may be a subject pronoun.
    if target.count == 1, StanceWords.keys.personPronouns.contains(text.keys[a]) {
      return referent(ofPronoun: a).map { actor(entity: $0) }
    }
    if target.count == 1, StanceWords.keys.objectPronouns.contains(text.keys[a]) {
      if text.words.matches(a, "him") || text.words.matches(a, "her"),
        let e = referent(ofPronoun: a)
      {
        return actor(entity: e)
      }
      return nil
    }
    return Actor(name: phraseName(target), span: nil)
  }

  /// A target phrase as a record names it: as written, but in a block the token layer reads as
  /// set in headline case ("Tim Kaine Fully Embraced Abortion", "Calls for Special Prosecutor")
  /// a phrase that holds no name in lower case, as the body would write it. (A phrase with a
  /// name keeps its case: with the names the entity layer misses in headlines, "Sides With
  /// George W. Bush On ‘Radical Islam" and "Fleeing President Trump" read worse lowered; PolNeAR
  /// train had 16 phrase targets set in headline case, 12 of them with a name.)
  func phraseName(_ target: Range<Int>) -> String {
    let written = text.text(target.lowerBound, target.upperBound - 1)
    let layer = article.tokenLayer
    let sentence = Int(text.sentenceOf[target.lowerBound])
    guard sentence >= 0, sentence < layer.sentences.count,
      layer.isHeadline(block: layer.sentences[sentence].block),
      !target.contains(where: { text.entityOf[$0] >= 0 })
    else { return written }
    var name = ""
    for k in target {
      if k > target.lowerBound {
        name += article.text(of: Span(start: text.spans[k - 1].end, end: text.spans[k].start))
      }
      let word = text.text(k, k)
      let kept =
        layer.flags[k].shape == .allCaps || layer.flags[k].contains(.initial)
        || layer.flags[k].contains(.camelCase)
      name += kept ? word : word.lowercased()
    }
    return name
  }

  /// Nouns for someone related to a person ("his boss", "her side").
  static let relations: Set<String> = [
    "boss", "wife", "husband", "daughter", "son", "father", "mother", "friend", "friends",
    "family", "side", "rival", "rivals", "mate", "children", "staff", "team", "opponent",
    "opponents", "challenger", "successor", "predecessor",
    // "praised the North's leader": one who leads the possessor is a person, not the country
    // (a review of the session-41 rules).
    "leader", "leaders", "ruler", "dictator", "president", "premier", "chancellor", "king",
  ]

  /// Whether the words after a possessive at `possessor` (up to three, before a preposition)
  /// name a person by a relation to the possessor (`relations`: "opponent", "wife", "staff").
  /// (Not `namesPeople`, whose institutions take "Obama’s presidency" and "Christie’s
  /// leadership" for people.)
  func namesRelation(after possessor: Int, in target: Range<Int>) -> Bool {
    var head = possessor + 1
    guard head < target.upperBound, text.isWord(head), text.entityOf[head] < 0 else {
      return false
    }
    while head + 1 < target.upperBound, text.isWord(head + 1), text.entityOf[head + 1] < 0,
      !StanceWords.keys.prepositions.contains(text.keys[head + 1]), head - possessor < 3
    {
      head += 1
    }
    return (possessor + 1...head).contains(where: { Self.relations.contains(text.words[$0]) })
  }

  /// What a longer target that opens with a pronoun names: "them help", "it up", "you to the
  /// Games" name nothing resolvable (`.some(nil)`); "me 100 percent" in a quote is its speaker;
  /// "her judgment", "his comments" are the person the possessive refers to, unless that is
  /// the holder ("defended his record" keeps the phrase). `nil` when the target opens with no
  /// such pronoun. (PolNeAR train: 42 targets opened so; the possessive ones read as
  /// garbled targets in strict draws.)
  func pronounHead(_ target: Range<Int>, holders: [Actor]) -> Actor?? {
    let a = target.lowerBound
    let w = text.words[a]
    let next = a + 1
    guard text.isWord(next) else { return nil }
    if ["them", "it", "you", "us"].contains(w) { return .some(nil) }
    if w == "me" {
      guard text.quoteOf[a] >= 0 else { return .some(nil) }
      let quote = quotes[Int(text.quoteOf[a])]
      return .some(quote.speaker.map { Actor(name: $0, span: quote.speakerSpan) })
    }
    guard w == "his" || w == "her", text.entityOf[next] < 0,
      !StanceWords.keys.prepositions.contains(text.keys[next]),
      !Self.adjunctStarters.contains(text.words[next]), !text.words.matches(next, "and")
    else { return nil }
    // "his boss", "her former primary opponent": another person, named by a relation.
    var head = next
    while head + 1 < target.upperBound, text.isWord(head + 1),
      !StanceWords.keys.prepositions.contains(text.keys[head + 1]), head - next < 3
    {
      head += 1
    }
    if (next...head).contains(where: { Self.relations.contains(text.words[$0]) })
      || Self.namesPeople(text.words[head])
    {
      return nil
    }
    // A "her" needs a woman the entity layer knows as one ("her ouster" is not Bernie
    // Sanders's), a "his" anyone not known as a woman.
    guard let e = referent(ofPronoun: a),
      w == "his" ? entities[e].gender != .female : entities[e].gender == .female,
      !holders.contains(where: { $0.name == name(ofEntity: e) })
    else { return nil }
    return .some(actor(entity: e))
  }

  /// "London’s newly elected Muslim mayor Sadiq Khan", "Russia’s president, Vladimir Putin": the person
  /// a possessive (or a role) phrase ends in is what it names, not the possessor. Only lowercase words (and a
  /// comma) may stand between, so "Trump’s attacks on Clinton" keeps Trump.
  func namedHead(after possessor: Int, in target: Range<Int>) -> Int? {
    var k = possessor + 1
    while k < target.upperBound, k - possessor <= 6 {
      if text.entityOf[k] >= 0 {
        let e = Int(text.entityOf[k])
        guard let range = text.entityTokens[e] else { return nil }
        // "Muslim mayor", "Republican presidential nominee": a one-word group or party before
        // the head is an adjective.
        if entities[e].kind == .group || (entities[e].kind == .organization && range.count == 1),
          range.upperBound + 1 < target.upperBound
        {
          k = range.upperBound + 1
          continue
        }
        guard entities[e].kind == .person else { return nil }
        let after = range.upperBound + 1
        let ends =
          after >= target.upperBound || Self.adjunctStarters.contains(text.words[after])
          || !text.isWord(after)
        return ends ? e : nil
      }
      let lowerWord =
        text.isWord(k) && article.tokenLayer.flags[k].shape == .lower
        && !StanceWords.keys.prepositions.contains(text.keys[k])
        && !StanceWords.keys.clauseWords.contains(text.keys[k]) && !text.words.matches(k, "and")
        && !text.words.matches(k, "or")
        // "called to reject Trump", "backed electing Cruz": a verb before the name says
        // what is done to it, so the phrase stays as written.
        && !lexicon.startsCue(text.words[k]) && !text.words[k].hasSuffix("ing")
      guard lowerWord || text.words.matches(k, ",") else { return nil }
      k += 1
    }
    return nil
  }

  /// Whether the word at `i`, after "and", is a second verb before a shared object ("support and
  /// endorse X"), not an auxiliary, a pronoun or the start of another phrase ("and will protect",
  /// "and we honor", "and for the U.S.").
  func sharesObject(_ i: Int) -> Bool {
    let w = text.words[i]
    // The second verb is a cue too ("turn out Clinton support and rally teachers behind her" is
    // a noun and another verb).
    return text.isWord(i) && text.entityOf[i] < 0 && lexicon.startsCue(w)
      && !StanceWords.auxiliaries.contains(w) && !StanceWords.prepositions.contains(w)
      && !StanceWords.determiners.contains(w) && !StanceWords.objectPronouns.contains(w)
      && !StanceWords.personPronouns.contains(w) && !StanceWords.firstPerson.contains(w)
      && !StanceWords.clauseWords.contains(w) && !StanceWords.adverbs.contains(w)
      && text.kinds[i] != .number && w != "and" && w != "or"
      && (i + 1 < text.count && text.isWord(i + 1))
  }

  /// Whether token `i` can name something: a word that is not a determiner only.
  func names(_ i: Int) -> Bool {
    text.isWord(i)
      && (!StanceWords.keys.determiners.contains(text.keys[i])
        || StanceWords.keys.objectPronouns.contains(text.keys[i]))
  }

  /// The name an entity goes by in records: places by their gazetteer name.
  func name(ofEntity e: Int) -> String {
    let entity = entities[e]
    if entity.kind == .place, let name = placeNames[entity.span.start] { return name }
    return entity.kind == .person ? Self.withoutTitle(entity.canonical) : entity.canonical
  }

  /// Entity `e` as an actor, with the speaker whose words name it.
  func actor(entity e: Int, speaker: String? = nil) -> Actor {
    Actor(name: name(ofEntity: e), span: entities[e].span, speaker: speaker)
  }
}
