import LedeCore

/// The description a "called X Y", "described X as Y" or "sees X as Y" cue gives of its target.
extension StanceScan {
  /// "called X Y", "described X as Y": X, and the tone of Y (−1…1), when Y is evaluative.
  func description(from start: Int, in region: Range<Int>, quote q: Int32) -> (Range<Int>, Double)?
  {
    guard let object = objectPhrase(from: start, in: region, quote: q, stopAtQuote: true) else {
      return nil
    }
    var c = object.upperBound
    while c < region.upperBound, ["a", "an", "the"].contains(text.words[c]) { c += 1 }
    var complement: Range<Int>?
    if c < region.upperBound, text.words.matches(c, "as") {
      c += 1
    } else if object.count == 1,
      StanceWords.keys.objectPronouns.contains(text.keys[object.lowerBound])
    {
      // "called it a crime": the rest of the clause.
    } else if !(c < region.upperBound && isQuoteMark(c)) {
      return nil
    }
    while c < region.upperBound, isQuoteMark(c) { c += 1 }
    var end = c
    while end < region.upperBound, end - c < 15 {
      if !text.isWord(end), !isQuoteMark(end), !text.words.matches(end, "-") { break }
      if StanceWords.keys.clauseWords.contains(text.keys[end]) && end > c + 1 { break }
      end += 1
    }
    if end > c { complement = c..<end }
    guard let complement, !isNoEvaluation(complement) else { return nil }
    let phrase = text.text(complement.lowerBound, complement.upperBound - 1)
    let tone = SentimentAnalyzer.shared.score(phrase).compound
    guard abs(tone) >= 0.25 else { return nil }
    return (object, tone)
  }

  /// Nouns that make a description a use the holder has for the target, not a judgement of it:
  /// "saw the tragic event as a chance to raise questions", "sees the convention as an
  /// opportunity to talk", "sees these gains as evidence that …" (PolNeAR train: 14 records
  /// had "see" as their cue; these and "as fighting for …" were 6 of the 9 wrong ones).
  private static let uses: Set<String> = [
    "chance", "opportunity", "way", "means", "evidence", "sign", "proof", "tool", "vehicle",
    "platform", "reason", "test",
  ]

  /// Whether a description `complement` judges nothing: an activity ("sees himself as fighting
  /// for working people") or a use ("a second chance for Trump to make an impression").
  private func isNoEvaluation(_ complement: Range<Int>) -> Bool {
    // A verb in "-ing" takes an object or a preposition ("as fighting for", "as sharing this");
    // an adjective in "-ing" ("called her “disgusting”") ends the phrase.
    let first = complement.lowerBound
    if text.isWord(first), text.words[first].hasSuffix("ing"), text.entityOf[first] < 0,
      article.tokenLayer.flags[first].shape == .lower, first + 1 < complement.upperBound,
      StanceWords.keys.prepositions.contains(text.keys[first + 1])
        || StanceWords.keys.determiners.contains(text.keys[first + 1])
    {
      return true
    }
    for k in complement.prefix(3) where Self.uses.contains(text.words[k]) {
      guard k + 1 < complement.upperBound else { return true }
      if ["to", "that", "for", "of"].contains(text.words[k + 1]) { return true }
    }
    return false
  }
}
