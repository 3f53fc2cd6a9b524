import LedeCore

/// The word lists the geoparser consults around a candidate, as sets of `WordHash` hashes.
///
/// Names, titles and organisation words come from the entity recogniser's lists in
/// `Data/names` when they are there (read once, on first use); the small built-in lists below are
/// always added, so the geoparser still works without them.
///
/// A class: as a struct of 25 sets it was copied into every `GeoDocument`, and each copy of the
/// document (a non-mutating rule called from a mutating step, once per mention) retained and
/// released them all (about 10M of the geoparser's 144M instructions on 200 PolNeAR train
/// texts, callgrind).
final class GeoLexicon: Sendable {
  let functionWords: KeySet
  let commonWords: KeySet
  let givenNames: KeySet
  let titles: KeySet
  let sportsRoles: KeySet
  let orgWords: KeySet
  let orgHeads: KeySet
  let orgNames: KeySet
  let surnameFirst: KeySet
  /// Frequent US Census surnames (`Moore`, `Lincoln`, `Taylor`): places only in context.
  let surnames: KeySet
  let modifiers: KeySet
  let divisionWords: KeySet
  /// Every word of `place_words.txt`: after a known place, it makes a longer name.
  let featureWords: KeySet
  /// The place words that end a local feature's name (`Desna River`): all but the `after` and
  /// `street` ones.
  let featureSuffixes: KeySet
  /// The `street` words: a street is no place (`Church Street` is not the town of Church).
  let streetWords: KeySet
  /// The place words that also open one (`Lake Victoria`, `Port Lavaca`).
  let featurePrefixes: KeySet
  /// The place words of administrative divisions (`Calhoun County`).
  let featureDivisions: KeySet
  let locatives: KeySet
  let connectors: KeySet
  let actorVerbs: KeySet
  /// The speech cues of the reporting verbs' list (`said`, `told`): a word's subject speaks.
  let speechVerbs: KeySet
  let auxiliaries: KeySet
  let stanceWords: KeySet
  let politicalNouns: KeySet
  let objectVerbs: KeySet
  let adverbs: KeySet

  /// The lexicon, read once; words of a missing list are left out and `loadError` names it.
  static var shared: GeoLexicon { loaded.lexicon }
  /// Why a word list could not be read, if one could not.
  static var loadError: DataFileError? { loaded.error }

  private static let loaded: (lexicon: GeoLexicon, error: DataFileError?) = {
    var failure: DataFileError?
    let lexicon = GeoLexicon { file, words, tag in
      do throws(DataFileError) {
        return try fileKeys(file, words: words, tag: tag)
      } catch {
        failure = failure ?? error
        return []
      }
    }
    return (lexicon, failure)
  }()

  private init(reading read: (String, Bool, String?) -> [UInt64]) {
    func keys(_ file: String, words: Bool = false, tag: String? = nil) -> [UInt64] {
      read(file, words, tag)
    }
    let titleKeys = keys("names/titles.tsv", words: true)
    functionWords = Self.keys(Self.builtinFunctionWords).union(keys("names/not_names.txt"))
    commonWords = Self.keys(CommonPlaceWords.text).union(Self.keys(Self.builtinCommonWords))
    givenNames = KeySet(
      keys("names/given_names_census.tsv") + keys("names/given_names_world.tsv"))
    titles = Self.keys(Self.builtinTitles).union(titleKeys)
    sportsRoles = Self.keys(Self.builtinSportsRoles)
    orgWords = Self.keys(Self.builtinOrgWords).union(keys("names/org_words.txt"))
    orgHeads = Self.keys(Self.builtinOrgHeads).union(
      keys("names/org_words.txt", tag: "head"))
    orgNames = KeySet(keys("names/orgs.txt"))
    surnameFirst = KeySet(keys("names/surname_first.txt"))
    surnames = KeySet(keys("names/surnames_census.txt"))
    modifiers = Self.keys(Self.builtinModifiers)
    divisionWords = Self.keys(
      "region province oblast governorate prefecture state territory county district")
    // The entity recogniser's place words are the geoparser's feature words: one list.
    let placeWords = "names/place_words.txt"
    featureWords = KeySet(keys(placeWords))
    let streets = keys(placeWords, tag: "street")
    streetWords = KeySet(streets)
    featureSuffixes = KeySet(
      Set(keys(placeWords)).subtracting(keys(placeWords, tag: "after")).subtracting(streets)
        .sorted())
    featurePrefixes = KeySet(keys(placeWords, tag: "start"))
    featureDivisions = KeySet(keys(placeWords, tag: "division"))
    locatives = Self.keys(Self.builtinLocatives)
    connectors = Self.keys(
      "of de del della di da do dos das du des la le les el al am an on upon sur en y and the au aux"
    )
    speechVerbs = KeySet(ReportingVerbs.entries.map { Self.key($0.text) })
    actorVerbs = Self.keys(Self.builtinActorVerbs).union(speechVerbs)
    auxiliaries = Self.keys(
      "has have had is was are were will would could should must may might can cannot does did also "
        + "remained remains")
    stanceWords = Self.keys(Self.builtinStanceWords)
    politicalNouns = Self.keys(Self.builtinPoliticalNouns)
    objectVerbs = Self.keys(
      "accused accuse accuses urged urge urges pressed press pressing warned warn warns called "
        + "sanctioned sanction sanctions blamed blame blames beat beaten defeated defeat against "
        + "versus vs criticised criticized condemned condemn condemns asked ask asks")
    adverbs = Self.keys(
      "also repeatedly again already still later previously recently now then has have had not "
        + "never long firmly strongly publicly formally officially reportedly allegedly quickly "
        + "categorically swiftly immediately once")
  }

  static func key(_ word: String) -> UInt64 { WordHash.of(word) }

  /// The keys of the first column of a word list in `Data/names` (lines starting with `#` are
  /// comments); with `words`, of each capitalised word of it, without an abbreviation's period;
  /// with `tag`, only of rows whose second column is `tag`.
  static func fileKeys(_ file: String, words: Bool, tag: String?) throws(DataFileError)
    -> [UInt64]
  {
    let bytes = try BundledData.bytes(file)
    var keys: [UInt64] = []
    TSVReader.forEachRow(bytes, comments: true) { row in
      let first = row.fields[0]
      guard !first.isEmpty, tag == nil || row.string(1) == tag else { return }
      let buffer = row.buffer
      if words {
        var start = first.lowerBound
        for i in first.lowerBound...first.upperBound
        where i == first.upperBound || buffer[i] == 0x20 {
          if i > start && buffer[start] >= 0x41 && buffer[start] <= 0x5A {
            // An abbreviation's period is a token of its own here (`Gov.`: `Gov`, `.`).
            let end = i - 1 > start && buffer[i - 1] == UInt8(ascii: ".") ? i - 1 : i
            var key = WordHash()
            key.feed(buffer, start..<end)
            keys.append(key.value)
          }
          start = i + 1
        }
      } else {
        var key = WordHash()
        key.feed(buffer, first)
        if !key.isEmpty { keys.append(key.value) }
      }
    }
    return keys
  }

  static func keys(_ text: String) -> KeySet {
    KeySet(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { key(String($0)) })
  }
}
