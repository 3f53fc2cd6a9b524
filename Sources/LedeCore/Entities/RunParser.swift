/// Reads the capitalised runs of words of an article's sentences and turns them into mentions:
/// titles split off, names classified with the lexicons. Coreference settles the rest.
struct RunParser: Sendable {
  let scan: ArticleScan
  let places: any PlaceNameLexicon
  let facts: [TokenFact]
  var mentions: [Mention] = []
  /// Tokens to match only against names the body confirms (headlines, words in capitals).
  var deferred: [Range<Int>] = []
  /// Acronyms defined in parentheses after a name: `Korean Central News Agency (KCNA)`.
  var aliases: [UInt64: Span] = [:]
  /// Words written with a capital somewhere other than at the start of a sentence (a
  /// `KeySet`: the words' hashes need no second hash, which `Set` spent 26M instructions on for
  /// PolNeAR train).
  var midCaps = KeySet()
  /// A role waiting for the name after a comma: `Russia’s foreign minister, Sergey Lavrov`.
  var pendingRole: (at: Int, role: UInt64, gender: Gender, modifiers: [UInt64])?
  /// The place lexicon's answers, each name asked once (coreference goes on asking them).
  var placeAnswers: PlaceAnswers
  /// The units of the last run read, kept for their storage: a new array for each run cost an
  /// allocation or two and a release (22.7M and 17.3M of the 3.6G instructions of the analyses
  /// of PolNeAR train, callgrind).
  private var unitStorage: [Unit] = []

  static let the = WordHash.of("the")
  static let of = WordHash.of("of")
  static let `for` = WordHash.of("for")
  // The word sets below are `KeySet`s: the words' hashes need no second hash, which `Set`
  // spent on every look-up (about 100 instructions each, callgrind).
  /// Days of the week: a date after a name, never part of it (`in Fort Pierce, Florida Friday`,
  /// `a letter from his doctor Friday`). Months are not here: `Theresa May`, `June Carter`.
  static let weekdays = KeySet(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].map {
      WordHash.of($0)
    })
  static let modifierWords = KeySet(
    [
      "former", "top", "chief", "deputy", "senior", "acting", "interim", "new", "then", "ex",
      "veteran", "regional", "local", "national", "federal", "state", "prime", "lifelong",
    ].map { WordHash.of($0) })

  init(scan: ArticleScan, places: any PlaceNameLexicon) {
    self.scan = scan
    self.places = places
    self.facts = scan.facts
    self.placeAnswers = PlaceAnswers(places: places)
  }

  struct Unit {
    enum Kind { case word, particle, connector, title, organization, demonym }
    var kind: Kind
    var range: Range<Int>
    var phrase: LexiconPhrase?
  }

  mutating func parseAll() {
    let blocks = scan.article.blocks
    var headline = [Bool](repeating: false, count: scan.sentences.count)
    var caps: [UInt64] = []
    for (index, sentence) in scan.sentences.enumerated() {
      // The layer's headline flag; in a paragraph only with a function word set in capitals
      // after its first word (`… Sends Tom Reyes A Message About Jobs.`), the mark of headline
      // case: a paragraph of names (`Edward Brown met Tony Blair in London on Friday.`) passes
      // the flag's three in four, and read as a headline its names would wait for the body.
      let role = sentence.block < blocks.count ? blocks[sentence.block].role : .paragraph
      headline[index] =
        scan.layer.isHeadline(block: sentence.block)
        && (role == .title || role == .heading || hasCapitalisedFunctionWord(sentence.tokens))
        || isMostlyCapitals(sentence.tokens)
      guard !headline[index] else { continue }
      for t in sentence.tokens where t < facts.count {
        let f = facts[t]
        if f.shape == .capitalized, !f.initial { caps.append(f.hash) }
      }
    }
    midCaps = KeySet(caps)
    var lastBlock = -1
    for (index, sentence) in scan.sentences.enumerated() {
      let range = sentence.tokens.clamped(to: 0..<facts.count)
      if headline[index] {
        deferred.append(range)
        continue
      }
      var start = range.lowerBound
      if sentence.block != lastBlock,
        let label = SpeakerLabel.parse(scan, from: start, to: range.upperBound)
      {
        if let name = label.name {
          let canonical = SpeakerLabel.titleCased(scan.text(name))
          mentions.append(
            Mention(
              tokens: name, span: scan.nameSpan(name), kind: .person, canonical: canonical,
              role: label.role, gender: gender(ofFirstWordIn: name)))
        }
        start = label.contentStart
      }
      lastBlock = sentence.block
      parseSentence(start, range.upperBound)
    }
  }

  mutating func parseSentence(_ lo: Int, _ hi: Int) {
    var i = lo
    pendingRole = nil
    while i < hi {
      let f = facts[i]
      // Most tokens are lower-case words no phrase starts with, or punctuation: none opens a
      // run, and asking `startsRun` of each was 9.6M instructions on 200 PolNeAR train texts.
      if !f.shape.isCapitalized, f.hash != RunParser.the,
        f.shape != .lower || !f.info.contains(.phraseStart)
      {
        i += 1
        continue
      }
      if f.hash == RunParser.the, f.shape.isWord, let end = rolePhrase(at: i, hi) {
        i = end
        continue
      }
      if startsRun(i, hi) {
        i = parseRun(from: i, hi)
        continue
      }
      if f.shape == .allCaps || (f.shape == .capitalized && f.initial) {
        deferred.append(i..<(i + 1))
      }
      i += 1
    }
  }

  // MARK: Runs

  func phrase(at i: Int, _ hi: Int, kinds: LexiconPhrase.Kinds) -> LexiconPhrase? {
    guard facts[i].info.contains(.phraseStart), let candidates = scan.lexicon.phrases[facts[i].hash]
    else { return nil }
    for p in candidates where kinds.contains(LexiconPhrase.Kinds(p.kind)) && i + p.words.count <= hi
    {
      var ok = true
      for (k, w) in p.words.enumerated() {
        let f = facts[i + k]
        if f.hash != w || !f.shape.isWord || (f.possessive && k < p.words.count - 1) {
          ok = false
          break
        }
      }
      guard ok else { continue }
      if p.capitalsOnly && facts[i].shape != .allCaps { continue }
      if p.kind != .title && facts[i].shape == .lower { continue }
      return p
    }
    return nil
  }

  func isCapitalizedWord(_ t: Int, _ hi: Int) -> Bool {
    t < hi && (facts[t].shape == .capitalized || facts[t].shape == .initial)
      && !facts[t].info.contains(.function)
  }

  mutating func startsRun(_ i: Int, _ hi: Int) -> Bool {
    let f = facts[i]
    switch f.shape {
    case .capitalized, .initial:
      if f.info.contains(.function) { return false }
      if !f.initial { return true }
      // `Mr Brown said`: a title that opens a sentence still opens a name, although `Mr`
      // alone is no name (not_names.txt).
      if let title = phrase(at: i, hi, kinds: [.title]), !title.afterOnly,
        isCapitalizedWord(i + title.words.count, hi)
      {
        return true
      }
      if f.info.contains(.notName) { return false }
      // `Wall Street rallied`, `Fleet Street said`: a place or organisation word right after
      // the first word ends a name the first word opens; alone (`Street`) it names nothing,
      // whether or not the article writes the first word mid-sentence. Only where it ends the
      // run: in `Inside City Hall` and `Nearby Lake Erie` it opens the name that follows.
      if f.shape == .capitalized, i + 1 < hi, facts[i + 1].shape == .capitalized,
        !facts[i + 1].info.intersection([.placeWord, .streetWord, .orgWord]).isEmpty,
        !facts[i + 1].info.contains(.function),
        i + 2 >= hi || !facts[i + 2].shape.isCapitalized
      {
        return true
      }
      if !f.info.intersection([.given, .surnameFirst, .orgWord, .placeWord, .streetWord, .title])
        .isEmpty
      {
        return true
      }
      if phrase(at: i, hi, kinds: [.title, .organization, .demonym]) != nil { return true }
      // `Everton boss Graham Pryce`: an affiliation before a title and a name.
      if i + 1 < hi, let title = phrase(at: i + 1, hi, kinds: [.title]), !title.afterOnly,
        isCapitalizedWord(i + 1 + title.words.count, hi)
      {
        return true
      }
      return midCaps.contains(f.hash) || isPlaceName(i..<(i + 1))
    case .allCaps:
      return phrase(at: i, hi, kinds: [.organization, .title, .demonym]) != nil
        || isParenthesised(i, hi) || isPlaceName(i..<(i + 1))
    case .lower:
      guard f.info.contains(.phraseStart), let p = phrase(at: i, hi, kinds: [.title]), !p.afterOnly
      else { return false }
      let after = i + p.words.count
      return isCapitalizedWord(after, hi)
        || (after + 1 < hi && facts[after].shape == .comma && isCapitalizedWord(after + 1, hi))
    default:
      return false
    }
  }

  /// Whether token `t` is a group, organisation or party word (`Democrats`, `Network`).
  func groupWordFollows(_ t: Int, _ hi: Int) -> Bool {
    t < hi && facts[t].shape.isWord
      && (!facts[t].info.intersection([.groupNoun, .orgWord]).isEmpty
        || phrase(at: t, hi, kinds: [.demonym, .organization]) != nil)
  }

  func isParenthesised(_ i: Int, _ hi: Int) -> Bool {
    i > 0 && i + 1 < facts.count && facts[i - 1].shape == .openParen
      && facts[i + 1].shape == .closeParen
  }

  mutating func parseRun(from i: Int, _ hi: Int) -> Int {
    var units = unitStorage
    unitStorage = []
    units.removeAll(keepingCapacity: true)
    defer { unitStorage = units }
    var j = i
    scan: while j < hi {
      let f = facts[j]
      if let p = phrase(at: j, hi, kinds: [.title, .organization, .demonym]) {
        let n = p.words.count
        if p.kind == .title, n == 1, f.shape == .capitalized, let last = units.last,
          last.kind == .title, last.range.count == 1,
          Abbreviations.honorifics.contains(facts[last.range.lowerBound].hash)
        {
          // `Mr. King`, `Ms. Bishop`, `Mr. Singer`: after an honorific a title word is the
          // surname; read as a title it left the honorific with no name and the quote with no
          // speaker.
          units.append(Unit(kind: .word, range: j..<(j + 1)))
          j += 1
          if f.possessive { break scan }
          continue
        }
        if p.kind == .title {
          if p.afterOnly { break scan }
          // `Racial Justice Network`, `Justice Democrats`: a title that may also be a word of a
          // name is one only where the run opens with it and no group or party word follows.
          if p.firstOnly, !units.isEmpty || groupWordFollows(j + n, hi) {
            for w in j..<(j + n) { units.append(Unit(kind: .word, range: w..<(w + 1))) }
            j += n
            if facts[j - 1].possessive { break scan }
            continue
          }
          if facts[j].shape == .lower,
            !(isCapitalizedWord(j + n, hi)
              || (j + n + 1 < hi && facts[j + n].shape == .comma
                && isCapitalizedWord(j + n + 1, hi)))
          {
            break scan
          }
        }
        units.append(
          Unit(
            kind: p.kind == .title ? .title : p.kind == .demonym ? .demonym : .organization,
            range: j..<(j + n), phrase: p))
        j += n
        if facts[j - 1].possessive { break scan }
        continue
      }
      switch f.shape {
      case .capitalized, .initial:
        if f.info.contains(.function) && !units.isEmpty { break scan }
        units.append(Unit(kind: .word, range: j..<(j + 1)))
        j += 1
        if f.possessive { break scan }
      case .allCaps:
        guard
          !units.isEmpty || isParenthesised(j, hi)
            || isPlaceName(j..<(j + 1))
        else { break scan }
        if !units.isEmpty, units.allSatisfy({ $0.kind == .word }),
          facts[units[0].range.lowerBound].shape != .allCaps, j + 1 < hi,
          facts[j + 1].shape == .allCaps
        {
          break scan  // "CHELSEA boss" style shouting after a name is not part of it
        }
        units.append(Unit(kind: .word, range: j..<(j + 1)))
        j += 1
        if f.possessive { break scan }
      case .lower:
        guard !units.isEmpty, isCapitalizedWord(j + 1, hi) else { break scan }
        if f.info.contains(.particle) {
          units.append(Unit(kind: .particle, range: j..<(j + 1)))
          j += 1
        } else if f.hash == RunParser.of || f.hash == RunParser.for,
          let last = units.last, last.kind == .word || last.kind == .organization,
          !facts[last.range.upperBound - 1].info.intersection([.orgHead, .placeWord, .streetWord])
            .isEmpty
            || last.kind == .organization
        {
          units.append(Unit(kind: .connector, range: j..<(j + 1)))
          j += 1
        } else {
          break scan
        }
      default:
        break scan
      }
    }
    guard !units.isEmpty else { return i + 1 }
    interpret(units, end: j, hi: hi)
    // An acronym in parentheses right after the run names the same thing.
    if j + 2 < hi, facts[j].shape == .openParen, facts[j + 1].shape == .allCaps,
      facts[j + 2].shape == .closeParen, let last = mentions.indices.last,
      mentions[last].tokens.upperBound == j
    {
      aliases[facts[j + 1].hash] = mentions[last].span
    }
    return j
  }

  mutating func interpret(_ units: [Unit], end: Int, hi: Int) {
    var segmentStart = 0
    var lastTitle: Unit?
    var modifiers: [UInt64] = []
    var k = 0
    while k <= units.count {
      if k == units.count || units[k].kind == .title {
        let segment = Array(units[segmentStart..<k])
        let beforeTitle = k < units.count
        if !segment.isEmpty {
          if beforeTitle {
            modifiers = affiliation(segment)
          } else if let title = lastTitle {
            person(segment, title: title.phrase, modifiers: modifiers, end: end, hi: hi)
          } else {
            standalone(segment, end: end, hi: hi)
          }
        }
        if beforeTitle {
          if segment.isEmpty, lastTitle == nil { modifiers = [] }
          lastTitle = units[k]
        }
        segmentStart = k + 1
      }
      k += 1
    }
    if let last = units.last, last.kind == .title, end + 1 < hi, facts[end].shape == .comma,
      let phrase = last.phrase, let role = phrase.words.last
    {
      pendingRole = (end + 1, role, phrase.gender, modifiers)
    }
  }

  func range(of segment: [Unit]) -> Range<Int> {
    (segment.first?.range.lowerBound ?? 0)..<(segment.last?.range.upperBound ?? 0)
  }

  func endsWithOrgWord(_ segment: [Unit]) -> Bool {
    guard let last = segment.last else { return false }
    if last.kind == .organization { return true }
    let hasConnector = segment.contains { $0.kind == .connector }
    return last.kind == .word
      && (facts[last.range.upperBound - 1].info.contains(.orgWord) || hasConnector)
  }

  /// Whether the words of tokens `r`, without a possessive ending, name a place.
  mutating func isPlaceName(_ r: Range<Int>) -> Bool {
    placeAnswers.isPlace(r, scan)
  }

  mutating func isPlace(_ segment: [Unit]) -> Bool {
    let r = range(of: segment)
    if isPlaceName(r) { return true }
    guard r.count >= 2 else { return false }
    return facts[r.upperBound - 1].info.contains(.placeWord)
      || (facts[r.lowerBound].info.contains(.placeStart)
        && facts[r.lowerBound].shape == .capitalized
        && !facts[r.upperBound - 1].info.contains(.orgWord))
  }

  /// The words before a title: `Russian`, `Halvorsen`, `Russian Foreign Ministry`. Returns the
  /// words that qualify the title.
  mutating func affiliation(_ segment: [Unit]) -> [UInt64] {
    let r = range(of: segment)
    let hashes = r.map { facts[$0].hash }
    if segment.count == 1, segment[0].kind == .demonym {
      add(r, .group)
    } else if segment.count == 1, segment[0].kind == .organization {
      add(r, .organization, canonical: segment[0].phrase?.canonical)
    } else if isPlace(segment) {
      add(r, .place)
    } else if segment.allSatisfy({ facts[$0.range.lowerBound].info.contains(.notName) }) {
      return hashes  // "Former", "Local"
    } else if segment.first?.kind == .demonym, !endsWithOrgWord(segment) {
      add(segment[0].range, .group)
      affiliationRest(Array(segment.dropFirst()))
    } else {
      affiliationRest(segment)
    }
    return hashes
  }

  mutating func affiliationRest(_ segment: [Unit]) {
    var segment = segment
    while let first = segment.first, first.kind == .word,
      facts[first.range.lowerBound].info.contains(.notName)
    {
      segment.removeFirst()
    }
    guard !segment.isEmpty else { return }
    let r = range(of: segment)
    if isPlace(segment) {
      add(r, .place)
    } else {
      add(r, .organization, canonical: segment.count == 1 ? segment[0].phrase?.canonical : nil)
    }
  }

  mutating func person(
    _ segment: [Unit], title: LexiconPhrase?, modifiers: [UInt64], end: Int, hi: Int
  ) {
    if endsWithOrgWord(segment) && segment.count > 1 {
      standalone(segment, end: end, hi: hi)
      return
    }
    // `the General Assembly established`: a one-word title before an institution's head word
    // names the institution (an honorific still opens a surname: `Mr. Church`).
    if segment.count == 1, segment[0].kind == .word, let title, title.words.count == 1,
      !Abbreviations.honorifics.contains(title.words[0]),
      facts[segment[0].range.lowerBound].info.contains(.orgHead),
      segment[0].range.lowerBound > 0
    {
      add((segment[0].range.lowerBound - 1)..<segment[0].range.upperBound, .organization)
      return
    }
    if let last = segment.last, RunParser.weekdays.contains(facts[last.range.lowerBound].hash) {
      if segment.count > 1 {
        person(Array(segment.dropLast()), title: title, modifiers: modifiers, end: end, hi: hi)
      }
      return
    }
    // `Miss Universe Alicia Machado`: the word between the title and the name is the title's.
    let segment = nameAfterQualifier(segment) ?? segment
    let r = range(of: segment)
    var m = Mention(tokens: r, span: scan.nameSpan(r), kind: .person)
    m.role = title?.words.last
    m.roleModifiers = modifiers
    m.gender = title?.gender ?? .unknown
    if m.gender == .unknown { m.gender = gender(ofFirstWordIn: r) }
    m.surnameFirst = facts[r.lowerBound].info.contains(.surnameFirst) && r.count > 1
    mentions.append(m)
    appositionRole(after: end, hi: hi)
  }

  /// The person's name after a single capitalised word that qualifies it (`Republican Donald
  /// Trump`, `Universe Alicia Machado` after `Miss`): a word that is no given name, then a
  /// given name or an initial and one or two more words. Nil for any other run. On PolNeAR
  /// train direct sources right 5,351 → 5,350 of 6,319, dev 571 either way (names lose their
  /// qualifier: `Gov. John Kasich` → John Kasich; one pronoun resolves differently).
  mutating func nameAfterQualifier(_ segment: [Unit]) -> [Unit]? {
    guard segment.count == 3 || segment.count == 4, segment.allSatisfy({ $0.kind == .word }),
      !endsWithOrgWord(segment), !isPlace(Array(segment.prefix(2)))
    else { return nil }
    let first = facts[segment[0].range.lowerBound]
    let second = facts[segment[1].range.lowerBound]
    guard first.shape == .capitalized,
      first.info.intersection([
        .given, .surnameFirst, .orgWord, .placeWord, .streetWord, .function, .notName,
      ])
      .isEmpty,
      segment.allSatisfy({ !facts[$0.range.lowerBound].info.contains(.notName) }),
      !second.info.intersection(.given).isEmpty || second.shape == .initial,
      !first.possessive
    else { return nil }
    return Array(segment.dropFirst())
  }

  mutating func standalone(_ segment: [Unit], end: Int, hi: Int) {
    guard !segment.isEmpty else { return }
    let r = range(of: segment)
    let first = facts[r.lowerBound]
    if segment.count == 1, segment[0].kind == .organization {
      add(r, .organization, canonical: segment[0].phrase?.canonical)
      return
    }
    if let name = nameAfterQualifier(segment) {
      // `Republican Donald Trump`: the qualifier is a word of its own, the name a person's.
      standalone([segment[0]], end: segment[0].range.upperBound, hi: hi)
      standalone(name, end: end, hi: hi)
      return
    }
    if endsWithOrgWord(segment), !(segment.count == 1 && segment[0].kind == .demonym) {
      if segment.count == 1, first.info.contains(.given) {
        // A lone word like `Sun` or `Post` that is also a given name: let coreference decide.
      } else {
        add(r, .organization)
        return
      }
    }
    if isPlace(segment) {
      add(r, .place)
      return
    }
    // `the Kent County Republican headquarters`: a place that ends in a place word, then more
    // words; the place is one name and the rest another, not a person `Kent County Republican`.
    if segment.count > 2, segment[0].kind == .word,
      let i = segment.indices.dropFirst().dropLast().first(where: {
        segment[$0].kind == .word && facts[segment[$0].range.lowerBound].info.contains(.placeWord)
      }),
      isPlace(Array(segment[...i])),
      // `Fort St. John` is one place: a given name after the place word continues it.
      facts[segment[i + 1].range.lowerBound].info.intersection(.given).isEmpty,
      facts[segment[i + 1].range.lowerBound].shape != .initial
    {
      add(range(of: Array(segment[...i])), .place)
      standalone(Array(segment[(i + 1)...]), end: end, hi: hi)
      return
    }
    if segment[0].kind == .demonym {
      if segment.count == 1 {
        var groupRange = r
        if r.upperBound == end, end < hi, facts[end].shape == .lower,
          facts[end].info.contains(.groupNoun)
        {
          groupRange = r.lowerBound..<(end + 1)
        }
        add(groupRange, .group)
      } else {
        add(segment[0].range, .group)
        standalone(Array(segment.dropFirst()), end: end, hi: hi)
      }
      return
    }
    if segment.count > 1, let last = segment.last,
      RunParser.weekdays.contains(facts[last.range.lowerBound].hash)
    {
      standalone(Array(segment.dropLast()), end: end, hi: hi)
      return
    }
    if segment.count > 1, first.info.contains(.notName), first.shape != .allCaps {
      standalone(Array(segment.dropFirst()), end: end, hi: hi)
      return
    }
    if segment.count == 1, first.info.contains(.notName) { return }
    // Counted in place: `filter` made a list of the words of every run (8,600 lists on 200
    // PolNeAR train texts).
    var words = 0
    for unit in segment where unit.kind == .word { words += 1 }
    let personLike =
      !first.info.intersection([.given, .surnameFirst]).isEmpty || first.shape == .initial
      || segment.contains { $0.kind == .particle }
    var m = Mention(tokens: r, span: scan.nameSpan(r))
    if let pending = pendingRole, pending.at == r.lowerBound {
      m.kind = .person
      m.role = pending.role
      m.roleModifiers = pending.modifiers
      m.gender = pending.gender
      pendingRole = nil
    } else if personLike && (words >= 2 || first.info.contains(.given))
      && !facts[r.upperBound - 1].info.contains(.streetWord)
    {
      m.kind = .person
    }
    if m.kind == .person {
      if m.gender == .unknown { m.gender = gender(ofFirstWordIn: r) }
      m.surnameFirst = first.info.contains(.surnameFirst) && words > 1
    }
    mentions.append(m)
    if m.kind == .person || words >= 2 { appositionRole(after: end, hi: hi) }
  }

  /// `Grace Kim, Lumora's co-founder and chief executive,`: a role after the name.
  mutating func appositionRole(after end: Int, hi: Int) {
    guard end + 1 < hi, facts[end].shape == .comma, let index = mentions.indices.last else {
      return
    }
    var t = end + 1
    var skipped = 0
    while t < hi, skipped <= 4 {
      let f = facts[t]
      if let p = phrase(at: t, hi, kinds: [.title]) {
        mentions[index].kind = mentions[index].kind ?? .person
        if mentions[index].kind == .person, let role = p.words.last {
          if mentions[index].role == nil {
            mentions[index].role = role
          } else {
            mentions[index].otherRoles.append(role)
          }
          if mentions[index].gender == .unknown { mentions[index].gender = p.gender }
        }
        t += p.words.count
        skipped = 3
        continue
      }
      guard f.shape.isWord || f.shape == .number, !f.info.contains(.cue),
        !f.info.contains(.auxiliary) || f.info.contains(.determiner)
      else { return }
      skipped += 1
      t += 1
    }
  }

  /// `the Russian president`, `the North Korean leader`, `the spokeswoman`.
  mutating func rolePhrase(at i: Int, _ hi: Int) -> Int? {
    var j = i + 1
    var modifiers: [UInt64] = []
    var count = 0
    while j < hi, count < 3 {
      if let p = phrase(at: j, hi, kinds: [.demonym]) {
        modifiers.append(contentsOf: p.words)
        j += p.words.count
      } else if facts[j].shape == .lower, RunParser.modifierWords.contains(facts[j].hash) {
        j += 1
      } else {
        break
      }
      count += 1
    }
    guard j < hi, let title = phrase(at: j, hi, kinds: [.title]) else { return nil }
    let end = j + title.words.count
    if end < hi, facts[end].shape.isCapitalized { return nil }  // `the Foreign Minister Choe`
    if facts[end - 1].possessive { return nil }
    var m = Mention(
      tokens: i..<end, span: Span(start: Int(facts[i].start), end: Int(facts[end - 1].nameEnd)))
    m.role = title.words.last
    m.roleModifiers = modifiers
    m.gender = title.gender
    m.isRolePhrase = true
    mentions.append(m)
    return end
  }

  mutating func add(_ r: Range<Int>, _ kind: EntityKind, canonical: String? = nil) {
    guard !r.isEmpty else { return }
    var m = Mention(tokens: r, span: scan.nameSpan(r), kind: kind, canonical: canonical)
    if kind == .person { m.gender = gender(ofFirstWordIn: r) }
    mentions.append(m)
  }

  func gender(ofFirstWordIn r: Range<Int>) -> Gender {
    guard let first = r.first else { return .unknown }
    let info = facts[first].info
    if info.contains(.givenMale) && !info.contains(.givenFemale) { return .male }
    if info.contains(.givenFemale) && !info.contains(.givenMale) { return .female }
    return .unknown
  }

  // MARK: Headlines and capitals

  /// Whether a function word after the first word of `r` opens with a capital (`About`, `A`).
  func hasCapitalisedFunctionWord(_ r: Range<Int>) -> Bool {
    r.dropFirst().contains { t in
      t < facts.count && !facts[t].initial && facts[t].info.contains(.function)
        && (facts[t].shape == .capitalized || facts[t].shape == .allCaps
          || facts[t].shape == .initial)
    }
  }

  func isMostlyCapitals(_ r: Range<Int>) -> Bool {
    var words = 0
    var capitals = 0
    for t in r where t < facts.count && facts[t].shape.isWord {
      words += 1
      if facts[t].shape == .allCaps { capitals += 1 }
    }
    return words >= 4 && capitals * 3 >= words * 2
  }
}
