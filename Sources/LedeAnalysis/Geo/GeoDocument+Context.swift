/// Names that are places only where the text says so: small towns (`Chiefland`, `Christmas`,
/// Florida) and names that are also surnames, given names or words (`Moore`, `Lincoln`, `Bank`).
///
/// Such a name stays a place when the text places it: a container after it (`Chiefland, Fla.`,
/// `Moore in Oklahoma`), a settlement noun (`the town of Taylor`), or another confident place of
/// the article in the same first-level division (a Kentucky story naming `Rogersville`). A
/// surname or word also stays after a locative preposition (`in Lincoln`); a small town needs
/// the division as well, because `at Christmas` is not a place.
///
/// A name the article writes alone before a speech verb (`Obama said`) or joined by "and" to a
/// person's name (`Obama and Clinton`) is read like a surname: a town of fewer than
/// `wellKnownCity` people does not speak (a capital does, `Moscow said`, but capitals are seats
/// and never doubted here), a person does; so `Obama` of Fukui (29,000) is no place in a story
/// about the president unless the text places it.
extension GeoDocument {
  /// Below this population a town is known to few readers outside its area: GeoNames' 15,000
  /// threshold of the former gazetteer, which gave precision 0.756 on the TR-News tuning part;
  /// admitting every town over 1,000 without context dropped it to 0.720.
  static let smallTown: UInt32 = 15_000
  /// From this size a city's name is meant as the city even when it is a surname or a word
  /// (`Houston`, `Phoenix`, `Charlotte`); `Lincoln`, Nebraska (290,000) still needs context.
  static let wellKnownCity: UInt32 = 500_000

  mutating func requireContext(_ accepted: inout [Bool]) {
    var confident = Set<UInt64>()
    var doubtful: [Int] = []
    for k in mentions.indices where accepted[k] && !mentions[k].headline {
      if needsContext(k) != nil {
        doubtful.append(k)
      } else if let best = gazetteer.likeliest(mentions[k].entries) {
        let r = gazetteer.records[best.record]
        if r.admin != 0 && r.kind != .country { confident.insert(r.admin) }
      }
    }
    for k in doubtful {
      let m = mentions[k]
      let smallOnly = needsContext(k) ?? false
      let word = isNameOrWord(m.key)
      let placed = hasContainer(k) || wantsSettlement(k)
      let sameDivision =
        !confident.isEmpty
        && m.entries.contains {
          let r = gazetteer.records[$0.record]
          return r.admin != 0 && confident.contains(r.admin)
        }
      if smallOnly {
        accepted[k] = placed || (sameDivision && (!word || afterLocative(m)))
      } else {
        // "served in Obama’s cabinet": the preposition governs the possessor's noun.
        let locative =
          afterLocative(m) && !(tokens[m.last].has(GeoToken.possessive) && actsAsPerson(m.key))
        accepted[k] = placed || locative || sameDivision
      }
    }
  }

  /// nil when the mention is a place by its name alone; otherwise whether every candidate is a
  /// small town (false: a surname or word that is also a larger city's name).
  private func needsContext(_ k: Int) -> Bool? {
    let m = mentions[k]
    guard m.seat == nil, firstWord(m) == m.last || isSmallOnly(m) else { return nil }
    var largest: UInt32 = 0
    for e in m.entries {
      let r = gazetteer.records[e.record]
      if e.exactCase { return nil }
      switch r.kind {
      case .country, .region, .continent: return nil
      case .admin where !r.isSecondLevel: return nil
      default: largest = max(largest, r.weight)
      }
    }
    if largest < Self.smallTown { return true }
    if firstWord(m) == m.last && largest < Self.wellKnownCity
      && (isNameOrWord(m.key) || actsAsPerson(m.key))
    {
      return false
    }
    return nil
  }

  private func isSmallOnly(_ m: Mention) -> Bool {
    m.entries.allSatisfy {
      let r = gazetteer.records[$0.record]
      return r.kind == .city && r.weight < Self.smallTown
    }
  }

  private func isNameOrWord(_ key: UInt64) -> Bool {
    lexicon.surnames.contains(key) || lexicon.givenNames.contains(key)
      || lexicon.commonWords.contains(key) || lexicon.functionWords.contains(key)
  }

  /// Whether a one-word body mention with this key acts as a person: it stands right before a
  /// speech verb (`Obama said`) or is joined by "and" to a person's name (`Obama and Clinton`,
  /// `Hillary and Obama had`). A mention after a locative or "of" is the place whatever follows
  /// (`Officials in Dayton said`), and one before a lower-case word that is no verb qualifies
  /// that word (`Mike DeWine and Dayton officials`): neither counts.
  private func actsAsPerson(_ key: UInt64) -> Bool {
    mentions.contains { m in
      guard m.key == key, !m.headline, firstWord(m) == m.last, !afterLocative(m),
        !(m.first > 0 && tokens[m.first - 1].isWord && tokens[m.first - 1].hash == Self.of)
      else { return false }
      if let next = word(after: m.last) {
        if lexicon.speechVerbs.contains(next.hash) { return true }
        if !next.isCapitalised && next.hash != Self.and && !lexicon.auxiliaries.contains(next.hash)
          && !lexicon.actorVerbs.contains(next.hash)
        {
          return false
        }
      }
      return joinedToPerson(m)
    }
  }

  /// Whether the mention is joined by "and" to a person's name, after or before it.
  private func joinedToPerson(_ m: Mention) -> Bool {
    do {
      let and = m.last + 1
      if and + 1 < tokens.count, tokens[and].isWord, tokens[and].hash == Self.and,
        tokens[and + 1].block == tokens[and].block,
        personSpans.contains(where: { $0.start == Int(tokens[and + 1].start) })
      {
        return true
      }
    }
    let before = m.first - 1
    return before >= 1 && tokens[before].isWord && tokens[before].hash == Self.and
      && tokens[before - 1].block == tokens[before].block
      && personSpans.contains { $0.end == Int(tokens[before - 1].end) }
  }

  /// `X, Y` or `X in Y` where Y is a place mention, or `X, Fla.` (a US state abbreviation).
  private func hasContainer(_ k: Int) -> Bool {
    let m = mentions[k]
    guard let after = token(after: m.last) else { return false }
    let isComma = !after.isWord && after.punct == Punct.comma
    let isIn = after.isWord && after.hash == Self.inWord
    guard isComma || isIn else { return false }
    if k + 1 < mentions.count, mentions[k + 1].first == m.last + 2,
      mentions[k + 1].block == m.block
    {
      return true
    }
    if isComma, m.last + 2 < tokens.count, tokens[m.last + 2].block == after.block {
      let t = tokens[m.last + 2]
      return Self.stateAbbreviations[t.hash] != nil
        || (t.has(GeoToken.allCaps) && t.end - t.start == 2)
    }
    return false
  }

  /// `the town of X`, `X city`.
  private func wantsSettlement(_ k: Int) -> Bool {
    let m = mentions[k]
    if m.first >= 2, tokens[m.first - 1].hash == Self.of,
      Self.settlementWords.contains(tokens[m.first - 2].hash)
    {
      return true
    }
    if let noun = word(after: m.last), !noun.isCapitalised,
      Self.settlementWords.contains(noun.hash)
    {
      return true
    }
    return false
  }

  static let inWord = GeoLexicon.key("in")
}
