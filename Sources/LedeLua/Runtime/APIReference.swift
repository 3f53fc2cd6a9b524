import Foundation
import LedeCore

/// The Lua API reference, generated from the host declarations so it cannot drift from the
/// code: `Sources/LedeLua/Reference.md` is this text, and a test keeps the two equal.
package enum APIReference {
  /// The whole reference as Markdown.
  package static func markdown() -> String {
    let bridge = ModelBridge(corpus: Corpus())
    let library =
      HostLibrary.standard + .model(bridge) + ScriptRuntime.pluginLibrary(RuntimeBox())
    var text = """
      # Lede Lua API reference

      Generated from the host declarations (`lede run -e` sees exactly these); a test checks
      that this file matches them. Spans are 1-based, inclusive byte positions:
      `a.text:sub(x.start, x.stop)` is the span's text. Objects are read-only userdata; lists
      are Lua sequences (`#`, indexing, `ipairs`).

      ## Globals and the `lede` library


      """
    var methods: [String: [(String, String)]] = [:]
    let entries =
      library.functions.map { f in
        (name: f.name, function: Optional(f), constant: String?.none, help: f.help)
      }
      + library.constants.map { c in
        (name: c.name, function: HostFunction?.none, constant: Optional(c.type), help: c.help)
      }
    for entry in entries.sorted(by: { $0.name < $1.name }) {
      guard let f = entry.function else {
        text += "- `\(entry.name)`: \(entry.constant ?? "value"). \(entry.help)\n"
        continue
      }
      guard f.isMethod, let colon = f.name.firstIndex(of: ":") else {
        text += "- `\(f.signature)`: \(f.help)\n"
        continue
      }
      let kind = String(f.name[..<colon])
      let result = f.result.isEmpty ? "" : " -> \(f.result)"
      let shown: String
      switch f.shortName {
      case "__index": shown = "\(kind.lowercased())[\(f.params)]\(result)"
      case "__len": shown = "#\(kind.lowercased())\(result)"
      case let name where name.hasPrefix("__"): continue
      default: shown = "\(kind.lowercased()):\(f.shortName)(\(f.params))\(result)"
      }
      methods[kind, default: []].append((shown, f.help))
    }
    text += """
      - `lede.report{title=, columns=}` (Lua): a report builder; `r:table{name=, columns=}`, \
      `t:add{…}`, `t:sort(column [, descending])`, `r:add{…}` (first table), `r:note(text)`, \
      `r:evidence{sentence= | text=, article=, label=, row=}`. Columns are `{name, type [, format]}` \
      with type string, integer, number or boolean and format `decimals:N` or `percent[:N]`. \
      `r:chart{kind=, table=, title=, …}` declares a chart over a table, drawn by `--format html`: \
      kind `bar` or `line` (x=, y=, lo=, hi= for an interval, color= to group, time=day|week|month|year \
      when x holds dates, aggregate=count|sum|mean), `scatter` (x=, y=, color=, size=, label=), \
      `map` (lat=, lon= default to the table's coordinates; size=, color=, label=) or `network` \
      (source=, target=, weight=, color=); every value names a column of the table.
      - `corpus:articles()` (Lua): an iterator over the articles.
      - `lede.evidence{sentence= | text=, article=, label=, row=}` (Lua): evidence as plain data \
      (text, code-point span, article id and title; the article's file and session number when \
      they are the corpus's), for a mergeable state; `r:evidence(item)` takes it as it is.
      - `lede.article_number(a)` (Lua): the article's session number (`corpus[N]`, `.show N`) \
      while a mergeable plugin adds it, for a table's `#` column; nil for articles piped in on \
      standard input and in a partial made without `--shard`, as evidence cites them.
      - `lede.article_order(a, ...)` (Lua): the key reports sort articles by (date; title, or \
      when untitled the file and its line number; id), the same in every shard, followed by any \
      further values that order one article's items: `s.quotes:add(lede.article_order(a, i), row)`.
      - `lede.article_label(a)` (Lua): what a report calls an article: its title, else the file \
      (and line) it was read from, else its id.
      - `lede.aggregate(kind [, n])` (Lua): a standalone aggregate (`count`, `sum`, `mean`, \
      `variance`, `min`, `max`, `counts`, `first`, `set`), to merge rows a plugin has read: \
      `a:merge(b:save())`.
      - `lede.state(plugin, corpus [, params])` (Lua): a mergeable plugin's state over a corpus \
      (its aggregates, before `finish`).
      - Mergeable plugins (Lua): `state(s, params)` declares aggregates with `s:count(name)`, \
      `s:sum(name)`, `s:mean(name)`, `s:variance(name)`, `s:min(name)`, `s:max(name)`, \
      `s:counts(name)`, `s:first(name [, n])`, `s:set(name)`, `s:group(name, declare)` and \
      `s:accumulator(name, {create=, add=, merge=, finish=})`; `add(s, article, params)` feeds \
      them (`s.name:add(…)`, `s.name:at(key)` for a group); `finish(s, params, {articles=})` \
      reads them (`:value()`, `:count()`, `:sum()`, `:mean()`, `:variance([1])`, `:stddev([1])`, \
      `:interval()` (a variance's mean with its 95% interval, `{n, mean, sd, low, high}`), \
      `:top(k)`, `:get(key)`, `:total()` (the sum of a `counts`), `:items()`, `:size()`, \
      `:values()`, `:has(key)` (in a `set`), `:keys()`) and returns the \
      report. Sums, means and variances are kept in fixed point (10⁻⁹), so shards merge in any \
      order and grouping into the same digits; `shard(s, corpus, params)`, when declared, runs \
      once per partial over its articles (work that needs the shard as a whole).

      """
    for kind in ObjectKind.allCases {
      guard let entries = methods[kind.typeName] else { continue }
      text += "\n## \(kind.typeName)\n\n"
      for (shown, help) in entries { text += "- `\(shown)`: \(help)\n" }
      let fields = kind.fields
      if !fields.isEmpty {
        text += "\nFields (reading any other is an error that names the nearest):\n\n"
        for f in fields {
          text += "- `\(kind.typeName.lowercased()).\(f.name)` (\(f.type)): \(f.help)\n"
        }
      }
    }
    text += resultTables
    text += pluginContract
    return text
  }

  /// The plain tables analyses return, from their declarations (`ResultTable`).
  private static var resultTables: String {
    var text = """

      ## Result tables

      Analyses that return plain tables (not objects) return these fields; a field that can be \
      nil is left out of the table.

      """
    for table in ResultTable.allCases {
      text += "\n### \(table.title)\n\nFrom \(table.returnedBy).\n\n"
      for f in table.fields { text += "- `\(table.prefix).\(f.name)` (\(f.type)): \(f.help)\n" }
    }
    return text
  }

  /// The plugin contract (DESIGN.md §4) from the validator's own lists.
  private static var pluginContract: String {
    let keys = PluginValidator.knownKeys.map { "`\($0)`" }.joined(separator: ", ")
    let parameterKeys = PluginValidator.parameterKeys.map { "`\($0)`" }.joined(separator: ", ")
    let types = PluginParameter.Kind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
    return """

      ## Plugins

      A plugin file returns a table with the keys \(keys); `name` and `run` are required, \
      `run(corpus, params)` returns a report. `params` maps each parameter's name to a table \
      with the keys \(parameterKeys); `type` is one of \(types) (default `string`), \
      `default` must have that type, `choices` lists the allowed values and `required = true` \
      makes the parameter mandatory. The host checks and defaults parameters before `run`.

      """
  }
}
