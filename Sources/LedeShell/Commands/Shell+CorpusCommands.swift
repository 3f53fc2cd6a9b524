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
    let loader = ShellLoader(loader: configuration.loader, showProgress: configuration.interactive)
    let outcome = loader.load(paths)
    let (added, notes) = runtime.bridge.add(outcome.articles)
    let issues = (outcome.issues + notes).filter { !configuration.quiet || $0.severity == .skipped }
    for line in IssueSummary.lines(issues, verbose: configuration.verbose) {
      ShellOutput.writeStandardError(style.dim("warning: \(line)") + "\n")
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

  /// `.show N`: one article with its structure. N is the article's number in the session (the
  /// `#` of every table); `#N` as reports print it, a path or an id work too.
  func show(_ reference: String) throws {
    let articles = runtime.bridge.articles
    guard !articles.isEmpty else {
      throw ShellCommandError("The session has no articles: .load some first.")
    }
    let number = try articleNumber(reference, in: articles)
    guard number >= 1, number <= articles.count else {
      throw ShellCommandError("No article \(number): the session has 1 to \(articles.count).")
    }
    runtime.bridge.touch(number: number)
    let view = ArticleView(article: articles[number - 1], number: number, total: articles.count)
    output.write(view.render(width: width))
  }

  /// The number of the article `reference` names: `12`, `#12`, `#12 path…` as a report cites
  /// it, a path (or its end after a `/`), or an id (or at least 6 of its first characters).
  private func articleNumber(_ reference: String, in articles: [Article]) throws -> Int {
    var text = Substring(reference.trimmingSpaces)
    if text.hasPrefix("#") { text = text.dropFirst() }
    let head = text.prefix { $0.isNumber }
    if let n = Int(head), head.endIndex == text.endIndex || text[head.endIndex] == " " {
      return n
    }
    let wanted = String(text)
    if let i = articles.firstIndex(where: { $0.metadata.path == wanted }) { return i + 1 }
    let tail = articles.indices.filter {
      articles[$0].metadata.path.map { $0.hasSuffix("/" + wanted) } ?? false
    }
    if tail.count == 1 { return tail[0] + 1 }
    if wanted.count >= 6 {
      let ids = articles.indices.filter { articles[$0].id.hasPrefix(wanted) }
      if ids.count == 1 { return ids[0] + 1 }
    }
    let several = tail.count > 1 ? " (\(tail.count) paths end with it: give more of the path)" : ""
    throw ShellCommandError(
      "No article '\(reference)'\(several): give its number (the # of .articles), path or id.")
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
    runtime.bridge.touchAll()
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
