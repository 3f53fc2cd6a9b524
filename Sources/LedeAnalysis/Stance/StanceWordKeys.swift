import LedeCore

/// `StanceWords`' lists as sets of `StanceText.key`s, for the scan's loops over tokens: a token
/// is tested by the key `StanceText` already holds for it (the token layer's `WordHash`)
/// instead of hashing its word into a `Set<String>` (SipHash over the word's bytes at each
/// test). The lists stay written once, in
/// `StanceWords`; these sets are derived from them.
struct StanceWordKeys: Sendable {
  let determiners = Self.keys(StanceWords.determiners)
  let nounMarkers = Self.keys(StanceWords.nounMarkers)
  let prepositions = Self.keys(StanceWords.prepositions)
  let targetPrepositions = Self.keys(StanceWords.targetPrepositions)
  let auxiliaries = Self.keys(StanceWords.auxiliaries)
  let beForms = Self.keys(StanceWords.beForms)
  let adverbs = Self.keys(StanceWords.adverbs)
  let negators = Self.keys(StanceWords.negators)
  let negatingVerbs = Self.keys(StanceWords.negatingVerbs)
  let reluctanceVerbs = Self.keys(StanceWords.reluctanceVerbs)
  let avoidingVerbs = Self.keys(StanceWords.avoidingVerbs)
  let firstPerson = Self.keys(StanceWords.firstPerson)
  let personPronouns = Self.keys(StanceWords.personPronouns)
  let objectPronouns = Self.keys(StanceWords.objectPronouns)
  let spokesWords = Self.keys(StanceWords.spokesWords)
  let personRoles = Self.keys(StanceWords.personRoles)
  let institutions = Self.keys(StanceWords.institutions)
  let speechVerbs = Self.keys(StanceWords.speechVerbs)
  let reportVerbs = Self.keys(StanceWords.reportVerbs)
  let clauseWords = Self.keys(StanceWords.clauseWords)
  let timeWords = Self.keys(StanceWords.timeWords)
  let timeStarters = Self.keys(StanceWords.timeStarters)
  let clauseVerbs = Self.keys(StanceWords.clauseVerbs)
  /// `StanceWords.boosters` by key: the factor of a booster or hedge word.
  let boosters = KeyMap(StanceWords.boosters.map { (StanceText.key($0.key), $0.value) })

  /// The keys of a list's words.
  static func keys(_ words: Set<String>) -> KeySet { KeySet(words.map(StanceText.key)) }
}

extension StanceWords {
  /// The lists by key (`StanceWordKeys`).
  static let keys = StanceWordKeys()
}
