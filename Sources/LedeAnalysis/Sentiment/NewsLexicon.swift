import LedeCore

/// The news lexicon (`sentiment/news_lexicon.tsv`) and the name list (`sentiment/names.tsv`).
///
/// Single words go into the word table, where they override VADER's valence in news mode;
/// multi-word terms become phrases, which news mode matches itself (VADER's tokenizer cannot).
struct NewsLexicon: Sendable {
  /// Multi-word news terms, grouped by first word, longest first within a group.
  private(set) var phrases: [WordPhrase] = []
  /// Multi-word names that carry a lexicon word ("United Nations", "Security Council").
  private(set) var names: [WordPhrase] = []
  private var phrasesByFirstWord: [Int32: Range<Int>] = [:]
  private var namesByFirstWord: [Int32: Range<Int>] = [:]

  /// The news phrases that start with a word.
  func phrases(startingWith entry: Int32) -> ArraySlice<WordPhrase> {
    guard let range = phrasesByFirstWord[entry] else { return [] }
    return phrases[range]
  }

  /// The names that start with a word.
  func names(startingWith entry: Int32) -> ArraySlice<WordPhrase> {
    guard let range = namesByFirstWord[entry] else { return [] }
    return names[range]
  }

  static func load(lexicon: [UInt8], names: [UInt8], into table: inout WordTable)
    throws(DataFileError) -> NewsLexicon
  {
    var news = NewsLexicon()
    var bad: String?
    TSVReader.forEachRow(lexicon, comments: true) { row in
      let term = row.string(0).lowercased()
      guard let value = row.decimal(1), !term.isEmpty else {
        if bad == nil { bad = row.string(0) }
        return
      }
      let words = term.split(separator: " ")
      if words.count == 1 {
        let index = table.intern(term)
        table[index].news = value
        table[index].flags.insert(.inNews)
      } else {
        news.phrases.append(phrase(words, value, term, .newsPhraseStart, &table))
      }
    }
    if let bad {
      throw DataFileError.corrupt(
        "sentiment/news_lexicon.tsv", "line '\(bad)' is not 'term<TAB>valence<TAB>note'")
    }
    TSVReader.forEachRow(names, comments: true) { row in
      let name = row.string(0).lowercased()
      let words = name.split(separator: " ")
      if words.count == 1 {
        table[table.intern(name)].flags.insert(.nameWord)
      } else if words.count > 1 {
        news.names.append(phrase(words, 0, name, .nameStart, &table))
      }
    }
    (news.phrases, news.phrasesByFirstWord) = group(news.phrases)
    (news.names, news.namesByFirstWord) = group(news.names)
    return news
  }

  /// Phrases sorted by first word and then longest first, with the range of each first word.
  private static func group(_ phrases: [WordPhrase]) -> ([WordPhrase], [Int32: Range<Int>]) {
    let sorted = phrases.enumerated().sorted { a, b in
      if a.element.words[0] != b.element.words[0] { return a.element.words[0] < b.element.words[0] }
      if a.element.words.count != b.element.words.count {
        return a.element.words.count > b.element.words.count
      }
      return a.offset < b.offset
    }.map(\.element)
    var ranges: [Int32: Range<Int>] = [:]
    var start = 0
    while start < sorted.count {
      var end = start
      while end < sorted.count && sorted[end].words[0] == sorted[start].words[0] { end += 1 }
      ranges[sorted[start].words[0]] = start..<end
      start = end
    }
    return (sorted, ranges)
  }

  private static func phrase(
    _ words: [Substring], _ value: Double, _ text: String, _ startFlag: WordFlags,
    _ table: inout WordTable
  ) -> WordPhrase {
    let indices = words.map { word in table.intern(String(word)) }
    table[indices[0]].flags.insert(startFlag)
    return WordPhrase(words: indices, value: value, text: text)
  }
}
