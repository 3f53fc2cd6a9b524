import LedeCore
import LedeLua

extension Shell {
  /// `.load PATH…`: adds articles to the session, with a progress bar for large loads.
  func load(_ paths: [String]) throws {
    if paths.contains("-") {
      throw ShellCommandError(
        "'-' would read articles from standard input, where the shell reads its commands; "
          + "save them to a file and .load the file.")
    }
    let before = runtime.bridge.articles.count
    let loader = ShellLoader(
      mapping: configuration.mapping, showProgress: configuration.interactive)
    let outcome = loader.load(paths)
    let (added, notes) = runtime.bridge.add(outcome.articles)
    for issue in outcome.issues + notes {
      runtime.bridge.onLoadIssue?(issue)
    }
    if outcome.interrupted { showStopped("interrupted: the files read so far are loaded") }
    let noun = added == 1 ? "article" : "articles"
    let files = outcome.filesRead == 1 ? "1 file" : "\(outcome.filesRead) files"
    let total = before + added
    showNote("Loaded \(added) \(noun) from \(files); \(total) in the session.")
    if added == 0 && outcome.articles.isEmpty && !outcome.interrupted {
      failed = true
    }
  }

  /// `.show N`: one article with its structure.
  func show(_ number: Int) throws {
    let articles = runtime.bridge.articles
    guard !articles.isEmpty else {
      throw ShellCommandError("The session has no articles: .load some first.")
    }
    guard number >= 1, number <= articles.count else {
      throw ShellCommandError("No article \(number): the session has 1 to \(articles.count).")
    }
    let view = ArticleView(article: articles[number - 1], number: number, total: articles.count)
    output.write(view.render(width: width))
  }

  /// `.search QUERY`: the matching articles, as `corpus:search(QUERY)` gives them (kept in `_`).
  func search(_ query: String) throws {
    let chunk = "corpus:search(\(ValuePrinter.quote(query)))"
    guard case .values(let values) = try runtime.evaluateForShell(chunk, limits: limits) else {
      return
    }
    show(values)
  }

  /// `.kwic TERM`: every occurrence of a word or phrase in the session, in context.
  func kwic(_ term: String) {
    var lines: [ConcordanceView.Line] = []
    for (i, article) in runtime.bridge.articles.enumerated() {
      if LuaInterrupt.isRequested {
        LuaInterrupt.clear()
        showStopped("interrupted after \(i) articles")
        break
      }
      for line in Concordance.lines(of: term, in: [article], width: 60) {
        lines.append(ConcordanceView.Line(article: i + 1, line: line))
      }
    }
    let view = ConcordanceView(
      term: term, lines: lines, style: Style(enabled: style.enabled && output.isTerminal))
    output.write(view.render(format: format, width: width))
  }
}
