import LedeCore
import LedeReport

/// A result as the shell shows it: read from the live Lua value with limits, so that printing
/// a corpus-sized table costs what is shown, not what it holds.
///
/// Unlike `LuaValue`, which copies a value whole, a shell value keeps what a reader needs: model
/// objects keep their article (a list of articles prints as a table of them), reports arrive
/// typed, and tables are cut at a depth, a number of entries and a total budget, with cycles
/// marked.
package indirect enum ShellValue: Sendable {
  case `nil`
  case boolean(Bool)
  case integer(Int)
  case number(Double)
  case string(String)
  /// A table's entries, sequence first and then sorted by key, up to the limits; `total` counts
  /// every entry, shown or not.
  case table(entries: [ShellEntry], total: Int)
  /// A table met again inside itself.
  case cycle
  /// A table nested deeper than the limit.
  case deep
  /// A model object (`Article`, `Sentence`, `Quote`…): its type name and its one-line
  /// description; an article keeps the article itself.
  case object(type: String, description: String, article: Article?)
  /// A corpus or a view of it: the first articles, up to the limit, and how many it has.
  case corpus(articles: [Article], total: Int)
  /// A report made by `lede.report`.
  case report(Report)
  /// Anything else as `tostring` shows it: functions, threads, foreign userdata, and tables
  /// with a `__tostring` metamethod.
  case other(type: String, description: String)

  /// How much of a value the shell reads.
  package struct Limits: Sendable, Equatable {
    /// Tables nested deeper than this show as `deep`.
    package var depth: Int
    /// Entries read from one table (and articles from one corpus).
    package var items: Int
    /// Values read in all, across nested tables: a bound on the work per result.
    package var budget: Int

    /// Limits with the shell's defaults.
    package init(depth: Int = 4, items: Int = 100, budget: Int = 5_000) {
      self.depth = depth
      self.items = items
      self.budget = budget
    }
  }

  /// The articles, if this is a corpus or a sequence of nothing but articles.
  package var articles: [Article]? {
    switch self {
    case .corpus(let articles, _):
      return articles
    case .table(let entries, _):
      guard !entries.isEmpty else { return nil }
      var list: [Article] = []
      for (i, entry) in entries.enumerated() {
        guard case .integer(let key) = entry.key, key == i + 1,
          case .object(_, _, let article?) = entry.value
        else { return nil }
        list.append(article)
      }
      return list
    default:
      return nil
    }
  }
}

/// One entry of a table as the shell shows it.
package struct ShellEntry: Sendable {
  /// The key.
  package var key: ShellValue
  /// The value.
  package var value: ShellValue

  /// An entry.
  package init(key: ShellValue, value: ShellValue) {
    self.key = key
    self.value = value
  }
}

/// What a line typed in the shell amounts to.
package enum ShellEvaluation: Sendable {
  /// The line ran; these are its results.
  case values([ShellValue])
  /// The line is the start of a longer chunk: read more and evaluate the whole.
  case incomplete
}
