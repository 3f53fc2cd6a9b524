import LedeCore

/// Words as the claim stance rules compare them: lowercase, light stemming, stopwords out.
enum ClaimWords {
  /// Function words and reporting words that say nothing about what a claim is about.
  static let stopwords: Set<String> = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "me", "more", "most", "my", "myself", "nor", "now", "of", "off", "on",
    "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should",
    "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
    "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
    "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your", "yours", "said", "says", "say", "mr", "ms",
    "mrs", "s", "t", "new", "report", "reports", "reported", "reportedly", "after", "amid",
    "via", "may", "might", "must", "shall", "says", "told", "tells", "according", "year",
    "years", "day", "days", "week", "weeks", "people", "first", "last", "one", "two", "three",
  ]

  /// Negators: kept out of the content words but noted, since they flip a claim.
  static let negators: Set<String> = [
    "not", "no", "never", "without", "none", "nobody", "nothing", "neither", "nor",
  ]

  /// The light stem of a lowercase word: plural and verb endings off, then its first six
  /// letters, so that "restored" and "restoration", "convicted" and "conviction" meet.
  static func stem(_ word: String) -> String {
    var w = Possessive.stem(of: word) ?? Substring(word)
    if w.count > 4 {
      if w.hasSuffix("ies") {
        w = w.dropLast(3) + "y"
      } else if w.hasSuffix("sses") {
        w = w.dropLast(2)
      } else if w.hasSuffix("ing") && w.count > 5 {
        w = w.dropLast(3)
      } else if w.hasSuffix("ied") {
        w = w.dropLast(3) + "y"
      } else if w.hasSuffix("ed") && w.count > 5 {
        w = w.dropLast(2)
      } else if w.hasSuffix("es")
        && (w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("xes"))
      {
        w = w.dropLast(2)
      } else if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
        w = w.dropLast()
      }
    } else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us") {
      w = w.dropLast()
    }
    // Doubled consonants from inflection: "plann(ed)", "stopp(ed)".
    if w.count > 3, let last = w.last, w.dropLast().last == last, !"aeiousl".contains(last) {
      w = w.dropLast()
    }
    if w.hasSuffix("e") && w.count > 4 { w = w.dropLast() }
    return String(w.prefix(6))
  }

  /// The lowercase words of free text (a claim, a cue phrase), read as `casedWords` reads them.
  static func words(_ text: String) -> [String] {
    casedWords(text).map(\.word)
  }

  /// The words of free text, from a token layer over it (Core's tokenizer, as for articles).
  static func casedWords(_ text: String) -> [(word: String, capital: Bool)] {
    let layer = TokenLayer(text: text)
    var text = text
    return text.withUTF8 { casedWords(layer, $0, 0..<layer.count) }
  }

  /// The lowercase words of tokens `range` of `layer` (over `bytes`), each with whether it
  /// was written with a capital first letter (names keep theirs in the middle of a sentence;
  /// claim stance weighs them apart).
  ///
  /// A word token loses its possessive ending (the layer's rule) and splits where a hyphen, a
  /// period or another ASCII mark that is no apostrophe stands inside it (`anti-Russia`,
  /// `U.S.`); a number keeps only its digits and letters (`1,400` → `1400`).
  static func casedWords(
    _ layer: TokenLayer, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> [(word: String, capital: Bool)] {
    var out: [(word: String, capital: Bool)] = []
    var piece: [UInt8] = []
    for t in range.clamped(to: 0..<layer.count) {
      let token = layer.tokens[t]
      let shape = layer.shape(t)
      if token.kind == .number {
        piece = bytes[token.start..<token.end].filter { $0 >= 0x80 || isAlphanumeric($0) }
        if !piece.isEmpty { out.append((String(decoding: piece, as: UTF8.self), false)) }
        continue
      }
      guard token.kind == .word else { continue }
      let end = layer.stemEnd(t)
      var pieceStart = token.start
      var i = token.start
      piece.removeAll(keepingCapacity: true)
      func flush() {
        while piece.last == 0x27 { piece.removeLast() }
        guard !piece.isEmpty else { return }
        let lead = bytes[pieceStart]
        let capital =
          pieceStart == token.start ? shape.isCapitalized : lead &- 0x41 < 26
        let word = String(decoding: piece, as: UTF8.self)
        out.append((lead < 0x80 ? word : word.lowercased(), capital))
        piece.removeAll(keepingCapacity: true)
      }
      while i < end {
        let b = bytes[i]
        if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] & 0xFE == 0x98 {
          // `’` or `‘` inside a word: an apostrophe (`O’Malley`), never at its start.
          if !piece.isEmpty { piece.append(0x27) }
          i += 3
          continue
        }
        if b >= 0x80 || isAlphanumeric(b) {
          if piece.isEmpty { pieceStart = i }
          piece.append(b &- 0x41 < 26 ? b | 0x20 : b)
        } else if b == 0x27 {
          if !piece.isEmpty { piece.append(b) }
        } else {
          flush()
        }
        i += 1
      }
      flush()
    }
    return out
  }

  private static func isAlphanumeric(_ b: UInt8) -> Bool {
    b &- 0x41 < 26 || b &- 0x61 < 26 || b &- 0x30 < 10
  }
}
