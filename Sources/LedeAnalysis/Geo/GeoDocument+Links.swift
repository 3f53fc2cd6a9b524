/// Relations between neighbouring mentions: `City, Region` and `City in Country` containers,
/// AP state abbreviations (`Alexandria, Va.`), datelines and the nouns that say which kind of
/// place is meant (`the Zaporizhzhia region`, `the city of Victoria`).
extension GeoDocument {
  mutating func link() {
    addStateAbbreviations()
    let of = GeoLexicon.key("of")
    let and = GeoLexicon.key("and")
    let inWord = GeoLexicon.key("in")
    for k in mentions.indices {
      let m = mentions[k]
      let next = k + 1 < mentions.count ? mentions[k + 1] : nil
      if let after = token(after: m.last), !after.isWord {
        if after.punct == Punct.comma, let next, next.first == m.last + 2, next.block == m.block {
          mentions[k].container = k + 1
          mentions[k].containerIsApposition = true
        }
        // KYIV, Ukraine (AP) — / TRIPOLI (Reuters) - / HYDERABAD:
        if blockRoles[m.block] == .paragraph, isBlockStart(firstWord(m)),
          tokens[firstWord(m)].has(GeoToken.allCaps),
          [Punct.comma, Punct.openParen, Punct.dash, Punct.colon].contains(after.punct)
        {
          mentions[k].dateline = true
        }
      } else if let after = word(after: m.last), after.hash == inWord, let next,
        next.first == m.last + 2,
        next.block == m.block
      {
        mentions[k].container = k + 1
      }
      if let noun = word(after: m.last), !noun.isCapitalised {
        if lexicon.divisionWords.contains(noun.hash) || Self.pluralDivisions.contains(noun.hash) {
          mentions[k].wantsDivision = true
        } else if Self.settlementWords.contains(noun.hash) {
          mentions[k].wantsCity = true
        } else if noun.hash == and, let next, next.first == m.last + 2,
          let noun2 = word(after: next.last),
          Self.pluralDivisions.contains(noun2.hash)
        {
          mentions[k].wantsDivision = true  // "the Poltava and Sumy regions"
        }
      }
      // "upstate New York": the state, not its namesake city.
      if let before = joinedWord(before: m.first), Self.stateQualifiers.contains(before.hash) {
        mentions[k].wantsDivision = true
      }
      if m.first >= 2, tokens[m.first - 1].hash == of,
        Self.settlementWords.contains(tokens[m.first - 2].hash)
      {
        mentions[k].wantsCity = true
      }
    }
  }

  static let pluralDivisions = GeoLexicon.keys(
    "regions provinces oblasts states counties governorates")
  static let settlementWords = GeoLexicon.keys("city town village port capital")
  static let stateQualifiers = GeoLexicon.keys("upstate downstate")

  /// Whether token `i` is the first word of its block.
  func isBlockStart(_ i: Int) -> Bool {
    var k = i - 1
    while k >= 0 && tokens[k].block == tokens[i].block {
      if tokens[k].isWord { return false }
      k -= 1
    }
    return true
  }

  /// `Alexandria, Va.`, `Greenville, SC`: a US state written as an AP abbreviation or a postal
  /// code after a comma becomes a mention of that state.
  private mutating func addStateAbbreviations() {
    guard let us = gazetteer.country(AdminKey.code("US")) else { return }
    var result: [Mention] = []
    result.reserveCapacity(mentions.count)
    for (k, m) in mentions.enumerated() {
      result.append(m)
      let i = m.last + 2
      guard let comma = token(after: m.last), !comma.isWord, comma.punct == Punct.comma,
        i < tokens.count,
        tokens[i].isWord, tokens[i].block == comma.block,
        k + 1 == mentions.count || mentions[k + 1].first != i,
        m.entries.contains(where: {
          gazetteer.records[$0.record].country == gazetteer.records[us].country
        })
      else { continue }
      let t = tokens[i]
      var code: String?
      var end = Int(t.end)
      if let abbreviation = Self.stateAbbreviations[t.hash],
        t.has(GeoToken.dotAfter) || t.has(GeoToken.dotted)
      {
        code = abbreviation
        if t.has(GeoToken.dotAfter) { end += 1 }
      } else if t.has(GeoToken.allCaps), t.end - t.start == 2 {
        code = String(decoding: text[t.range], as: UTF8.self)
      }
      guard let code, let admin = gazetteer.admins[AdminKey.make(country: "US", admin1: code)]
      else { continue }
      let entry = NameIndex.Entry(
        record: Int(admin), nameOffset: 0, isAlternate: false, exactCase: false)
      var state = Mention(
        first: i, last: i, range: Int(t.start)..<end, key: t.hash, entries: [entry], block: m.block)
      state.headline = m.headline
      result.append(state)
    }
    mentions = result
  }

  /// AP style abbreviations of US states.
  static let stateAbbreviations: [UInt64: String] = {
    let pairs =
      "Ala AL Ariz AZ Ark AR Calif CA Colo CO Conn CT Del DE Fla FL Ga GA Ill IL Ind IN Kan KS Kans KS "
      + "Ky KY La LA Md MD Mass MA Mich MI Minn MN Miss MS Mo MO Mont MT Neb NE Nev NV N.H. NH N.J. NJ "
      + "N.M. NM N.Y. NY N.C. NC N.D. ND Okla OK Ore OR Pa PA R.I. RI S.C. SC S.D. SD Tenn TN Tex TX "
      + "Vt VT Va VA Wash WA W.Va. WV Wis WI Wyo WY"
    let words = pairs.split(separator: " ")
    var table: [UInt64: String] = [:]
    for i in stride(from: 0, to: words.count - 1, by: 2) {
      table[GeoLexicon.key(String(words[i]))] = String(words[i + 1])
    }
    return table
  }()
}
