/// Resolves the mentions of one article to each other: surnames and given names to the
/// longest full name, role phrases to the person introduced with that role, acronyms to the
/// name they abbreviate; then confirms headline and all-capitals words against the body.
struct Coreference {
  let scan: ArticleScan
  var mentions: [Mention]
  let places: any PlaceNameLexicon
  /// The run parser's answers from the place lexicon, asked on.
  var placeAnswers: PlaceAnswers
  let deferred: [Range<Int>]
  let aliases: [UInt64: Span]

  /// People with a full name of two or more words.
  struct Person {
    var canonical: String
    var words: [UInt64]
    var surnameFirst: Bool
    var gender: Gender
    var roles: Set<UInt64> = []
    var modifiers: Set<UInt64> = []
    /// Token positions of its mentions.
    var positions: [Int] = []
  }

  init(scan: ArticleScan, parser: RunParser, places: any PlaceNameLexicon) {
    self.scan = scan
    self.mentions = parser.mentions
    self.places = places
    self.placeAnswers = parser.placeAnswers
    self.deferred = parser.deferred
    self.aliases = parser.aliases
  }

  /// Nouns of a person's office or staff (`the Obama administration`, `Sanders aides`), read
  /// from PolNeAR train's wrong speakers. `campaign`, `supporters` and `camp` were tried and
  /// made people of `Brexit` and `Obamacare`.
  static let personalNouns = KeySet(
    [
      "administration", "presidency", "aide", "aides", "adviser", "advisers", "advisor",
      "advisors",
    ].map { WordHash.of($0) })

  /// Suffixes after a surname (`Joseph R. Biden Jr.`, `Robert Smith III`).
  static let suffixes = KeySet(
    ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"].map { WordHash.of($0) })

  mutating func resolve() -> EntityAnalysis {
    namesInHeadlines()
    mentions.sort { $0.span < $1.span }
    var people: [Person] = []
    var personOf = [Int?](repeating: nil, count: mentions.count)

    // `Rhian Thomas … Ms Thomas`: a name the lists do not know is a person's when an
    // honorific gives its surname alone. On PolNeAR train direct sources right +2 (5,314 →
    // 5,316 of 6,319), dev the same.
    var honoured = KeySet()
    // Loops over every mention read it in place (`mentions[i]`): `for m in mentions` copied
    // each, retaining its strings and lists (54M of 574M on PolNeAR train).
    for i in mentions.indices
    where mentions[i].kind == .person && mentions[i].gender != .unknown
      && !mentions[i].isRolePhrase
    {
      let w = wordCount(of: mentions[i].tokens)
      if w.count == 1 { honoured.insert(w.last) }
    }
    // `the Obama administration`, `Clinton aides`: a word the lists do not know, written
    // before a noun of a person's office or staff, is a
    // person's name, here and wherever the article writes it alone (`Obama said`), as it is
    // after an honorific (`Mr. Obama`). Unknown single words were organisations.
    let facts = scan.facts
    for i in mentions.indices
    where mentions[i].kind == nil && !mentions[i].isRolePhrase && mentions[i].tokens.count == 1 {
      let tokens = mentions[i].tokens
      let next = tokens.upperBound
      if next < facts.count, !facts[tokens.lowerBound].possessive, facts[next].shape == .lower,
        Coreference.personalNouns.contains(facts[next].hash)
      {
        honoured.insert(facts[tokens.lowerBound].hash)
      }
    }
    for i in mentions.indices where mentions[i].kind == nil && !mentions[i].isRolePhrase {
      let w = wordCount(of: mentions[i].tokens)
      if (1...3).contains(w.count), honoured.contains(w.last) {
        mentions[i].kind = .person
      }
    }

    // Full names: a name whose words contain another's is the same person.
    for i in mentions.indices where mentions[i].kind == .person && !mentions[i].isRolePhrase {
      let m = mentions[i]
      let w = nameWords(of: m.tokens)
      guard w.count >= 2 else { continue }
      let text = m.canonical ?? scan.text(m.span.start, m.span.end)
      if let p = people.firstIndex(where: { sameName($0.words, w) }) {
        if w.count > people[p].words.count {
          people[p].words = w
          people[p].canonical = text
        }
        personOf[i] = p
      } else {
        people.append(
          Person(canonical: text, words: w, surnameFirst: m.surnameFirst, gender: m.gender))
        personOf[i] = people.count - 1
      }
    }
    for i in mentions.indices {
      guard let p = personOf[i] else { continue }
      let m = mentions[i]
      people[p].positions.append(m.tokens.lowerBound)
      if let role = m.role { people[p].roles.insert(role) }
      people[p].roles.formUnion(m.otherRoles)
      people[p].modifiers.formUnion(m.roleModifiers)
      if people[p].gender == .unknown { people[p].gender = m.gender }
    }

    // Single words and partial names: the nearest person whose name has them.
    // Every mention passes here: its kind is read in place, and the mention is copied only
    // for the few that reach `choose`.
    // The people's first and last words, which this loop does not change, read from flat
    // lists, and the candidates gathered in one reused list: filtering `people` made a list
    // and retained each person's words for every mention.
    let firsts = people.map { $0.words.first ?? 0 }
    let lasts = people.map { $0.words.last ?? 0 }
    var candidates: [Int] = []
    for i in mentions.indices where personOf[i] == nil && !mentions[i].isRolePhrase {
      let kind = mentions[i].kind
      guard kind == nil || kind == .person else { continue }
      let w = nameWords(of: mentions[i].tokens)
      guard !w.isEmpty else { continue }
      candidates.removeAll(keepingCapacity: true)
      if w.count == 1 {
        let word = w[0]
        for p in people.indices
        where lasts[p] == word || (people[p].surnameFirst && firsts[p] == word)
          || (kind == .person && firsts[p] == word)
        {
          candidates.append(p)
        }
      } else {
        for p in people.indices where w.allSatisfy(people[p].words.contains) {
          candidates.append(p)
        }
      }
      guard !candidates.isEmpty else { continue }
      let m = mentions[i]
      guard let p = choose(candidates, for: m, words: w, people) else { continue }
      personOf[i] = p
      mentions[i].kind = .person
      people[p].positions.append(m.tokens.lowerBound)
      if let role = m.role { people[p].roles.insert(role) }
      if people[p].gender == .unknown { people[p].gender = m.gender }
    }
    for i in mentions.indices {
      if let p = personOf[i] {
        mentions[i].canonical = people[p].canonical
        if mentions[i].gender == .unknown { mentions[i].gender = people[p].gender }
      }
    }

    // Role phrases: the person introduced with that role.
    for i in mentions.indices where mentions[i].isRolePhrase {
      let m = mentions[i]
      guard let role = m.role else { continue }
      let modifiers = Set(m.roleModifiers)
      let candidates = people.indices.filter { p in
        people[p].roles.contains(role)
          && (modifiers.isEmpty || people[p].modifiers.isEmpty
            || !modifiers.isDisjoint(with: people[p].modifiers))
      }
      if let p = nearest(candidates, people, to: m.tokens.lowerBound) {
        mentions[i].kind = .person
        mentions[i].canonical = people[p].canonical
        if mentions[i].gender == .unknown { mentions[i].gender = people[p].gender }
      }
    }

    personsNamedByOneWord(people)

    // Defaults for what is still unknown, then acronyms defined in parentheses.
    for i in mentions.indices {
      if mentions[i].kind == nil && !mentions[i].isRolePhrase { mentions[i].kind = .organization }
      if mentions[i].canonical == nil, mentions[i].kind != nil {
        let span = mentions[i].span
        let tokens = mentions[i].tokens
        let text = scan.text(span.start, span.end)
        let shouted = tokens.count > 1 && tokens.allSatisfy { scan.facts[$0].shape == .allCaps }
        mentions[i].canonical = shouted ? SpeakerLabel.titleCased(text) : text
      }
    }
    for i in mentions.indices where mentions[i].tokens.count == 1 {
      guard let target = aliases[scan.facts[mentions[i].tokens.lowerBound].hash],
        let original = mentions.first(where: { $0.span == target })
      else { continue }
      mentions[i].kind = original.kind
      mentions[i].canonical = original.canonical
    }

    confirmDeferred()
    mentions.sort { $0.span < $1.span }

    var genders: [String: Gender] = [:]
    var roles: [UInt64: [String]] = [:]
    for person in people {
      genders[person.canonical] = person.gender
      for role in person.roles { roles[role, default: []].append(person.canonical) }
    }
    for i in mentions.indices where mentions[i].kind == .person && !mentions[i].isRolePhrase {
      if let c = mentions[i].canonical, genders[c] == nil { genders[c] = mentions[i].gender }
    }
    return EntityAnalysis(mentions: mentions, genders: genders, roles: roles)
  }

  /// `Barack Obama Defends His Record` over a body that writes `Obama` only: a given name and
  /// a word the body names alone, side by side in a headline, are that person's full name, so
  /// the body's surname joins it. Other headline words wait for `confirmDeferred`, which takes
  /// only what the body or the lexicons already know (a headline's capitals make no name).
  mutating func namesInHeadlines() {
    // A `KeySet`: the words' hashes need no second hash, which a `Set` gave them.
    var alone = KeySet()
    var anyAlone = false
    for i in mentions.indices
    where mentions[i].kind == nil || mentions[i].kind == .person
      || mentions[i].kind == .organization
    {
      let w = wordCount(of: mentions[i].tokens)
      if w.count == 1 {
        alone.insert(w.last)
        anyAlone = true
      }
    }
    guard anyAlone else { return }
    let facts = scan.facts
    for r in DeferredPhrases.fullNames(deferred, facts: facts, isAlone: { alone.contains($0) }) {
      var m = Mention(tokens: r, span: scan.nameSpan(r), kind: .person)
      let given = facts[r.lowerBound].info.intersection(.given)
      if given == .givenMale {
        m.gender = Gender.male
      } else if given == .givenFemale {
        m.gender = Gender.female
      }
      mentions.append(m)
    }
  }

  /// `Kennedy faced questions` where the article names `Mr Kennedy` or `Charles Kennedy`: a
  /// one-word name the gazetteer or the organisation rules took is that person, unless a
  /// preposition or another function word puts it in place (`in Kennedy`, `the Kennedy`).
  mutating func personsNamedByOneWord(_ people: [Person]) {
    var personOf: [UInt64: (canonical: String, gender: Gender)] = [:]
    for p in people {
      if let surname = p.surnameFirst ? p.words.first : p.words.last {
        personOf[surname] = personOf[surname] ?? (p.canonical, p.gender)
      }
    }
    // By index: `for m in mentions` copied every mention, retaining its strings and lists.
    for i in mentions.indices
    where mentions[i].kind == .person && mentions[i].role != nil && mentions[i].tokens.count == 1 {
      let word = scan.facts[mentions[i].tokens.lowerBound].hash
      if personOf[word] == nil {
        let span = mentions[i].span
        personOf[word] = (
          mentions[i].canonical ?? scan.text(span.start, span.end), mentions[i].gender
        )
      }
    }
    guard !personOf.isEmpty else { return }
    for i in mentions.indices where mentions[i].tokens.count == 1 && !mentions[i].isRolePhrase {
      let t = mentions[i].tokens.lowerBound
      // Only a word as names are written: `UN` is no `Kim Jong Un`, and a name the lexicon
      // knows (`UN` → United Nations) keeps its kind.
      guard mentions[i].kind == .place || mentions[i].kind == .organization,
        mentions[i].canonical == nil,
        scan.facts[t].shape == .capitalized, let person = personOf[scan.facts[t].hash],
        t == 0 || scan.facts[t - 1].shape != .lower || !scan.facts[t - 1].info.contains(.function)
      else { continue }
      mentions[i].kind = .person
      mentions[i].canonical = person.canonical
      if mentions[i].gender == .unknown { mentions[i].gender = person.gender }
    }
  }

  func sameName(_ a: [UInt64], _ b: [UInt64]) -> Bool {
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard short.last == long.last || short.first == long.first else { return false }
    return short.allSatisfy(long.contains)
  }

  /// Which of the people whose names hold a mention's words it names. An honorific's gender
  /// (`Mr. Clinton`, `Mrs. Clinton`) rules out the people of the other gender. A surname alone
  /// that several people share names the one the article introduced first: a reporter writes
  /// `Cruz` for the senator and `Heidi Cruz` or `Mrs. Cruz` for his wife, however recently she
  /// was named. Partial names of more words take the nearest person. On PolNeAR train this
  /// changes 709 mentions in 106 articles; by name pairs, most go the way a reader takes them
  /// (`Mrs. Clinton` Bill → Hillary 88, `Mr. Clinton` Hillary → Bill 37, `Clinton` Bill →
  /// Hillary 148, `Mr. Cruz` Rafael → Ted 31, `Mr. Trump` Ivanka → Donald 17), fewer the other
  /// way (`Clinton` Hillary → Bill 47, `Mr. Khan` Humayun → Ghazala 8). Direct sources right
  /// (which compares surnames) change by one quote either way.
  func choose(_ candidates: [Int], for m: Mention, words w: [UInt64], _ people: [Person]) -> Int? {
    var pool = candidates
    if pool.count > 1, m.gender != .unknown {
      let fitting = pool.filter { people[$0].gender == .unknown || people[$0].gender == m.gender }
      if !fitting.isEmpty { pool = fitting }
    }
    guard pool.count > 1, w.count == 1 else {
      return nearest(pool, people, to: m.tokens.lowerBound)
    }
    let bySurname = pool.filter { p in
      let name = people[p].words
      return name.last == w[0] || (people[p].surnameFirst && name.first == w[0])
    }
    if !bySurname.isEmpty { pool = bySurname }
    guard pool.count > 1 else { return pool.first }
    return pool.min { (people[$0].positions.min() ?? .max) < (people[$1].positions.min() ?? .max) }
  }

  /// The candidate mentioned last before `position`, else the first after it.
  func nearest(_ candidates: [Int], _ people: [Person], to position: Int) -> Int? {
    var best: Int?
    var bestDistance = Int.max
    for p in candidates {
      for at in people[p].positions {
        let distance = at <= position ? position - at : (at - position) * 4
        if distance < bestDistance {
          bestDistance = distance
          best = p
        }
      }
      if people[p].positions.isEmpty, best == nil { best = p }
    }
    return best
  }

  /// Headline words and words in capitals: kept where they name something the body names,
  /// or something the lexicons know.
  mutating func confirmDeferred() {
    var known: [UInt64: (EntityKind, String)] = [:]
    known.reserveCapacity(mentions.count * 2)
    for i in mentions.indices {
      guard let kind = mentions[i].kind, let canonical = mentions[i].canonical else { continue }
      let w = wordKey(of: mentions[i].tokens)
      guard w.count > 0 else { continue }
      known[w.key] = (kind, canonical)
      if kind == .person { known[WordHash.Phrase(w.last).value] = (kind, canonical) }
    }
    let scan = self.scan
    let facts = scan.facts
    let covered = DeferredPhrases.covered(by: mentions, count: facts.count)
    DeferredPhrases.walk(deferred, facts: facts, covered: covered) { r in
      let t = r.lowerBound
      var phrase = WordHash.Phrase()
      for u in r { phrase.append(facts[u].hash) }
      var found: (EntityKind, String)? = known[phrase.value]
      // A static function: a method called here copied the whole `Coreference` at each
      // phrase (5.3M instructions on 200 PolNeAR train texts).
      if found == nil, let p = Coreference.lexiconMatch(r, scan) { found = p }
      // The text and its title case only for a phrase that may name a place, and the title
      // case only when the text is no place, looked up only when it differs: made and looked
      // up for every candidate phrase, they cost 7.8M more instructions of 1,296M for every
      // analysis of 200 PolNeAR train texts.
      if found == nil, facts[t].info.intersection([.notName, .function]).isEmpty {
        let text = scan.text(r, possessive: false)
        if placeAnswers.isPlace(r, scan) {
          found = (.place, facts[t].shape == .allCaps ? SpeakerLabel.titleCased(text) : text)
        } else if let titled = SpeakerLabel.titleCasedIfChanged(text),
          placeAnswers.isPlace(titled)
        {
          found = (.place, facts[t].shape == .allCaps ? titled : text)
        }
      }
      guard let (kind, canonical) = found else { return false }
      mentions.append(Mention(tokens: r, span: scan.nameSpan(r), kind: kind, canonical: canonical))
      return true
    }
  }

  /// The organisation or demonym of the name lists that tokens `r` spell exactly, if any.
  static func lexiconMatch(_ r: Range<Int>, _ scan: ArticleScan) -> (EntityKind, String)? {
    guard let first = r.first, let phrases = scan.lexicon.phrases[scan.facts[first].hash] else {
      return nil
    }
    let facts = scan.facts
    for p in phrases
    where p.words.count == r.count && zip(p.words, r).allSatisfy({ $0 == facts[$1].hash }) {
      switch p.kind {
      case .organization:
        if p.capitalsOnly && scan.facts[first].shape != .allCaps { continue }
        return (.organization, p.canonical ?? p.text)
      case .demonym: return (.group, p.text)
      default: continue
      }
    }
    return nil
  }
}
