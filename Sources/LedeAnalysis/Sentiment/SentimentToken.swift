/// What a token can do in the VADER rules, resolved for one mode.
struct TokenTraits: OptionSet, Sendable {
  let rawValue: UInt16
  /// Has a lexicon valence (VADER's "in the lexicon").
  static let valence = TokenTraits(rawValue: 1 << 0)
  /// A booster or dampener.
  static let booster = TokenTraits(rawValue: 1 << 1)
  /// Negates what follows (a negation word, or a word containing "n't").
  static let negates = TokenTraits(rawValue: 1 << 2)
  /// ALL CAPS in Python's `isupper()` sense.
  static let upper = TokenTraits(rawValue: 1 << 3)
  /// Contains "n't" (kept apart from `negates` so news mode can mask a word but not this).
  static let contraction = TokenTraits(rawValue: 1 << 4)
  /// Starts with an uppercase letter and is not ALL CAPS (a name, or a sentence's first word).
  static let capitalized = TokenTraits(rawValue: 1 << 5)
  /// Masked in news mode: a name or a caller's entity span, scored as a neutral word.
  static let masked = TokenTraits(rawValue: 1 << 6)
  /// Has letters.
  static let word = TokenTraits(rawValue: 1 << 7)
  /// Starts a sentence, a quotation or a heading: capitalised for grammar, not as a name.
  static let initial = TokenTraits(rawValue: 1 << 8)
  /// Inside quotation marks.
  static let quoted = TokenTraits(rawValue: 1 << 9)
  /// Part of a news phrase (matched after the first word, which carries its valence).
  static let phraseTail = TokenTraits(rawValue: 1 << 10)
  /// Ends in "-ed" or "-ing": probably a verb (`toward` tells "fired Keel" from "defender Keel").
  static let verbForm = TokenTraits(rawValue: 1 << 11)
}

/// Punctuation around a token, which news mode and `toward` read as structure (the layer's
/// punctuation tokens, `NewsTokenReader`).
struct TokenEdges: OptionSet, Sendable {
  let rawValue: UInt16
  /// Follows an opening quotation mark.
  static let openQuote = TokenEdges(rawValue: 1 << 0)
  /// Before `,`, `;`, `:`, a dash or a closing bracket: a clause may end here.
  static let clauseEnd = TokenEdges(rawValue: 1 << 2)
  /// Before `.`, `!`, `?` or an ellipsis, or the last word before a sentence the layer starts.
  static let sentenceEnd = TokenEdges(rawValue: 1 << 3)
  /// Before a colon.
  static let colon = TokenEdges(rawValue: 1 << 5)
  /// Before `;`.
  static let semicolon = TokenEdges(rawValue: 1 << 6)
  /// Follows `(` or `[`.
  static let openParen = TokenEdges(rawValue: 1 << 7)
}

/// One token (whitespace-separated in VADER mode, a word of Core's token layer in news mode),
/// with what the rules need to know about it.
struct SentimentToken: Sendable {
  /// The bytes of the token (stripped as the mode strips) in the scored text.
  var start: Int32
  var end: Int32
  /// The lowercased token in the word table, or −1.
  var entry: Int32 = -1
  var traits: TokenTraits = []
  var edges: TokenEdges = []
  var role: WordRole = .none
  /// The lexicon valence when `traits` has `.valence`.
  var valence: Double = 0
  /// The booster value when `traits` has `.booster`.
  var booster: Double = 0
  /// News mode: the weight of the token's sentiment (quotes, hedges).
  var weight: Double = 1

  init(start: Int, end: Int) {
    self.start = Int32(truncatingIfNeeded: start)
    self.end = Int32(truncatingIfNeeded: end)
  }

  @inline(__always) var hasValence: Bool { traits.contains(.valence) }
  @inline(__always) var isBooster: Bool { traits.contains(.booster) }
  @inline(__always) var negates: Bool { traits.contains(.negates) }
  @inline(__always) var isUpper: Bool { traits.contains(.upper) }
}

extension SentimentToken {
  /// Takes what the word table knows of the token's word: its role, valence (the news lexicon's
  /// first when `newsLexicon`, else VADER's), booster and negation. One rule for both modes.
  @inline(__always)
  mutating func take(_ word: WordEntry, newsLexicon: Bool) {
    role = word.role
    if word.flags.contains(.inNews) && newsLexicon {
      // A news value of 0 takes the word out of the lexicon ("party", "like" as a preposition).
      if word.news != 0 {
        traits.insert(.valence)
        valence = word.news
      }
    } else if word.flags.contains(.inVader) {
      traits.insert(.valence)
      valence = word.vader
    }
    if word.flags.contains(.booster) {
      traits.insert(.booster)
      booster = word.booster
    }
    if word.flags.contains(.negation) { traits.insert(.negates) }
  }
}
