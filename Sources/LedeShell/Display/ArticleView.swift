import LedeCore
import LedeReport

/// One article with its structure (`.show N`): metadata, then the blocks in order — title,
/// standfirst, headings and the paragraphs under them — and the counts of sentences and words.
struct ArticleView {
  var article: Article
  var number: Int
  var total: Int

  func render(width: Int) -> String {
    let a = article
    let m = a.metadata
    var lines = ["Article \(number) of \(total)  ·  id \(a.id)"]
    let fields: [(String, String?)] = [
      ("title", m.title), ("standfirst", m.standfirst), ("byline", m.byline), ("date", m.date),
      ("source", m.source), ("url", m.url), ("path", m.path), ("format", m.format),
    ]
    // Labels and values keep a space between them when a meta key is longer than the column
    // (`meta.dateline` ran into its value).
    let labels = fields.map(\.0) + m.meta.members.map { "meta." + $0.key }
    let column = max(12, (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 1)
    for (name, value) in fields {
      guard let value, !value.isEmpty else { continue }
      lines += Self.wrap(value, width: width, first: pad(name, column), rest: pad("", column))
    }
    for member in m.meta.members {
      let text = member.value.stringValue ?? JSONWriter.encode(member.value)
      lines += Self.wrap(
        text, width: width, first: pad("meta." + member.key, column), rest: pad("", column))
    }
    lines.append("")
    var paragraph = 0
    for block in a.blocks {
      let text = a.text(of: block.span)
      switch block.role {
      case .title: lines += Self.wrap(text, width: width, first: "# ", rest: "  ")
      case .standfirst: lines += Self.wrap(text, width: width, first: "> ", rest: "  ")
      case .heading: lines += ["", "## " + text]
      case .paragraph:
        paragraph += 1
        let marker = pad("¶\(paragraph)", 5)
        lines += Self.wrap(text, width: width, first: marker, rest: pad("", 5))
      }
    }
    let sentences = a.sentences.count
    let words = a.lowercasedWords.count
    lines.append("")
    lines.append(
      "\(a.blocks.count) blocks · \(paragraph) paragraphs · \(sentences) sentences · \(words) words"
    )
    return lines.joined(separator: "\n") + "\n"
  }

  private func pad(_ s: String, _ n: Int) -> String {
    DisplayWidth.pad(s, toWidth: n)
  }

  /// Words of `text` in lines of at most `width` columns, the first after `first`, the rest
  /// after `rest`; a word longer than a line gets a line of its own.
  static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
    var lines: [String] = []
    var line = first
    var lineWidth = DisplayWidth.of(first)
    var empty = true
    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      let w = DisplayWidth.of(word)
      if !empty && lineWidth + 1 + w > width {
        lines.append(line)
        line = rest
        lineWidth = DisplayWidth.of(rest)
        empty = true
      }
      if !empty {
        line += " "
        lineWidth += 1
      }
      line += word
      lineWidth += w
      empty = false
    }
    lines.append(line)
    return lines
  }
}
