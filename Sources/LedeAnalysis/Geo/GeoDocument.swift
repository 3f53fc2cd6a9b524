import LedeCore

/// One article being geoparsed: its bytes, tokens, candidate mentions and the evidence between
/// them. Lives only inside `Geoparser.places(in:)`, while the text buffer is valid.
struct GeoDocument {
  let text: UnsafeBufferPointer<UInt8>
  let gazetteer: Gazetteer
  let lexicon: GeoLexicon
  let options: Geoparser.Options
  let tokens: [GeoToken]
  /// Per block: whether it is set in headline case, so capitals say nothing about names.
  let headline: [Bool]
  let blockRoles: [BlockRole]
  var mentions: [Mention] = []
  var cues: [CountryCue] = []
  /// Demonyms and adjectives (`Russian`), resolved to their country as they are found; they
  /// join `mentions` after disambiguation, where they already count as `cues`.
  var demonymMentions: [Mention] = []
  /// Surnames seen in full names (`Lavrov` after "Sergey Lavrov"): not places when alone.
  var personWords = KeySet()
  let personSpans: [Span]
  /// Per person span: the furthest end of it and the spans before it (for `overlapsPerson`).
  let personEnds: [Int]
  /// The organisations the entity pass named: a place inside one's name is part of it.
  let organizationSpans: [Span]

  static let the = GeoLexicon.key("the")

  init(
    text: UnsafeBufferPointer<UInt8>, layer: TokenLayer, blocks: [Block], gazetteer: Gazetteer,
    lexicon: GeoLexicon, options: Geoparser.Options, personSpans: [Span],
    organizationSpans: [Span] = []
  ) {
    self.text = text
    self.gazetteer = gazetteer
    self.lexicon = lexicon
    self.options = options
    self.personSpans = personSpans.sorted()
    var furthest = Int.min
    personEnds = self.personSpans.map { span in
      furthest = max(furthest, span.end)
      return furthest
    }
    self.organizationSpans = organizationSpans
    blockRoles = blocks.map(\.role)
    var view = GeoTokens(layer: layer, text: text, titles: lexicon.titles)
    tokens = view.build()
    // The one headline rule, decided per block on the token layer.
    headline = layer.headline
  }

  /// Finds every span of capitalised words that the gazetteer knows, longest first, and the
  /// demonyms on the way.
  mutating func scan() {
    let n = tokens.count
    var i = 0
    // The people the entity pass named are decided once (issue 12): a name starting inside one
    // (`Carson` of "Ben Carson", `Un` of "Kim Jong Un") is not looked up as a place again. A
    // role phrase (`the Russian president`) is read still: its demonym refers to a country.
    var person = 0
    while i < n {
      let t = tokens[i]
      guard t.isWord, t.isCapitalised, !t.has(GeoToken.number), t.hash != Self.the else {
        i += 1
        continue
      }
      let start = Int(t.start)
      while person < personSpans.count, personSpans[person].end <= start { person += 1 }
      if person < personSpans.count, personSpans[person].start <= start,
        startsWithName(personSpans[person])
      {
        i += 1
        continue
      }
      let theBefore =
        i > 0 && tokens[i - 1].isWord && tokens[i - 1].hash == Self.the && t.has(GeoToken.joined)
      if let found = longestMatch(from: i, theBefore: theBefore) {
        if let m = found.mention {
          mentions.append(m)
        } else if let countries = found.demonym, let country = countries.first {
          cues.append(CountryCue(country: country, weight: 0.5, block: Int(t.block)))
          if let record = gazetteer.country(country) {
            // "Russian shelling": a reference to Russia that qualifies something else.
            var m = mention(
              i, found.last, Int(t.start)..<Int(tokens[found.last].end), 0, [])
            m.resolved = record
            m.role = .modifier
            demonymMentions.append(m)
          }
        }
        i = found.last + 1
      } else {
        i += 1
      }
    }
  }

  /// Whether a person's span starts with a capital that is no `The`: a name, not a role phrase.
  private func startsWithName(_ span: Span) -> Bool {
    let at = span.start
    guard at < text.count, text[at] &- 0x41 < 26 else { return false }
    return
      !(at + 3 < text.count && text[at] == UInt8(ascii: "T") && text[at + 1] == UInt8(ascii: "h")
      && text[at + 2] == UInt8(ascii: "e") && text[at + 3] == 0x20)
  }

  private struct Match {
    var last: Int
    var mention: Mention?
    var demonym: [UInt16]?
  }

  private func longestMatch(from i: Int, theBefore: Bool) -> Match? {
    var plain = WordHash()
    var withThe = WordHash()
    if theBefore {
      withThe.feed(text, tokens[i - 1].range)
      withThe.separator()
    }
    var best: Match?
    var j = i
    var previous = i
    var words = 0
    while j < tokens.count && words < 6 {
      let tj = tokens[j]
      if j > i {
        if !tj.isWord {
          // "St. Petersburg": a title-like abbreviation's period stays inside the name.
          if tj.punct == Punct.abbreviation && j == previous + 1 {
            j += 1
            continue
          }
          break
        }
        guard tj.has(GeoToken.joined), !tokens[previous].has(GeoToken.possessive),
          tj.isCapitalised || lexicon.connectors.contains(tj.hash), !tj.has(GeoToken.number)
        else { break }
        if tokens[previous].has(GeoToken.dotAfter) {
          plain.emit(UInt8(ascii: "."))
          withThe.emit(UInt8(ascii: "."))
        }
        plain.separator()
        withThe.separator()
      }
      if j == i && tj.hash != 1 {
        // The first word's hash is the token layer's key of it, a `WordHash` over the same
        // bytes: the phrase goes on from there without reading them again.
        plain = WordHash(continuing: tj.hash)
      } else {
        plain.feed(text, tj.range)
      }
      if theBefore { withThe.feed(text, tj.range) }
      words += 1
      previous = j
      if tj.isCapitalised {
        let start = Int(tokens[i].start)
        let end = Int(tj.end)
        // A demonym is a people, not a place, even where a town shares the name (`Brits`);
        // a country's short name listed among demonyms (`U.S.`) stays a place.
        if let countries = gazetteer.demonyms[plain.value], !isCountryName(plain.value, i, j) {
          best = Match(last: j, demonym: countries)
          j += 1
          continue
        }
        if theBefore, gazetteer.index.contains(withThe.value) {
          let from = Int(tokens[i - 1].start)
          let entries = gazetteer.entries(withThe.value, surface: text, from..<end)
          if !entries.isEmpty {
            best = Match(last: j, mention: mention(i - 1, j, from..<end, withThe.value, entries))
            j += 1
            continue
          }
        }
        if gazetteer.index.contains(plain.value) {
          let entries = gazetteer.entries(plain.value, surface: text, start..<end)
          if !entries.isEmpty {
            best = Match(last: j, mention: mention(i, j, start..<end, plain.value, entries))
            j += 1
            continue
          }
        }
        // A seat that is also a common word (`Beehive`) is the seat only as "the Beehive".
        if options.includeSeatMetonyms, let seat = gazetteer.metonyms[plain.value], !seat.isCapital,
          seat.record >= 0, theBefore || !seat.needsContext
        {
          let from = theBefore ? Int(tokens[i - 1].start) : start
          var m = mention(theBefore ? i - 1 : i, j, from..<end, plain.value, [])
          m.seat = seat
          best = Match(last: j, mention: m)
        }
      }
      j += 1
    }
    return best
  }

  private func isCountryName(_ key: UInt64, _ i: Int, _ j: Int) -> Bool {
    gazetteer.entries(key, surface: text, Int(tokens[i].start)..<Int(tokens[j].end)).contains {
      gazetteer.records[$0.record].kind != .city
    }
  }

  private func mention(
    _ first: Int, _ last: Int, _ range: Range<Int>, _ key: UInt64, _ entries: [NameIndex.Entry]
  )
    -> Mention
  {
    let block = Int(tokens[last].block)
    var m = Mention(
      first: first, last: last, range: range, key: key, entries: entries, block: block)
    m.headline = headline[block]
    return m
  }

  // MARK: Token helpers

  /// The first word of a mention, past a leading "the".
  func firstWord(_ m: Mention) -> Int {
    tokens[m.first].hash == Self.the && m.first < m.last ? m.first + 1 : m.first
  }

  /// The word token before `i` in the same block, if the two are joined by spaces only.
  func joinedWord(before i: Int) -> GeoToken? {
    guard i > 0, tokens[i].has(GeoToken.joined), tokens[i - 1].isWord,
      tokens[i - 1].block == tokens[i].block
    else {
      return nil
    }
    return tokens[i - 1]
  }

  /// The token after `i` in the same block.
  func token(after i: Int) -> GeoToken? {
    guard i + 1 < tokens.count, tokens[i + 1].block == tokens[i].block else { return nil }
    return tokens[i + 1]
  }

  /// The word `offset` words after token `i` (punctuation breaks the search), in the same block.
  func word(after i: Int, _ offset: Int = 1) -> GeoToken? {
    var k = i
    for _ in 0..<offset {
      guard k + 1 < tokens.count, tokens[k + 1].isWord, tokens[k + 1].block == tokens[i].block
      else { return nil }
      k += 1
    }
    return tokens[k]
  }

  /// Whether the word before the mention is a locative preposition (`in`, `from`, `near`…).
  /// A lower-case modifier may stand between (`in upstate New York`, `across rural Texas`).
  func afterLocative(_ m: Mention) -> Bool {
    var i = m.first
    guard i > 0, tokens[i - 1].isWord, tokens[i - 1].block == tokens[i].block else { return false }
    if i > 1, !tokens[i - 1].isCapitalised, lexicon.modifiers.contains(tokens[i - 1].hash),
      tokens[i - 2].isWord
    {
      i -= 1
    }
    return lexicon.locatives.contains(tokens[i - 1].hash)
      || (tokens[i - 1].hash == Self.the && i > 1 && lexicon.locatives.contains(tokens[i - 2].hash))
  }
}
