import LedeCore

/// The data every sentiment mode reads, loaded once per process from `BundledData`.
///
/// A class, so that passing it around the hot path costs one reference count, not one per array.
final class SentimentResources: Sendable {
  let table: WordTable
  let rules: VaderRules
  let emoji: EmojiTable
  let news: NewsLexicon

  init(table: WordTable, rules: VaderRules, emoji: EmojiTable, news: NewsLexicon) {
    self.table = table
    self.rules = rules
    self.emoji = emoji
    self.news = news
  }

  /// The resources, loaded on first use (Swift runs a `static let` initialiser once, thread-safely).
  static let shared: Result<SentimentResources, DataFileError> = {
    do throws(DataFileError) {
      return .success(try load())
    } catch {
      return .failure(error)
    }
  }()

  /// The resources when they loaded: matching `shared` copied the `Result` through its generic
  /// value witness, eight times for every sentence scored (16.4M of the 3.7G instructions of
  /// the analyses of PolNeAR train, callgrind); an optional reference is a retain.
  static let loaded: SentimentResources? = try? shared.get()

  /// Reads the VADER files and the news lexicon.
  static func load() throws(DataFileError) -> SentimentResources {
    var table = WordTable()
    let lexicon = try bytes("vader/vader_lexicon.tsv")
    table.reserve(lexicon.count / 12)
    TSVReader.forEachRow(lexicon, comments: false) { row in
      guard row.count >= 2, let value = row.decimal(1) else { return }
      // Keys are kept as written; a later duplicate replaces an earlier one (`lol`, `ok`).
      let index = table.intern(row.bytes(0))
      table[index].vader = value
      table[index].flags.insert(.inVader)
    }
    let rules: VaderRules
    do {
      rules = try VaderRules.load(try bytes("vader/vader_rules.json"), into: &table)
    } catch let error as DataFileError {
      throw error
    } catch {
      throw DataFileError.corrupt("vader/vader_rules.json", "\(error)")
    }
    for (word, role) in WordRole.words {
      let index = table.intern(word)
      if table[index].role == .none { table[index].role = role }
    }
    // Verbs of saying with no judgement of their own, unless a rule reads them otherwise.
    for word in ReportingVerbs.plainWords.sorted() {
      let index = table.intern(word)
      if table[index].role == .none { table[index].role = .reporting }
    }
    let news = try NewsLexicon.load(
      lexicon: try bytes("sentiment/news_lexicon.tsv"), names: try bytes("sentiment/names.tsv"),
      into: &table)
    let emoji = EmojiTable.load(try bytes("vader/emoji_lexicon.tsv"), table: table)
    return SentimentResources(table: table, rules: rules, emoji: emoji, news: news)
  }

  private static func bytes(_ file: String) throws(DataFileError) -> [UInt8] {
    try BundledData.bytes(file)
  }
}
