/// Features and the towns named after them: a name that ends with a feature word (`Long
/// Island`, `Green River`) names the feature, which the gazetteer mostly lacks (it lists
/// populated places and divisions, not islands or rivers).
///
/// Two readings are wrong for such a name: a town whose name only starts with it (GeoNames
/// lists `Long Island` among the names of Long Island City), and a namesake abroad that
/// nothing else in the article points to (the Bahamas' district of Long Island in a story about
/// Queens). Without them the name is a local feature the gazetteer lacks: `addUnlistedFeatures`
/// places it, approximately, at the nearest place the article resolved, else nowhere, which is
/// better than a wrong town. Names without a feature word keep their shortened forms (`New
/// York` of New York City, `Frankfurt` of Frankfurt am Main): there the short form is the
/// usual name.
extension GeoDocument {
  /// Whether the mention's last word is a feature word (`island`, `river`, `county`…).
  func endsWithFeatureWord(_ m: Mention) -> Bool {
    lexicon.featureSuffixes.contains(tokens[m.last].hash)
  }

  /// The mention's candidates without the towns whose name only starts with the feature's
  /// (a name of the town's that is the first words of its main name, which the data ranks as
  /// the main name, as a short form: see `build_gazetteer.py`).
  func withoutLongerNamesakes(_ m: Mention) -> [NameIndex.Entry] {
    guard endsWithFeatureWord(m) else { return m.entries }
    return m.entries.filter { !startsLongerName($0) }
  }

  /// Whether the record's main name starts with the entry's alternate name and goes on after a
  /// space or hyphen (`Long Island City` for `Long Island`).
  private func startsLongerName(_ e: NameIndex.Entry) -> Bool {
    let r = gazetteer.records[e.record]
    let main = gazetteer.file.strings(Int(r.nameStart), Int(r.nameLength))
    var i = 0
    while i < main.count {
      let b = gazetteer.file.stringByte(e.nameOffset + i)
      if b == 0x09 || b == UInt8(ascii: "|") || b == 0x0A {
        return i > 0 && (main[i] == 0x20 || main[i] == UInt8(ascii: "-"))
      }
      guard b | 0x20 == main[i] | 0x20 else { return false }
      i += 1
    }
    return false
  }

  /// Drops the feature names resolved to a town or division of a country that no other
  /// mention and no demonym of the article points to, when the others point somewhere: a
  /// namesake abroad (`Long Island`, Bahamas, in a story about New York). Only names that
  /// lost a longer namesake are read so: a listed place of its own (`Rhode Island`, `Prince
  /// Edward Island`, `Orange County`) stays what the resolver chose. Countries and regions
  /// stay (`Kuril Islands` in a story about Japan).
  mutating func dropNamesakesAbroad() {
    var byCountry: [UInt16: Int] = [:]
    var total = 0
    for m in mentions where m.seat == nil && m.approximate == nil {
      guard let r = m.resolved else { continue }
      byCountry[gazetteer.records[r].country, default: 0] += 1
      total += 1
    }
    for cue in cues {
      byCountry[cue.country, default: 0] += 1
      total += 1
    }
    let drop = mentions.map { m -> Bool in
      guard m.seat == nil, m.approximate == nil, m.namesakeRemoved, let index = m.resolved
      else { return false }
      let r = gazetteer.records[index]
      guard r.kind == .city || r.kind == .admin else { return false }
      let same = mentions.reduce(0) { $0 + ($1.key == m.key && $1.resolved == index ? 1 : 0) }
      return total > same && byCountry[r.country, default: 0] == same
    }
    guard drop.contains(true) else { return }
    mentions = mentions.indices.filter { !drop[$0] }.map { mentions[$0] }
  }
}
