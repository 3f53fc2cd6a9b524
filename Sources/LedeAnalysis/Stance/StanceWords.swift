import LedeCore

/// The closed-class words the stance rules look at around a cue.
enum StanceWords {
  static let determiners: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those",
    "any", "all", "both", "some", "such",
  ]
  /// Words before a single-word cue that make it a noun ("its support", "full praise").
  static let nounMarkers: Set<String> =
    determiners.union(prepositions.subtracting(["to"])).union([
      "of", "with", "without", "for", "in", "no", "full", "strong", "broad", "growing", "public",
      "percent",
      "firm", "vocal", "much", "more", "every", "whose", "on", "by", "from", "at",
      "military", "financial", "political", "international", "western",
    ])
  static let prepositions: Set<String> = [
    "of", "in", "at", "on", "from", "to", "with", "for", "by", "against", "near", "under", "over",
    "into", "between", "among", "about", "after", "before", "during", "across", "through",
    "toward", "towards", "upon", "since", "via", "like", "than", "including", "despite", "amid",
    "behind", "beyond", "inside", "outside", "within", "around",
  ]
  /// Prepositions skipped at the start of a target ("concern over X", "support for X").
  static let targetPrepositions: Set<String> = [
    "over", "about", "at", "for", "with", "on", "upon", "to", "of", "against", "from",
    "regarding", "towards", "toward", "into", "in", "by",
  ]
  static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
    "will", "would", "could", "should", "can", "may", "might", "must", "shall", "did", "does",
    "do",
  ]
  static let beForms: Set<String> = [
    "is", "are", "was", "were", "be", "been", "being", "am", "get", "got",
  ]
  /// Adverbs and particles that sit between a subject and its verb.
  static let adverbs: Set<String> = [
    "also", "repeatedly", "already", "still", "later", "then", "once", "again", "jointly", "both",
    "all", "each", "never", "not", "no", "longer", "just", "now", "swiftly", "quickly", "promptly",
    "publicly", "privately", "openly", "firmly", "strongly", "even", "earlier", "previously",
    "directly",
    "reportedly", "allegedly", "apparently", "equally", "immediately", "recently", "duly",
    "subsequently", "initially", "today", "yesterday", "separately", "themselves", "himself",
    "herself", "itself", "too", "however", "meanwhile", "officially", "formally",
    // "hasn't yet endorsed": the negation reaches past it (drawn PolNeAR train records, seed
    // 5353).
    "yet",
  ]
  static let negators: Set<String> = ["not", "never", "no", "neither", "nor", "hardly", "nothing"]
  /// Verbs (and a noun) that negate the cue after them with "to": "refused to accept", "their
  /// refusal to support Trump".
  static let negatingVerbs: Set<String> = Set<String>([
    "refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining",
    "stopped", "ceased", "refusal",
    // "had yet to endorse Clinton": not done so far (drawn PolNeAR train records, seed 1313).
    "yet",
  ]).union(reluctanceVerbs)
  /// Of the negating verbs, those whose own negation is the act: "never hesitated to
  /// condemn", "did not fail to criticise". A refusal negated is no act ("did not refuse to
  /// back the plan" backs nothing), so it stays out.
  static let reluctanceVerbs: Set<String> = [
    "fail", "fails", "failed", "failing",
    // "his hesitancy to condemn Duke": a reluctance is no position (drawn PolNeAR train records,
    // seed 1002).
    "hesitancy", "hesitant", "hesitated", "reluctance", "reluctant",
  ]
  /// Verbs that negate a gerund cue right after them, or after "from" or "of": "avoids
  /// condemning", "refrained from criticising", "stopped short of endorsing".
  static let avoidingVerbs: Set<String> = [
    "avoid", "avoids", "avoided", "avoiding", "refrain", "refrains", "refrained", "refraining",
    "short", "stopped",
  ]
  static let boosters: [String: Double] = [
    "strongly": 1.3, "firmly": 1.3, "fiercely": 1.4, "vehemently": 1.4, "bitterly": 1.3,
    "sharply": 1.3, "harshly": 1.3, "categorically": 1.4, "flatly": 1.3, "strenuously": 1.3,
    "furiously": 1.4, "roundly": 1.3, "utterly": 1.3, "deeply": 1.3, "full": 1.3, "fully": 1.3,
    "wholeheartedly": 1.4, "unequivocally": 1.4, "warmly": 1.2, "heartily": 1.2,
    "repeatedly": 1.1, "unreservedly": 1.4, "strong": 1.2, "deep": 1.2, "grave": 1.3,
    "serious": 1.2, "total": 1.3, "unwavering": 1.4, "staunchly": 1.4, "emphatically": 1.3,
    "cautiously": 0.6, "partly": 0.6, "partially": 0.6, "somewhat": 0.6, "mildly": 0.5,
    "tentatively": 0.6, "reluctantly": 0.6, "quietly": 0.8, "broadly": 0.8, "conditionally": 0.6,
    "qualified": 0.6, "some": 0.8,
  ]
  /// Words after which a bare or -s form is a verb, not a noun: subject pronouns, relatives,
  /// "to", conjunctions ("they question", "who backs", "to support", "and urges") and light
  /// verbs whose object noun is the stance ("cast blame").
  static let verbOpeners: Set<String> = [
    "he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "to", "and", "or", "but",
    "often", "usually", "generally", "sometimes", "rarely", "only", "instead",
    // Light verbs whose noun object is the stance itself: "cast blame", "put the blame".
    "cast", "casts", "put", "puts", "lay", "lays", "laid", "voice", "voices", "express",
    "expresses", "offer", "offers", "lend", "lends", "lent", "pledge", "pledges",
  ]
  static let firstPerson: Set<String> = ["we", "i", "us", "our", "my", "me"]
  static let personPronouns: Set<String> = ["he", "she"]
  static let objectPronouns: Set<String> = [
    "it", "them", "this", "that", "these", "those", "him", "her", "they", "us", "me", "you",
  ]
  static let spokesWords: Set<String> = [
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen",
  ]
  /// One person named by a role, which a place or group before it only modifies ("a Russian
  /// official", "one Democratic source"); plurals such as "officials" make the place the actor.
  static let personRoles: Set<String> = [
    "official", "senator", "source", "leader", "spokesman", "spokeswoman", "spokesperson",
    "diplomat", "lawmaker", "governor", "aide", "commander", "envoy", "ambassador", "minister",
    "lawyer", "analyst", "critic", "member", "representative", "congressman", "congresswoman",
    "activist", "officer", "strategist", "adviser", "advisor", "operative", "donor", "voter",
    "judge", "prosecutor", "attorney",
  ]
  /// Nouns that make a possessive place or group the actor: "Pakistan’s government blamed".
  static let institutions: Set<String> = [
    "government", "ministry", "foreign", "defence", "defense", "army", "military", "president",
    "presidency", "parliament", "cabinet", "embassy", "police", "authorities", "officials",
    "leadership", "administration", "regime", "office", "prime", "navy", "forces", "junta",
    "council", "state", "diplomats", "envoy", "mission", "delegation", "leaders", "camp",
  ]
  /// Verbs of saying (`ReportingVerbs`): the subject of a clause they introduce is not theirs.
  static var speechVerbs: Set<String> { ReportingVerbs.words }
  /// Verbs that report a stance rather than words (`ReportingVerbs`: "questioned").
  static var reportVerbs: Set<String> { ReportingVerbs.reportWords }
  /// Words that end a clause inside a target phrase.
  static let clauseWords: Set<String> = [
    "which", "who", "whom", "whose", "because", "while", "whereas", "although", "though", "but",
    "after", "before", "since", "when", "where", "unless", "until", "if", "as", "so", "amid",
    "despite", "saying", "adding", "arguing", "insisting", "noting", "claiming", "that", "than",
    "whether", "whilst", "following", "ahead", "citing", "calling", "describing", "warning",
  ]
  /// Words that start a time or place adjunct ending a target ("… on Monday", "… last week").
  static let timeWords: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening",
    "yesterday", "today", "tonight", "overnight", "days", "weeks", "hours", "oct", "sept", "nov",
    "dec", "jan", "feb", "aug",
  ]
  static let timeStarters: Set<String> = [
    "last", "this", "earlier", "next", "yesterday", "today", "tonight", "overnight",
  ]
  /// Verbs that end a target when "and" joins them ("… and said", "… and urged"): the
  /// reporting verbs (`ReportingVerbs`).
  static var clauseVerbs: Set<String> { ReportingVerbs.words }
  /// Pronouns that refer back to the subject: "one another", "each other".
  static func isReciprocal(_ a: String, _ b: String) -> Bool {
    (a == "one" && b == "another") || (a == "each" && b == "other")
  }
}
