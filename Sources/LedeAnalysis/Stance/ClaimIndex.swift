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
  /// Stems the body writes with a capital letter inside sentences more often than without:
  /// the names a claim is about, as against what it says of them.
  var names: Set<String> = []

  /// The number of body sentences, after the title and standfirst, that count as the lead.
  static let leadSentences = 3
  /// Words that attribute a line to someone: the reporting verbs, and `according` (of the
  /// list's `according to`, since lines are read word by word).
  private static let attributionWords = ReportingVerbs.words.union(["according"])

  init(article: Article, cues: ClaimCues) {
    var body = 0
    var capitals: [String: Int] = [:]
    let layer = article.tokenLayer
    var text = article.text
    text.withUTF8 { bytes in
      for sentence in layer.sentences {
        let role = article.blocks[sentence.block].role
        let cased = ClaimWords.casedWords(layer, bytes, sentence.tokens)
        let words = cased.map(\.word)
        let stems = words.map { w in
          ClaimWords.stopwords.contains(w) || ClaimWords.negators.contains(w) || w.count < 2
            ? "" : ClaimWords.stem(w)
        }
        var lead = role == .title || role == .standfirst
        // Headlines may capitalise every word, so only the body tells names apart; a capital
        // that opens a sentence counts half.
        if role == .paragraph {
          for (i, w) in cased.enumerated() where !stems[i].isEmpty {
            capitals[stems[i], default: 0] += w.capital ? (i == 0 ? 1 : 2) : -2
          }
          lead = body < Self.leadSentences
          body += 1
        }
        // Quotation marks as the token layer pairs them, not the quote extractor: claim stance
        // must stay cheap per article.
        let quoted = sentence.tokens.contains { t in
          t < layer.count && Self.isDoubleQuote(layer.shape(t))
        }
        let attributed = quoted || words.contains { Self.attributionWords.contains($0) }
        let found = cues.find(in: words)
        let index = Int32(lines.count)
        for stem in Set(stems) where !stem.isEmpty { linesByStem[stem, default: []].append(index) }
        for stem in stems where !stem.isEmpty { counts[stem, default: 0] += 1 }
        lines.append(
          Line(words: words, stems: stems, lead: lead, attributed: attributed, cues: found))
      }
    }
    names = Set(capitals.filter { $0.value > 0 }.keys)
  }

  /// A double quotation mark (single ones are too often apostrophes to say a line is quoted).
  private static func isDoubleQuote(_ shape: TokenShape) -> Bool {
    shape == .openQuote || shape == .closeQuote || shape == .straightQuote
  }
}
