import LedeCore

/// Who holds a stance voiced in a quote that opens in the middle of the author's clause.
extension StanceScan {
  /// Tokens that open or close a quotation.
  static let quoteMarks: Set<String> = ["\"", "“", "”", "'", "‘", "’", "``", "''"]

  /// The subject of the author's clause that a direct quote carries on, when the quote opens
  /// right after words that are not a report of it: in "Podesta said Pence “threatened women's
  /// privacy”" the quoted verb is Pence's, not the speaker's. `nil` when the quote opens its own
  /// clause (after a verb of saying, a colon or a comma, or at the sentence's start), so the
  /// speaker may still stand in; an empty list when the clause has no named subject, or the
  /// quoted words before the cue are more than its verb group, so the stance has no holder.
  func leadInSubjects(ofQuoteAt open: Int, cue: Int, in bounds: Range<Int>) -> [Actor]? {
    var k = open - 1
    while k >= bounds.lowerBound, !text.isWord(k), Self.quoteMarks.contains(text.words[k]) {
      k -= 1
    }
    guard k >= bounds.lowerBound, text.isWord(k),
      !StanceWords.keys.speechVerbs.contains(text.keys[k])
    else { return nil }
    // "Sanders's “contested contest”", "the “deep concern”": the quote names a thing, and its
    // cue word is no verb with a holder.
    if text.possessive[k] || StanceWords.keys.determiners.contains(text.keys[k]) { return [] }
    // "Teachers “get why the union endorsed her”": the quote's own clause comes between, and
    // its subject is no name, so neither the lead-in nor the speaker holds the stance.
    guard onlyVerbGroup(open, cue) else { return [] }
    // "said Maria Lopez “criticized …”": the lead-in may itself be reported words, whose
    // clause starts where they do.
    let outer = text.quoteOf[k]
    var first = bounds.lowerBound
    if outer >= 0 {
      first = k
      while first > bounds.lowerBound, text.quoteOf[first - 1] == outer { first -= 1 }
    }
    return subjects(before: k + 1, in: first..<k + 1, quote: outer).actors
  }

  /// Whether the cue at `cue` is the action urged on someone in reported words opened by a cue
  /// of urging: in "Sanders called on the Obama administration to block the deal" or "Manafort
  /// pressed Yanukovych to sign an agreement", blocking and signing are asked of the
  /// administration and of Yanukovych, not positions they hold (the urger's own record, "called
  /// on … to block", carries the stance).
  func isUrgedAction(_ cue: Int, in region: Range<Int>) -> Bool {
    guard cue - 1 > region.lowerBound, text.words.matches(cue - 1, "to") else { return false }
    var k = region.lowerBound - 1
    while k >= 0, k >= region.lowerBound - 3 {
      if text.isWord(k),
        let (found, _) = lexicon.longestMatch(in: text, at: k, limit: region.lowerBound),
        found.cue.frame == .urge
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// The holders of a cue found by `subjects`, corrected for reported words whose clause has
  /// a subject of its own; `nil` when the stance has no holder.
  func reportedHolders(
    _ found: (actors: [Actor], blocked: Bool), quote: Quote?, cue: Int, region: Range<Int>,
    bounds: Range<Int>
  ) -> [Actor]? {
    var sources = found.actors
    // "Podesta said Pence “threatened women's privacy”": a quote that opens in the middle of
    // the author's clause carries on that clause, whose subject holds the stance.
    if sources.isEmpty, !found.blocked, let quote, quote.kind != .indirect,
      region.lowerBound > bounds.lowerBound,
      let lead = leadInSubjects(ofQuoteAt: region.lowerBound, cue: cue, in: bounds)
    {
      guard !lead.isEmpty else { return nil }
      sources = lead
    }
    // "called on the Obama administration to block the deal": the action is asked of
    // someone else; the urger ("Arab lawmakers called on the government to block …") keeps it.
    if let quote, quote.kind == .indirect, !sources.isEmpty,
      sources.allSatisfy({
        ($0.span.map { tokenIndex(at: $0.start) } ?? region.lowerBound) >= region.lowerBound
      }),
      isUrgedAction(cue, in: region)
    {
      return nil
    }
    return sources
  }
}
