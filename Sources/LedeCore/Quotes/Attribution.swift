/// One pass over an article's paragraphs that finds quotations and their speakers.
struct Attribution {
  let scan: ArticleScan
  let analysis: EntityAnalysis
  let facts: [TokenFact]
  /// The kind of entity each canonical name of the article is (a person where a name is also
  /// something else), so a quote's speaker keys its corpus-wide entity.
  let kindOfName: [String: EntityKind]
  var quotes: [Quote] = []
  /// Who spoke, in text order: direct, partial and indirect attributions all count.
  var speakers: [Speaker] = []
  var insideQuote: [Bool]
  /// Speakers of transcript labels by role (`correspondent`), for `REPORTER (voice-over):`.
  var labelledRoles: [UInt64: Speaker] = [:]
  /// The quotes (indices into `quotes`) of the quotation running on over paragraphs so far.
  var runOn: [Int] = []
  /// Whether the headline is being read: its cues may be capitalised (`Mayor Says Budget Will
  /// Pass`), and its speakers carry to no quotation of the body.
  var readingTitle = false
  /// The model that takes words the cue list lacks for cues (nil: the list's cues only).
  var learnedCues: CueModel? = CueModel.shared
  /// When set, the words the cue list lacks are recorded here for training instead
  /// (`QuoteExtractor.cueCandidates`), and reported only by the list's cues.
  var candidates: [CueCandidate]?
  /// Whether a word the cue list lacks is being read (`learnedReport`): it reports a clause
  /// only, not an object or an infinitive (`Attribution+Reports.swift`).
  var readingLearnedCue = false
  /// The learned cues' templates and marks, read once an article (`CueFeatures.Tables`).
  let cueTables = CueFeatures.tables

  /// Who a quote is attributed to: the canonical name (nil for a source that names no
  /// entity, `a Kremlin spokesman`) and the span of the words that name them at the quote.
  struct Speaker {
    var name: String?
    var span: Span?
    var token: Int
    var block: Int
    var gender: Gender
    var rule: AttributionRule = .named
  }

  static let that = WordHash.of("that")
  static let with = WordHash.of("with")
  /// Words before a verb that make it no speech act of the moment (`Rubio will continue`).
  static let modals = KeySet(
    ["will", "would", "could", "should", "may", "might", "to", "can"].map { WordHash.of($0) })
  static let according = WordHash.of("according")
  static let asWord = WordHash.of("as")
  static let of = WordHash.of("of")
  /// Words after a verb of saying the cue list lacks (`shot back`, `went on`).
  static let verbParticles = KeySet(["back", "on", "in"].map { WordHash.of($0) })
  static let says = WordHash.of("says")
  static let said = WordHash.of("said")
  /// Prepositions after which a cue word is a noun (`secretary of state`); not `to`, which
  /// makes an infinitive (`declined to say`).
  static let nounPrepositions = KeySet(
    ["of", "in", "on", "at", "from", "for", "with", "by", "about", "into", "against"].map {
      WordHash.of($0)
    })
  /// Words that open a subordinate clause (`After Trump argued that …, Rubio said`).
  static let subordinators = KeySet(
    [
      "after", "when", "while", "as", "although", "though", "because", "if", "since", "before",
      "once", "until", "whereas", "whether",
    ].map { WordHash.of($0) })
  /// Words after which a cue word is a noun (`the report stated`, `his claims`).
  static let nounDeterminers = KeySet(
    ["the", "a", "an", "this", "his", "her", "its", "their", "our", "my", "your"].map {
      WordHash.of($0)
    })

  /// Records who spoke, keeping `speakers` in text order: a paragraph's reported speech is
  /// found before its quotations, and a quote with no cue takes the nearest speaker before it
  /// (`He urged the party to “do the right thing.” Then he promised that he would stay. “…!”`
  /// → he, not the party). On PolNeAR train direct sources right 5,060 → 5,062 of 6,319, dev
  /// 552 either way.
  mutating func record(_ s: Speaker) {
    var i = speakers.count
    while i > 0, speakers[i - 1].token > s.token { i -= 1 }
    speakers.insert(s, at: i)
  }
  static let reporterRoles = KeySet(["reporter", "correspondent"].map { WordHash.of($0) })

  init(scan: ArticleScan, analysis: EntityAnalysis) {
    self.scan = scan
    self.analysis = analysis
    self.facts = scan.facts
    var kinds: [String: EntityKind] = [:]
    for m in analysis.mentions {
      guard let kind = m.kind, let name = m.canonical else { continue }
      // One look-up a mention (a test and a store were two String hashes, 8.6M instructions
      // for every analysis of 200 PolNeAR train texts); a person is put back, rarely.
      if kinds.updateValue(kind, forKey: name) == .person, kind != .person {
        kinds[name] = .person
      }
    }
    self.kindOfName = kinds
    self.insideQuote = [Bool](repeating: false, count: scan.facts.count)
  }

  /// The token range of each block that has sentences.
  func blockRanges() -> [(block: Int, tokens: Range<Int>)] {
    var ranges: [(Int, Range<Int>)] = []
    for sentence in scan.sentences {
      let r = sentence.tokens.clamped(to: 0..<facts.count)
      if let last = ranges.last, last.0 == sentence.block {
        ranges[ranges.count - 1].1 = last.1.lowerBound..<max(last.1.upperBound, r.upperBound)
      } else {
        ranges.append((sentence.block, r))
      }
    }
    return ranges
  }

  mutating func run() -> [Quote] {
    let blocks = scan.article.blocks
    var runsOnSpeaker: Speaker?
    for (block, tokens) in blockRanges() where !tokens.isEmpty {
      let role = block < blocks.count ? blocks[block].role : .paragraph
      // A headline reports speech as a sentence does (`Mayor says the budget will pass`):
      // PolNeAR annotates 430 attributions in its train headlines. Only its reported speech
      // is read; a quotation there is left to the body's rules.
      if role == .title {
        readingTitle = true
        indirectSpeech(in: tokens, block: block)
        headlineColon(tokens, block: block)
        readingTitle = false
        continue
      }
      guard role == .paragraph || role == .standfirst else { continue }
      let blockEnd =
        block < blocks.count ? blocks[block].span.end : Int(facts[tokens.upperBound - 1].end)
      var start = tokens.lowerBound
      if let label = SpeakerLabel.parse(scan, from: tokens.lowerBound, to: tokens.upperBound) {
        start = label.contentStart
        labelQuote(label, block: block, blockEnd: blockEnd)
      }
      let pairs = QuoteMarks.pairs(scan, in: start..<tokens.upperBound, blockEnd: blockEnd)
      for pair in pairs {
        for t in (pair.open + 1)..<(pair.close ?? tokens.upperBound) { insideQuote[t] = true }
      }
      indirectSpeech(in: start..<tokens.upperBound, block: block)
      pollOpenings(in: start..<tokens.upperBound, block: block)
      let continues = pairs.first.map { $0.open == start } ?? false
      if !continues { runOn = [] }
      for (n, pair) in pairs.enumerated() {
        let continued = n == 0 && continues ? runsOnSpeaker : nil
        quote(pair, block: block, paragraph: start..<tokens.upperBound, continuing: continued)
        if n == 0 && continues { backFillRun() }
      }
      if let last = pairs.last, last.runsOn, quotes.last?.kind == .direct {
        if !continues || pairs.count > 1 { runOn = [] }
        runOn.append(quotes.count - 1)
      } else {
        runOn = []
      }
      runsOnSpeaker = nil
      if let last = pairs.last, last.runsOn, let q = quotes.last, q.kind == .direct,
        q.speaker != nil || q.source != nil
      {
        runsOnSpeaker = Speaker(
          name: q.speaker, span: q.speakerSpan, token: last.open, block: block,
          gender: q.speaker.flatMap { analysis.genders[$0] } ?? .unknown, rule: .carried)
      }
    }
    quotes.sort { $0.span < $1.span }
    return quotes
  }
}
