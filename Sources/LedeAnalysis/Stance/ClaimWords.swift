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

  /// The lowercase words of a text: letters, digits and inner apostrophes, hyphens split;
  /// numbers keep their inner commas and points removed ("1,400" → "1400").
  static func words(_ text: String) -> [String] {
    casedWords(text).map(\.word)
  }

  /// The words of `words(_:)`, each with whether it was written with a capital first letter
  /// (names keep theirs in the middle of a sentence; claim stance weighs them apart).
  static func casedWords(_ text: String) -> [(word: String, capital: Bool)] {
    var out: [(word: String, capital: Bool)] = []
    var current = ""
    var capital = false
    var previous: Character = " "
    for ch in text {
      if ch.isLetter || ch.isNumber {
        if current.isEmpty { capital = ch.isUppercase }
        current.append(contentsOf: ch.lowercased())
      } else if (ch == "'" || ch == "\u{2019}") && !current.isEmpty {
        current.append("'")
      } else if (ch == "," || ch == ".") && previous.isNumber {
        // A separator inside a number: dropped, the number continues.
      } else if !current.isEmpty {
        out.append((trimApostrophe(current), capital))
        current = ""
      }
      previous = ch
    }
    if !current.isEmpty { out.append((trimApostrophe(current), capital)) }
    return out
  }

  private static func trimApostrophe(_ word: String) -> String {
    var w = Possessive.stem(of: word).map(String.init) ?? word
    // What is left is a closing quotation mark, not part of the word.
    while w.hasSuffix("'") { w.removeLast() }
    return w
  }
}
