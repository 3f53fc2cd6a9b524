/// What the name lists say about one word.
struct WordInfo: OptionSet, Sendable, Hashable {
  let rawValue: UInt32

  static let givenMale = WordInfo(rawValue: 1 << 0)
  static let givenFemale = WordInfo(rawValue: 1 << 1)
  static let surnameFirst = WordInfo(rawValue: 1 << 2)
  static let notName = WordInfo(rawValue: 1 << 3)
  static let function = WordInfo(rawValue: 1 << 4)
  static let orgWord = WordInfo(rawValue: 1 << 5)
  static let orgHead = WordInfo(rawValue: 1 << 6)
  static let placeWord = WordInfo(rawValue: 1 << 7)
  static let groupNoun = WordInfo(rawValue: 1 << 8)
  static let phraseStart = WordInfo(rawValue: 1 << 9)
  static let particle = WordInfo(rawValue: 1 << 10)
  static let pronounMale = WordInfo(rawValue: 1 << 11)
  static let pronounFemale = WordInfo(rawValue: 1 << 12)
  static let pronounPlural = WordInfo(rawValue: 1 << 13)
  static let determiner = WordInfo(rawValue: 1 << 14)
  static let auxiliary = WordInfo(rawValue: 1 << 15)
  static let clauseStart = WordInfo(rawValue: 1 << 16)
  static let title = WordInfo(rawValue: 1 << 17)
  static let cue = WordInfo(rawValue: 1 << 18)
  /// Heads the words naming a source that is not a name (`spokesman`, `newspaper`).
  static let sourceNoun = WordInfo(rawValue: 1 << 19)
  /// A place word that also opens a place's name (`Lake Victoria`, `Cape Breton`): the `start`
  /// rows of `place_words.txt`, which the geoparser reads the same way.
  static let placeStart = WordInfo(rawValue: 1 << 20)
  /// A street word (`Street`, `Road`): the `street` rows of `place_words.txt`. A street is no
  /// place, and a name it ends is no person either (`Mercy Street`); otherwise it reads as a
  /// place word does (`Wall Street rallied` ends at `Street`).
  static let streetWord = WordInfo(rawValue: 1 << 21)

  static let given: WordInfo = [.givenMale, .givenFemale]
  static let pronoun: WordInfo = [.pronounMale, .pronounFemale, .pronounPlural]
}

/// The gender a name, title or pronoun suggests.
public enum Gender: UInt8, Sendable {
  case unknown, male, female
}

/// A phrase of the name lists, matched token by token.
struct LexiconPhrase: Sendable {
  enum Kind: UInt8, Sendable {
    case title, organization, demonym, cue
  }

  /// A set of kinds, as a bit mask: the recogniser asks for some kinds at every capitalised
  /// word, and a `Set` literal there allocated each time.
  struct Kinds: OptionSet, Sendable {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }
    init(_ kind: Kind) { rawValue = 1 << kind.rawValue }
    static let title = Kinds(.title)
    static let organization = Kinds(.organization)
    static let demonym = Kinds(.demonym)
  }

  /// Restrictions of a speech cue (see `cue_verbs.txt`).
  struct CueFlags: OptionSet, Sendable {
    let rawValue: UInt8
    static let partialOnly = CueFlags(rawValue: 1)
    static let directOnly = CueFlags(rawValue: 2)
    static let objectFirst = CueFlags(rawValue: 4)
    /// Reports a stance or a request, only before reported speech (`report` in the list).
    static let reportOnly = CueFlags(rawValue: 8)
    /// The author's hedge (`seemed to`, `is expected to`): reports the clause it stands in
    /// (`hedge` in the list).
    static let hedge = CueFlags(rawValue: 16)
    /// A noun and its preposition (`questions about`, `criticism of`): reports the object after
    /// them (`noun` in the list).
    static let noun = CueFlags(rawValue: 32)
  }

  var words: [UInt64]
  var kind: Kind
  var gender: Gender = .unknown
  /// Titles: only counts after a name or after `the`.
  var afterOnly = false
  /// Titles: only counts where a capitalised run opens with it, and not before a group,
  /// organisation or party word (`Justice Anthony Kennedy`, not `Racial Justice Network` or
  /// `Justice Democrats`).
  var firstOnly = false
  /// Organisations: matches only a token in capitals.
  var capitalsOnly = false
  var canonical: String?
  var cue: CueFlags = []
  /// The phrase as written in the list.
  var text: String
}

/// Name lists, titles, organisation words, nationalities and speech cues, read once from the
/// `names/` data folder (see its README) and looked up by `WordHash`.
package final class NameLexicon: Sendable {
  /// The lexicon of the bundled data files; a list that cannot be read is left out and
  /// `loadError` names it (`AnalysisData.require` raises it before entities are read).
  static var shared: NameLexicon { loaded.lexicon }
  /// Why a list of `names/` could not be read, if one could not.
  package static var loadError: DataFileError? { loaded.error ?? ReportingVerbs.loadError }

  private static let loaded: (lexicon: NameLexicon, error: DataFileError?) = {
    var failure: DataFileError?
    let lexicon = NameLexicon { file in
      do throws(DataFileError) {
        return try BundledData.listRows(file)
      } catch {
        failure = failure ?? error
        return []
      }
    }
    return (lexicon, failure)
  }()

  /// Read for every word of every article: `KeyMap` probes on the hash itself, where a
  /// `Dictionary` would hash the hash again with SipHash.
  let words: KeyMap<WordInfo>
  let phrases: KeyMap<[LexiconPhrase]>
  /// Familiar given names to the formal one (`joe` → `joseph`), from `names/nicknames.tsv`.
  let formalGiven: KeyMap<UInt64>

  private init(reading rows: (String) -> [[String]]) {
    var words: [UInt64: WordInfo] = [:]
    var phrases: [UInt64: [LexiconPhrase]] = [:]
    func mark(_ word: some StringProtocol, _ info: WordInfo) {
      words[WordHash.of(word), default: []].formUnion(info)
    }
    func add(_ phrase: LexiconPhrase) {
      guard let first = phrase.words.first else { return }
      phrases[first, default: []].append(phrase)
      words[first, default: []].insert(.phraseStart)
    }
    // An ASCII phrase is split on its space bytes, which are its " " characters: splitting
    // every phrase as a `String` was 8M of the 44M instructions of reading the lists (callgrind).
    func wordHashes(_ text: String) -> [UInt64] {
      var copy = text
      let ascii = copy.withUTF8 { bytes -> [UInt64]? in
        var hashes: [UInt64] = []
        var start = 0
        for i in 0...bytes.count {
          if i < bytes.count, bytes[i] >= 0x80 { return nil }
          guard i == bytes.count || bytes[i] == UInt8(ascii: " ") else { continue }
          if i > start { hashes.append(WordHash.of(bytes, from: start, to: i)) }
          start = i + 1
        }
        return hashes
      }
      return ascii ?? text.split(separator: " ").map { WordHash.of($0) }
    }

    for file in ["names/given_names_census.tsv", "names/given_names_world.tsv"] {
      for line in rows(file) {
        let gender = line.count > 1 ? line[1] : "u"
        mark(
          line[0],
          gender == "m" ? .givenMale : gender == "f" ? .givenFemale : .given)
      }
    }
    for line in rows("names/surname_first.txt") { mark(line[0], .surnameFirst) }
    for line in rows("names/not_names.txt") { mark(line[0], .notName) }
    for line in rows("names/org_words.txt") {
      let head = line.count > 1 && line[1] == "head"
      let phrase = wordHashes(line[0])
      if phrase.count == 1 {
        mark(line[0], head ? [.orgWord, .orgHead] : .orgWord)
      } else {
        add(LexiconPhrase(words: phrase, kind: .organization, text: String(line[0])))
      }
    }
    // An `after` word continues a known place's name (`Capitol Hill`) but makes no name a place;
    // a street is no place (see the file's header).
    for line in rows("names/place_words.txt") where line.count < 2 || line[1] != "after" {
      let tag = line.count > 1 ? line[1] : ""
      mark(
        line[0],
        tag == "street" ? .streetWord : tag == "start" ? [.placeWord, .placeStart] : .placeWord)
    }
    for line in rows("names/group_words.txt") { mark(line[0], .groupNoun) }
    for line in rows("names/orgs.txt") {
      let name = line[0]
      let capitals = name.count > 1 && name.allSatisfy { !$0.isLowercase }
      add(
        LexiconPhrase(
          words: wordHashes(name), kind: .organization, capitalsOnly: capitals,
          canonical: line.count > 1 && !line[1].isEmpty
            ? String(line[1]) : nil,
          text: String(name)))
    }
    for line in rows("gazetteer/demonyms.tsv") + rows("names/demonyms_extra.txt") {
      add(
        LexiconPhrase(
          words: wordHashes(line[0]), kind: .demonym, text: String(line[0])))
    }
    for line in rows("names/titles.tsv") {
      let gender: Gender =
        line.count > 1
        ? (line[1] == "m" ? .male : line[1] == "f" ? .female : .unknown)
        : .unknown
      let after = line.count > 2 && line[2] == "after"
      let first = line.count > 2 && line[2] == "first"
      let hashes = wordHashes(line[0])
      // A `first` title is also a word of names (`Justice Department`): flagged as a title on
      // every token, name folding would drop it and make that name `Department`.
      if hashes.count == 1 && !first { mark(line[0], .title) }
      add(
        LexiconPhrase(
          words: hashes, kind: .title, gender: gender, afterOnly: after, firstOnly: first,
          text: String(line[0])))
    }
    for entry in ReportingVerbs.entries + ReportingVerbs.reportEntries {
      var flags: LexiconPhrase.CueFlags = []
      for tag in entry.tags {
        switch tag {
        case "partial": flags.insert(.partialOnly)
        case "direct": flags.insert(.directOnly)
        case "noclause": flags.insert(.objectFirst)
        case "report": flags.insert(.reportOnly)
        case "hedge": flags.insert(.hedge)
        case "noun": flags.insert(.noun)
        default: break
        }
      }
      let hashes = wordHashes(entry.text)
      // A report verb is no cue to the names and speakers that read `.cue`.
      if hashes.count == 1 && !flags.contains(.reportOnly) { mark(entry.text, .cue) }
      add(LexiconPhrase(words: hashes, kind: .cue, cue: flags, text: entry.text))
    }
    for line in rows("names/source_nouns.txt") { mark(line[0], .sourceNoun) }
    for word in NameLexicon.functionWords { mark(word, .function) }
    for word in NameLexicon.determiners { mark(word, [.determiner, .function]) }
    for word in NameLexicon.particles { mark(word, .particle) }
    for word in NameLexicon.auxiliaries { mark(word, .auxiliary) }
    for word in NameLexicon.clauseStarters { mark(word, .clauseStart) }
    for word in ["he", "him", "his", "himself"] { mark(word, .pronounMale) }
    for word in ["she", "her", "herself"] { mark(word, .pronounFemale) }
    for word in ["they", "them", "their", "it", "its"] { mark(word, .pronounPlural) }
    var formal: [(UInt64, UInt64)] = []
    for line in rows("names/nicknames.tsv") where line.count > 1 {
      formal.append((WordHash.of(line[0]), WordHash.of(line[1])))
    }
    self.formalGiven = KeyMap(formal)
    // Longest phrases first, so the first match is the longest.
    for key in phrases.keys { phrases[key]?.sort { $0.words.count > $1.words.count } }
    self.words = KeyMap(words.map { ($0.key, $0.value) })
    self.phrases = KeyMap(phrases.map { ($0.key, $0.value) })
  }

  @inline(__always) func info(_ hash: UInt64) -> WordInfo { words[hash] ?? [] }

  /// Words that never belong to a name and end a run of capitalised words.
  static let functionWords = [
    "i", "he", "she", "it", "we", "they", "you", "me", "him", "us", "them", "and", "but", "or",
    "nor", "yet", "so", "if", "when", "while", "where", "what", "who", "why", "how", "which",
    "whether", "after", "before", "since", "until", "during", "although", "though", "because",
    "however", "meanwhile", "in", "on", "at", "for", "by", "with", "from", "to", "of", "as",
    "into", "over", "under", "between", "among", "against", "about", "across", "despite",
    "amid", "without", "within", "also", "even", "just", "only", "not", "no", "yes", "then",
    "now", "there", "here", "once", "again", "according", "asked", "last", "next", "both",
    "all", "some", "many", "most", "several", "each", "every", "any", "such", "other", "others",
    "one", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "do", "does", "did", "be", "been", "being",
  ]

  /// Words that open a noun phrase.
  static let determiners = [
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your",
  ]

  /// Lower-case words inside names (`Osama bin Laden`, `Ursula von der Leyen`).
  static let particles = [
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
    "ter", "bin", "ibn", "bint", "al", "el", "abu", "le", "la", "y",
  ]

  /// Words between a subject and its verb (`Moscow has repeatedly said`).
  static let auxiliaries = [
    "has", "have", "had", "also", "repeatedly", "previously", "later", "earlier", "again",
    "has", "will", "would", "could", "may", "might", "did", "does", "do", "then", "once",
    "already", "reportedly", "publicly", "privately", "recently", "separately", "often",
    "still", "had", "further", "first", "initially", "quickly", "subsequently", "always",
    "never", "not", "is", "was", "were", "are", "be", "been", "allegedly", "angrily", "just",
    "herself", "himself", "themselves", "itself", "only", "flatly", "firmly", "strongly",
  ]

  /// Words that can open a reported clause after a speech verb without `that`.
  static let clauseStarters = [
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "there", "this", "these",
    "those", "his", "her", "its", "their", "our", "some", "many", "most", "no", "none", "all",
    "several", "any", "each", "both", "more", "fewer", "about", "at", "nearly", "only",
    "roughly", "around", "almost", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "western", "local", "officials", "police", "authorities",
    "people", "residents", "crews", "workers", "volunteers", "troops", "forces", "talks",
    "sanctions", "prices", "demand",
  ]
}
