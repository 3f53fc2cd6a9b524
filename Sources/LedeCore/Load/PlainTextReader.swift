/// Reads plain-text articles in the seed format (DESIGN.md §2).
///
/// The first line is the headline (unless it is the whole file and ends a sentence: then it is
/// the one paragraph). When the body follows line by line, the second line is
/// the standfirst and every further line a paragraph; when blank lines separate the body, a
/// chunk of lines is a paragraph. A hard-wrapped body with no blank lines breaks into paragraphs
/// where a line closes a sentence with room left for the next word, and a file whose first line
/// is cut by the wrapper has no headline (`wrappedParagraphs`, `opensWrappedParagraph`). A
/// short line without closing punctuation between paragraphs is a heading; a `By …` line is the
/// byline; a leading `CITY (Agency) —` is a dateline. The text is the file's content exactly, so
/// every span points back into the source.
public struct PlainTextReader: ArticleReader {
  public init() {}

  public func read(_ document: SourceDocument) -> ReadResult {
    guard let article = PlainTextReader.parse(document.text, path: document.path) else {
      return ReadResult(issues: [LoadIssue(path: document.path, "empty file; nothing to load")])
    }
    return ReadResult(articles: [article])
  }

  /// A line of the source: its byte range without the newline, and whether it is blank.
  struct Line {
    var span: Span
    var isBlank: Bool
  }

  /// A run of non-blank lines.
  struct Chunk {
    var lines: [Line]
    var span: Span { Span(start: lines[0].span.start, end: lines[lines.count - 1].span.end) }
  }

  static func parse(_ text: String, path: String?, format: String = "text") -> Article? {
    let bytes = Array(text.utf8)
    let lines = splitLines(bytes)
    let nonBlank = lines.filter { !$0.isBlank }
    guard let first = nonBlank.first else { return nil }

    var chunks: [Chunk] = []
    var current: [Line] = []
    for line in lines {
      if line.isBlank {
        if !current.isEmpty { chunks.append(Chunk(lines: current)) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { chunks.append(Chunk(lines: current)) }

    var metadata = ArticleMetadata(path: path, format: format)
    var blocks: [Block] = []
    func string(_ span: Span) -> String {
      String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    // A file that is one line closing a sentence ("He flew to Denver on Monday.") is a
    // paragraph: headlines end without a period, and as a title it would leave no body to analyse.
    if nonBlank.count == 1, sentenceEnds.contains(bytes[first.span.end - 1]) {
      blocks.append(Block(role: .paragraph, span: first.span))
      return Article(
        text: text, metadata: metadata, blocks: ArticleBuilder.assignSections(blocks))
    }

    let firstChunk = chunks[0]
    var bodyUnits: [Span] = []
    if opensWrappedParagraph(firstChunk, bytes) {
      // A hard-wrapped file that opens with its body has no headline line.
      bodyUnits = units(of: firstChunk, bytes)
    } else {
      // The headline is the first line; the rest of its chunk tells the layout.
      blocks.append(Block(role: .title, span: first.span))
      metadata.title = string(first.span)
    }
    if firstChunk.lines.count >= 2, bodyUnits.isEmpty {
      // A second line straight under the headline is the standfirst, unless it is a byline or
      // the first line of a hard-wrapped paragraph.
      let below = Chunk(lines: Array(firstChunk.lines.dropFirst()))
      let second = firstChunk.lines[1]
      let s = string(second.span)
      var rest = Array(firstChunk.lines.dropFirst(2))
      if let byline = bylineText(s) {
        metadata.byline = byline
      } else if isDateLine(s) {
        metadata.date = DateNormalizer.normalize(s) ?? s
      } else if opensWrappedParagraph(below, bytes) {
        rest = below.lines
      } else {
        blocks.append(Block(role: .standfirst, span: second.span))
        metadata.standfirst = s
      }
      if !rest.isEmpty { bodyUnits += units(of: Chunk(lines: rest), bytes) }
    }
    for chunk in chunks.dropFirst() { bodyUnits += units(of: chunk, bytes) }

    // Front lines of the body that are a byline or a date line are metadata, not paragraphs.
    var index = 0
    while index < bodyUnits.count, index < 3 {
      let s = string(bodyUnits[index])
      if metadata.byline == nil, let byline = bylineText(s) {
        metadata.byline = byline
      } else if metadata.date == nil, isDateLine(s) {
        metadata.date = DateNormalizer.normalize(s) ?? s
      } else {
        break
      }
      index += 1
    }

    var sawParagraph = false
    for (i, unit) in bodyUnits.enumerated().dropFirst(index) {
      let isLast = i == bodyUnits.count - 1
      // Only a short line can be a heading; most paragraphs need no string at all.
      if sawParagraph && !isLast && unit.count <= 80 && isHeading(string(unit)) {
        blocks.append(Block(role: .heading, span: unit))
      } else {
        blocks.append(Block(role: .paragraph, span: unit))
        if !sawParagraph,
          let (place, agency) = dateline(
            string(Span(start: unit.start, end: min(unit.end, unit.start + 100))))
        {
          metadata.meta["dateline"] = .string(place)
          if let agency, metadata.source == nil { metadata.source = agency }
        }
        sawParagraph = true
      }
    }
    return Article(
      text: text, metadata: metadata, blocks: ArticleBuilder.assignSections(blocks))
  }

  /// The paragraphs of a chunk: one per line when its lines read as whole paragraphs (they end
  /// a sentence, or are too long to be hard-wrapped), else the chunk is one wrapped paragraph.
  static func units(of chunk: Chunk, _ bytes: [UInt8]) -> [Span] {
    guard chunk.lines.count > 1 else { return [chunk.span] }
    let lines = chunk.lines
    let longLines = lines.contains { $0.span.count > 120 }
    // A line is whole when it ends a sentence, or is a heading (short, no closing punctuation).
    let whole = lines.dropLast().filter { line in
      sentenceEnds.contains(bytes[line.span.end - 1])
        || (line.span.count <= 80
          && isHeading(String(decoding: bytes[line.span.start..<line.span.end], as: UTF8.self)))
    }.count
    if longLines || whole == lines.count - 1 { return joiningContinuations(lines, bytes) }
    return wrappedParagraphs(lines, bytes)
  }

  /// One paragraph a line, except that a line going on in lower case from a line that closes
  /// no sentence is that line's continuation (a heading-like first line cut by a wrapper).
  ///
  /// Only here: one lower-case line does not make a chunk of whole lines a wrapped one (where
  /// the widest line could never end its paragraph).
  static func joiningContinuations(_ lines: [Line], _ bytes: [UInt8]) -> [Span] {
    var paragraphs: [Span] = []
    for line in lines {
      if let last = paragraphs.last, startsLowercase(line.span, bytes),
        !closingBytes.contains(bytes[last.end - 1])
      {
        paragraphs[paragraphs.count - 1] = Span(start: last.start, end: line.span.end)
      } else {
        paragraphs.append(line.span)
      }
    }
    return paragraphs
  }

  /// The paragraphs of a hard-wrapped chunk: a line that ends a sentence while the next line's
  /// first word would still have fitted on it was broken on purpose, so a paragraph ends there.
  ///
  /// A wrapper breaks a line only when the next word does not fit, so no line of one wrapped
  /// paragraph leaves room for the word after it. The chunk's widest line is at most the wrap
  /// width, which keeps the test safe when the width is taken from it. Scraped news is often
  /// wrapped this way with no blank lines (12 of TR-News' 118 articles): each was one paragraph,
  /// so a quote that opened a paragraph ran on into the next one's narration.
  static func wrappedParagraphs(_ lines: [Line], _ bytes: [UInt8]) -> [Span] {
    let width = lines.map { columns($0.span, bytes) }.max() ?? 0
    var paragraphs: [Span] = []
    var start = lines[0].span.start
    for (line, next) in zip(lines, lines.dropFirst())
    where sentenceEnds.contains(bytes[line.span.end - 1]) && !startsLowercase(next.span, bytes)
      && columns(line.span, bytes) + 1 + firstWordColumns(next.span, bytes) <= width
    {
      paragraphs.append(Span(start: start, end: line.span.end))
      start = next.span.start
    }
    paragraphs.append(Span(start: start, end: lines[lines.count - 1].span.end))
    return paragraphs
  }

  /// Whether a chunk's first line is the first line of a hard-wrapped paragraph, not a headline:
  /// it closes no sentence, and the next line goes on in lower case or its first word would not
  /// have fitted on it.
  ///
  /// A headline ends where it ends, short of the body's width ("Storm hits town" leaves room for
  /// any word); a line cut by a wrapper ends at the width, often on a word like "of" or "on".
  static func opensWrappedParagraph(_ chunk: Chunk, _ bytes: [UInt8]) -> Bool {
    guard chunk.lines.count >= 2 else { return false }
    let first = chunk.lines[0].span
    let second = chunk.lines[1].span
    guard !closingBytes.contains(bytes[first.end - 1]) else { return false }
    // A line under a headline starts with a capital; a wrapped sentence goes on in lower case
    // ("… makers of" / "mobile devices"), whatever width its first line was cut at.
    if startsLowercase(second, bytes) { return true }
    guard chunk.lines.count >= 3, units(of: chunk, bytes).count < chunk.lines.count else {
      return false
    }
    // A wrapped line is no wider than the lines it was wrapped with; a headline may be.
    let width = chunk.lines.dropFirst().map { columns($0.span, bytes) }.max() ?? 0
    let firstWidth = columns(first, bytes)
    return firstWidth <= width && firstWidth + 1 + firstWordColumns(second, bytes) > width
  }

  /// The last bytes of a line that closes a sentence or a clause (`.` `!` `?` `,` `;` `:`, a
  /// closing quote or bracket, `…`): a headline may end with one, a wrapped line does not cut there.
  private static let closingBytes: Set<UInt8> = sentenceEnds.union([
    UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
  ])

  /// Whether a line starts with a lower-case ASCII word: it goes on from the line above.
  ///
  /// A first word with a capital after its first letter is a name written so ("iPhone",
  /// "eBay"), which may open a line of its own.
  static func startsLowercase(_ span: Span, _ bytes: [UInt8]) -> Bool {
    func lower(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
    guard span.start < span.end, lower(bytes[span.start]) else { return false }
    var i = span.start + 1
    while i < span.end, bytes[i] != 0x20, bytes[i] != 0x09 {
      if bytes[i] >= UInt8(ascii: "A") && bytes[i] <= UInt8(ascii: "Z") { return false }
      i += 1
    }
    return true
  }

  /// The characters a span takes on a line (UTF-8 continuation bytes do not count).
  static func columns(_ span: Span, _ bytes: [UInt8]) -> Int {
    var n = 0
    for i in span.start..<span.end where bytes[i] & 0xC0 != 0x80 { n += 1 }
    return n
  }

  /// The characters of a line's first word (up to its first space).
  static func firstWordColumns(_ span: Span, _ bytes: [UInt8]) -> Int {
    var end = span.start
    while end < span.end, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
    return columns(Span(start: span.start, end: end), bytes)
  }

  /// The last bytes of a line that ends a sentence: `.`, `!`, `?`, a closing quote or bracket, `…`.
  static let sentenceEnds: Set<UInt8> = [
    UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""),
    UInt8(ascii: ")"), UInt8(ascii: "'"), 0x9D, 0x99, 0xA6,  // last bytes of ” ’ …
  ]

  static func splitLines(_ bytes: [UInt8]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    var blank = true
    for (i, b) in bytes.enumerated() {
      if b == 0x0A {
        lines.append(trimmed(bytes, Span(start: start, end: i), blank: blank))
        start = i + 1
        blank = true
      } else if blank && !(b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C) {
        blank = false
      }
    }
    if start < bytes.count {
      lines.append(trimmed(bytes, Span(start: start, end: bytes.count), blank: blank))
    }
    return lines
  }

  /// Trailing and leading spaces are not part of a block's span.
  private static func trimmed(_ bytes: [UInt8], _ span: Span, blank: Bool) -> Line {
    var s = span
    while s.start < s.end, bytes[s.start] == 0x20 || bytes[s.start] == 0x09 { s.start += 1 }
    while s.end > s.start, bytes[s.end - 1] == 0x20 || bytes[s.end - 1] == 0x09 { s.end -= 1 }
    return Line(span: s, isBlank: blank || s.isEmpty)
  }

  /// A heading is short, has no closing punctuation and starts with a capital or a digit.
  ///
  /// The word count, which splits the line, comes last: most short lines end with a period,
  /// and splitting each first cost about 10M instructions of 1,288M for every analysis of 200
  /// PolNeAR train texts.
  static func isHeading(_ line: String) -> Bool {
    guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last else {
      return false
    }
    guard line.utf8.count <= 80, !closingMarks.contains(last) else { return false }
    guard first.properties.isUppercase || ("0"..."9").contains(first) else { return false }
    return line.split(separator: " ").count <= 10
  }

  /// The marks that close a sentence or a clause: a line ending with one is no heading.
  private static let closingMarks: Set<Unicode.Scalar> = [
    ".", "!", "?", ",", ";", ":", "\"", "”", "’", "'", ")", "…",
  ]

  /// `By Jane Doe` or `By Jane Doe and John Roe, Reuters` → the names.
  static func bylineText(_ line: String) -> String? {
    guard line.hasPrefix("By ") || line.hasPrefix("BY "), line.split(separator: " ").count <= 12,
      !line.hasSuffix(".") || line.split(separator: " ").count <= 4
    else { return nil }
    let name = line.dropFirst(3).trimmingCharacters(in: " ")
    guard let f = name.unicodeScalars.first, f.properties.isUppercase else { return nil }
    return name
  }

  /// A line that is only a date (`Published 18 October 2023`, `Oct. 18, 2023`).
  static func isDateLine(_ line: String) -> Bool {
    guard line.utf8.count <= 60 else { return false }
    var s = Substring(line)
    for prefix in ["Published on ", "Published On ", "Published: ", "Published ", "Updated: "]
    where s.hasPrefix(prefix) {
      s = s.dropFirst(prefix.count)
    }
    return DateNormalizer.normalize(String(s)) != nil
  }

  /// Whether `c` is a dash alone (`—`, `–`, `-`), compared by its scalar: `Character`'s `==`
  /// compares by canonical equivalence, through normalisation for every character, and no other
  /// scalar or sequence is equivalent to these three.
  private static func isDash(_ c: Character) -> Bool {
    let scalars = c.unicodeScalars
    guard let s = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex
    else { return false }
    return s == "\u{2014}" || s == "\u{2013}" || s == "-"
  }

  /// `MOSCOW (Reuters) —` or `KYIV, Ukraine (AP) -` at the start of a paragraph.
  static func dateline(_ paragraph: String) -> (String, String?)? {
    // Without a `-` or the lead byte of `—` and `–` there is no dash: most first paragraphs
    // are settled without reading their characters (every analysis of 200 PolNeAR train texts
    // spent 12.8M instructions here).
    guard paragraph.utf8.contains(where: { $0 == 0x2D || $0 == 0xE2 }) else { return nil }
    let head = paragraph.prefix(80)
    guard let dash = head.firstIndex(where: isDash), dash > head.startIndex else { return nil }
    var lead = head[..<dash].trimmingCharacters(in: " ")
    var agency: String?
    if lead.hasSuffix(")"), let open = lead.lastIndex(of: "(") {
      agency = String(lead[lead.index(after: open)..<lead.index(before: lead.endIndex)])
      lead = lead[..<open].trimmingCharacters(in: " ")
    }
    let place = lead.split(separator: ",").first.map(String.init) ?? lead
    // The place part of a dateline is written in capitals.
    guard place.count >= 2, place.unicodeScalars.allSatisfy({ !$0.properties.isLowercase }),
      place.unicodeScalars.contains(where: { $0.properties.isUppercase })
    else { return nil }
    return (lead, agency)
  }
}

extension StringProtocol {
  /// The string without leading and trailing characters from `set`.
  func trimmingCharacters(in set: Character) -> String {
    var s = Substring(self)
    while s.first == set { s = s.dropFirst() }
    while s.last == set { s = s.dropLast() }
    return String(s)
  }
}
