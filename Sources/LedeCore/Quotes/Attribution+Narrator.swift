extension Attribution {
  /// `In her speech, Ruth Adebayo went on to read the letters she had received.` ¶ `“…”`: the
  /// person a quote-less paragraph names as the one who reads, writes or speaks, for a quotation
  /// with no cue that opens the next paragraph. Nil unless the paragraph just before the quote's
  /// ends in a sentence with no quotation mark, whose first cue verb has a named person as its
  /// subject (or a person in apposition to it), and no speaker was recorded in or after that
  /// sentence (a reported clause there names its speaker already). On PolNeAR train direct
  /// sources right 5,662 → 5,663 of 6,319, dev 614 either way; our British set 33 of 34 either
  /// way; the apposition and `spoke` move neither.
  func narrator(before open: Int, block: Int) -> Speaker? {
    // Not a headline's (its speaker carries to no quotation of the body).
    let blocks = scan.article.blocks
    guard open > 0, scan.block(of: open - 1) == block - 1, block - 1 < blocks.count,
      blocks[block - 1].role == .paragraph
    else { return nil }
    let sentence = scan.sentences[Int(facts[open - 1].sentence)].tokens
    guard !speakers.contains(where: { $0.token >= sentence.lowerBound && $0.token < open }),
      sentence.allSatisfy({ !facts[$0].shape.isQuoteMark }),
      // Reading, writing or speaking, not asking or declining ("did not respond to a request",
      // "asked the mayor about the budget" name no one who goes on to speak); after a review.
      // `spoke` is no cue (it reports no words of its own) but narrates as `said` does (`The
      // victim's sister, Ruth Adebayo, spoke outside the court.`).
      let verb = sentence.first(where: {
        facts[$0].shape == .lower && Attribution.narratingVerbs.contains(facts[$0].hash)
          && (cueVerb(at: $0) != nil || Attribution.speakingVerbs.contains(facts[$0].hash))
      }),
      !(sentence.lowerBound..<verb).contains(where: {
        Attribution.negations.contains(facts[$0].hash)
      }),
      var s = openingSubject(
        sentence.lowerBound..<(verb + 1), before: verb + 1, block: block - 1, loose: true),
      let name = s.name, kindOfName[name] == .person
    else { return nil }
    s.rule = .carried
    return s
  }
}

extension Attribution {
  /// The verbs that make a paragraph's subject the one whose words follow in the next paragraph.
  static let narratingVerbs = KeySet(
    [
      "read", "reads", "reading", "wrote", "write", "writes", "writing", "said", "says", "told",
      "spoke", "speaks", "added", "continued", "recalled", "recited", "posted", "tweeted",
    ].map { WordHash.of($0) })
  /// The narrating verbs the cue list lacks.
  static let speakingVerbs = KeySet(["spoke", "speaks"].map { WordHash.of($0) })
  static let cannot = WordHash.of("cannot")
  /// Words that negate the verb after them ("did not respond", "never wrote back").
  static let negations = KeySet(
    ["not", "never", "n't", "didn't", "didn’t", "won't", "won’t", "no"].map { WordHash.of($0) })
}
