import LedeCore

/// Cues that hold no position, and a critic named after a criticism cue.
extension StanceScan {
  /// Contests and offices: campaigning for, running for or accepting one is no position toward
  /// anyone ("his campaign for the Democratic nomination", "accepted the Republican presidential
  /// nomination"; PolNeAR train had eight such records, all read as no position).
  static let contests: Set<String> = [
    "nomination", "presidency", "primary", "primaries", "caucus", "caucuses", "re-election",
    "reelection", "office", "seat", "president",
  ]

  /// Whether the cue and its target hold no position: an agreement to do something ("agreed to
  /// participate", "agreed to allow Trump to use the voter file") or a campaign for an office.
  func isNoPosition(_ cueRange: Range<Int>, target: Range<Int>) -> Bool {
    let first = text.words[cueRange.lowerBound]
    let last = text.words[cueRange.upperBound - 1]
    if first.hasPrefix("agree"), last == "to", cueRange.upperBound < text.count {
      // A bare lowercase word after "to" is a verb; "agreed to a deal", "agreed to terms",
      // "agreed to Trump's request" keep their object.
      let next = cueRange.upperBound
      let w = text.words[next]
      if text.isWord(next), text.entityOf[next] < 0, !StanceWords.determiners.contains(w),
        article.tokenLayer.flags[next].shape == .lower, !w.hasSuffix("s"),
        !w.hasSuffix("tion"), !w.hasSuffix("ment")
      {
        return true
      }
    }
    // The cue itself, not "accepted an invitation from Vietnamese President …".
    if first.hasPrefix("campaign") || first.hasPrefix("accept"), last == first || last == "for" {
      // The noun phrase before its first preposition: "the Republican nomination for
      // president", not "an invitation from Vietnamese President …".
      for k in target.prefix(5) {
        let w = text.words[k]
        if Self.adjunctStarters.contains(w) || ["of", "from", "to", "by"].contains(w) { break }
        if Self.contests.contains(w), article.tokenLayer.flags[k].shape == .lower { return true }
      }
    }
    return false
  }

  /// The person or organisation named by "from …" or "of …" right after a cue like "came under
  /// fire": the first such entity within six words, before the clause or a reason ("over", "for")
  /// begins.
  func namedCritic(after end: Int, in region: Range<Int>) -> Actor? {
    guard end < region.upperBound, ["from", "of", "by"].contains(text.words[end]) else {
      return nil
    }
    var k = end + 1
    while k < min(region.upperBound, end + 7) {
      if text.entityOf[k] >= 0 {
        let e = Int(text.entityOf[k])
        return entities[e].kind == .place ? nil : actor(entity: e)
      }
      let w = text.words[k]
      if StanceWords.clauseWords.contains(w) || ["over", "for", "about", "on", "in"].contains(w)
        || (!text.isWord(k) && w != ",")
      {
        return nil
      }
      k += 1
    }
    return nil
  }
}
