/// The place lexicon's answers for one article, each name asked once: the run parser asks at
/// every mention of a name (`Trump` dozens of times) and coreference asks again, and an answer
/// reads the gazetteer.
///
/// Names are keyed by a hash of their exact bytes (the lexicon reads case: `US` is no `us`), in
/// two `KeySet`s. A `[String: Bool]` cost more than the questions it saved: making the string,
/// hashing it and growing the dictionary made the run parser's 12,457 questions 25.2M
/// instructions, 6,544 of them answered by the gazetteer (200 PolNeAR train texts, callgrind).
struct PlaceAnswers: Sendable {
  let places: any PlaceNameLexicon
  private var asked = KeySet()
  private var yes = KeySet()

  init(places: any PlaceNameLexicon) {
    self.places = places
  }

  /// Whether the words of tokens `r`, without a possessive ending, name a place.
  mutating func isPlace(_ r: Range<Int>, _ scan: ArticleScan) -> Bool {
    guard let first = r.first, let last = r.last else { return false }
    let start = Int(scan.facts[first].start)
    let end = Int(scan.facts[last].nameEnd)
    guard start < end, end <= scan.bytes.count else { return places.isPlace("") }
    var key = StableHash()
    for i in start..<end { key.mix(scan.bytes[i]) }
    if let known = answer(key.value) { return known }
    // Asked in bytes: making a `String` of every name asked was about 1,000 instructions a
    // name (9,731 names on 200 PolNeAR train texts, callgrind).
    let answer = scan.bytes.withUnsafeBufferPointer {
      places.isPlace(utf8: UnsafeBufferPointer(rebasing: $0[start..<end]))
    }
    return record(key.value, answer)
  }

  /// Whether `name` names a place.
  mutating func isPlace(_ name: String) -> Bool {
    var key = StableHash()
    key.mix(name)
    if let known = answer(key.value) { return known }
    return record(key.value, places.isPlace(name))
  }

  /// The answer given before for a name's key, if it was asked.
  private func answer(_ key: UInt64) -> Bool? {
    asked.contains(key) ? yes.contains(key) : nil
  }

  private mutating func record(_ key: UInt64, _ answer: Bool) -> Bool {
    asked.insert(key)
    if answer { yes.insert(key) }
    return answer
  }
}
