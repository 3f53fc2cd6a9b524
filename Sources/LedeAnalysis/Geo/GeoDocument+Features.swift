/// Local features the gazetteer does not list (`Calhoun County`, `Port Lavaca`, `Desna River`,
/// `Lake Victoria`, `Cape Breton`): recognised by their feature word and placed, approximately,
/// at the nearest resolved city or division of the same paragraph (else the article's most
/// mentioned city, else its most mentioned division). They come out with geonameid 0 and
/// `isApproximate` set. Their words are the entity recogniser's place words
/// (`Data/names/place_words.txt`): one list decides both; a street is none.
extension GeoDocument {
  mutating func addUnlistedFeatures() {
    guard options.includeUnlistedFeatures else { return }
    var covered = [Bool](repeating: false, count: tokens.count)
    for m in mentions { for i in m.first...m.last { covered[i] = true } }
    var found: [Mention] = []
    var i = 0
    while i < tokens.count {
      // Most tokens are no capitalised word outside a mention: `feature`'s own first test, made
      // here, spares them a call (728K calls, 36M of the 3.7G instructions of the analyses of
      // PolNeAR train, callgrind).
      let t = tokens[i]
      guard t.isWord, t.isCapitalised, !covered[i],
        let (first, last, division) = feature(at: i, covered), let anchor = anchor(near: first)
      else {
        i += 1
        continue
      }
      var m = Mention(
        first: first, last: last, range: Int(tokens[first].start)..<Int(tokens[last].end), key: 0,
        entries: [],
        block: Int(tokens[first].block))
      m.resolved = anchor
      m.approximate = division ? .admin : .region
      found.append(m)
      i = last + 1
    }
    // A headline capitalises every word: there a feature is one only when the body has it
    // too (`Harlow Springs` in the title of a story whose body names the town).
    func key(_ m: Mention) -> [UInt64] { (m.first...m.last).map { tokens[$0].hash } }
    let body = Set(found.filter { !headline[$0.block] }.map(key))
    found.removeAll { headline[$0.block] && !body.contains(key($0)) }
    guard !found.isEmpty else { return }
    mentions = (mentions + found).sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// A run of capitalised words starting at `i` that ends with a feature word (`Desna River`)
  /// or starts with a feature prefix (`Lake Victoria`, `Port Lavaca`); whether it is a division.
  private func feature(at i: Int, _ covered: [Bool]) -> (Int, Int, Bool)? {
    let t = tokens[i]
    guard t.isWord, t.isCapitalised, !covered[i], !lexicon.functionWords.contains(t.hash),
      !lexicon.titles.contains(t.hash)
    else { return nil }
    // A headline capitalises every word, so its capitals neither lengthen nor end a name
    // ("Canada’s Cape Breton Will Welcome"): only the body, which must name the feature too,
    // says where a name ends (`addUnlistedFeatures`).
    let headlined = headline[Int(t.block)]
    // Not the tail of a longer capitalised name.
    if !headlined, let left = joinedWord(before: i), left.isCapitalised,
      !lexicon.functionWords.contains(left.hash)
    {
      return nil
    }
    // A prefix opens the name even where the list lets it end one too (`Cape`, `Lake`).
    let opens = lexicon.featurePrefixes.contains(t.hash)
    var last = i
    while last - i < 3, let next = word(after: last), next.isCapitalised, next.has(GeoToken.joined),
      !tokens[last].has(GeoToken.possessive), !covered[last + 1],
      (last == i && opens) || !lexicon.featureSuffixes.contains(tokens[last].hash)
    {
      last += 1
    }
    guard last > i else { return nil }
    // "Port Lavaca", "Lake Victoria": a prefix and one name.
    if opens {
      let name = tokens[i + 1]
      if !lexicon.orgWords.contains(name.hash), !lexicon.featureSuffixes.contains(name.hash),
        !lexicon.functionWords.contains(name.hash), headlined || followedByNameEnd(i + 1)
      {
        return (i, i + 1, false)
      }
    }
    // "Desna River", "Calhoun County", "Cape Breton Island": names and a feature word, nothing
    // else capitalised after but a title ("Lamar County Judge"), and no organisation word
    // ("Paris Independent School District").
    guard lexicon.featureSuffixes.contains(tokens[last].hash),
      headlined || followedByNameEnd(last),
      !(i..<last).contains(where: {
        ($0 > i || !opens)
          && (lexicon.orgWords.contains(tokens[$0].hash)
            || lexicon.featureSuffixes.contains(tokens[$0].hash))
      })
    else { return nil }
    return (i, last, lexicon.featureDivisions.contains(tokens[last].hash))
  }

  /// Whether no capitalised word but a title follows token `i` in the same name.
  private func followedByNameEnd(_ i: Int) -> Bool {
    guard let after = word(after: i), after.isCapitalised, after.has(GeoToken.joined) else {
      return true
    }
    return lexicon.titles.contains(after.hash) && !lexicon.orgWords.contains(after.hash)
  }

  /// The record to borrow coordinates from: the nearest city or division mentioned in the same
  /// block, else the most mentioned city of the article, else its most mentioned division.
  private func anchor(near token: Int) -> Int? {
    let block = Int(tokens[token].block)
    let position = Int(tokens[token].start)
    var best: (distance: Int, record: Int)?
    var cities: [Int: Int] = [:]
    var divisions: [Int: Int] = [:]
    for m in mentions where m.seat == nil {
      guard let r = m.resolved, m.approximate == nil else { continue }
      let kind = gazetteer.records[r].kind
      guard kind == .city || kind == .admin else { continue }
      if kind == .city { cities[r, default: 0] += 1 } else { divisions[r, default: 0] += 1 }
      guard m.block == block else { continue }
      let distance = abs(m.range.lowerBound - position)
      if best == nil || distance < best?.distance ?? 0 { best = (distance, r) }
    }
    // Ties go to the lower record (Dictionary order changes from run to run). An article that
    // names no city lends its most mentioned division (`Cape Breton` in a story that names
    // only Nova Scotia): the entities hold the name as a place either way.
    func most(_ counts: [Int: Int]) -> Int? {
      counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
    return best?.record ?? most(cities) ?? most(divisions)
  }
}
