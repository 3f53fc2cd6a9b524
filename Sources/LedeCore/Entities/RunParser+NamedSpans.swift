extension RunParser {
  /// The spans of the people and organisations the runs name, as the place decision reads them
  /// before coreference, with the part of coreference that makes a name a person where the
  /// runs left it a place or untyped: a one-word name that is the surname of a full name
  /// (`Carson` after or before "Ben Carson"), and a name written with an honorific or before a
  /// noun of a person's office (`Mr. Obama`, `the Obama administration`) wherever it stands
  /// alone; a headline's given name and surname (`Ben Carson Defends …`), and the headline
  /// words that name someone the body names.
  ///
  /// With it a person's name is never read as a place, as a full name's words never are. The
  /// rest of coreference (role phrases, headline words the body confirms, canonical names) was
  /// 62M of the 397M instructions of `a:places()` on 200 PolNeAR train texts (callgrind); the
  /// entities still run all of it, on these runs.
  func namedSpans() -> (people: [Span], organizations: [Span]) {
    // Every loop reads the mentions in place (`mentions[i]`): `for m in mentions` copied each,
    // retaining its strings and lists.
    // `Rhian Thomas … Ms Thomas`, `the Obama administration` (Coreference.resolve).
    var honoured = KeySet()
    for i in mentions.indices
    where mentions[i].kind == .person && mentions[i].gender != .unknown
      && !mentions[i].isRolePhrase
    {
      let w = nameWords(mentions[i].tokens)
      if w.count == 1 { honoured.insert(facts[w.last].hash) }
    }
    for i in mentions.indices
    where mentions[i].kind == nil && !mentions[i].isRolePhrase && mentions[i].tokens.count == 1 {
      let t = mentions[i].tokens.lowerBound
      if t + 1 < facts.count, !facts[t].possessive, facts[t + 1].shape == .lower,
        Coreference.personalNouns.contains(facts[t + 1].hash)
      {
        honoured.insert(facts[t].hash)
      }
    }
    var isPerson = [Bool](repeating: false, count: mentions.count)
    for i in mentions.indices {
      if mentions[i].kind == .person {
        isPerson[i] = true
      } else if mentions[i].kind == nil, !mentions[i].isRolePhrase {
        let w = nameWords(mentions[i].tokens)
        isPerson[i] = (1...3).contains(w.count) && honoured.contains(facts[w.last].hash)
      }
    }
    // Surnames: the last word of a full name (the first of one written surname first), and a
    // one-word name with a role (`Senator Cruz`).
    var surnames = KeySet()
    for i in mentions.indices where isPerson[i] && !mentions[i].isRolePhrase {
      let w = nameWords(mentions[i].tokens)
      if w.count >= 2 {
        surnames.insert(facts[w.last].hash)
        if mentions[i].surnameFirst { surnames.insert(facts[w.first].hash) }
      } else if w.count == 1, mentions[i].role != nil, mentions[i].tokens.count == 1 {
        surnames.insert(facts[w.last].hash)
      }
    }
    var people: [Span] = []
    var organizations: [Span] = []
    for i in mentions.indices {
      let kind = mentions[i].kind
      let rolePhrase = mentions[i].isRolePhrase
      if !isPerson[i], !rolePhrase, isSurname(i, surnames) { isPerson[i] = true }
      if isPerson[i] {
        people.append(mentions[i].span)
      } else if (kind == .organization || kind == nil) && !rolePhrase {
        // Coreference's default for a name nothing else types.
        organizations.append(mentions[i].span)
      }
    }
    headlineNames(surnames, into: &people)
    deferredNames(isPerson, people: &people, organizations: &organizations)
    return (people, organizations)
  }

  /// Headline words and words in capitals that name someone the body names, or an
  /// organisation the lexicon knows (`Coreference.confirmDeferred`, for the spans alone): the
  /// `Carson` of `… Reporting On Carson`, `The New York Post` on a line in capitals. A phrase
  /// the body names as a place is left to the geoparser, but still ends the search there.
  private func deferredNames(
    _ isPerson: [Bool], people: inout [Span], organizations: inout [Span]
  ) {
    guard !deferred.isEmpty else { return }
    var personKeys = KeySet()
    var organizationKeys = KeySet()
    var otherKeys = KeySet()
    for i in mentions.indices {
      var phrase = WordHash.Phrase()
      var count = 0
      var last: UInt64 = 0
      for t in mentions[i].tokens where facts[t].shape.isWord && !facts[t].info.contains(.particle)
      {
        phrase.append(facts[t].hash)
        count += 1
        last = facts[t].hash
      }
      guard count > 0 else { continue }
      if isPerson[i] {
        personKeys.insert(phrase.value)
        personKeys.insert(WordHash.Phrase(last).value)
      } else if mentions[i].isRolePhrase {
        continue
      } else if mentions[i].kind == nil || mentions[i].kind == .organization {
        organizationKeys.insert(phrase.value)
      } else {
        otherKeys.insert(phrase.value)
      }
    }
    let covered = DeferredPhrases.covered(by: mentions, count: facts.count)
    DeferredPhrases.walk(deferred, facts: facts, covered: covered) { r in
      var phrase = WordHash.Phrase()
      for u in r { phrase.append(facts[u].hash) }
      let key = phrase.value
      if personKeys.contains(key) {
        people.append(scan.nameSpan(r))
      } else if organizationKeys.contains(key) || knownOrganization(r) {
        organizations.append(scan.nameSpan(r))
      } else if !otherKeys.contains(key) {
        return false
      }
      return true
    }
  }

  /// Whether the lexicon lists the words of `r` as an organisation's name.
  private func knownOrganization(_ r: Range<Int>) -> Bool {
    guard let first = r.first, let phrases = scan.lexicon.phrases[facts[first].hash] else {
      return false
    }
    return phrases.contains { p in
      p.kind == .organization && p.words.count == r.count
        && zip(p.words, r).allSatisfy { $0 == facts[$1].hash }
        && (!p.capitalsOnly || facts[first].shape == .allCaps)
    }
  }

  /// `Ben Carson Defends His Record` over a body that writes `Carson`: a given name and a word
  /// the body names alone or as a surname, side by side in a headline, are a person's name
  /// (`Coreference.namesInHeadlines`, where the runs wait for the body).
  private func headlineNames(_ surnames: KeySet, into people: inout [Span]) {
    var alone = surnames
    for i in mentions.indices
    where mentions[i].kind == nil || mentions[i].kind == .person
      || mentions[i].kind == .organization
    {
      let w = nameWords(mentions[i].tokens)
      if w.count == 1 { alone.insert(facts[w.last].hash) }
    }
    for r in DeferredPhrases.fullNames(deferred, facts: facts, isAlone: { alone.contains($0) }) {
      people.append(scan.nameSpan(r))
    }
  }

  /// How many words a name has, and its first and last, without particles and a suffix (`Jr.`).
  private func nameWords(_ tokens: Range<Int>) -> (count: Int, first: Int, last: Int) {
    var count = 0
    var first = tokens.lowerBound
    var last = tokens.lowerBound
    var beforeLast = tokens.lowerBound
    for t in tokens where facts[t].shape.isWord && !facts[t].info.contains(.particle) {
      if count == 0 { first = t }
      beforeLast = last
      last = t
      count += 1
    }
    if count > 1, Coreference.suffixes.contains(facts[last].hash) {
      return (count - 1, first, beforeLast)
    }
    return (count, first, last)
  }

  /// A one-word name that is a person's surname: an untyped one always (coreference links it to
  /// the person), one the runs typed a place or an organisation only as names are written (`UN`
  /// is no `Kim Jong Un`) and with no function word before it (`in Kennedy`, `the Kennedy`).
  private func isSurname(_ i: Int, _ surnames: KeySet) -> Bool {
    let tokens = mentions[i].tokens
    let w = nameWords(tokens)
    guard w.count == 1, surnames.contains(facts[w.last].hash) else { return false }
    let kind = mentions[i].kind
    if kind == nil { return true }
    let t = tokens.lowerBound
    return tokens.count == 1 && (kind == .place || kind == .organization)
      && mentions[i].canonical == nil && facts[t].shape == .capitalized
      && (t == 0 || facts[t - 1].shape != .lower || !facts[t - 1].info.contains(.function))
  }
}
