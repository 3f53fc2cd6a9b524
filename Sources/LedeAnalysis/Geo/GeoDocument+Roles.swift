/// Metonymy: whether a place stands for its government, institution or team.
///
/// A place is an actor when it is the subject of a speech or action verb ("Washington claimed",
/// "Moscow has repeatedly said", "North Korea and the Kremlin have denied", "Georgia have beaten
/// Scotland"), the possessor of a political noun ("Moscow's diplomatic drive", "Beijing's
/// response"), the object of verbs that take a government ("accused Kyiv of", "beat Scotland"),
/// or a government seat (`the Kremlin`) anywhere but after a locative preposition. Everything
/// else, datelines included, is a location.
extension GeoDocument {
  mutating func assignRoles() { mentions = withRoles() }

  /// The mentions with their roles, worked out on a copy of the list: the rules are calls on
  /// the document, and made from a mutating method each call copied the document (its arrays
  /// retained and released), about 2.5M instructions on 200 PolNeAR train texts (callgrind).
  /// A mention is widened before its role is read, the next one after, as they always were.
  private func withRoles() -> [Mention] {
    var ms = mentions
    for k in ms.indices where ms[k].role != .modifier {
      widenToCompassName(&ms[k])
      ms[k].role = insideOrganisation(ms[k]) ? .modifier : role(k, ms)
    }
    return ms
  }

  /// "North Philadelphia", "Southeast Manchester": a place that ends a name the entity pass
  /// found, whose other words are all compass words, is that whole name (a part of the place),
  /// as the entities hold it; the name is no organisation the place qualifies.
  private func widenToCompassName(_ m: inout Mention) {
    let fw = firstWord(m)
    guard fw == m.first, m.approximate == nil,
      let name = organizationSpans.first(where: {
        $0.end == m.range.upperBound && $0.start < m.range.lowerBound
      })
    else { return }
    var j = fw
    while Int(tokens[j].start) > name.start {
      guard let left = joinedWord(before: j), left.isCapitalised,
        lexicon.modifiers.contains(left.hash)
      else { return }
      j -= 1
    }
    guard Int(tokens[j].start) == name.start else { return }
    m.first = j
    m.range = name.start..<m.range.upperBound
  }

  /// Whether the mention lies inside the name of an organisation the entity pass found and
  /// does not end it (`the U.S. Supreme Court`, `USA Today`, `a Lima-based group`): the entity
  /// pass decided that the name is the organisation's, so the place qualifies it, as the
  /// `Texas` of "Texas Forest Service" does. A place that ends the name (`North Philadelphia`,
  /// `Breitbart Texas`) is left as it is read.
  private func insideOrganisation(_ m: Mention) -> Bool {
    let start = Int(tokens[firstWord(m)].start)
    return organizationSpans.contains { $0.start <= start && m.range.upperBound < $0.end }
  }

  private func role(_ k: Int, _ mentions: [Mention]) -> PlaceRole {
    let m = mentions[k]
    guard let record = m.resolved.map({ gazetteer.records[$0] }), record.kind != .continent,
      !m.dateline
    else {
      return .location
    }
    if afterLocative(m) { return .location }
    if tokens[m.last].has(GeoToken.possessive) {
      for offset in 1...3 {
        guard let w = word(after: m.last, offset) else { break }
        if lexicon.politicalNouns.contains(w.hash) { return .actor }
        if w.isCapitalised { break }
      }
      return .location
    }
    if isSubject(k, mentions) { return .actor }
    if m.first > 0, tokens[m.first - 1].isWord {
      let before = tokens[m.first - 1].hash
      // "accused Kyiv of", "beat Scotland"; "imposed by Washington" (the agent of a passive).
      if lexicon.objectVerbs.contains(before) || before == Self.by { return .actor }
      // "urged Nairobi to take up", "warned Manila to stop": a verb, the place, then "to".
      if let next = word(after: m.last), next.hash == Self.to, !tokens[m.first - 1].isCapitalised,
        lexicon.actorVerbs.contains(before)
      {
        return .actor
      }
    }
    return m.seat.map { !$0.isLandmark } ?? false ? .actor : .location
  }

  /// Whether the mention (or a list "X and Y" it heads) is followed by an agentive verb.
  private func isSubject(_ k: Int, _ mentions: [Mention]) -> Bool {
    var end = mentions[k].last
    // "North Korea and the Kremlin have denied": the verb follows the second conjunct.
    if let and = word(after: end), and.hash == Self.and, k + 1 < mentions.count {
      let next = mentions[k + 1]
      if next.first == end + 2 { end = next.last }
    }
    var offset = 1
    // "Calhoun County officials say": the place's officials speak for it.
    if let noun = word(after: end), lexicon.politicalNouns.contains(noun.hash),
      let verb = word(after: end, 2),
      lexicon.actorVerbs.contains(verb.hash)
    {
      return true
    }
    while let w = word(after: end, offset), offset <= 5 {
      if lexicon.actorVerbs.contains(w.hash) { return true }
      // "co-hosted": the verb is the hyphenated word's last part.
      if w.hash == Self.co, let verb = word(after: end, offset + 1),
        verb.has(GeoToken.hyphenBefore),
        lexicon.actorVerbs.contains(verb.hash)
      {
        return true
      }
      if isAdverb(w) {
        offset += 1
        continue
      }
      if lexicon.auxiliaries.contains(w.hash) || lexicon.adverbs.contains(w.hash) {
        if Self.passive.contains(w.hash) { return false }
        if var next = word(after: end, offset + 1) {
          var after = offset + 2
          while isAdverb(next), let following = word(after: end, after) {
            next = following
            after += 1
          }
          // "have been closely watching" is progressive; "has been hit" is passive.
          if Self.passive.contains(next.hash) {
            guard let verb = word(after: end, after) else { return false }
            return !verb.isCapitalised && endsWithIng(verb)
          }
          if lexicon.stanceWords.contains(next.hash) { return true }
          if Self.modals.contains(w.hash) && !next.isCapitalised
            && !lexicon.adverbs.contains(next.hash)
          {
            return true
          }
        }
        offset += 1
        continue
      }
      return false
    }
    return false
  }

  /// A word ending in "-ly" (closely, repeatedly) or a listed adverb.
  private func isAdverb(_ w: GeoToken) -> Bool {
    if lexicon.adverbs.contains(w.hash) && !lexicon.auxiliaries.contains(w.hash) { return true }
    let n = Int(w.end - w.start)
    return n > 4 && !w.isCapitalised && text[Int(w.end) - 2] == UInt8(ascii: "l")
      && text[Int(w.end) - 1] == UInt8(ascii: "y")
  }

  private func endsWithIng(_ w: GeoToken) -> Bool {
    let end = Int(w.end)
    return end - Int(w.start) > 4 && text[end - 3] == UInt8(ascii: "i")
      && text[end - 2] == UInt8(ascii: "n")
      && text[end - 1] == UInt8(ascii: "g")
  }

  static let and = GeoLexicon.key("and")
  static let by = GeoLexicon.key("by")
  static let to = GeoLexicon.key("to")
  static let co = GeoLexicon.key("co")
  static let passive = GeoLexicon.keys("be been being")
  static let modals = GeoLexicon.keys("will would could should must may might can cannot")
}
