extension Attribution {
  /// Whether a verb of saying stands in `range`, outside quotations: a cue right before a
  /// partial quote then stands in the clause that verb reports (`He said, however, that he
  /// hopes “somebody else takes up the cause”`, `Clinton said that she called Sanders to
  /// congratulate him on what she called “an extraordinary …”`), and the phrase is the first
  /// speaker's, as PolNeAR annotates it. On PolNeAR train direct sources right 5,501 → 5,504
  /// of 6,319, dev 596 either way (a first cue inside the report's own clause was tried for
  /// direct quotations too, `said that he “will …”`, and lost 4 on train).
  func reportsEarlier(_ range: Range<Int>) -> Bool {
    range.contains { k in
      !insideQuote[k] && cueVerb(at: k).map { !$0.cue.contains(.partialOnly) } ?? false
    }
  }
}
