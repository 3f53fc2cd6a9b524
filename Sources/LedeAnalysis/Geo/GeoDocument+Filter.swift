import LedeCore

/// Which candidate mentions are really places: the rejection rules.
///
/// A gazetteer match is dropped when its capital letter is explained otherwise: it is part of a
/// person's name (`Kim Jong Un`, `Paris Delaney`), of an organisation's (`Kyiv Independent`,
/// `Bank of England`) or of a longer toponym the gazetteer lacks (`Desna River`); it is a
/// function word, month or common word at the start of a sentence or in a headline; or it is a
/// small place known only by an alternate name. Headlines capitalise every word, so there a
/// name is kept only if the body has it or it is unmistakable (a country, a capital).
extension GeoDocument {
  mutating func filter() {
    // A feature's name is not the town named after it (`GeoDocument+Namesakes`).
    for k in mentions.indices {
      let kept = withoutLongerNamesakes(mentions[k])
      if kept.count < mentions[k].entries.count {
        mentions[k].entries = kept
        mentions[k].namesakeRemoved = true
      }
    }
    mentions.removeAll { $0.entries.isEmpty && $0.seat == nil }
    var accepted = [Bool](repeating: false, count: mentions.count)
    for k in mentions.indices where !mentions[k].headline { accepted[k] = accept(k, accepted) }
    // A surname seen in a full name anywhere ("Sergey Lavrov") is a person when alone.
    for k in mentions.indices where accepted[k] && personWords.contains(mentions[k].key) {
      if firstWord(mentions[k]) == mentions[k].last && !afterLocative(mentions[k]) {
        accepted[k] = false
      }
    }
    requireContext(&accepted)
    let bodyKeys = Set(mentions.indices.filter { accepted[$0] }.map { mentions[$0].key })
    for k in mentions.indices where mentions[k].headline {
      accepted[k] = acceptHeadline(k, bodyKeys: bodyKeys)
    }
    mentions = mentions.indices.filter { accepted[$0] }.map { mentions[$0] }
    for k in hyphenParts() { mentions[k].role = .modifier }
  }

  /// The mentions that are hyphen parts, found by one non-mutating call: `isHyphenPart` called
  /// from the loop that sets their role copied the document for every mention (about 1.5M
  /// instructions on 200 PolNeAR train texts, callgrind).
  private func hyphenParts() -> [Int] {
    mentions.indices.filter { isHyphenPart(mentions[$0]) }
  }

  /// "anti-Russia", "US-UK", "Texas-based", "(R-Texas)" in a headline or a body: a place that
  /// is one part of a hyphenated word qualifies that word, of which the entity layer makes no
  /// name of its own (one decision: no entity and no location).
  private func isHyphenPart(_ m: Mention) -> Bool {
    tokens[firstWord(m)].has(GeoToken.hyphenBefore)
      || (m.last + 1 < tokens.count && tokens[m.last + 1].isWord
        && tokens[m.last + 1].has(GeoToken.hyphenBefore))
  }

  private mutating func accept(_ k: Int, _ accepted: [Bool]) -> Bool {
    let m = mentions[k]
    if overlapsPerson(m) { return false }
    if m.seat != nil {
      // "the Wall Street Journal", "the White House Press Office": the seat opens an
      // organisation's name, which still refers to it (a modifier, as `Texas Forest Service`).
      if namesOrganisation(after: m.last) { mentions[k].role = .modifier }
      return true
    }
    // "Church Street", "Powerline Road": a street is not a place (a landmark street that names
    // its city, `Wall Street`, is a seat above).
    if lexicon.streetWords.contains(tokens[m.last].hash) { return false }
    if let after = word(after: m.last), after.has(GeoToken.joined),
      lexicon.streetWords.contains(after.hash)
    {
      return false
    }
    let fw = firstWord(m)
    let first = tokens[fw]
    let single = fw == m.last
    let capitalAlias = first.has(GeoToken.allCaps) && m.entries.contains { $0.exactCase }
    if single && !capitalAlias && lexicon.functionWords.contains(m.key) { return false }
    if single && !capitalAlias && isTitleBeforeName(m) { return false }
    if lexicon.orgNames.contains(m.key) || !plausibleAlternates(m) { return false }
    if (fw...m.last).contains(where: { tokens[$0].has(GeoToken.camelCase) })
      && !m.entries.contains(where: { e in
        matchesCaseExactly(m, e)
      })
    {
      return false
    }
    let locative = afterLocative(m)
    if single && !capitalAlias && lexicon.commonWords.contains(m.key) && !locative
      && (first.has(GeoToken.sentenceStart) || first.has(GeoToken.allCaps))
    {
      return false
    }
    if single && lexicon.surnameFirst.contains(m.key) && !locative { return false }
    // "Turkey prices climbed…" in an article that also says "a whole turkey": a word the
    // article uses in lower case is that word when only its position capitalises it.
    if single && !capitalAlias && !locative && first.has(GeoToken.sentenceStart)
      && isWrittenLower(m.key)
    {
      return false
    }
    // "the Union", "the Mission": a town's name never takes the article.
    if single && m.first > 0 && tokens[m.first - 1].hash == Self.the
      && lexicon.commonWords.contains(m.key)
    {
      return false
    }
    // What stands before: a given name, title or unknown capitalised word makes a person or a
    // longer name; a compass word or an accepted place does not.
    if m.first == fw, let left = joinedWord(before: fw), left.isCapitalised {
      let isTitle = lexicon.titles.contains(left.hash)
      // A sentence's first word is capitalised for its position, not as a name ("Over Kyiv").
      let positional =
        left.has(GeoToken.sentenceStart) && !isTitle && !lexicon.givenNames.contains(left.hash)
        && !lexicon.commonWords.contains(m.key)
        && !lexicon.surnameFirst.contains(left.hash) && !lexicon.orgWords.contains(left.hash)
        && gazetteer.demonyms[left.hash] == nil && !left.has(GeoToken.allCaps)
      if !positional && (isTitle || !lexicon.functionWords.contains(left.hash)) {
        let harmless =
          !isTitle
          && (lexicon.modifiers.contains(left.hash)
            || (k > 0 && mentions[k - 1].last == fw - 1 && accepted[k - 1]))
        if !harmless {
          let surnamePosition =
            !(word(after: m.last).map { $0.isCapitalised && $0.has(GeoToken.joined) } ?? false)
          if single && surnamePosition
            && (isTitle || lexicon.givenNames.contains(left.hash)
              || lexicon.surnameFirst.contains(left.hash))
          {
            personWords.insert(m.key)
          }
          return false
        }
      }
    }
    if fw >= 2, !tokens[fw - 1].isWord, tokens[fw - 1].punct == Punct.abbreviation {
      if single { personWords.insert(m.key) }
      return false
    }
    // "Bank of England", "University of the Philippines": a place inside an organisation's name.
    var before = m.first - 1
    if before >= 0 && tokens[before].hash == Self.the { before -= 1 }
    if before >= 1, tokens[before].isWord, tokens[before].hash == Self.of,
      let head = joinedWord(before: before),
      head.isCapitalised,
      lexicon.orgHeads.contains(head.hash) || lexicon.orgWords.contains(head.hash)
    {
      // Still a reference to the place, one that qualifies the organisation: a modifier.
      mentions[k].role = .modifier
      return true
    }
    return acceptRight(k)
  }

  /// The word after a mention: a division word extends it (`Chernihiv Oblast`), a feature word
  /// or an organisation word means a longer name, a title is harmless (`Texas Governor`).
  private mutating func acceptRight(_ k: Int) -> Bool {
    let m = mentions[k]
    let last = tokens[m.last]
    let single = firstWord(m) == m.last
    guard !last.has(GeoToken.possessive), let r = word(after: m.last) else { return true }
    if !r.isCapitalised {
      if lexicon.sportsRoles.contains(r.hash) && onlyCities(m) { return false }
      // "the Eastern District of New York", "Northern District of Texas": a court's district
      // named after the place that follows, not a division whose name is only generic words
      // (American Samoa's Eastern District).
      if r.hash == Self.of, isGenericName(m), let after = word(after: m.last, 2),
        after.isCapitalised
      {
        return false
      }
      // "Bay of Bengal", "University of Oxford": the first word of a longer name.
      if r.hash == Self.of, single,
        lexicon.commonWords.contains(m.key) || lexicon.featureWords.contains(m.key),
        let after = word(after: m.last, 2), after.isCapitalised || after.hash == Self.the
      {
        return false
      }
      return true
    }
    guard r.has(GeoToken.joined), !lexicon.functionWords.contains(r.hash) else { return true }
    if lexicon.divisionWords.contains(r.hash) {
      let division = m.entries.contains { gazetteer.records[$0.record].kind == .admin }
      // "U.S. District Court", "Kentucky State Police": the division word opens an
      // organisation's name that the place qualifies (a state's name has no "State" in it).
      // On TR-News tune the extension gave the false `Kentucky State` twice and `West Virginia
      // State` once.
      if !division || r.hash == Self.state, namesOrganisation(after: m.last + 1) {
        mentions[k].role = .modifier
        return true
      }
      guard division else { return false }
      mentions[k].wantsDivision = true
      mentions[k].last += 1
      mentions[k].range = m.range.lowerBound..<Int(r.end)
      return true
    }
    if lexicon.featureWords.contains(r.hash) {
      // "the Texas Forest Service": a feature word inside an organisation's name.
      guard namesOrganisation(after: m.last) else { return false }
      mentions[k].role = .modifier
      return true
    }
    // "Paris Delaney", "Chad Okafor", "GEORGIA LUND": a given name before a surname.
    if single && lexicon.givenNames.contains(m.key) && !lexicon.titles.contains(r.hash)
      && !lexicon.orgWords.contains(r.hash)
    {
      personWords.insert(r.hash)
      return false
    }
    if lexicon.sportsRoles.contains(r.hash) { return !onlyCities(m) }
    if lexicon.titles.contains(r.hash) && !lexicon.orgWords.contains(r.hash) { return true }
    // Two names in a row are one longer name, unless the second contains the first.
    if k + 1 < mentions.count && mentions[k + 1].first == m.last + 1 {
      let next = mentions[k + 1]
      let contained = next.entries.contains { outer in
        m.entries.contains {
          Self.inside(gazetteer.records[$0.record], gazetteer.records[outer.record]) == 1
        }
      }
      if contained { return true }
    }
    // "the Texas Forest Service", "Winnipeg Free Press": the place opens an organisation's
    // name, which it still refers to (a modifier); "Paris Delaney", "Desna River" do not.
    if namesOrganisation(after: m.last) {
      // "Lincoln Capital Partners", "Moore Stephens": a firm opening with a town that is also a
      // surname or given name is named after its founder far more often than after the town.
      // Not so a capital or a city of a million ("London Metal Exchange"); TR-News lost three
      // of its London modifiers without that limit.
      if single && onlyCities(m)
        && (lexicon.surnames.contains(m.key) || lexicon.givenNames.contains(m.key))
        && !m.entries.contains(where: {
          let r = gazetteer.records[$0.record]
          return r.isCapital || r.weight >= 1_000_000
        })
      {
        return false
      }
      mentions[k].role = .modifier
      return true
    }
    return false
  }

  /// Whether the capitalised words after token `i` (up to five) end an organisation's name:
  /// one of them is an organisation word (`Service`, `Department`, `Commission`, `Press`).
  private func namesOrganisation(after i: Int) -> Bool {
    var k = i
    for _ in 0..<5 {
      guard let w = word(after: k), w.has(GeoToken.joined),
        w.isCapitalised || lexicon.connectors.contains(w.hash)
      else { return false }
      if w.isCapitalised && (lexicon.orgWords.contains(w.hash) || hasAmpersand(w)) {
        return true
      }
      k += 1
    }
    return false
  }

  /// Whether the mention is one word of the title list right before a capitalised word, its
  /// abbreviation's period between: a title before a name (`Sens. Ted Cruz`, the town of Sens
  /// in France; `Bishop Desmond Tutu`), which the entity pass reads as one too.
  private func isTitleBeforeName(_ m: Mention) -> Bool {
    guard lexicon.titles.contains(m.key) else { return false }
    var n = m.last + 1
    if n < tokens.count, !tokens[n].isWord, tokens[n].punct == Punct.abbreviation { n += 1 }
    return n < tokens.count && tokens[n].isWord && tokens[n].isCapitalised
      && tokens[n].block == tokens[m.last].block
  }

  /// `A&M`, `AT&T`, `S&P`: a word joined by an ampersand is a firm's or a school's short name.
  /// (Core's tokens keep `A&M` whole; when it was split, its `A` passed for the article and
  /// "Texas A&M said" kept its Texas by chance: TR-News tune lost that one place without this.)
  private func hasAmpersand(_ w: GeoToken) -> Bool {
    let start = Int(w.start)
    let end = Int(w.end)
    guard start >= 0, end <= text.count else { return false }
    for i in start..<end where text[i] == 0x26 { return true }
    return false
  }

  static let of = GeoLexicon.key("of")
  static let state = GeoLexicon.key("state")

  /// Whether a candidate's name has exactly the mention's letters, case included.
  private func matchesCaseExactly(_ m: Mention, _ e: NameIndex.Entry) -> Bool {
    gazetteer.matchesCase(text, m.range, nameOffset: e.nameOffset)
  }

  private mutating func acceptHeadline(_ k: Int, bodyKeys: Set<UInt64>) -> Bool {
    let m = mentions[k]
    if overlapsPerson(m) { return false }
    if m.seat != nil { return true }
    let single = firstWord(m) == m.last
    if single && (lexicon.functionWords.contains(m.key) || lexicon.commonWords.contains(m.key)) {
      return false
    }
    if let r = word(after: m.last), lexicon.sportsRoles.contains(r.hash), onlyCities(m) {
      return false
    }
    if bodyKeys.contains(m.key) { return true }
    // "Turkey prices climb" over a story about the bird: the body writes "turkey".
    if single && isWrittenLower(m.key) && !m.entries.contains(where: { $0.exactCase }) {
      return false
    }
    if personWords.contains(m.key) || lexicon.orgNames.contains(m.key) { return false }
    guard let best = gazetteer.likeliest(m.entries) else {
      return false
    }
    let r = gazetteer.records[best.record]
    switch r.kind {
    case .country, .region, .continent, .admin: return true
    case .city: return r.isCapital || r.weight >= 1_000_000
    }
  }

  /// Whether some candidate is matched by its main name, or is big enough that an alternate
  /// name is likely meant (`Kiev`, `Bombay`); junk alternates of small places are dropped.
  private func plausibleAlternates(_ m: Mention) -> Bool {
    m.entries.contains { e in
      let r = gazetteer.records[e.record]
      return !e.isAlternate || e.exactCase || r.kind != .city || r.weight >= 100_000
    }
  }

  func onlyCities(_ m: Mention) -> Bool {
    m.seat == nil && m.entries.allSatisfy { gazetteer.records[$0.record].kind == .city }
  }

  /// Whether the article writes the word `key` in lower case somewhere. A scan of the tokens
  /// for each question: only a capital at a sentence's start or in a headline asks, a few times
  /// an article at most, and a set of the article's lower-case words made on the first question
  /// cost about 38K instructions an article against about 4K for a scan (8.5M against 1M of
  /// `a:places()` on 200 PolNeAR train texts, callgrind).
  private func isWrittenLower(_ key: UInt64) -> Bool {
    tokens.contains { $0.hash == key && $0.isWord && !$0.isCapitalised }
  }

  /// Whether a person's span overlaps the mention: one starts before the mention ends and, of
  /// those (a prefix of the spans, sorted by start), the furthest end lies past its start. A
  /// scan of every span for every mention was about 2M instructions on 200 PolNeAR train texts.
  private func overlapsPerson(_ m: Mention) -> Bool {
    var low = 0
    var high = personSpans.count
    while low < high {
      let middle = (low + high) / 2
      if personSpans[middle].start < m.range.upperBound { low = middle + 1 } else { high = middle }
    }
    return low > 0 && personEnds[low - 1] > m.range.lowerBound
  }

  /// Whether every word of the mention is a direction or a division word (`Eastern District`,
  /// `Central Region`).
  private func isGenericName(_ m: Mention) -> Bool {
    (firstWord(m)...m.last).allSatisfy {
      !tokens[$0].isWord || lexicon.modifiers.contains(tokens[$0].hash)
        || lexicon.divisionWords.contains(tokens[$0].hash)
    }
  }
}
