import LedeCore

/// Words that stand for a holder the text does not name, or refer back to one.
extension StanceScan {
  /// Pronouns for people the text does not name ("you" in a quote is the listener or anyone:
  /// "You can’t blame the African-American community").
  static let unnamedPeople: Set<String> = [
    "those", "others", "many", "some", "few", "most", "several", "anyone", "everyone",
    "someone", "nobody", "you",
  ]

  /// Possessive pronouns and whom they refer to ("its" is left out: on PolNeAR train it named
  /// the wrong organisation in both records it decided, "The party … its opposition").
  static let possessors: [String: (EntityKind, Gender)] = [
    "his": (.person, .male), "her": (.person, .female),
  ]

  /// Whether a holder's name is one abbreviation the entity layer took for a name: "Gov." (from
  /// "said Gov. Terry E. Branstad"), "Calif." (a dateline), "Va." (PolNeAR train had 4 such
  /// records, none right).
  static func isAbbreviation(_ name: String) -> Bool {
    name.count > 2 && name.hasSuffix(".") && !name.contains(" ")
  }

  /// Heads of an unnamed holder that name a group or a body rather than a person (read
  /// from the unnamed holders of PolNeAR train records).
  private static let peopleHeads: Set<String> = [
    "critics", "experts", "troops", "people", "countries", "nations", "groups", "parties",
    "network", "newspaper", "brass", "prince", "allies", "committee", "committees",
  ]

  /// Nouns for people by what they do or are, singular (a plural adds "s"): the heads of
  /// unnamed holders ("Sanders supporters", "a Florida congressman", "Chicago residents").
  /// A list, not agent endings: "-er", "-or" and "-ent" also end "answer", "career",
  /// "behavior" and "percent", which the leftward scan takes for a noun phrase.
  private static let peopleNouns: Set<String> = [
    "activist", "advocate", "aide", "ally", "analyst", "attendant", "backer", "businessman",
    "businesswoman", "candidate", "chairman", "chairwoman", "citizen", "colleague",
    "commentator", "commissioner", "congressman", "congresswoman", "conservative", "contender",
    "correspondent", "councillor", "councilor", "councilman", "councilwoman", "delegate",
    "demonstrator", "director",
    "economist", "editor", "employee", "executive", "fan", "founder", "insider", "investor",
    "journalist", "legislator", "liberal", "lieutenant", "man", "men", "woman", "women",
    "mayor", "moderator", "nominee", "observer", "opponent", "organizer", "owner", "parent",
    "partner", "pastor", "politician", "pollster", "president", "producer", "progressive",
    "protester", "protestor", "reporter", "researcher", "resident", "rival", "scholar",
    "scientist", "soldier", "staffer", "student", "superdelegate", "supporter", "teacher",
    "veteran", "worker", "writer", "evangelical", "official", "leader",
    "member", "lawmaker", "voter", "expert", "critic",
  ]

  /// Whether an unnamed holder's last word names people or a body: "Sanders supporters", "a
  /// Russian official", "critics", not "GOP debate", "Spanish-language skills", "Limbaugh
  /// began" or "British capital's", which the leftward scan took for a noun phrase (PolNeAR
  /// train: 29 of 121 unnamed holders had such a head, about 27 of them wrong).
  static func namesPeople(_ name: String) -> Bool {
    guard let last = name.split(separator: " ").last?.lowercased() else { return false }
    if last.hasSuffix("'s") || last.hasSuffix("\u{2019}s") { return false }
    let singular = last.hasSuffix("s") ? String(last.dropLast()) : last
    if peopleHeads.contains(last) || StanceWords.personRoles.contains(singular)
      || StanceWords.personRoles.contains(last) || StanceWords.institutions.contains(last)
      || StanceWords.institutions.contains(singular) || followers.contains(last)
      || StanceWords.spokesWords.contains(last)
    {
      return true
    }
    if peopleNouns.contains(last) || peopleNouns.contains(singular) { return true }
    // "skywriters", "steelworkers", "homeowners": a compound on a listed noun of five letters
    // or more (not "woman" in "ombudswoman" alone, not "man" in "German").
    return peopleNouns.contains { $0.count >= 5 && singular.hasSuffix($0) }
  }

  /// Whether a holder's name is one party member described by a place: "the Wisconsin
  /// Republican criticized", "a moderate Indiana Democrat" (a person the name does not give;
  /// PolNeAR train: 6 such holders, all of them wrong read strictly).
  static func isPartyMember(_ name: String) -> Bool {
    name.hasSuffix(" Republican") || name.hasSuffix(" Democrat")
  }

  /// Whether a holder's name is a party-and-state label the entity layer took for a name:
  /// "I-Vt", "R-Texas", "D-Calif." (the label after "Sen. Bernie Sanders, I-Vt.,").
  static func isPartyLabel(_ name: String) -> Bool {
    let chars = Array(name)
    return chars.count > 2 && "RDI".contains(chars[0]) && chars[1] == "-" && !name.contains(" ")
  }

  /// Whether an actor found as a holder is none: a description, a label or a place the
  /// entity layer took for a name, or an unnamed phrase that names no people.
  func isNoHolder(_ actor: Actor) -> Bool {
    // "said Democratic pollster Stan Greenberg", "the lifelong Republican who wrote": a party
    // named by its adjective alone is a description, not a holder (PolNeAR train had 25 such
    // records held by "Republican", "Democratic" or "Democrat"; two read as the party's
    // position).
    if actor.span != nil {
      return Self.partyAdjectives.contains(actor.name) || Self.isAbbreviation(actor.name)
        || Self.isPartyLabel(actor.name) || isNameFragment(actor) || isLocalPlace(actor)
        || Self.isPartyMember(actor.name)
    }
    return !actor.named && !Self.namesPeople(actor.name)
  }

  /// Whether a holder is a state or town named as a place: "In Virginia, 85% of Democrats
  /// said", "Concord resident Whit Symms", "has not voted for the Democratic nominee in
  /// decades" (PolNeAR train: about 20 such holders, 2 read right: a city council's vote, a
  /// state's delegation). A name a person in the article also ends with ("Rubio") is theirs.
  func isLocalPlace(_ actor: Actor) -> Bool {
    // ("Washington Post", "New York Gov. George Pataki": a place inside a longer name is not.)
    guard let span = actor.span, localPlaces.contains(span.start),
      entities.contains(where: { $0.span == span && $0.kind == .place })
    else { return false }
    let text = article.text(of: span)
    return !entities.contains { $0.kind == .person && $0.canonical.hasSuffix(" " + text) }
  }

  /// Titles that end an abbreviation ("Gov", "Sen"), as Core's tokenizer knows them.
  private static let titleWords = Set(Abbreviations.titles.map { $0 + "." })

  /// A person's name without the place and title the entity layer (or a quote's speaker) kept
  /// before it: "New Jersey Gov. Chris Christie" and "Jersey Gov. Chris Christie" are Chris
  /// Christie (PolNeAR train and dev had 42 records naming such a name).
  static func withoutTitle(_ name: String) -> String {
    // Split on the UTF-8 bytes: by `Character`, about 6,000 instructions a record.
    let words = name.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
    guard let i = words.lastIndex(where: { titleWords.contains($0) }), i + 1 < words.count
    else { return name }
    return words[(i + 1)...].joined(separator: " ")
  }

  /// Whether token `k` reads as a plural common noun: a lowercase word in "-s" that is no
  /// function word, verb form or adverb.
  func isPluralNoun(_ k: Int) -> Bool {
    // The word is made only for a lower-case word token (the layer the column reads is the
    // article's, without asking the article's cache for it).
    guard text.kinds[k] == .word, text.entityOf[k] < 0, text.words.layer.flags[k].shape == .lower
    else { return false }
    // "34,000 people supported Trump": the one plural without "-s" that names a crowd.
    if text.words.matches(k, "people") { return true }
    let w = text.words[k]
    guard w.count > 3, w.hasSuffix("s"),
      !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("ous"), !w.hasSuffix("is")
    else { return false }
    return
      !(StanceWords.auxiliaries.contains(w) || StanceWords.adverbs.contains(w)
      || StanceWords.prepositions.contains(w) || StanceWords.determiners.contains(w)
      || StanceWords.clauseWords.contains(w) || StanceWords.speechVerbs.contains(w)
      || StanceWords.timeWords.contains(w) || Self.unnamedPeople.contains(w)
      || Self.documentNouns.contains(w)
      || ["always", "perhaps", "sometimes", "nevertheless", "regardless", "besides", "towards"]
        .contains(w))
  }

  /// The last entity of `kind` mentioned before token `j`, within three sentences; for "he" or
  /// "she" (`gender`), no person the entity layer knows as the other gender ("Madeleine
  /// Albright … He has criticized Clinton" is not hers).
  ///
  /// With `preferSubject`, a subject pronoun whose referent is in an earlier sentence refers to
  /// the first fitting person of that sentence, its likely subject, not the last one named
  /// ("Rubio is often compared to Obama. While he embraces …" is Rubio).
  func lastEntity(
    before j: Int, kind: EntityKind, gender: Gender = .unknown, preferSubject: Bool = false
  ) -> Int? {
    let offset = text.spans[j].start
    let sentence = Int(text.sentenceOf[j])
    var e = entities.count - 1
    while e >= 0, entities[e].span.start >= offset { e -= 1 }
    while e >= 0 {
      if fits(e, kind: kind, gender: gender, from: j, subject: preferSubject) {
        guard let range = text.entityTokens[e] else { return e }
        let found = Int(text.sentenceOf[range.lowerBound])
        if found < sentence - 3 { return nil }
        // "Even as Clinton was criticizing Trump, she came under fire": in the pronoun's own
        // sentence a name known to be of its gender wins over a nearer one of no known gender.
        if found == sentence, gender != .unknown, entities[e].gender == .unknown,
          let known = (0..<e).last(where: {
            entities[$0].gender == gender
              && text.entityTokens[$0].map { Int(text.sentenceOf[$0.lowerBound]) } == sentence
              && fits($0, kind: kind, gender: gender, from: j, subject: preferSubject)
          })
        {
          return known
        }
        guard preferSubject, gender != .unknown, found < sentence else { return e }
        var first = e
        var f = e - 1
        while f >= 0, let r = text.entityTokens[f], Int(text.sentenceOf[r.lowerBound]) == found {
          // Only a name that opens its sentence and is known to be of the pronoun's gender
          // ("Sanders" alone has none).
          if entities[f].gender == gender, opensSentence(r.lowerBound),
            fits(f, kind: kind, gender: gender, from: j, subject: preferSubject)
          {
            first = f
          }
          f -= 1
        }
        return first
      }
      e -= 1
    }
    return nil
  }

  /// The entity an object or possessive pronoun at token `j` ("him", "her", "his") refers
  /// to: Core's referent (`PronounReferents`, the rule the quote layer finds pronoun speakers
  /// by), at its last mention before `j`.
  ///
  /// Holders ("he", "she" before a cue) are still read by `lastEntity`: on PolNeAR train,
  /// Core's rule moved about 50 holders, right in 28 against 22 before, while adding 20
  /// records, most of them wrong (notes of session 43).
  func referent(ofPronoun j: Int) -> Int? {
    guard let name = pronouns.referent(at: j) else { return nil }
    let offset = text.spans[j].start
    return entities.indices.last {
      entities[$0].span.start < offset && entities[$0].canonical == name
    }
  }

  /// Whether token `k` opens its sentence, after quotation marks and a conjunction at most.
  func opensSentence(_ k: Int) -> Bool {
    var b = k - 1
    while b >= 0, text.sentenceOf[b] == text.sentenceOf[k] {
      guard isQuoteMark(b) || ["but", "and", "so", "yet", "then"].contains(text.words[b]) else {
        return false
      }
      b -= 1
    }
    return true
  }

  /// Whether entity `e` may be what a pronoun at `j` refers to: its kind and gender fit, and it
  /// is not a name inside someone else's quoted words.
  ///
  /// For a `subject` pronoun, a name in reported speech in the pronoun's own sentence is the
  /// narrator's word and may be the antecedent: "Although Assange was not charged, he has
  /// accused Clinton", "Rubio gave an interview …, and he condemned ISIS" (the quote layer reads
  /// such openings as indirect quotes). In earlier sentences, or for "his" and "her", it moved
  /// PolNeAR train holders to the wrong person more often than to the right one.
  private func fits(_ e: Int, kind: EntityKind, gender: Gender, from j: Int, subject: Bool)
    -> Bool
  {
    guard entities[e].kind == kind,
      gender == .unknown || entities[e].gender == .unknown || entities[e].gender == gender
    else { return false }
    if let range = text.entityTokens[e], text.quoteOf[range.lowerBound] >= 0,
      text.quoteOf[range.lowerBound] != text.quoteOf[j]
    {
      return subject && quotes[Int(text.quoteOf[range.lowerBound])].kind == .indirect
        && text.sentenceOf[range.lowerBound] == text.sentenceOf[j]
    }
    return true
  }
}
