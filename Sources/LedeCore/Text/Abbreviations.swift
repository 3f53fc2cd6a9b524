/// How an abbreviation that ends in a period behaves at a possible sentence end.
enum AbbreviationKind: Sendable {
  /// Comes before a name or a number (`Mr.`, `Gen.`, `Sen.`): never ends a sentence.
  case title
  /// May end a sentence (`Inc.`, `etc.`, `Jan.`, `U.S.`): it does when a common
  /// sentence-starting word follows (`… in the U.S. The next day`).
  case other
}

/// The abbreviations the tokenizer keeps their period for, and the sentence splitter reads.
///
/// Matching is case-sensitive, so the ordinary words `no`, `co` or `mass` are not abbreviations.
/// Dotted abbreviations made of single letters (`U.S.`, `a.m.`, `e.g.`) and initials (`W.`)
/// are recognised by their shape and need no entry here.
package enum Abbreviations {
  /// The kind of the abbreviation spelled by `start..<end` (without its final period).
  static func kind(of text: TextBytes, from start: Int, to end: Int) -> AbbreviationKind? {
    guard end - start <= longest, let key = ByteKey(text, from: start, to: end) else {
      return nil
    }
    return table[key]
  }

  /// Titles and ranks: they precede a name.
  package static let titles = [
    "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Rev", "Revd", "Hon",
    "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Cmdt", "Sgt", "Cpl", "Pvt", "Pfc", "Adm",
    "Brig", "Gov", "Sen", "Sens", "Rep", "Reps", "Pres", "Supt", "Insp", "Det", "Fr", "Msgr",
    "Atty", "Amb", "Ald", "Gov.-Gen", "Lt.-Gen", "Lt.-Col", "Maj.-Gen",
  ]

  /// Titles that stand only before a name, with or without their period (`Mr. King`, `Dr
  /// Stein`): what follows them is the name, whatever else it could be.
  private static let honorificWords = ["mr", "mrs", "ms", "miss", "mx", "dr"]

  /// `honorificWords` with and without their period, as word hashes (as the token layer keys
  /// its words).
  package static let honorifics = KeySet(
    honorificWords.flatMap { [WordHash.of($0), WordHash.of($0 + ".")] })

  /// Every title that may stand before a name, as the token layer keys it: the abbreviated
  /// titles with their period (`Sen.`, `Gov.`) and the honorifics. The one list the readers
  /// that look past a title before a name ask.
  package static let titleKeys = KeySet(
    titles.map { WordHash.of($0 + ".") } + honorificWords.map { WordHash.of($0) })

  /// Everything else: companies, months, places, Latin and reference abbreviations.
  static let others = [
    // suffixes and companies
    "Jr", "Sr", "Esq", "Inc", "Ltd", "Corp", "Co", "Cos", "Bros", "Pty", "Assn", "Dept",
    "Univ", "Intl", "Natl", "Govt",
    // months (AP style) and their other spellings
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    // addresses and places
    "St", "Ste", "Ave", "Blvd", "Rd", "Sq", "Mt", "Ft", "Pt", "Hwy",
    // U.S. states as AP abbreviates them (the ones that are not ordinary words)
    "Ala", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ga", "Kan", "Kans", "Ky", "La", "Md",
    "Mich", "Minn", "Neb", "Nev", "Okla", "Penn", "Pa", "Tenn", "Tex", "Vt", "Va", "Wis",
    "Wyo", "Ore",
    // references, Latin and the like
    "No", "Nos", "Vol", "Vols", "Fig", "Figs", "Sec", "Ch", "p", "pp", "vol", "vs", "etc",
    "al", "approx", "est", "cf", "ca", "viz", "incl", "ibid",
    "Ph.D", "Ed.D", "B.Sc", "M.Sc", "B.Ed", "M.Ed", "M.Phil", "LL.B", "LL.M",
  ]

  private static let table: [ByteKey: AbbreviationKind] = {
    var table: [ByteKey: AbbreviationKind] = [:]
    for word in others { table[ByteKey(word)] = .other }
    for word in titles { table[ByteKey(word)] = .title }
    return table
  }()

  private static let longest = (titles + others).map(\.utf8.count).max() ?? 0
}
