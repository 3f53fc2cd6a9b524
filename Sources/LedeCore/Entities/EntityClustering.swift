/// Groups the names of an `EntityTally` into corpus entities (see `CorpusEntities`).
///
/// In order: names that fold alike (case, accents, periods, titles) and the analyst's aliases
/// are one; the names of one country are one; a person's full names that differ by a middle name or the spelling of the given
/// name join the one full name they fit; a surname alone joins the one person it can be; a
/// one-word place or organisation joins a person when most of its articles name that person
/// in full (the recogniser took `Kennedy` for a place where the corpus knows `Charles Kennedy`).
struct EntityClustering {
  private(set) var entities: [CorpusEntity] = []
  private(set) var entityOfName: [EntityTally.Key: Int] = [:]

  private struct Name {
    var key: EntityTally.Key
    var counts: EntityTally.Counts
    var words: [String]
    var kind: EntityKind
    /// The analyst's name this one is an alias of.
    var declared: String?
  }

  private var names: [Name] = []
  private var parent: [Int] = []

  /// A surname alone joins the most likely of several people when that one got at least this
  /// share of the surname's uses in articles that named the person in full. 0.8: on PolNeAR
  /// train it sends `Clinton` to Hillary Clinton (0.89 of 2,970 resolved uses) and leaves
  /// names shared more evenly apart.
  static let surnameShare = 0.8
  /// A one-word place or organisation joins a person when at least this share of its articles
  /// also name that person in full. 0.5: on PolNeAR train it turns `Rubio`, `Carson` and
  /// `Bush` (places to the recogniser) into the candidates and keeps `Washington` a place.
  static let besidePersonShare = 0.5

  init(
    tally: EntityTally, aliases: EntityAliases, places: any PlaceNameLexicon,
    lexicon: NameLexicon = .shared
  ) {
    let targets = aliases.targets
    let sorted = tally.names.sorted { a, b in
      a.value.mentions != b.value.mentions ? a.value.mentions > b.value.mentions : a.key < b.key
    }
    for (key, counts) in sorted {
      let words = NameFold.words(key.name, lexicon: lexicon)
      let kind = Self.kind(of: key, words: words, lexicon: lexicon, places: places)
      let fold = words.joined(separator: " ")
      names.append(
        Name(key: key, counts: counts, words: words, kind: kind, declared: targets[fold]))
    }
    parent = Array(names.indices)
    joinSameNames()
    joinCountryNames(places: places)
    joinFullNames()
    joinSurnames()
    joinPlacesBesidePeople()
    build(aliases: aliases)
  }

  // MARK: Kinds

  /// The kind a name is in the corpus: the recogniser's, except that parties, nationalities,
  /// groups and acronyms are never people (`Tories`, `Tory MPs`, `UK`, `BBC`).
  private static func kind(
    of key: EntityTally.Key, words: [String], lexicon: NameLexicon, places: any PlaceNameLexicon
  ) -> EntityKind {
    guard key.kind == .person, let last = words.last else { return key.kind }
    let written = key.name.split(separator: " ")
    if let phrase = lexicon.phrase(matching: key.name) {
      return phrase.kind == .demonym ? .group : .organization
    }
    if let lastWritten = written.last {
      let info = lexicon.info(WordHash.of(lastWritten))
      if info.contains(.groupNoun) || isAcronymPlural(lastWritten) { return .group }
      if written.count == 1, isAcronym(lastWritten) {
        return places.isPlace(key.name) ? .place : .organization
      }
    }
    if words.count > 1, let first = written.first,
      lexicon.phrase(matching: String(first))?.kind == .demonym,
      lexicon.info(WordHash.of(last)).contains(.groupNoun)
    {
      return .group
    }
    return key.kind
  }

  /// `BBC`, `UK`, `U.S.`: two or more letters, all capitals.
  private static func isAcronym(_ word: Substring) -> Bool {
    let letters = word.filter { $0 != "." }
    return letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
  }

  /// `MPs`, `MEPs`, `CEOs`: an acronym with a plural `s`.
  private static func isAcronymPlural(_ word: Substring) -> Bool {
    word.count >= 3 && word.last == "s" && isAcronym(word.dropLast())
  }

  // MARK: Joining

  private mutating func root(_ i: Int) -> Int {
    var i = i
    while parent[i] != i {
      parent[i] = parent[parent[i]]
      i = parent[i]
    }
    return i
  }

  /// Joins `b`'s group into `a`'s (the earlier, more mentioned, stays the root).
  private mutating func join(_ a: Int, _ b: Int) {
    let ra = root(a)
    let rb = root(b)
    if ra == rb { return }
    if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
  }

  private mutating func joinSameNames() {
    var firstOf: [String: Int] = [:]
    for (i, n) in names.enumerated() where !n.words.isEmpty {
      // Declared aliases join across kinds; otherwise a kind and a folded name make a key.
      let key =
        n.declared.map { "=" + NameFold.key($0) } ?? "\(n.kind.rawValue):"
        + n.words.joined(separator: " ")
      if let first = firstOf[key] { join(first, i) } else { firstOf[key] = i }
    }
  }

  /// Names of one country (`US`, `United States`) are one place, as the gazetteer reads them.
  private mutating func joinCountryNames(places: any PlaceNameLexicon) {
    var firstOf: [String: Int] = [:]
    for (i, n) in names.enumerated() where n.kind == .place && n.declared == nil {
      guard let key = places.countryKey(n.key.name) else { continue }
      if let first = firstOf[key] { join(first, i) } else { firstOf[key] = i }
    }
  }

  /// The people named in full that lead a group (indices of `names`).
  private var heads: [Int] = []

  private mutating func joinFullNames() {
    for (i, n) in names.enumerated()
    where n.kind == .person && n.words.count >= 2 && n.declared == nil && root(i) == i {
      let fits = heads.filter { Self.sameFullName(names[$0].words, n.words) }
      if fits.count == 1 {
        join(fits[0], i)
      } else if fits.isEmpty {
        heads.append(i)
      }
    }
  }

  /// Full names of one person: the same surname, given names that are spellings of one, and
  /// middle names that agree where both have them (`Donald J. Trump`, `Donald Trump`).
  static func sameFullName(_ a: [String], _ b: [String]) -> Bool {
    guard let lastA = a.last, let lastB = b.last, lastA == lastB, a.count >= 2, b.count >= 2,
      NameFold.sameGivenName(a[0], b[0])
    else { return false }
    let middleA = a.dropFirst().dropLast()
    let middleB = b.dropFirst().dropLast()
    if middleA.isEmpty || middleB.isEmpty { return true }
    guard middleA.count == middleB.count else { return false }
    return zip(middleA, middleB).allSatisfy { x, y in
      x == y || (x.count == 1 && y.hasPrefix(x)) || (y.count == 1 && x.hasPrefix(y))
    }
  }

  /// How often the people of group `head` were written as `word` alone.
  private mutating func uses(of word: String, by head: Int) -> Int {
    var total = 0
    for i in names.indices where root(i) == head {
      for (form, count) in names[i].counts.forms where NameFold.key(form) == word {
        total += count
      }
    }
    return total
  }

  private mutating func joinSurnames() {
    for (i, n) in names.enumerated()
    where n.kind == .person && n.words.count == 1 && n.declared == nil && root(i) == i {
      let word = n.words[0]
      let fits = heads.filter { names[$0].words.last == word }
      if fits.count == 1 {
        join(fits[0], i)
        continue
      }
      guard fits.count > 1 else { continue }
      let counts = fits.map { uses(of: word, by: root($0)) }
      let total = counts.reduce(0, +)
      guard total > 0, let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else {
        continue
      }
      if Double(counts[best]) >= Self.surnameShare * Double(total) { join(fits[best], i) }
    }
  }

  private mutating func joinPlacesBesidePeople() {
    var position: [EntityTally.Key: Int] = [:]
    for (i, n) in names.enumerated() { position[n.key] = i }
    for (i, n) in names.enumerated()
    where n.kind != .person && n.words.count == 1 && n.declared == nil && root(i) == i
      && !n.counts.besidePeople.isEmpty
    {
      var byHead: [Int: Int] = [:]
      for (person, articles) in n.counts.besidePeople {
        guard let p = position[EntityTally.Key(kind: .person, name: person)] else { continue }
        byHead[root(p), default: 0] += articles
      }
      guard
        let best = byHead.max(by: {
          $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key)
        })
      else { continue }
      if Double(best.value) >= Self.besidePersonShare * Double(n.counts.articles) {
        join(best.key, i)
      }
    }
  }

  // MARK: Entities

  private mutating func build(aliases: EntityAliases) {
    var members: [Int: [Int]] = [:]
    for i in names.indices { members[root(i), default: []].append(i) }
    var made: [(entity: CorpusEntity, members: [Int])] = []
    for (_, group) in members {
      let first = names[group[0]]
      let declared = group.compactMap { names[$0].declared }.first
      let mentions = group.reduce(0) { $0 + names[$1].counts.mentions }
      let articles = group.reduce(0) { $0 + names[$1].counts.articles }
      let kind: EntityKind
      let name: String
      if let declared {
        name = declared
        kind =
          group.first { names[$0].words.joined(separator: " ") == NameFold.key(declared) }
          .map { names[$0].kind } ?? majorityKind(group)
      } else if let full = group.first(where: {
        names[$0].kind == .person && names[$0].words.count >= 2
      }) {
        kind = .person
        name = names[full].key.name
      } else {
        kind = majorityKind(group)
        name = first.key.name
      }
      var forms: [String: Int] = [:]
      for i in group {
        forms[names[i].key.name, default: 0] += names[i].counts.mentions
        for (form, count) in names[i].counts.forms { forms[form, default: 0] += count }
      }
      if let declared {
        for group in aliases.groups where group.name == declared {
          for alias in group.aliases { forms[alias, default: 0] += 0 }
        }
      }
      forms[name] = nil
      // Role phrases (`the senator`) and bare titles are mentions, not names.
      for form in forms.keys where !Self.isName(form) { forms[form] = nil }
      let aliasList = forms.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        .map(\.key)
      made.append(
        (
          CorpusEntity(
            id: CorpusEntity.id(kind: kind, name: name), name: name, kind: kind,
            aliases: aliasList, articles: articles, mentions: mentions), group
        ))
    }
    made.sort {
      $0.entity.mentions != $1.entity.mentions
        ? $0.entity.mentions > $1.entity.mentions
        : ($0.entity.name, $0.entity.id) < ($1.entity.name, $1.entity.id)
    }
    var used: [String: Int] = [:]
    for (index, item) in made.enumerated() {
      var entity = item.entity
      let n = used[entity.id, default: 0] + 1
      used[entity.id] = n
      if n > 1 { entity.id += "-\(n)" }
      entities.append(entity)
      for i in item.members { entityOfName[names[i].key] = index }
    }
  }

  /// Whether a mention's words are a name: they start with a capital and are more than a
  /// title or a determiner.
  private static func isName(_ form: String) -> Bool {
    guard let first = form.first, first.isUppercase, let word = form.split(separator: " ").first
    else { return false }
    let info = NameLexicon.shared.info(WordHash.of(word))
    return !info.contains(.determiner) && !NameFold.words(form).isEmpty
  }

  private func majorityKind(_ group: [Int]) -> EntityKind {
    var byKind: [EntityKind: Int] = [:]
    for i in group { byKind[names[i].kind, default: 0] += names[i].counts.mentions }
    return byKind.max {
      $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue
    }?.key ?? names[group[0]].kind
  }
}
