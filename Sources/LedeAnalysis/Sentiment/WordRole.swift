/// What a word does for the rules, beyond its valence: the words that VADER's rules test by
/// name, and the function words that the news rules and `toward` use to find structure.
enum WordRole: UInt8, Sendable {
  case none
  // VADER's rules.
  case no, or, nor, so, this, never, without, doubt, kind, of, but, least, at, very
  // News rules: hedges, clause breaks, passive voice and attribution.
  case hedge, contrast, relative, be, by, reporting, like, well, asWord, subject, modalWould
  case little, quantifier, article, that
  // toward: places named as settings, and speech acts whose agent is not their target.
  case locative, speechAct, judgement, preposition, conjunction, against

  /// The role of each word the rules know by name (lowercased).
  static let words: [(String, WordRole)] = [
    ("no", .no), ("or", .or), ("nor", .nor), ("so", .so), ("this", .this), ("never", .never),
    ("without", .without), ("doubt", .doubt), ("kind", .kind), ("of", .of), ("but", .but),
    ("least", .least), ("at", .at), ("very", .very),
    // Hedges: the author reports a possibility or a claim, not a fact.
    ("could", .hedge), ("may", .hedge), ("might", .hedge), ("allegedly", .hedge),
    ("reportedly", .hedge), ("possibly", .hedge), ("perhaps", .hedge), ("apparently", .hedge),
    ("purportedly", .hedge), ("supposedly", .hedge), ("unclear", .hedge), ("unconfirmed", .hedge),
    ("alleged", .hedge), ("suspected", .hedge), ("claimed", .hedge), ("if", .hedge),
    // Clause breaks.
    ("while", .contrast), ("whereas", .contrast), ("although", .contrast),
    ("though", .contrast), ("however", .contrast), ("yet", .contrast),
    ("who", .relative), ("which", .relative), ("whom", .relative), ("whose", .relative),
    ("where", .relative), ("after", .relative), ("when", .relative), ("because", .relative),
    ("as", .asWord),
    // Passive voice: "X was praised by Y".
    ("was", .be), ("were", .be), ("is", .be), ("are", .be), ("been", .be), ("being", .be),
    ("be", .be), ("by", .by),
    // Attribution (the speaker of a quote is not its topic): the `plain` reporting verbs of
    // `ReportingVerbs`, read in `SentimentResources`.
    // Words whose sense the news rules decide from their neighbours.
    ("like", .like), ("likes", .like), ("well", .well),
    ("i", .subject), ("we", .subject), ("you", .subject), ("they", .subject),
    ("people", .subject), ("fans", .subject), ("would", .modalWould), ("i'd", .modalWould),
    ("we'd", .modalWould), ("they'd", .modalWould), ("you'd", .modalWould),
    // "little progress", "few gains": a quantifier that denies the noun, unless "a little".
    ("little", .little), ("few", .little), ("a", .article), ("an", .article),
    ("the", .article), ("its", .article), ("his", .article), ("their", .article),
    ("our", .article), ("my", .article),
    ("and", .conjunction),  // "or" and "of" keep VADER's roles; see `isConjunction`.
    ("to", .preposition), ("for", .preposition), ("with", .preposition),
    ("on", .preposition), ("into", .preposition), ("over", .preposition), ("under", .preposition),
    ("between", .preposition), ("among", .preposition), ("about", .preposition),
    ("against", .against),
    // "Not everyone was convinced": negation of a quantifier reaches the whole clause.
    ("everyone", .quantifier), ("everybody", .quantifier), ("all", .quantifier),
    ("every", .quantifier), ("many", .quantifier), ("much", .quantifier),
    ("that", .that),
    ("in", .locative), ("at", .locative), ("near", .locative), ("from", .locative),
    ("across", .locative), ("outside", .locative), ("around", .locative), ("inside", .locative),
    ("throughout", .locative),
    ("condemned", .speechAct), ("condemns", .speechAct), ("condemn", .speechAct),
    ("denounced", .speechAct), ("denounces", .speechAct), ("accused", .speechAct),
    ("accuses", .speechAct), ("blamed", .speechAct), ("blames", .speechAct),
    ("criticised", .speechAct), ("criticized", .speechAct), ("criticises", .speechAct),
    ("criticizes", .speechAct), ("slammed", .speechAct), ("slams", .speechAct),
    ("blasted", .speechAct), ("blasts", .speechAct), ("rejected", .speechAct),
    ("rejects", .speechAct), ("dismissed", .speechAct), ("denied", .speechAct),
    ("denies", .speechAct), ("warned", .speechAct), ("warns", .speechAct),
    ("questioned", .speechAct), ("protested", .speechAct), ("complained", .speechAct),
    ("praised", .speechAct), ("praises", .speechAct), ("welcomed", .speechAct),
    ("welcomes", .speechAct), ("thanked", .speechAct), ("congratulated", .speechAct),
    ("urged", .speechAct), ("called", .speechAct), ("described", .speechAct),
    ("fumed", .speechAct), ("vowed", .speechAct), ("lashed", .speechAct),
    // Judgements: their patient is evaluated, not merely affected.
    ("sentenced", .judgement), ("jailed", .judgement), ("convicted", .judgement),
    ("fined", .judgement), ("fired", .judgement), ("sacked", .judgement),
    ("charged", .judgement), ("indicted", .judgement), ("arrested", .judgement),
    ("banned", .judgement), ("suspended", .judgement), ("expelled", .judgement),
    ("punished", .judgement), ("impeached", .judgement), ("ousted", .judgement),
    ("sued", .judgement), ("sanctioned", .judgement), ("acquitted", .judgement),
    ("cleared", .judgement), ("awarded", .judgement), ("honoured", .judgement),
    ("honored", .judgement), ("rewarded", .judgement),
  ]

  /// A preposition: the noun after it is a complement, not a subject or an object.
  var isPreposition: Bool {
    self == .preposition || self == .of || self == .locative || self == .against || self == .by
      || self == .at
  }

  /// "and", "or": coordination.
  var isConjunction: Bool { self == .conjunction || self == .or || self == .nor }

  /// Whether a word with this role breaks a clause for `toward`.
  var breaksClause: Bool { self == .but || self == .contrast || self == .relative }
}
