import LedeCore

/// What claim stance needs from one article, computed once and shared by every claim asked of
/// it: each sentence's words, stems and cues, and where each stem occurs.
struct ClaimIndex: Sendable {
  struct Line: Sendable {
    var words: [String]
    /// `stems[i]` is the stem of `words[i]`, or "" for a stopword.
    var stems: [String]
    /// Title, standfirst or one of the first body sentences.
    var lead: Bool
    /// Inside quotation marks or attributed ("…, he said"): someone else's words.
    var attributed: Bool
    var cues: [(at: Int, length: Int, kind: ClaimCues.Kind, weight: Double)]
  }

  var lines: [Line] = []
  /// Stem → indices of the lines that hold it, in order.
  var linesByStem: [String: [Int32]] = [:]
  /// Stem → occurrences in the article.
  var counts: [String: Int] = [:]
  /// Refutation cue weight per sentence over the whole article.
  var refuteRate = 0.0

  /// The number of body sentences, after the title and standfirst, that count as the lead.
  static let leadSentences = 3
  /// Words that attribute a line to someone: the reporting verbs, and `according` (of the
  /// list's `according to`, since lines are read word by word).
  private static let attributionWords = ReportingVerbs.words.union(["according"])

  init(article: Article, cues: ClaimCues) {
    var body = 0
    var refute = 0.0
    for sentence in article.sentences {
      let role = article.blocks[sentence.block].role
      let text = article.text(of: sentence.span)
      let words = ClaimWords.words(text)
      let stems = words.map { w in
        ClaimWords.stopwords.contains(w) || ClaimWords.negators.contains(w) || w.count < 2
          ? "" : ClaimWords.stem(w)
      }
      var lead = role == .title || role == .standfirst
      if role == .paragraph {
        lead = body < Self.leadSentences
        body += 1
      }
      // Quotation marks, not the quote extractor: claim stance must stay cheap per article.
      let quoted = text.contains("\u{201C}") || text.contains("\"")
      let attributed = quoted || words.contains { Self.attributionWords.contains($0) }
      let found = cues.find(in: words)
      refute += found.filter { $0.kind == .refute }.reduce(0) { $0 + $1.weight }
      let index = Int32(lines.count)
      for stem in Set(stems) where !stem.isEmpty { linesByStem[stem, default: []].append(index) }
      for stem in stems where !stem.isEmpty { counts[stem, default: 0] += 1 }
      lines.append(
        Line(words: words, stems: stems, lead: lead, attributed: attributed, cues: found))
    }
    refuteRate = lines.isEmpty ? 0 : refute / Double(lines.count)
  }
}
